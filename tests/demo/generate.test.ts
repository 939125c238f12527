import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDemo, generateDemo, GENERATED_PATHS } from '../../src/demo/generate.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'demo-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under the generated paths of `root`, path → bytes. */
function readGenerated(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else files.set(relative(root, path).split('\\').join('/'), readFileSync(path));
  };
  for (const owned of GENERATED_PATHS) walk(join(root, owned));
  return files;
}

describe('generateDemo', () => {
  const first = join(scratch, 'first');
  const second = join(scratch, 'second');
  let a = new Map<string, Buffer>();
  let b = new Map<string, Buffer>();
  let fresh: Awaited<ReturnType<typeof buildDemo>>;
  beforeAll(async () => {
    await generateDemo(first);
    await generateDemo(second);
    a = readGenerated(first);
    b = readGenerated(second);
    fresh = await buildDemo();
  });

  const cases = [
    { name: 'two runs write the same file list', check: () => expect([...b.keys()]).toEqual([...a.keys()]) },
    { name: 'two runs write the same bytes', check: () => expect([...a].filter(([path, bytes]) => !bytes.equals(b.get(path) ?? Buffer.alloc(0))).map(([p]) => p)).toEqual([]) },
    { name: 'files on disk equal the in-memory build', check: () => expect(fresh.files.filter((f) => !f.bytes.equals(a.get(f.path) ?? Buffer.alloc(0))).map((f) => f.path)).toEqual([]) },
    { name: 'some reports are Excel workbooks', check: () => expect([...a.keys()].filter((p) => p.endsWith('.xlsx')).length).toBeGreaterThanOrEqual(3) },
  ];
  it.each(cases)('$name', ({ check }) => check());

  it('deletes stale generated files and leaves everything else alone', async () => {
    const root = join(scratch, 'third');
    const stale = join(root, 'data/raw/hung-yen-2026/2026/stale.csv');
    const foreign = join(root, 'data/raw/other-plan/2026/keep.csv');
    const plan = join(root, 'data/plans/hung-yen-2026/plan.json');
    for (const path of [stale, foreign, plan]) {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, 'x');
    }
    await generateDemo(root);
    expect(existsSync(stale)).toBe(false);
    expect(readFileSync(foreign, 'utf8')).toBe('x');
    expect(readFileSync(plan, 'utf8')).toBe('x');
  });
});

describe('committed demo data', () => {
  it('equals a fresh generation, byte for byte (run `npm run demo` after changing the generator)', async () => {
    const committed = readGenerated(repoRoot);
    const fresh = (await buildDemo()).files;
    expect([...committed.keys()].sort()).toEqual(fresh.map((f) => f.path).sort());
    expect(fresh.filter((f) => !f.bytes.equals(committed.get(f.path) ?? Buffer.alloc(0))).map((f) => f.path)).toEqual([]);
  });
});

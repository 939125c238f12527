// Finding 8.5: `npm run data` killed with SIGKILL at chosen points (real child
// processes held at pause points) leaves the previous output whole and
// readable, never a mix of runs; the next run removes what the killed ones left.
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runToEnd, runUntilPaused } from './paused-run.ts';

const fixture = fileURLToPath(new URL('../fixtures/e2e/data', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'atomic-ingest-'));
const data = join(tmp, 'data');
const OLD_DATE = '2026-11-21';
const NEW_DATE = '2026-12-01';
const PLANS = ['mini-2025', 'mini-bis'];

const ingest = (out: string, date: string) => ['scripts/ingest.ts', '--data', data, '--out', out, '--build-date', date];

/** Every file under a folder (through the output's symlink), path → bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [path.slice(dir.length + 1), readFileSync(path).toString('base64')];
      })
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
  );
}

/** What runs leave beside the output: staging folders, versions, temporary links, locks. */
const besides = (parent: string) => readdirSync(parent).filter((name) => name.startsWith('.data.')).sort();

async function countObservations(out: string, plan: string): Promise<number> {
  const instance = await DuckDBInstance.create(join(out, plan, `${plan}.duckdb`), { access_mode: 'READ_ONLY', autoload_known_extensions: 'false', autoinstall_known_extensions: 'false' });
  const con = await instance.connect();
  try {
    return Number((await con.runAndReadAll('SELECT count(*) AS n FROM observations')).getRowObjectsJS()[0]!.n);
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

let before: Record<string, string>;
let after: Record<string, string>;

beforeAll(async () => {
  // Two plans, so a mix of runs would show: the fixture plan and a copy under another id.
  cpSync(fixture, data, { recursive: true });
  cpSync(join(data, 'plans', 'mini-2025'), join(data, 'plans', 'mini-bis'), { recursive: true });
  cpSync(join(data, 'raw', 'mini-2025'), join(data, 'raw', 'mini-bis'), { recursive: true });
  const planFile = join(data, 'plans', 'mini-bis', 'plan.json');
  writeFileSync(planFile, readFileSync(planFile, 'utf8').replace('"id": "mini-2025"', '"id": "mini-bis"'));
  for (const [dir, date] of [['old', OLD_DATE], ['new', NEW_DATE]] as const) {
    const result = await runToEnd(ingest(join(tmp, dir, 'data'), date));
    expect(result.code, result.output).toBe(0);
  }
  before = snapshot(join(tmp, 'old', 'data'));
  after = snapshot(join(tmp, 'new', 'data'));
}, 120_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('finding 8.5: the ingest output is replaced atomically, as a whole', () => {
  it('the two runs differ in every plan (so a mix would be seen)', () => {
    for (const plan of PLANS) expect(before[`${plan}/ingest-report.json`]).not.toBe(after[`${plan}/ingest-report.json`]);
    expect(Object.keys(before).sort()).toEqual(Object.keys(after).sort());
  });

  const out = join(tmp, 'killed');
  it.each(['version:created', 'publish:start', 'publish:linked'])('a run killed at %s leaves the previous output whole and readable', async (point) => {
    if (!existsSync(join(out, 'data'))) expect((await runToEnd(ingest(join(out, 'data'), OLD_DATE))).code).toBe(0);
    const run = await runUntilPaused(ingest(join(out, 'data'), NEW_DATE), {}, point);
    await run.kill();
    expect(snapshot(join(out, 'data'))).toEqual(before);
    for (const plan of PLANS) expect(await countObservations(join(out, 'data'), plan)).toBeGreaterThan(0);
    // What the killed run left: its lock, and its staging folder or unpublished version.
    expect(besides(out).some((name) => name.endsWith('.lock'))).toBe(true);
  });

  it('a run killed right after its one rename leaves the whole new output', async () => {
    const run = await runUntilPaused(ingest(join(out, 'data'), NEW_DATE), {}, 'publish:done');
    await run.kill();
    expect(snapshot(join(out, 'data'))).toEqual(after);
  });

  it('the next run removes what killed runs left, keeping only the current and the previous version', async () => {
    expect(besides(out).filter((name) => name.includes('staging') || name.endsWith('.lock')).length).toBeGreaterThan(0);
    expect((await runToEnd(ingest(join(out, 'data'), OLD_DATE))).code).toBe(0);
    expect(snapshot(join(out, 'data'))).toEqual(before);
    const left = besides(out);
    expect(left.filter((name) => !/^\.data\.v-[0-9a-f]+$/.test(name))).toEqual(['.data.previous']);
    expect(left).toHaveLength(3);
  });

  it('removes staging folders of the former layout (a killed run\'s set-aside.json included) at the next run start', async () => {
    const legacyOut = join(tmp, 'former');
    mkdirSync(join(legacyOut, '.data.staging-Ab3xYz', 'mini-2025'), { recursive: true });
    writeFileSync(join(legacyOut, '.data.staging-Ab3xYz', 'mini-2025', 'set-aside.json'), '{"rows":[]}');
    expect((await runToEnd(ingest(join(legacyOut, 'data'), OLD_DATE))).code).toBe(0);
    expect(readdirSync(legacyOut).filter((name) => name.includes('staging'))).toEqual([]);
  });

  it('moves a plain output folder from before aside in the first run, and the next run restores it if that run dies there', async () => {
    const plainOut = join(tmp, 'plain');
    mkdirSync(plainOut);
    cpSync(join(tmp, 'old', 'data'), join(plainOut, 'data'), { recursive: true, dereference: true });
    expect(lstatSync(join(plainOut, 'data')).isDirectory()).toBe(true);
    const killed = await runUntilPaused(ingest(join(plainOut, 'data'), NEW_DATE), {}, 'publish:moved-aside');
    await killed.kill();
    // The one moment of the one-time move without `data`; the next run start puts the old output back.
    expect(existsSync(join(plainOut, 'data'))).toBe(false);
    const next = await runUntilPaused(ingest(join(plainOut, 'data'), NEW_DATE), {}, 'version:created');
    expect(snapshot(join(plainOut, 'data'))).toEqual(before);
    expect(await next.resume()).toBe(0);
    expect(snapshot(join(plainOut, 'data'))).toEqual(after);
    expect(besides(plainOut).filter((name) => name.includes('staging') || name.includes('link') || name.endsWith('.lock'))).toEqual([]);
  });
});

// Finding 8.12d: `npm run check` (so `npm test`) type-checks .astro files.
// Proof on a small temp Astro project with a wrong type in a page's
// frontmatter: `astro check` must fail and name the file, line and error.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const project = resolve('.');
const fixture = mkdtempSync(join(tmpdir(), 'astro-check-'));
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

describe('finding 8.12d: .astro files are type-checked', () => {
  it('npm run check runs astro check after tsc', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.check).toMatch(/^tsc --noEmit .*&& astro check\b/);
    expect(scripts.test).toMatch(/^npm run check && /);
  });

  it('astro check fails on a wrong type in a page', () => {
    symlinkSync(join(project, 'node_modules'), join(fixture, 'node_modules'), 'dir');
    writeFileSync(join(fixture, 'package.json'), JSON.stringify({ name: 'astro-check-fixture', private: true, type: 'module' }));
    writeFileSync(join(fixture, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\n// Its own Vite cache, not the project's node_modules/.vite.\nexport default defineConfig({ vite: { cacheDir: '.vite-cache' } });\n");
    writeFileSync(join(fixture, 'tsconfig.json'), JSON.stringify({ extends: 'astro/tsconfigs/strict', include: ['.astro/types.d.ts', 'src/**/*'] }));
    mkdirSync(join(fixture, 'src', 'pages'), { recursive: true });
    writeFileSync(join(fixture, 'src', 'pages', 'index.astro'), "---\nconst schools: number = 'chín';\n---\n<p>{schools}</p>\n");
    const result = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'check', '--root', fixture], { encoding: 'utf8' });
    const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    expect(result.status, output).toBe(1);
    expect(output).toMatch(/src\/pages\/index\.astro:2:7 - error ts\(2322\): Type 'string' is not assignable to type 'number'/);
  }, 180_000);
});

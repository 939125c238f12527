// Finding 8.5, the site build: `npm run build` killed with SIGKILL (a real
// child process held at a pause point) leaves the previous dist/ whole; the
// next build removes the killed build's staging folder and swaps atomically.
// Builds the small e2e fixture plan (a few seconds once the precompression
// cache holds the DuckDB-WASM binaries; minutes on a fresh clone).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runIngest } from '../../src/pipeline/index.ts';
import { runUntilPaused } from './paused-run.ts';

const fixture = fileURLToPath(new URL('../fixtures/e2e/data', import.meta.url));
const BUILD_DATE = '2026-11-21';
const PREVIOUS = '<!doctype html><title>the previous build</title>';
const tmp = mkdtempSync(join(tmpdir(), 'atomic-build-'));
const dist = join(tmp, 'dist');
const env = { SITE_PLANS_DIR: join(fixture, 'plans'), SITE_DATA_IN: join(tmp, 'data'), SITE_DATA_OUT: join(tmp, 'site'), BASE_PATH: '/' };
const build = ['scripts/build-site.ts', '--build-date', BUILD_DATE, '--outDir', dist];
const stagingFolders = () => readdirSync(tmp).filter((name) => name.startsWith('.dist.staging-'));

beforeAll(async () => {
  await runIngest({ dataDir: fixture, outDir: join(tmp, 'data'), buildDate: BUILD_DATE });
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), PREVIOUS);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('finding 8.5: a build killed before its swap leaves the previous dist/ whole; the next build sweeps its staging folder and swaps', async () => {
  const killed = await runUntilPaused(build, env, 'publish:start');
  const [staging] = stagingFolders();
  // The killed build had finished astro and the precompression: all of it is in the staging folder, none in dist/.
  expect(existsSync(join(tmp, staging!, 'index.html.br'))).toBe(true);
  await killed.kill();
  expect(readdirSync(dist)).toEqual(['index.html']);
  expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(PREVIOUS);

  const next = await runUntilPaused(build, env, 'version:created');
  expect(stagingFolders()).not.toContain(staging);
  expect(stagingFolders()).toHaveLength(1);
  expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(PREVIOUS);
  expect(await next.resume(), next.output()).toBe(0);

  expect(readFileSync(join(dist, 'index.html'), 'utf8')).toMatch(/^<!DOCTYPE html><html lang="vi">/i);
  expect(existsSync(join(dist, 'index.html.br'))).toBe(true);
  expect(readdirSync(tmp).filter((name) => name.startsWith('.dist.') && !/^\.dist\.(v-[0-9a-f]+|v-legacy-[0-9a-f]+|previous)$/.test(name))).toEqual([]);
  expect(readFileSync(join(tmp, '.dist.previous', 'index.html'), 'utf8')).toBe(PREVIOUS);
}, 900_000);

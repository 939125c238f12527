// Builds what the browser tests run against, once per run: the ingest's data,
// the site at the root, and the site under a base path, all with a fixed build
// date, in a scratch folder (never the developer's dist/ or out/).
// SITE_FRESH=1 reuses the last build there (for speed while developing);
// BROWSER_TEST_DIR moves the scratch folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The ingest's output folder: <plan-id>/<plan-id>.duckdb… */
    dataDir: string;
    buildDate: string;
    /** The site built for the root path. */
    siteRoot: string;
    /** The site built for BASE_PATH = basePath. */
    baseSiteRoot: string;
    basePath: string;
  }
}

export const BUILD_DATE = '2026-11-21';
export const BASE_PATH = '/thi-dua-so/';

function step(name: string, args: string[], env: Record<string, string>, logFile: string): void {
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(logFile, `${result.stdout ?? ''}\n${result.stderr ?? ''}`);
  if (result.status !== 0) {
    const tail = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`browser tests: ${name} failed (exit ${result.status}); full log in ${logFile}\n${tail}`);
  }
  console.log(`browser tests: ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export default function setup(project: TestProject): void {
  const work = resolve(process.env.BROWSER_TEST_DIR ?? join(tmpdir(), 'thi-dua-so-browser-tests'));
  const dirs = { data: join(work, 'data'), siteData: join(work, 'site-data'), site: join(work, 'site'), baseSite: join(work, 'site-base') };
  const stamp = join(work, 'build-date.txt');
  const fresh =
    process.env.SITE_FRESH === '1' &&
    existsSync(join(dirs.site, 'index.html')) &&
    existsSync(join(dirs.baseSite, 'index.html')) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === BUILD_DATE;

  if (!fresh) {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const env = { BUILD_DATE, SITE_DATA_IN: dirs.data, SITE_DATA_OUT: dirs.siteData };
    step('ingest', ['scripts/ingest.ts', '--build-date', BUILD_DATE, '--out', dirs.data], env, join(work, 'ingest.log'));
    const astro = resolve('node_modules/astro/bin/astro.mjs');
    // build-site.ts prepares the pages' data, then runs astro; astro's --outDir keeps dist/ untouched.
    step('site data', ['scripts/build-site.ts', '--build-date', BUILD_DATE, '--data-only'], env, join(work, 'site-data.log'));
    step('site build', [astro, 'build', '--outDir', dirs.site], { ...env, BASE_PATH: '/' }, join(work, 'build.log'));
    step('site build under a base path', [astro, 'build', '--outDir', dirs.baseSite], { ...env, BASE_PATH }, join(work, 'build-base.log'));
    writeFileSync(stamp, BUILD_DATE);
  } else {
    console.log(`browser tests: reusing the build in ${work} (SITE_FRESH=1)`);
  }

  project.provide('dataDir', dirs.data);
  project.provide('buildDate', BUILD_DATE);
  project.provide('siteRoot', dirs.site);
  project.provide('baseSiteRoot', dirs.baseSite);
  project.provide('basePath', BASE_PATH);
}

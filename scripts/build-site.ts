// npm run build: prepares the pages' data from the ingest's output, then runs
// `astro build` with the same build date. Options: --build-date YYYY-MM-DD
// (else env BUILD_DATE, SOURCE_DATE_EPOCH, today in Asia/Ho_Chi_Minh);
// --data-only stops after the data step; other arguments go to `astro build`
// (e.g. --outDir). Env BASE_PATH sets the sub-path.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { resolveBuildDate } from '../src/core/build-date.ts';
import { prepareSiteData } from '../src/site-data/prepare.ts';
import { INGEST_DIR, PLANS_DIR, SITE_DIR } from '../src/site-data/paths.ts';

const args = process.argv.slice(2);
const flag = args.indexOf('--build-date');
let buildDate: string;
try {
  buildDate = resolveBuildDate({ ...process.env, BUILD_DATE: flag >= 0 ? args[flag + 1] : process.env.BUILD_DATE });
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const started = performance.now();
await prepareSiteData({ plansDir: PLANS_DIR, ingestDir: INGEST_DIR, siteDir: SITE_DIR, buildDate, log: (line) => console.log(line) });
console.log(`site-data: done in ${((performance.now() - started) / 1000).toFixed(1)} s (build date ${buildDate})`);
if (args.includes('--data-only')) process.exit(0);

const astroArgs = args.filter((arg, i) => arg !== '--data-only' && arg !== '--build-date' && args[i - 1] !== '--build-date');
const astro = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', ...astroArgs], {
  stdio: 'inherit',
  env: { ...process.env, BUILD_DATE: buildDate },
});
if (astro.status !== 0) process.exit(astro.status ?? 1);
console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);

// npm run build: prepares the pages' data from the ingest's output, then runs
// `astro build` with the same build date: the ingest's (ingest-report.json),
// or --build-date YYYY-MM-DD / env BUILD_DATE / SOURCE_DATE_EPOCH when given,
// which must then equal the ingest's (src/site-data/build-date.ts);
// --data-only stops after the data step; other arguments go to `astro build`
// (e.g. --outDir). Env BASE_PATH sets the sub-path.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { resolveBuildDate } from '../src/core/build-date.ts';
import { prepareSiteData } from '../src/site-data/prepare.ts';
import { INGEST_DIR, PLANS_DIR, SITE_DIR } from '../src/site-data/paths.ts';

const args = process.argv.slice(2);
const flag = args.indexOf('--build-date');
const asked = flag >= 0 ? args[flag + 1] : process.env.BUILD_DATE;
// Only a date someone gave is checked against the ingest's; otherwise the ingest's is used.
let given: string | undefined;
try {
  given = asked || process.env.SOURCE_DATE_EPOCH ? resolveBuildDate({ ...process.env, BUILD_DATE: asked }) : undefined;
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const started = performance.now();
let buildDate: string;
try {
  ({ buildDate } = await prepareSiteData({ plansDir: PLANS_DIR, ingestDir: INGEST_DIR, siteDir: SITE_DIR, buildDate: given, log: (line) => console.log(line) }));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
console.log(`site-data: done in ${((performance.now() - started) / 1000).toFixed(1)} s (build date ${buildDate})`);
if (args.includes('--data-only')) process.exit(0);

const astroArgs = args.filter((arg, i) => arg !== '--data-only' && arg !== '--build-date' && args[i - 1] !== '--build-date');
const astro = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', ...astroArgs], {
  stdio: 'inherit',
  env: { ...process.env, BUILD_DATE: buildDate },
});
if (astro.status !== 0) process.exit(astro.status ?? 1);
console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);

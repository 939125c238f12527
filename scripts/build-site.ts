// npm run build: prepares the pages' data from the ingest's output, runs
// `astro build` with the same build date into a staging folder beside the
// output, writes each filter page's precomputed answers (loc.json:
// src/site-data/answers.ts), precompresses it (.br/.gz), then publishes it
// atomically as `dist/`
// (a symlink to the build; a killed build leaves the previous one whole:
// docs/output.md). The build date is the ingest's (ingest-report.json), or
// --build-date YYYY-MM-DD / env BUILD_DATE / SOURCE_DATE_EPOCH when given,
// which must then equal the ingest's (src/site-data/build-date.ts);
// --data-only stops after the data step; --outDir DIR (default dist); other
// arguments go to `astro build`. Env BASE_PATH sets the sub-path, SITE_URL
// the origin (absolute hreflang links).
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveBuildDate } from '../src/core/build-date.ts';
import { precompressTree } from '../src/publish/precompress.ts';
import { writeAnswerFiles } from '../src/site-data/answers.ts';
import { createVersion, discardVersion, publishVersion } from '../src/publish/versioned-dir.ts';
import { prepareSiteData } from '../src/site-data/prepare.ts';
import { INGEST_DIR, PLANS_DIR, SITE_DIR } from '../src/site-data/paths.ts';

const args = process.argv.slice(2);
const valueOf = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
};
const asked = valueOf('--build-date') ?? process.env.BUILD_DATE;
// Only a date someone gave is checked against the ingest's; otherwise the ingest's is used.
let given: string | undefined;
try {
  given = asked || process.env.SOURCE_DATE_EPOCH ? resolveBuildDate({ ...process.env, BUILD_DATE: asked }) : undefined;
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const outDir = resolve(valueOf('--outDir') ?? 'dist');
// One snapshot of the ingest's output for the whole build, even if an ingest publishes a new version meanwhile.
const ingestDir = (() => {
  try {
    return realpathSync(INGEST_DIR);
  } catch {
    return INGEST_DIR;
  }
})();

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
let buildDate: string;
try {
  ({ buildDate } = await prepareSiteData({ plansDir: PLANS_DIR, ingestDir, siteDir: SITE_DIR, buildDate: given, log: (line) => console.log(line) }));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
console.log(`site-data: done in ${seconds()} s (build date ${buildDate})`);
if (args.includes('--data-only')) process.exit(0);

const own = new Set(['--data-only', '--build-date', '--outDir']);
const astroArgs = args.filter((arg, i) => !own.has(arg) && !own.has(args[i - 1] ?? '') && !/^--(build-date|outDir)=/.test(arg));

function runAstro(staging: string): Promise<number> {
  const astro = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', ...astroArgs, '--outDir', staging], {
    stdio: 'inherit',
    env: { ...process.env, BUILD_DATE: buildDate, SITE_DATA_IN: ingestDir },
  });
  // Ctrl-C or a kill of this process stops astro too (SIGKILL cannot be relayed: the next build sweeps its folder).
  const stop = () => astro.kill('SIGTERM');
  process.once('SIGINT', stop).once('SIGTERM', stop);
  return new Promise((done) => astro.on('close', (code) => done(code ?? 1)));
}

const version = await createVersion(outDir);
try {
  const status = await runAstro(version.staging);
  if (status !== 0) throw Object.assign(new Error(`astro build failed (exit ${status})`), { status });
  const answering = performance.now();
  const answers = await writeAnswerFiles(version.staging, SITE_DIR);
  const answerSeconds = ((performance.now() - answering) / 1000).toFixed(1);
  console.log(`answers: ${answers.pages} filter pages, ${answers.questions} answers (${answers.queries} queries), ${(answers.bytes / 1024).toFixed(0)} KB in ${answerSeconds} s`);
  const packing = performance.now();
  const packed = await precompressTree(version.staging, { cacheDir: resolve('node_modules/.cache/thi-dua-so/precompress') });
  const packSeconds = ((performance.now() - packing) / 1000).toFixed(1);
  console.log(`precompress: ${packed.files} files, ${(packed.bytes / 1e6).toFixed(1)} MB → ${(packed.brotliBytes / 1e6).toFixed(1)} MB brotli in ${packSeconds} s`);
  await publishVersion(version);
} catch (error) {
  await discardVersion(version);
  console.error(`build: ${(error as Error).message}; ${outDir} is left as it was`);
  process.exit((error as { status?: number }).status ?? 1);
}
console.log(`build: done in ${seconds()} s → ${outDir}`);

// The ingest benchmark: generate Hưng Yên-sized and national-sized data into
// bench-out/, run scripts/ingest.ts on each in a fresh child process, and print
// wall time, throughput and peak memory, then the national budget check.
// Usage: node scripts/bench-ingest.ts [--scale hung-yen|national]
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { writeHungYenBenchData, writeNationalBenchData, type BenchData } from '../src/demo/bench-data.ts';
import { measureNodeScript, type ChildMeasure } from '../src/demo/measure-child.ts';
import { countIngestOutput } from '../src/demo/count-output.ts';

const BUILD_DATE = '2026-11-21';
const BUDGET_SECONDS = 60;
const BUDGET_RSS_KB = 2 * 1024 * 1024; // 2 GiB

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const benchRoot = join(repoRoot, 'bench-out');
const ingestScript = join(repoRoot, 'scripts', 'ingest.ts');

const SCALES = [
  { id: 'hung-yen', label: 'Hưng Yên scale', write: writeHungYenBenchData },
  { id: 'national', label: 'National scale', write: writeNationalBenchData },
] as const;

const { values } = parseArgs({ options: { scale: { type: 'string' } } });
const selected = SCALES.filter((s) => values.scale === undefined || s.id === values.scale);
if (selected.length === 0) {
  console.error(`unknown scale: ${values.scale} (hung-yen or national)`);
  process.exit(2);
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const mb = (kb: number) => `${int(kb / 1024)} MiB`;

interface Result {
  data: BenchData;
  run: ChildMeasure;
}

// Other work on the machine slows the child: say how busy it was.
const load = () => loadavg().map((n) => n.toFixed(2)).join(', ');
console.log(`Node ${process.version}, ${availableParallelism()} CPUs, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; load average (1, 5, 15 min): ${load()}`);

const results = new Map<string, Result>();
let failed = false;
for (const scale of selected) {
  const root = join(benchRoot, scale.id);
  mkdirSync(root, { recursive: true });
  const started = performance.now();
  const data = await scale.write(root);
  const generateSeconds = (performance.now() - started) / 1000;
  console.log(`\n${scale.label} (${data.planId}): ${int(data.wards)} wards, ${int(data.schools)} schools, ${int(data.files)} files, ${int(data.rows)} report rows, ${(data.bytes / 1024 / 1024).toFixed(1)} MiB of CSV`);
  console.log(`  data generated in ${generateSeconds.toFixed(1)} s into ${data.dataDir}`);
  if (!existsSync(ingestScript)) {
    console.log(`  ingest not measured: ${ingestScript} does not exist yet`);
    failed = true;
    continue;
  }
  const outDir = join(root, 'out');
  rmSync(outDir, { recursive: true, force: true });
  const logFile = join(root, 'ingest.log');
  const run = await measureNodeScript(ingestScript, ['--data', data.dataDir, '--out', outDir, '--build-date', BUILD_DATE], logFile);
  results.set(scale.id, { data, run });
  const counts = await countIngestOutput(outDir).catch((error: unknown) => {
    console.log(`  could not count the output: ${String(error)}`);
    return null;
  });
  console.log(`  ingest: wall ${run.wallSeconds.toFixed(2)} s, exit code ${run.exitCode} (child output: ${logFile})`);
  console.log(`  report rows read: ${int(data.rows)} → ${int(data.rows / run.wallSeconds)} rows/s`);
  if (counts?.observations != null) {
    console.log(`  observations written: ${int(counts.observations)} → ${int(counts.observations / run.wallSeconds)} observations/s`);
    const statuses = Object.entries(counts.byStatus).map(([s, n]) => `${s} ${int(n)}`).join(', ');
    if (counts.submissions != null) console.log(`  submissions written: ${int(counts.submissions)}${statuses ? ` (${statuses})` : ''}`);
  } else {
    console.log(`  observations: no observations.parquet found under ${outDir}`);
  }
  if (run.peakRssKb != null) {
    const cross = run.selfMaxRssKb != null && run.peakRssSource.startsWith('GNU') ? `; the child's own maxRSS: ${mb(run.selfMaxRssKb)}` : '';
    console.log(`  peak RSS: ${mb(run.peakRssKb)} (${run.peakRssSource}${cross})`);
  } else {
    console.log('  peak RSS: not available');
  }
  if (run.exitCode !== 0) failed = true;
}

console.log(`\nload average after the runs (1, 5, 15 min): ${load()}`);
const national = results.get('national');
if (national) {
  const timeOk = national.run.wallSeconds < BUDGET_SECONDS;
  const rssOk = national.run.peakRssKb != null && national.run.peakRssKb < BUDGET_RSS_KB;
  const exitOk = national.run.exitCode === 0;
  console.log('\nBudget check (national scale):');
  console.log(`  wall time ${national.run.wallSeconds.toFixed(2)} s < ${BUDGET_SECONDS} s: ${timeOk ? 'PASS' : 'FAIL'}`);
  console.log(`  peak RSS ${national.run.peakRssKb != null ? mb(national.run.peakRssKb) : 'unknown'} < 2 GiB (${mb(BUDGET_RSS_KB)}): ${rssOk ? 'PASS' : 'FAIL'}`);
  console.log(`  ingest exit code ${national.run.exitCode}: ${exitOk ? 'PASS' : 'FAIL'}`);
  if (!timeOk || !rssOk || !exitOk) failed = true;
}
process.exitCode = failed ? 1 : 0;

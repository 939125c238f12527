// npm run data: ingest every plan's school reports (src/pipeline/index.ts).
// Flags: --data DIR (default data), --out DIR (default out/data), --plan ID
// (repeatable), --build-date YYYY-MM-DD, --strict (exit 1 on any data error).
// Build date default: $BUILD_DATE, else $SOURCE_DATE_EPOCH (reproducible
// builds), else today in Asia/Ho_Chi_Minh.
import { parseArgs } from 'node:util';
import { runIngest } from '../src/pipeline/index.ts';
import { formatSummary } from '../src/pipeline/format-summary.ts';

function dateInVietnam(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

function defaultBuildDate(env: NodeJS.ProcessEnv): string {
  if (env.BUILD_DATE) return env.BUILD_DATE;
  if (env.SOURCE_DATE_EPOCH && /^\d+$/.test(env.SOURCE_DATE_EPOCH)) return dateInVietnam(new Date(Number(env.SOURCE_DATE_EPOCH) * 1000));
  return dateInVietnam(new Date());
}

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    out: { type: 'string', default: 'out/data' },
    plan: { type: 'string', multiple: true },
    'build-date': { type: 'string' },
    strict: { type: 'boolean', default: false },
  },
});

const buildDate = values['build-date'] ?? defaultBuildDate(process.env);
if (!/^\d{4}-\d{2}-\d{2}$/.test(buildDate) || Number.isNaN(Date.parse(buildDate))) {
  console.error(`--build-date must be YYYY-MM-DD, got "${buildDate}"`);
  process.exit(2);
}
const dataDir = values.data.replace(/[\\/]+$/, '');
const summary = await runIngest({ dataDir, outDir: values.out, buildDate, strict: values.strict, plans: values.plan, log: (line) => console.log(line) });
console.log(formatSummary(summary, `${dataDir}/raw`));
process.exitCode = summary.exitCode;

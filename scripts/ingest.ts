// npm run data: ingest every plan's school reports (src/pipeline/index.ts).
// Flags: --data DIR (default data), --out DIR (default out/data), --plan ID
// (repeatable), --build-date YYYY-MM-DD, --strict (exit 1 on any data error).
// Build date default: $BUILD_DATE, else $SOURCE_DATE_EPOCH (reproducible
// builds), else today in Asia/Ho_Chi_Minh.
import { parseArgs } from 'node:util';
import { runIngest } from '../src/pipeline/index.ts';
import { formatSummary } from '../src/pipeline/format-summary.ts';
import { resolveBuildDate } from '../src/core/build-date.ts';
import { escapeControl } from '../src/core/escape-control.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    out: { type: 'string', default: 'out/data' },
    plan: { type: 'string', multiple: true },
    'build-date': { type: 'string' },
    strict: { type: 'boolean', default: false },
  },
});

let buildDate: string;
try {
  buildDate = resolveBuildDate({ ...process.env, BUILD_DATE: values['build-date'] ?? process.env.BUILD_DATE });
} catch (error) {
  console.error(escapeControl((error as Error).message));
  process.exit(2);
}
const dataDir = values.data.replace(/[\\/]+$/, '');
const summary = await runIngest({ dataDir, outDir: values.out, buildDate, strict: values.strict, plans: values.plan, log: (line) => console.log(escapeControl(line)) });
console.log(formatSummary(summary, `${dataDir}/raw`));
process.exitCode = summary.exitCode;

// npm run demo [-- --out <root>] [-- --quiet]: regenerate the demo rosters and
// reports (deterministic; rewrites only the generated folders and files).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generateDemo, GENERATED_PATHS } from '../src/demo/generate.ts';
import { summarizeDemo } from '../src/demo/summary.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, quiet: { type: 'boolean', default: false } } });
const root = resolve(values.out ?? fileURLToPath(new URL('..', import.meta.url)));
const demo = await generateDemo(root);
const bytes = demo.files.reduce((n, f) => n + f.bytes.length, 0);
console.log(`wrote ${demo.files.length} files (${(bytes / 1024).toFixed(0)} KiB) under ${root}: ${GENERATED_PATHS.join(', ')}`);
if (!values.quiet) console.log(summarizeDemo(demo));

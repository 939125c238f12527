// Preloaded into a benchmarked child process (node --import): on exit it writes
// the process's peak resident set size, in kB, to the file $BENCH_MAX_RSS_FILE.
import { writeFileSync } from 'node:fs';

const target = process.env['BENCH_MAX_RSS_FILE'];
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));

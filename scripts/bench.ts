// npm run bench: the ingest benchmark (scripts/bench-ingest.ts), then the site
// benchmark (scripts/bench-site.ts) when it exists; each in its own child process.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const script = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const run = (path: string, args: readonly string[]) => spawnSync(process.execPath, [path, ...args], { stdio: 'inherit' }).status ?? 1;

let status = run(script('bench-ingest.ts'), process.argv.slice(2));
const site = script('bench-site.ts');
if (existsSync(site)) status = run(site, []) || status;
else console.log('\nscripts/bench-site.ts does not exist: site benchmark skipped');
process.exitCode = status;

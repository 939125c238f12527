// npm run bench: the ingest benchmark (scripts/bench-ingest.ts), then the site
// benchmark (scripts/bench-site.ts); each in its own child process. The site
// is rebuilt first, so the figures are those of the code and data as they are.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const run = (path: string, args: readonly string[]) => spawnSync(process.execPath, [path, ...args], { stdio: 'inherit' }).status ?? 1;

let status = run(script('bench-ingest.ts'), process.argv.slice(2));
status = run(script('bench-site.ts'), ['--rebuild']) || status;
process.exitCode = status;

// A named point where a run can be held on purpose, so a test can kill it
// there with SIGKILL instead of guessing timings. Inert unless the env
// THI_DUA_SO_PAUSE_AT names the point: then the process says so on stderr
// ("paused at <point>") and waits for a line (or the end) on stdin.
import { createInterface } from 'node:readline';

export const PAUSE_ENV = 'THI_DUA_SO_PAUSE_AT';

export async function pausePoint(name: string): Promise<void> {
  if (process.env[PAUSE_ENV] !== name) return;
  process.stderr.write(`paused at ${name}\n`);
  const lines = createInterface({ input: process.stdin });
  await new Promise<void>((resume) => {
    lines.once('line', () => resume());
    lines.once('close', () => resume());
  });
  lines.close();
}

// Runs an entry point (scripts/*.ts) as a real child process on Node 22,
// held at a pause point (src/publish/pause-point.ts) so a test can kill it
// there with SIGKILL, or let it go on, without guessing timings.
import { spawn, type ChildProcess } from 'node:child_process';
import { PAUSE_ENV } from '../../src/publish/pause-point.ts';

export interface PausedRun {
  child: ChildProcess;
  output: () => string;
  /** SIGKILL, as `kill -9` does; resolves once the process is gone. */
  kill(): Promise<void>;
  /** Lets the run go on; resolves with its exit code. */
  resume(): Promise<number>;
}

function start(args: string[], env: Record<string, string>, point?: string) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env, ...(point ? { [PAUSE_ENV]: point } : {}) }, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number>((done) => child.on('close', (code, signal) => done(code ?? (signal ? 128 : 1))));
  return { child, exited, output: () => output };
}

/** Starts `args` and resolves once it says "paused at <point>"; rejects if it ends first. */
export async function runUntilPaused(args: string[], env: Record<string, string>, point: string): Promise<PausedRun> {
  const run = start(args, env, point);
  await new Promise<void>((ready, fail) => {
    const check = () => {
      if (run.output().includes(`paused at ${point}\n`)) ready();
    };
    run.child.stderr!.on('data', check);
    void run.exited.then((code) => fail(new Error(`ended (exit ${code}) before pausing at ${point}:\n${run.output().slice(-3000)}`)));
  });
  return {
    child: run.child,
    output: run.output,
    kill: async () => {
      run.child.kill('SIGKILL');
      await run.exited;
    },
    resume: async () => {
      run.child.stdin!.end('go\n');
      return run.exited;
    },
  };
}

/** Runs `args` to its end; resolves with the exit code and output. */
export async function runToEnd(args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  const run = start(args, env);
  run.child.stdin!.end();
  const code = await run.exited;
  return { code, output: run.output() };
}

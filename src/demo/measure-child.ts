// Run a Node script in a fresh child process and measure it: wall time, exit
// code and peak RSS, from GNU time -v when the system has it, else from the
// child's own process.resourceUsage().maxRSS (reported through a preload).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

export interface ChildMeasure {
  exitCode: number | null;
  wallSeconds: number;
  /** Peak RSS in kB and where the figure comes from. */
  peakRssKb: number | null;
  peakRssSource: string;
  /** The child's own maxRSS in kB (always collected, as a cross-check). */
  selfMaxRssKb: number | null;
}

const GNU_TIME = '/usr/bin/time';

/** True when /usr/bin/time is GNU time and reports the maximum resident set size. */
export function hasGnuTime(): boolean {
  if (!existsSync(GNU_TIME)) return false;
  const probe = spawnSync(GNU_TIME, ['-v', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /Maximum resident set size/.test(probe.stderr);
}

/** Run `node <script> <args>`; the child's stdout and stderr go to `logFile`. */
export async function measureNodeScript(script: string, args: readonly string[], logFile: string): Promise<ChildMeasure> {
  const rssFile = `${logFile}.maxrss`;
  rmSync(rssFile, { force: true });
  const preload = new URL('./report-max-rss.ts', import.meta.url).href;
  const nodeArgs = ['--import', preload, script, ...args];
  const gnu = hasGnuTime();
  const command = gnu ? GNU_TIME : process.execPath;
  const commandArgs = gnu ? ['-v', process.execPath, ...nodeArgs] : nodeArgs;
  const started = performance.now();
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(command, commandArgs, { env: { ...process.env, BENCH_MAX_RSS_FILE: rssFile }, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ code: exitCode, output: Buffer.concat(chunks).toString('utf8') }));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  writeFileSync(logFile, output);
  const selfMaxRssKb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : null;
  const gnuMatch = gnu ? /Maximum resident set size \(kbytes\): (\d+)/.exec(output) : null;
  return {
    exitCode: code,
    wallSeconds,
    peakRssKb: gnuMatch ? Number(gnuMatch[1]) : selfMaxRssKb,
    peakRssSource: gnuMatch ? 'GNU time -v, maximum resident set size of the child' : 'process.resourceUsage().maxRSS reported by the child',
    selfMaxRssKb,
  };
}

// An output folder replaced atomically as a whole. `<dir>/<name>` is a
// symlink to a complete version `.<name>.v-<id>` beside it; a run writes into
// `.<name>.staging-<id>` (owned through `.<name>.<id>.lock`, holding its pid)
// and publishes with one rename of a new symlink over `<name>`. Readers see
// the old version or the new one, never a mix (docs/output.md).
import { lstat, mkdir, readdir, readlink, rename, rm, stat, symlink, writeFile, readFile, realpath, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { pausePoint } from './pause-point.ts';

export interface Version {
  /** The published path, e.g. /abs/out/data. */
  target: string;
  id: string;
  /** Where the run writes. */
  staging: string;
}

const parts = (target: string) => ({ parent: dirname(resolve(target)), name: basename(resolve(target)) });
const entry = (target: string, kind: 'staging' | 'v' | 'link', id: string) => join(parts(target).parent, `.${parts(target).name}.${kind}-${id}`);
const lockOf = (target: string, id: string) => join(parts(target).parent, `.${parts(target).name}.${id}.lock`);
const previousOf = (target: string) => join(parts(target).parent, `.${parts(target).name}.previous`);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function lockIsLive(target: string, id: string): Promise<boolean> {
  const pid = Number((await readFile(lockOf(target, id), 'utf8').catch(() => '')).trim());
  return Number.isInteger(pid) && pid > 0 && isAlive(pid);
}

const linkName = (path: string) => readlink(path).then((to) => basename(to), () => undefined);

/** The real folder `target` stands for now (the symlink's version, or a plain folder from before), or undefined. */
export async function resolveCurrent(target: string): Promise<string | undefined> {
  return realpath(target).then(async (path) => ((await stat(path)).isDirectory() ? path : undefined), () => undefined);
}

/** Replace `path` (the target or its `.previous`) by a symlink to `to`, atomically: a temporary link renamed over it. */
async function pointAt(target: string, path: string, to: string, id: string, pausePrefix?: string): Promise<void> {
  const temp = entry(target, 'link', id);
  await rm(temp, { force: true });
  await symlink(to, temp, 'dir');
  if (pausePrefix) await pausePoint(`${pausePrefix}:linked`);
  await rename(temp, path);
}

/**
 * Removes what killed runs left (staging folders, versions no link points to,
 * temporary links, locks) unless their owner still runs, and restores the
 * link from `.<name>.previous` if a run died while moving a plain folder aside.
 */
export async function sweepStale(target: string): Promise<void> {
  const { parent, name } = parts(target);
  const entries = await readdir(parent).catch(() => [] as string[]);
  if (!(await lstat(target).catch(() => undefined))) {
    const previous = await linkName(previousOf(target));
    if (previous && entries.includes(previous)) await pointAt(target, target, previous, randomBytes(6).toString('hex'));
  }
  const kept = new Set([await linkName(target), await linkName(previousOf(target))]);
  const prefix = `.${name}.`;
  for (const file of entries.filter((e) => e.startsWith(prefix))) {
    const rest = file.slice(prefix.length);
    const owned = /^(?:staging|v|link)-(?:legacy-)?([0-9A-Za-z]+)$/.exec(rest) ?? /^([0-9A-Za-z]+)\.lock$/.exec(rest);
    if (!owned || kept.has(file) || (await lockIsLive(target, owned[1]!))) continue;
    await rm(join(parent, file), { recursive: true, force: true, maxRetries: 2 }).catch(() => undefined);
  }
}

/** A fresh staging folder for `target`, after sweeping what killed runs left. */
export async function createVersion(target: string): Promise<Version> {
  await mkdir(parts(target).parent, { recursive: true });
  await sweepStale(target);
  const id = randomBytes(6).toString('hex');
  // The lock exists before the folder, so a concurrent sweep never takes the folder for a dead run's.
  await writeFile(lockOf(target, id), `${process.pid}\n`, { flag: 'wx' });
  const staging = entry(target, 'staging', id);
  await mkdir(staging);
  await pausePoint('version:created');
  return { target: resolve(target), id, staging };
}

/**
 * Makes the staging folder the published version: one rename of a symlink.
 * The version it replaces stays as `.<name>.previous` (a reader that resolved
 * the old link keeps reading a whole version); older ones are removed.
 */
export async function publishVersion(version: Version): Promise<void> {
  const { target, id } = version;
  await pausePoint('publish:start');
  const published = entry(target, 'v', id);
  await rename(version.staging, published);
  const info = await lstat(target).catch(() => undefined);
  if (info?.isSymbolicLink()) {
    const current = await linkName(target);
    if (current) await pointAt(target, previousOf(target), current, id);
  } else if (info) {
    // A plain folder from before versions: moved aside as a version; sweepStale restores the link if we die here.
    const legacy = `.${parts(target).name}.v-legacy-${id}`;
    await pointAt(target, previousOf(target), legacy, id);
    await rename(target, join(parts(target).parent, legacy));
    await pausePoint('publish:moved-aside');
  }
  await pointAt(target, target, basename(published), id, 'publish');
  await pausePoint('publish:done');
  await unlink(lockOf(target, id));
  await sweepStale(target);
}

/** Drops a run's staging folder and lock (a run that failed). */
export async function discardVersion(version: Version): Promise<void> {
  await rm(version.staging, { recursive: true, force: true });
  await rm(lockOf(version.target, version.id), { force: true });
}

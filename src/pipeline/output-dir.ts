// Atomic output of the ingest as a whole: a run writes every plan into a
// staging folder, and only a run that finished publishes it as the new
// version of the output folder, with one rename (src/publish/versioned-dir.ts).
// Plans the run did not rewrite are carried over (hard links), so readers see
// all plans of the old run or all plans of the new one, never a mix.
import { copyFile, link, lstat, mkdir, readdir, readlink, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { createVersion, discardVersion, publishVersion, resolveCurrent, type Version } from '../publish/versioned-dir.ts';

const runs = new Map<string, Version>();

/** A fresh staging folder for `outDir`; staging folders of killed runs are removed first. */
export async function createStaging(outDir: string): Promise<string> {
  const version = await createVersion(outDir);
  runs.set(version.staging, version);
  return version.staging;
}

/** Files are never rewritten in place, so a hard link shares them safely; a copy where links are refused. */
async function linkTree(source: string, dest: string): Promise<void> {
  const info = await lstat(source);
  if (info.isSymbolicLink()) return symlink(await readlink(source), dest);
  if (!info.isDirectory()) return link(source, dest).catch(() => copyFile(source, dest));
  await mkdir(dest);
  for (const item of await readdir(source)) await linkTree(join(source, item), join(dest, item));
}

/**
 * Publish `staging/<plan>` for each of `planIds`, with every other plan of the
 * current output carried over, as one new version of `outDir`.
 */
export async function swapIn(staging: string, outDir: string, planIds: readonly string[]): Promise<void> {
  const version = runs.get(staging);
  if (!version) throw new Error(`not a staging folder of this run: ${staging}`);
  if (planIds.length === 0) return discardStaging(staging);
  for (const item of await readdir(staging)) {
    if (!planIds.includes(item)) await rm(join(staging, item), { recursive: true, force: true });
  }
  const current = await resolveCurrent(outDir);
  for (const item of current ? await readdir(current) : []) {
    if (!planIds.includes(item) && !item.startsWith('.')) await linkTree(join(current!, item), join(staging, item));
  }
  await publishVersion(version);
  runs.delete(staging);
}

export async function discardStaging(staging: string): Promise<void> {
  const version = runs.get(staging);
  if (version) await discardVersion(version);
  else await rm(staging, { recursive: true, force: true });
  runs.delete(staging);
}

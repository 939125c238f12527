// Atomic output: each run writes into a staging folder beside the output
// folder, and only a run that finished swaps its plans in, one rename per
// plan; a run that fails leaves the previous output exactly as it was.
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** A fresh staging folder beside `outDir` (same file system, so renames are atomic). */
export async function createStaging(outDir: string): Promise<string> {
  const absolute = resolve(outDir);
  await mkdir(dirname(absolute), { recursive: true });
  return mkdtemp(join(dirname(absolute), `.${basename(absolute)}.staging-`));
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Move `staging/<plan>` to `outDir/<plan>` for each plan, then drop the staging folder. */
export async function swapIn(staging: string, outDir: string, planIds: readonly string[]): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const planId of planIds) {
    const target = join(outDir, planId);
    if (await exists(target)) await rename(target, join(staging, `${planId}.previous`));
    await rename(join(staging, planId), target);
  }
  await discardStaging(staging);
}

export async function discardStaging(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
}

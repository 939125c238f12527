// Write generated files under a root folder, after deleting the folders and
// files the generator owns (and nothing else).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface OutputFile {
  /** Path relative to the output root, with forward slashes. */
  path: string;
  bytes: Buffer;
}

/** Delete `owned` paths under `root`, then write `files`. */
export function replaceFiles(root: string, owned: readonly string[], files: readonly OutputFile[]): void {
  for (const path of owned) rmSync(join(root, path), { recursive: true, force: true });
  for (const file of files) {
    const target = join(root, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.bytes);
  }
}

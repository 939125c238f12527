// Stage 1, find: data/raw/<plan-id>/ in, every entry under it out, sorted,
// each with its path relative to data/raw and the year of its folder
// (raw/<plan-id>/<year>/*.csv). Entries that are not reports are listed too,
// never skipped silently (issue 8, finding 11): a hidden file or folder
// (".…", not descended into), a symbolic link (never followed: it may point
// outside data/raw), a FIFO, socket or device (reading a FIFO can block), a
// folder that cannot be listed.
import { readdir } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join } from 'node:path';

export type EntryKind = 'file' | 'hidden' | 'symlink' | 'special' | 'unreadable';

export interface RawFile {
  /** Path relative to data/raw, with "/" separators: "long-bien-2025/2025/x.csv". */
  file: string;
  path: string;
  /** The year folder the file sits in, or null when it is not in one. */
  folderYear: number | null;
  /** What the entry is; only a `file` is read. */
  kind: EntryKind;
  /** For a `special` entry: FIFO, socket, block device or character device; for `unreadable`, the error code. */
  detail?: string;
}

function kindOf(entry: Dirent): { kind: EntryKind | 'directory'; detail?: string } {
  if (entry.name.startsWith('.')) return { kind: 'hidden' };
  if (entry.isSymbolicLink()) return { kind: 'symlink' };
  if (entry.isDirectory()) return { kind: 'directory' };
  if (entry.isFile()) return { kind: 'file' };
  const detail = entry.isFIFO() ? 'FIFO' : entry.isSocket() ? 'socket' : entry.isBlockDevice() ? 'block device' : 'character device';
  return { kind: 'special', detail };
}

function entryOf(planId: string, parts: string[], path: string, kind: EntryKind, detail?: string): RawFile {
  const folder = parts.length > 1 ? parts[0]! : '';
  const raw: RawFile = { file: [planId, ...parts].join('/'), path, folderYear: /^\d{4}$/.test(folder) ? Number(folder) : null, kind };
  if (detail) raw.detail = detail;
  return raw;
}

/** Every entry under raw/<planId>, sorted by path; none when the folder is absent. */
export async function listRawFiles(rawDir: string, planId: string): Promise<RawFile[]> {
  const root = join(rawDir, planId);
  const files: RawFile[] = [];
  const walk = async (dir: string, relative: string[]): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      // The plan's own folder may be absent (no reports yet); a sub-folder that cannot be listed is said.
      if (relative.length > 0) files.push(entryOf(planId, relative, dir, 'unreadable', (error as NodeJS.ErrnoException).code ?? String(error)));
      return;
    }
    for (const entry of entries) {
      const parts = [...relative, entry.name];
      const { kind, detail } = kindOf(entry);
      if (kind === 'directory') {
        await walk(join(dir, entry.name), parts);
        continue;
      }
      files.push(entryOf(planId, parts, join(dir, entry.name), kind, detail));
    }
  };
  await walk(root, []);
  return files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

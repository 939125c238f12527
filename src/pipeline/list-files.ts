// Stage 1, find: data/raw/<plan-id>/ in, every report file under it out, sorted,
// each with its path relative to data/raw and the year of its folder
// (raw/<plan-id>/<year>/*.csv). Hidden files (".…") are not reports.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface RawFile {
  /** Path relative to data/raw, with "/" separators: "long-bien-2025/2025/x.csv". */
  file: string;
  path: string;
  /** The year folder the file sits in, or null when it is not in one. */
  folderYear: number | null;
}

/** Every file under raw/<planId>, sorted by path; none when the folder is absent. */
export async function listRawFiles(rawDir: string, planId: string): Promise<RawFile[]> {
  let entries;
  try {
    entries = await readdir(join(rawDir, planId), { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  const files: RawFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const path = join(entry.parentPath, entry.name);
    const relative = path.slice(join(rawDir, planId).length + 1).split(/[\\/]/);
    if (relative.some((part) => part.startsWith('.'))) continue;
    const folder = relative.length > 1 ? relative[0]! : '';
    files.push({ file: [planId, ...relative].join('/'), path, folderYear: /^\d{4}$/.test(folder) ? Number(folder) : null });
  }
  return files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

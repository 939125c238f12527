// Stage 1b, read: one entry of data/raw in (list-files.ts), its FileRead out.
// An entry that is not a regular file is listed with its reason, never
// opened; a file's bytes go to read-report.ts, which does the rest. The only
// part of reading a report that needs Node: the check page gets its bytes
// from the browser.
import { readFile } from 'node:fs/promises';
import type { RawFile } from './list-files.ts';
import type { HeaderMatcher } from './match-header.ts';
import type { ProblemLog } from './problems.ts';
import { emptyRead, isReportFileName, readReport } from './read-report.ts';
import type { FileRead } from './read-report.ts';

/** An entry that is not a regular file: listed with its reason, never opened. */
function refuseEntry(raw: RawFile, log: ProblemLog): FileRead {
  const name = raw.file.split('/').pop() ?? raw.file;
  if (raw.kind === 'hidden') {
    log.add({ file: raw.file, code: 'hidden-file', value: name });
    return emptyRead(raw.file, 'skipped');
  }
  if (raw.kind === 'symlink') log.add({ file: raw.file, code: 'symlink-not-followed', value: name });
  else if (raw.kind === 'special') log.add({ file: raw.file, code: 'not-a-regular-file', value: name, params: { other: raw.detail } });
  else log.add({ file: raw.file, code: 'unreadable-file', params: { other: raw.detail } });
  return emptyRead(raw.file, 'rejected');
}

/** Read one entry of data/raw; `matcher` is the plan's (headerMatcherOf). */
export async function readRawFile(raw: RawFile, log: ProblemLog, matcher: HeaderMatcher): Promise<FileRead> {
  if (raw.kind !== 'file') return refuseEntry(raw, log);
  // A name that is not a report's is refused by readReport without its bytes.
  if (!isReportFileName(raw.file)) return readReport(new Uint8Array(), raw.file, log, matcher);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(raw.path);
  } catch (error) {
    log.add({ file: raw.file, code: 'unreadable-file', params: { other: (error as NodeJS.ErrnoException).code ?? String(error) } });
    return emptyRead(raw.file, 'rejected');
  }
  return readReport(bytes, raw.file, log, matcher);
}

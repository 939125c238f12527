// Stages 1–4 for one entry of data/raw: bytes in (read; then, by what the
// bytes are, decode and parse a CSV or read a workbook's report sheet; locate
// the header, map the columns), data rows with their column map out, or the
// reason the whole file is rejected or skipped. File-level problems go to the
// plan's ProblemLog.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { sniffContainer } from '../core/read-workbook.ts';
import type { Encoding } from './decode-text.ts';
import { flagInvalidUtf8 } from './flag-invalid-utf8.ts';
import type { RawFile } from './list-files.ts';
import type { CsvRow, Delimiter } from './parse-csv.ts';
import { readCsvRows } from './read-csv-rows.ts';
import { readWorkbookRows } from './read-workbook-rows.ts';
import { locateHeader } from './locate-header.ts';
import type { LayoutCounts } from './locate-header.ts';
import { mapColumns } from './map-columns.ts';
import type { ColumnMap } from './map-columns.ts';
import type { HeaderMatcher } from './match-header.ts';
import type { ProblemLog } from './problems.ts';
import { collectUnknown } from './unknown-columns.ts';
import type { UnknownColumn } from './unknown-columns.ts';

export type { UnknownColumn } from './unknown-columns.ts';

export interface FileRead {
  /** Path relative to data/raw. */
  file: string;
  /** `rejected` as a whole (see its file-error), or `skipped` (a hidden file, not a report). */
  status: 'read' | 'rejected' | 'skipped';
  encoding: Encoding | null;
  delimiter: Delimiter | null;
  /** The sheet read, for a workbook; null for a CSV. */
  sheet: string | null;
  headerLine: number | null;
  /** The header row's cells as written (for column names in problems). */
  headerCells: string[];
  rows: CsvRow[];
  columns: ColumnMap | null;
  skipped: LayoutCounts;
  personalColumns: { column: number; header: string }[];
  unknownColumns: UnknownColumn[];
}

const CSV_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls']);

function emptyRead(file: string, status: FileRead['status']): FileRead {
  return {
    file, status, encoding: null, delimiter: null, sheet: null, headerLine: null, headerCells: [], rows: [], columns: null,
    skipped: { title: 0, blank: 0, numbering: 0, repeated_header: 0, footer: 0 }, personalColumns: [], unknownColumns: [],
  };
}

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

/** Read one entry of data/raw (see list-files.ts); `matcher` is the plan's (headerMatcherOf). */
export async function readReportFile(raw: RawFile, log: ProblemLog, matcher: HeaderMatcher): Promise<FileRead> {
  if (raw.kind !== 'file') return refuseEntry(raw, log);
  const { file } = raw;
  const result = emptyRead(file, 'rejected');
  const extension = extname(file).toLowerCase();
  const name = file.split('/').pop() ?? file;
  if (!CSV_EXTENSIONS.has(extension) && !WORKBOOK_EXTENSIONS.has(extension)) {
    log.add({ file, code: 'not-a-csv', value: name });
    return result;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(raw.path);
  } catch (error) {
    log.add({ file, code: 'unreadable-file', params: { other: (error as NodeJS.ErrnoException).code ?? String(error) } });
    return result;
  }
  // The bytes decide how the file is read; a name that says otherwise is only told.
  let rows: CsvRow[];
  let invalidBytes = 0;
  const container = sniffContainer(bytes);
  if (container === 'markup' && WORKBOOK_EXTENSIONS.has(extension)) {
    log.add({ file, code: 'unreadable-workbook', value: name, params: { other: 'a web page or XML under an Excel name / trang web hoặc XML mang tên tệp Excel' } });
    return result;
  }
  if (container === 'zip' || container === 'ole') {
    const workbook = readWorkbookRows(bytes, file, log);
    if (!workbook.ok) return result;
    if (CSV_EXTENSIONS.has(extension)) log.add({ file, code: 'workbook-named-csv', value: name });
    result.sheet = workbook.sheet;
    rows = workbook.rows;
  } else {
    const csv = readCsvRows(bytes, file, log);
    if (!csv.ok) return result;
    if (WORKBOOK_EXTENSIONS.has(extension)) log.add({ file, code: 'csv-named-workbook', value: name });
    result.encoding = csv.encoding;
    result.delimiter = csv.delimiter;
    invalidBytes = csv.invalidBytes;
    rows = csv.rows;
  }

  const schoolColumnOf = (header: CsvRow) => header.cells.findIndex((cell) => {
    const match = matcher.match(cell);
    return match.kind === 'column' && match.id === 'ma_truong';
  });
  const layout = locateHeader(rows, schoolColumnOf);
  if (!layout) {
    log.add({ file, code: 'header-not-found' });
    if (invalidBytes > 0) flagInvalidUtf8(rows, null, file, log);
    return result;
  }
  result.headerLine = layout.header.line;
  result.headerCells = layout.header.cells;
  result.skipped = layout.skipped;
  if (layout.header.problem) log.add({ file, line: layout.header.line, code: layout.header.problem });
  const { map, problems } = mapColumns(layout.header.cells, matcher);
  for (const problem of problems) {
    log.add({ file, line: layout.header.line, column: problem.column, columnName: problem.columnName, code: problem.code, params: { expected: problem.expected, other: problem.other } });
  }
  // Personal data is dropped first and reported by header only: its cells are
  // blanked in memory, so no later stage can read or publish them.
  for (const row of layout.data) for (const personal of map.personal) if (personal.index < row.cells.length) row.cells[personal.index] = '';
  for (const personal of map.personal) {
    result.personalColumns.push({ column: personal.index + 1, header: personal.header });
    log.add({ file, line: layout.header.line, column: personal.index + 1, columnName: personal.header, code: 'personal-data-column', value: personal.header });
  }
  if (invalidBytes > 0) flagInvalidUtf8(rows, layout, file, log);
  // A rejected file's rows are still counted (all rejected), so none goes unaccounted.
  result.rows = layout.data;
  if (problems.length > 0) return result;

  result.status = 'read';
  result.columns = map;
  result.unknownColumns = collectUnknown(map.unknown, map.blank, layout.data, layout.header.cells.length);
  for (const unknown of result.unknownColumns) {
    log.add({ file, line: layout.header.line, column: unknown.column, columnName: unknown.header, code: 'unknown-column', value: unknown.header });
  }
  if (layout.data.length === 0) log.add({ file, line: layout.header.line, code: 'no-data-rows' });
  return result;
}

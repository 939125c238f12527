// Stages 2–4 for one file: its name and bytes in (by what the bytes are,
// decode and parse a CSV or read a workbook's report sheet; locate the header,
// map the columns), data rows with their column map out, or the reason the
// whole file is rejected. File-level problems go to the plan's ProblemLog.
// Runs in Node and the browser: the ingest reads the bytes from disk
// (read-raw-file.ts), the check page from the file the officer drops.
import { sniffContainer } from '../core/read-workbook.ts';
import type { Encoding } from './decode-text.ts';
import { flagInvalidUtf8 } from './flag-invalid-utf8.ts';
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

/** The file name's extension, lower-cased with its dot (`.csv`), or '' (no Node path module here). */
function extensionOf(file: string): string {
  const name = file.split('/').pop() ?? file;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** True when the name is one a report may have (the bytes still decide how it is read). */
export function isReportFileName(file: string): boolean {
  const extension = extensionOf(file);
  return CSV_EXTENSIONS.has(extension) || WORKBOOK_EXTENSIONS.has(extension);
}

export function emptyRead(file: string, status: FileRead['status']): FileRead {
  return {
    file, status, encoding: null, delimiter: null, sheet: null, headerLine: null, headerCells: [], rows: [], columns: null,
    skipped: { title: 0, blank: 0, numbering: 0, repeated_header: 0, footer: 0 }, personalColumns: [], unknownColumns: [],
  };
}

/** Read one report from its bytes; `file` names it (relative to data/raw in the ingest); `matcher` is the plan's (headerMatcherOf). */
export function readReport(bytes: Uint8Array, file: string, log: ProblemLog, matcher: HeaderMatcher): FileRead {
  const result = emptyRead(file, 'rejected');
  const extension = extensionOf(file);
  const name = file.split('/').pop() ?? file;
  if (!isReportFileName(file)) {
    log.add({ file, code: 'not-a-csv', value: name });
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

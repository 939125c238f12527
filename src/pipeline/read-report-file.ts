// Stages 1–4 for one file: bytes in (read, decode, parse, locate the header,
// map the columns), data rows with their column map out, or the reason the
// whole file is rejected. File-level problems go to the plan's ProblemLog.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeText } from './decode-text.ts';
import type { Encoding } from './decode-text.ts';
import { parseCsv } from './parse-csv.ts';
import type { CsvRow, Delimiter } from './parse-csv.ts';
import { locateHeader } from './locate-header.ts';
import type { LayoutCounts } from './locate-header.ts';
import { mapColumns, displayHeader } from './map-columns.ts';
import type { ColumnMap, HeaderColumn } from './map-columns.ts';
import type { HeaderMatcher } from './match-header.ts';
import type { ProblemLog } from './problems.ts';
import { isBlank } from '../core/parse-values.ts';

export interface UnknownColumn extends HeaderColumn {
  /** 1-based column number. */
  column: number;
  /** Non-blank values, by line: kept aside, never published in the tables. */
  values: { line: number; value: string }[];
}

export interface FileRead {
  /** Path relative to data/raw. */
  file: string;
  encoding: Encoding | null;
  delimiter: Delimiter | null;
  headerLine: number | null;
  /** The header row's cells as written (for column names in problems). */
  headerCells: string[];
  /** False when the file was rejected as a whole. */
  read: boolean;
  rows: CsvRow[];
  columns: ColumnMap | null;
  skipped: LayoutCounts;
  personalColumns: { column: number; header: string }[];
  unknownColumns: UnknownColumn[];
}

const CSV_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);

function emptyRead(file: string): FileRead {
  return {
    file, encoding: null, delimiter: null, headerLine: null, headerCells: [], read: false, rows: [], columns: null,
    skipped: { title: 0, blank: 0, numbering: 0, repeated_header: 0, footer: 0 }, personalColumns: [], unknownColumns: [],
  };
}

/** Read one report file; `file` is relative to data/raw, `path` is where it is; `matcher` is the plan's (headerMatcherOf). */
export async function readReportFile(path: string, file: string, log: ProblemLog, matcher: HeaderMatcher): Promise<FileRead> {
  const result = emptyRead(file);
  if (!CSV_EXTENSIONS.has(extname(file).toLowerCase())) {
    log.add({ file, code: 'not-a-csv', value: file.split('/').pop() ?? file });
    return result;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    log.add({ file, code: 'unreadable-file', params: { other: (error as NodeJS.ErrnoException).code ?? String(error) } });
    return result;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    log.add({ file, code: decoded.code, value: decoded.value, params: { other: decoded.reason } });
    return result;
  }
  result.encoding = decoded.encoding;
  if (decoded.encoding === 'tcvn3') log.add({ file, code: 'legacy-encoding', value: 'TCVN3' });

  const { rows, delimiter } = parseCsv(decoded.text);
  result.delimiter = delimiter;
  const schoolColumnOf = (header: CsvRow) => header.cells.findIndex((cell) => {
    const match = matcher.match(cell);
    return match.kind === 'column' && match.id === 'ma_truong';
  });
  const layout = locateHeader(rows, schoolColumnOf);
  if (!layout) {
    log.add({ file, code: 'header-not-found' });
    return result;
  }
  result.headerLine = layout.header.line;
  result.headerCells = layout.header.cells;
  result.skipped = layout.skipped;
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
  // A rejected file's rows are still counted (all rejected), so none goes unaccounted.
  result.rows = layout.data;
  if (problems.length > 0) return result;

  result.read = true;
  result.columns = map;
  result.unknownColumns = collectUnknown(map.unknown, layout.data, layout.header.cells.length);
  for (const unknown of result.unknownColumns) {
    log.add({ file, line: layout.header.line, column: unknown.column, columnName: unknown.header, code: 'unknown-column', value: unknown.header });
  }
  if (layout.data.length === 0) log.add({ file, line: layout.header.line, code: 'no-data-rows' });
  return result;
}

/** Unknown columns, plus cells beyond the header's width, with their values. */
function collectUnknown(unknown: readonly HeaderColumn[], rows: readonly CsvRow[], width: number): UnknownColumn[] {
  const columns: UnknownColumn[] = unknown.map((c) => ({ ...c, column: c.index + 1, values: [] }));
  const extra = new Map<number, UnknownColumn>();
  for (const row of rows) {
    for (const column of columns) {
      const value = row.cells[column.index] ?? '';
      if (!isBlank(value)) column.values.push({ line: row.line, value: displayHeader(value) });
    }
    for (let index = width; index < row.cells.length; index++) {
      const value = row.cells[index]!;
      if (isBlank(value)) continue;
      let column = extra.get(index);
      if (!column) {
        column = { index, header: `(cột ${index + 1} không có tiêu đề / column ${index + 1} has no header)`, column: index + 1, values: [] };
        extra.set(index, column);
      }
      column.values.push({ line: row.line, value: displayHeader(value) });
    }
  }
  return [...columns, ...[...extra.values()].sort((a, b) => a.index - b.index)];
}

// Columns outside the template, with their values: unknown headers, cells
// under a blank header (issue 8, finding 7) and cells beyond the header's
// width. Their values are kept aside (set-aside.json) and never published:
// free text may hold personal data no rule recognises. In: the column map's
// unknown and blank columns, the data rows, the header's width. Out: every
// unknown column, and every unnamed one that holds a value.
import { isBlank } from '../core/parse-values.ts';
import { displayHeader } from './map-columns.ts';
import type { HeaderColumn } from './map-columns.ts';
import type { CsvRow } from './parse-csv.ts';

export interface UnknownColumn extends HeaderColumn {
  /** 1-based column number. */
  column: number;
  /** Non-blank values, by line: kept aside, never published in the tables. */
  values: { line: number; value: string }[];
}

/** The header given to a column without one. */
export function unnamedHeader(index: number): string {
  return `(cột ${index + 1} không có tiêu đề / column ${index + 1} has no header)`;
}

export function collectUnknown(unknown: readonly HeaderColumn[], blank: readonly number[], rows: readonly CsvRow[], width: number): UnknownColumn[] {
  const columns: UnknownColumn[] = unknown.map((c) => ({ ...c, column: c.index + 1, values: [] }));
  const unnamed = new Map<number, UnknownColumn>();
  const keep = (index: number, line: number, value: string) => {
    let column = unnamed.get(index);
    if (!column) {
      column = { index, header: unnamedHeader(index), column: index + 1, values: [] };
      unnamed.set(index, column);
    }
    column.values.push({ line, value: displayHeader(value) });
  };
  for (const row of rows) {
    for (const column of columns) {
      const value = row.cells[column.index] ?? '';
      if (!isBlank(value)) column.values.push({ line: row.line, value: displayHeader(value) });
    }
    for (const index of blank) {
      const value = row.cells[index] ?? '';
      if (!isBlank(value)) keep(index, row.line, value);
    }
    for (let index = width; index < row.cells.length; index++) {
      if (!isBlank(row.cells[index]!)) keep(index, row.line, row.cells[index]!);
    }
  }
  return [...columns, ...[...unnamed.values()].sort((a, b) => a.index - b.index)].sort((a, b) => a.index - b.index);
}

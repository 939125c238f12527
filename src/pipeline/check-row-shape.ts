// A data row's shape, checked before any of its cells is read: broken CSV
// syntax (`malformed-row`, `unclosed-quote`) or a row that stops before one of
// the header's template columns (`row-too-short`; why it rejects: see its entry
// in src/core/messages.ts). In: the row and its file's column map.
// Out: the problem that rejects the row, or null.
import type { ColumnMap } from './map-columns.ts';
import { displayHeader } from './map-columns.ts';
import type { CsvRow } from './parse-csv.ts';
import type { ProblemInput } from './problems.ts';

export function checkRowShape(row: CsvRow, file: string, columns: ColumnMap, headerCells: readonly string[]): ProblemInput | null {
  if (row.problem) return { file, line: row.line, code: row.problem };
  // The first template column the row has no cell for (a blank cell is a cell).
  let absent = -1;
  for (const index of columns.byId.values()) if (index >= row.cells.length && (absent === -1 || index < absent)) absent = index;
  if (absent === -1) return null;
  return {
    file, line: row.line, column: absent + 1, columnName: displayHeader(headerCells[absent] ?? ''), code: 'row-too-short',
    value: String(row.cells.length), params: { expected: String(headerCells.length) },
  };
}

// The cells of a UTF-8 file that held invalid bytes (decoded as U+FFFD; issue
// 8, finding 4), each flagged `invalid-utf8` at its physical line and column.
// In: the parsed rows and, when found, the layout (so a data cell's value can be
// shown; personal cells are blank by then). Out: problems in the log.
import { displayHeader } from './map-columns.ts';
import type { Layout } from './locate-header.ts';
import type { CsvRow } from './parse-csv.ts';
import type { ProblemLog } from './problems.ts';

const REPLACEMENT = '\ufffd';

const newlines = (text: string) => text.split('\n').length - 1;

export function flagInvalidUtf8(rows: readonly CsvRow[], layout: Layout | null, file: string, log: ProblemLog): void {
  const data = new Set(layout?.data ?? []);
  const header = layout?.header.cells ?? [];
  for (const row of rows) {
    let line = row.line;
    row.cells.forEach((cell, index) => {
      const at = cell.indexOf(REPLACEMENT);
      if (at !== -1) {
        log.add({
          file, line: line + newlines(cell.slice(0, at)), column: index + 1, columnName: header[index] === undefined ? null : displayHeader(header[index]!),
          code: 'invalid-utf8', value: data.has(row) ? displayHeader(cell) : null,
        });
      }
      line += newlines(cell);
    });
  }
}

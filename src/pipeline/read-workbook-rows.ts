// Stages 2–3 for a workbook: its bytes in, the rows of its report sheet out
// (rows of cells with their sheet row numbers, as parse-csv gives for a CSV),
// or the reason the file is rejected. The report sheet is the first visible
// sheet with a header row in its first rows (then a hidden one): a template's
// instructions or lists sheet has none. Another sheet that also holds a header
// is not read, and the officer is told. No Node imports (the check page runs it).
import { readWorkbook } from '../core/read-workbook.ts';
import type { WorkbookSheet } from '../core/read-workbook.ts';
import { HEADER_SEARCH_ROWS, isHeaderRow } from './locate-header.ts';
import type { CsvRow } from './parse-csv.ts';
import type { ProblemLog } from './problems.ts';

export type WorkbookRows = { ok: true; sheet: string; rows: CsvRow[] } | { ok: false };

const hasHeader = (sheet: WorkbookSheet) => sheet.rows.slice(0, HEADER_SEARCH_ROWS).some((row) => isHeaderRow(row.cells));

/** The report sheet's rows; problems (file-level, other sheets) go to the log. */
export function readWorkbookRows(bytes: Uint8Array, file: string, log: ProblemLog): WorkbookRows {
  const workbook = readWorkbook(bytes);
  if (!workbook.ok) {
    log.add({ file, code: workbook.code, value: file.split('/').pop() ?? file, params: { other: workbook.reason } });
    return { ok: false };
  }
  const candidates = [...workbook.sheets.filter((s) => !s.hidden), ...workbook.sheets.filter((s) => s.hidden)].filter(hasHeader);
  const chosen = candidates[0] ?? workbook.sheets.find((s) => !s.hidden && s.rows.some((r) => r.cells.length > 0)) ?? workbook.sheets[0];
  if (!chosen) {
    log.add({ file, code: 'unreadable-workbook', value: file.split('/').pop() ?? file, params: { other: 'no sheet / không có trang tính' } });
    return { ok: false };
  }
  for (const other of candidates.slice(1)) log.add({ file, code: 'sheet-ignored', value: other.name, params: { expected: chosen.name } });
  log.placeInSheet(file, chosen.name);
  return { ok: true, sheet: chosen.name, rows: chosen.rows };
}

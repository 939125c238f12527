// A table as a CSV and an Excel workbook for downloads (the shortlist, the
// aggregated figures). CSV: UTF-8 with BOM, formula-like text neutralised
// (csv.ts); codes stay plain text, so a spreadsheet that guesses types may drop
// their leading zeros — the workbook is the file for spreadsheets. XLSX
// (exceljs): code and text columns are typed Text (`@`), numbers are numbers,
// the header row is frozen and filtered, a "Ghi chú" sheet carries the notes.
// Same input, same bytes (xlsx-bytes.ts).
import ExcelJS from 'exceljs';
import { toCsv } from './csv.ts';
import { writeXlsx } from './xlsx-bytes.ts';

export interface FileColumn {
  header: string;
  /** A number column; otherwise text (codes included), typed Text in the workbook. */
  number?: boolean;
  width?: number;
}

export type Cell = string | number | null;

export interface TableFile {
  /** Sheet name (at most 31 characters). */
  sheet: string;
  columns: readonly FileColumn[];
  rows: readonly Cell[][];
  /** Lines written on the "Ghi chú" sheet (what the table is, its caveats). */
  notes: readonly string[];
}

export const NOTES_SHEET = 'Ghi chú';

export function tableCsv(table: TableFile): string {
  const headers = table.columns.map((c) => c.header);
  return toCsv(headers, table.rows.map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? null]))));
}

export async function tableXlsx(table: TableFile, date: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Thi đua số';
  workbook.lastModifiedBy = 'Thi đua số';
  const sheet = workbook.addWorksheet(table.sheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width ?? (c.number ? 12 : 20), ...(c.number ? {} : { style: { numFmt: '@' } }) }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  for (const row of table.rows) {
    const added = sheet.addRow(table.columns.map((c, i) => (c.number ? row[i] ?? null : row[i] === null || row[i] === undefined ? null : String(row[i]))));
    // A cell written as text keeps the Text format, so "01000101" and "00145" keep their zeros.
    table.columns.forEach((c, i) => {
      if (!c.number) added.getCell(i + 1).numFmt = '@';
    });
  }
  if (table.rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  const notes = workbook.addWorksheet(NOTES_SHEET);
  notes.columns = [{ width: 120 }];
  for (const line of table.notes) notes.addRow([line]).alignment = { wrapText: true, vertical: 'top' };
  return writeXlsx(workbook, date);
}

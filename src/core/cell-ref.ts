// A cell's place in a workbook as Excel writes it: `'Báo cáo'!F12` for a cell,
// `'Báo cáo'!12:12` for a whole row. Runs in Node and the browser.

/** 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A sheet name as a reference writes it: quoted unless it is one plain word. */
export function quoteSheetName(sheet: string): string {
  // A name that looks like a cell (A1, R1C1) or holds spaces or punctuation is quoted, as Excel does.
  if (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^[Rr]\d*[Cc]\d*$/.test(sheet)) return sheet;
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** `Sheet1!F12`, `'Báo cáo'!12:12` (a row), or null without a line. */
export function formatCellRef(sheet: string, line: number | null, column: number | null): string | null {
  if (line === null) return null;
  const name = quoteSheetName(sheet);
  return column === null ? `${name}!${line}:${line}` : `${name}!${columnLetters(column)}${line}`;
}

// CSV for downloads: UTF-8 with a BOM (Excel then reads Vietnamese correctly),
// CRLF rows, RFC 4180 quoting. A text cell starting with = + - @ tab or CR gets
// a leading single quote so spreadsheets never run it as a formula
// (owasp.org/www-community/attacks/CSV_Injection).

export const BOM = '\ufeff';

/** Neutralise a text cell that a spreadsheet would read as a formula. */
export function neutralizeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One cell: numbers as they are, text neutralised and quoted, null empty. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return quote(neutralizeCell(typeof value === 'string' ? value : JSON.stringify(value)));
}

/** A whole CSV document (BOM, header row, CRLF line ends). */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map((c) => quote(neutralizeCell(c))).join(',')];
  for (const row of rows) lines.push(columns.map((c) => formatCell(row[c])).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

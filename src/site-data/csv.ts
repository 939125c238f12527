// CSV for downloads: UTF-8 with a BOM (Excel then reads Vietnamese correctly),
// CRLF rows, RFC 4180 quoting. Text cells are neutralised so spreadsheets
// never run them as formulas (owasp.org/www-community/attacks/CSV_Injection):
// a single quote goes before a leading = + - @ (after spaces too), before a
// leading tab or CR, and before such a character after any list separator
// inside the cell (; , tab, line end), since Excel with the Vietnamese list
// separator ";" splits a cell that a careless tool left unquoted. Any cell
// holding ; , tab, quote, CR or LF is quoted.

export const BOM = '\ufeff';

const FORMULA_AFTER_SEPARATOR = /([;,\t\r\n][ \t]*)(?=[=+\-@])/g;

/** Neutralise a text cell that a spreadsheet would read as a formula, whole or split at a separator. */
export function neutralizeCell(text: string): string {
  const inner = text.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return /^[\t\r]|^\s*[=+\-@]/.test(inner) ? `'${inner}` : inner;
}

function quote(text: string): string {
  return /[";,\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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

// Stage 3, parse: decoded text in, rows of cells out, each with the physical
// 1-based line it starts on (correct with line breaks inside quoted cells).
// The delimiter (comma, semicolon or tab) is detected from the widest line.
import Papa from 'papaparse';

export type Delimiter = ',' | ';' | '\t';

export interface CsvRow {
  cells: string[];
  /** Physical 1-based line where the row starts. */
  line: number;
  /** Set when papaparse could not split the row cleanly (e.g. an unclosed quote). */
  error?: string;
}

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];

/**
 * The delimiter that splits some line of the file's head into the most cells
 * (the header is the widest line; a title like "BÁO CÁO…, NĂM 2026" is not).
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text.slice(0, 50_000).split('\n').slice(0, 60).map((line) => line.replace(/"[^"]*"/g, '""'));
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const delimiter of CANDIDATES) {
    const widest = Math.max(0, ...lines.map((line) => line.split(delimiter).length - 1));
    if (widest > bestCount) {
      best = delimiter;
      bestCount = widest;
    }
  }
  return best;
}

function countNewlines(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) {
    for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) n++;
  }
  return n;
}

/** Parse CSV text into rows with physical line numbers. */
export function parseCsv(text: string): { rows: CsvRow[]; delimiter: Delimiter } {
  // One newline form, so line counting and papaparse agree (files mix \r\n and \n).
  const normalized = text.replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(normalized);
  const result = Papa.parse<string[]>(normalized, { delimiter, newline: '\n', quoteChar: '"', skipEmptyLines: false });
  const errors = new Map<number, string>();
  for (const error of result.errors) {
    if (error.row !== undefined && !errors.has(error.row)) errors.set(error.row, error.message);
  }
  const data = result.data;
  // A final newline yields one empty trailing row that is not a line of the file.
  const last = data[data.length - 1];
  const count = normalized.endsWith('\n') && last?.length === 1 && last[0] === '' ? data.length - 1 : data.length;
  const rows: CsvRow[] = [];
  let line = 1;
  for (let i = 0; i < count; i++) {
    const cells = data[i]!;
    const row: CsvRow = { cells, line };
    const error = errors.get(i);
    if (error !== undefined) row.error = error;
    rows.push(row);
    line += 1 + countNewlines(cells);
  }
  return { rows, delimiter };
}

// Stage 3, parse: decoded text in, rows of cells out, each with the physical
// 1-based lines it spans (a quoted cell may hold line breaks); every physical
// line belongs to exactly one row. The delimiter (comma, semicolon or tab) is
// detected from the widest line. A quote that is never closed, or whose cell
// runs across a line that looks like a row of its own, does not swallow the
// lines after it: its line becomes one row marked `unclosed-quote`, and
// reading starts again on the next line (issue 8, finding 3).

export type Delimiter = ',' | ';' | '\t';

export interface CsvRow {
  cells: string[];
  /** Physical 1-based line where the row starts. */
  line: number;
  /** Physical line where it ends: later than `line` after a line break inside a quoted cell. */
  endLine: number;
  /** Set when the row's CSV syntax is broken, so its cells cannot be trusted. */
  problem?: 'unclosed-quote' | 'malformed-row';
}

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];
const QUOTE = 0x22;
const NEWLINE = 0x0a;

/** The delimiter that splits some line of the head into the most cells, and that many cells. */
function sniff(text: string): { delimiter: Delimiter; width: number } {
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
  return { delimiter: best, width: bestCount + 1 };
}

/**
 * The delimiter that splits some line of the file's head into the most cells
 * (the header is the widest line; a title like "BÁO CÁO…, NĂM 2026" is not).
 */
export function detectDelimiter(text: string): Delimiter {
  return sniff(text).delimiter;
}

interface Reader {
  src: string;
  delimiter: Delimiter;
  code: number;
  /** A line inside a quoted cell with this many delimiters looks like a row of its own. */
  rowLike: number;
}

/** Index of the next delimiter or line break from `i`, or the end. */
function nextStop(r: Reader, i: number): number {
  const { src, code } = r;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (c === code || c === NEWLINE) return i;
    i++;
  }
  return i;
}

/** The quoted cell opening at `open`: its text, the index after its closing quote and its line breaks; null when taken as unclosed. */
function readQuoted(r: Reader, open: number): { text: string; end: number; breaks: number } | null {
  const { src, code, rowLike } = r;
  let text = '';
  let from = open + 1;
  let breaks = 0;
  let delimiters = 0;
  for (let i = from; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === QUOTE) {
      if (src.charCodeAt(i + 1) === QUOTE) {
        text += src.slice(from, i + 1);
        from = ++i + 1;
        continue;
      }
      if (breaks > 0 && delimiters >= rowLike) return null;
      return { text: text + src.slice(from, i), end: i + 1, breaks };
    }
    if (c === NEWLINE) {
      if (delimiters >= rowLike) return null;
      breaks++;
      delimiters = 0;
    } else if (c === code) delimiters++;
  }
  return null; // it runs to the end of the file
}

/** One record from `start` (on physical line `line`): its row and where the next one starts. */
function readRecord(r: Reader, start: number, line: number): { row: CsvRow; next: number } {
  const { src } = r;
  const cells: string[] = [];
  let problem: CsvRow['problem'];
  let current = line;
  let i = start;
  for (;;) {
    let cell: string;
    if (src.charCodeAt(i) === QUOTE) {
      const quoted = readQuoted(r, i);
      if (!quoted) {
        // The line is read as if the quote were not there, and is marked; the next line starts afresh.
        const stop = src.indexOf('\n', i);
        const end = stop === -1 ? src.length : stop;
        cells.push(...src.slice(i + 1, end).split(r.delimiter));
        return { row: { cells, line, endLine: current, problem: 'unclosed-quote' }, next: end + 1 };
      }
      current += quoted.breaks;
      const stop = nextStop(r, quoted.end);
      cell = quoted.text;
      if (stop > quoted.end) {
        problem ??= 'malformed-row';
        cell += src.slice(quoted.end, stop);
      }
      i = stop;
    } else {
      const stop = nextStop(r, i);
      cell = src.slice(i, stop);
      i = stop;
    }
    cells.push(cell);
    if (i >= src.length || src.charCodeAt(i) === NEWLINE) {
      const row: CsvRow = { cells, line, endLine: current };
      if (problem) row.problem = problem;
      return { row, next: i + 1 };
    }
    i++; // past the delimiter
  }
}

/** Parse CSV text into rows with physical line numbers. */
export function parseCsv(text: string): { rows: CsvRow[]; delimiter: Delimiter } {
  // One newline form, so line counting is simple (files mix \r\n, \n and \r).
  const src = text.replace(/\r\n?/g, '\n');
  const { delimiter, width } = sniff(src);
  const reader: Reader = { src, delimiter, code: delimiter.charCodeAt(0), rowLike: Math.max(3, Math.floor((width - 1) / 2)) };
  const rows: CsvRow[] = [];
  let line = 1;
  // A final newline ends the last line; it does not start another.
  for (let pos = 0; pos < src.length; ) {
    const { row, next } = readRecord(reader, pos, line);
    rows.push(row);
    line = row.endLine + 1;
    pos = next;
  }
  return { rows, delimiter };
}

/** Physical lines of a text as parseCsv counts them. */
export function countLines(text: string): number {
  const src = text.replace(/\r\n?/g, '\n');
  if (src === '') return 0;
  let n = 1;
  for (let at = src.indexOf('\n'); at !== -1; at = src.indexOf('\n', at + 1)) n++;
  return src.endsWith('\n') ? n - 1 : n;
}

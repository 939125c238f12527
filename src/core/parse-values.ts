// Value parsers for the cells of the yearly school report (shared/spec
// sections 1–3): text in, a typed value or a problem code out. Shared by the
// Node ingest and the browser, so both read a cell the same way.
import { foldKey } from './fold.ts';
import type { ProblemCode } from './messages.ts';
import type { IndicatorKind } from './indicators.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: ProblemCode };

/** An indicator cell: a number, not reported (blank) or not applicable (KAD). */
export type CellValue = { status: 'value'; value: number } | { status: 'missing' } | { status: 'not_applicable' };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: ProblemCode): Parsed<T> => ({ ok: false, code });

/** Trim spaces (also no-break and zero-width ones) and Excel's ="…" text wrapper. */
export function cleanCell(cell: string): string {
  const trimmed = cell.replace(/[\u00a0\u202f\u2007]/g, ' ').replace(/[\u200b\ufeff]/g, '').trim();
  const wrapped = /^="(.*)"$/.exec(trimmed);
  return wrapped ? wrapped[1]!.trim() : trimmed;
}

export function isBlank(cell: string): boolean {
  return cleanCell(cell) === '';
}

const NOT_APPLICABLE = new Set(['kad', 'k a d', 'khong ap dung', 'n a', 'na', 'not applicable']);

// Excel's error values: a formula failed; never "not applicable" (issue 8, finding 7).
const EXCEL_ERROR = /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

/** `#N/A`, `#VALUE!`, `#REF!`, `#DIV/0!`, `#NAME?`, `#NUM!`, `#NULL!`… */
export function isExcelError(cell: string): boolean {
  return EXCEL_ERROR.test(cleanCell(cell));
}

/** The largest count accepted: no school counts a billion of anything (and beyond 2^53 a number is not exact). */
export const MAX_COUNT = 1_000_000_000;

/** `KAD`, `Không áp dụng`, `N/A`, any case, with or without diacritics. */
export function isNotApplicable(cell: string): boolean {
  // Most cells are numbers: skip the (costly) folding for them.
  if (/^[\s\d.,%+-]*$/.test(cell)) return false;
  return NOT_APPLICABLE.has(foldKey(cell));
}

/**
 * A number as Vietnamese spreadsheets write it: `1.234` and `1 234` group
 * thousands, `12,5` has a decimal comma, `1,234.5` / `1.234,5` mix both, a
 * trailing `%` is reported in `percent`. Null when the text is not a number.
 */
export function parseNumberText(cell: string): { value: number; percent: boolean } | null {
  let text = cleanCell(cell);
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1).trim();
  let sign = 1;
  if (/^[-−+]/.test(text)) {
    if (text[0] !== '+') sign = -1;
    text = text.slice(1).trim();
  }
  if (text.includes(' ')) {
    if (!/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(text)) return null;
    text = text.replace(/ /g, '');
  }
  const normalized = normalizeSeparators(text);
  if (normalized === null || !/^\d+(\.\d+)?$/.test(normalized)) return null;
  return { value: sign * Number(normalized), percent };
}

/** Rewrite grouping and decimal marks to plain `1234.5`; null when inconsistent. */
function normalizeSeparators(text: string): string | null {
  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;
  const grouped = (s: string, mark: string) => new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`).test(s);
  if (dots > 0 && commas > 0) {
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const cut = text.lastIndexOf(decimal);
    const whole = text.slice(0, cut);
    if (text.split(decimal).length !== 2 || !grouped(whole, group)) return null;
    return `${whole.split(group).join('')}.${text.slice(cut + 1)}`;
  }
  if (commas === 1) return text.replace(',', '.');
  if (commas > 1) return grouped(text, ',') ? text.replace(/,/g, '') : null;
  if (dots > 1) return grouped(text, '.') ? text.replace(/\./g, '') : null;
  // One dot: `1.234` groups thousands (Vietnamese), `12.5` is a decimal point.
  if (dots === 1 && grouped(text, '.')) return text.replace('.', '');
  return text;
}

/** Blank → missing, an Excel error → rejected, KAD → not applicable, else null (the caller parses the value). */
function parseAbsence(cell: string): Parsed<CellValue> | null {
  if (isBlank(cell)) return ok({ status: 'missing' });
  if (isExcelError(cell)) return fail('excel-error-value');
  if (isNotApplicable(cell)) return ok({ status: 'not_applicable' });
  return null;
}

/** A count: a whole number ≥ 0, never a percentage. */
export function parseCount(cell: string): Parsed<CellValue> {
  const absent = parseAbsence(cell);
  if (absent) return absent;
  const number = parseNumberText(cell);
  if (!number) return fail('bad-number');
  if (number.percent) return fail('percent-not-count');
  if (number.value < 0) return fail('count-negative');
  if (number.value > MAX_COUNT) return fail('number-too-large');
  if (!Number.isInteger(number.value)) return fail('count-not-whole');
  return ok({ status: 'value', value: number.value });
}

/** A score 0–100; `85,5%` is read as 85.5 (spec section 3). */
export function parseScore(cell: string): Parsed<CellValue> {
  const absent = parseAbsence(cell);
  if (absent) return absent;
  const number = parseNumberText(cell);
  if (!number) return fail('bad-number');
  if (number.value < 0 || number.value > 100) return fail('score-out-of-range');
  return ok({ status: 'value', value: number.value });
}

const YES = new Set(['co', 'c', 'yes', 'y', '1', '1 0', 'dat', 'x', 'true', 'co thuc hien']);
const NO = new Set(['khong', 'k', 'no', 'n', '0', '0 0', 'chua dat', 'chua', 'false', 'khong thuc hien']);

/** Yes/no: Có/Không, 1/0, Yes/No, Đạt/Chưa đạt, x for yes. Blank is "not reported", never "no". */
export function parseYesNo(cell: string): Parsed<CellValue> {
  const absent = parseAbsence(cell);
  if (absent) return absent;
  const key = foldKey(cell);
  if (YES.has(key)) return ok({ status: 'value', value: 1 });
  if (NO.has(key)) return ok({ status: 'value', value: 0 });
  return fail('bad-yes-no');
}

/** The parser for an indicator of a given kind. */
export function parseIndicatorCell(kind: IndicatorKind, cell: string): Parsed<CellValue> {
  if (kind === 'count') return parseCount(cell);
  if (kind === 'score') return parseScore(cell);
  return parseYesNo(cell);
}

/** A four-digit year; `2026.0` (Excel) is accepted. */
export function parseYear(cell: string): Parsed<number> {
  if (isExcelError(cell)) return fail('excel-error-value');
  const match = /^(\d{4})(\.0+)?$/.exec(cleanCell(cell));
  return match ? ok(Number(match[1])) : fail('bad-year');
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days from Excel's day 0 (1899-12-30, after its 1900 leap-year bug) to ISO. */
function excelSerialToIso(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/**
 * A date: dd/mm/yyyy with `/`, `-` or `.`, an ISO yyyy-mm-dd, or an Excel
 * serial number (e.g. 46001); an optional time is ignored. Out: YYYY-MM-DD.
 */
export function parseDate(cell: string): Parsed<string> {
  if (isExcelError(cell)) return fail('excel-error-value');
  const text = cleanCell(cell);
  const dmy = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (dmy) {
    const iso = isoDate(Number(dmy[4]), Number(dmy[3]), Number(dmy[1]));
    return iso ? ok(iso) : fail('date-invalid');
  }
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (ymd) {
    const iso = isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
    return iso ? ok(iso) : fail('date-invalid');
  }
  const serial = /^(\d{5})(\.0+)?$/.exec(text);
  if (serial) {
    const n = Number(serial[1]);
    // 1954-10-… to 2064-…: anything else is not a report date.
    if (n >= 20_000 && n <= 60_000) return ok(excelSerialToIso(n));
  }
  return fail('date-invalid');
}

/** A code read from a cell, and whether Excel had turned it into a number. */
export interface CodeText {
  code: string;
  fromExcelNumber: boolean;
}

/**
 * A code that Excel may have stored as a number: `19164390.0` and
 * `1.9164390E+07` are recovered exactly; `1.9164E+07` lost digits and is
 * rejected (code-precision-lost). Letters are upper-cased.
 */
export function parseCodeText(cell: string): Parsed<CodeText> {
  if (isExcelError(cell)) return fail('excel-error-value');
  const text = cleanCell(cell);
  if (/^[0-9A-Za-z]+$/.test(text)) return ok({ code: text.toUpperCase(), fromExcelNumber: false });
  const float = /^(\d+)[.,]0+$/.exec(text);
  if (float) return ok({ code: float[1]!, fromExcelNumber: true });
  const scientific = /^(\d)(?:[.,](\d+))?E\+?(\d{1,2})$/i.exec(text);
  if (scientific) {
    const fraction = scientific[2] ?? '';
    const exponent = Number(scientific[3]);
    if (fraction.length < exponent) return fail('code-precision-lost');
    if (fraction.length > exponent && /[1-9]/.test(fraction.slice(exponent))) return fail('bad-school-code');
    return ok({ code: scientific[1]! + fraction.slice(0, exponent), fromExcelNumber: true });
  }
  return fail('bad-school-code');
}

/** A school code (see parseCodeText). */
export function parseSchoolCode(cell: string): Parsed<CodeText> {
  return parseCodeText(cell);
}

/** A 5-digit commune/ward code; Excel's `145` or `145.0` is re-padded to `00145`. */
export function parseWardCode(cell: string): Parsed<CodeText> {
  const parsed = parseCodeText(cell);
  if (!parsed.ok) return parsed.code === 'bad-school-code' ? fail('bad-ward-code') : parsed;
  const { code } = parsed.value;
  if (!/^\d{1,5}$/.test(code)) return fail('bad-ward-code');
  return ok({ code: code.padStart(5, '0'), fromExcelNumber: parsed.value.fromExcelNumber || code.length < 5 });
}

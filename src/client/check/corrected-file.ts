// The normalised file the check page offers for a file that was read: the
// template's canonical form (UTF-8 with BOM, comma-separated, CRLF, the
// template's headers in template order, one line per data row), each cell
// rewritten by the very parsers the ingest reads it with. A cell they reject
// stays as written, so every error that needs a person is still there; title,
// footer and numbering rows, STT, personal-data and unknown columns are left
// out. Not offered when a row's cells may have shifted or bytes were lost.
// Pure: the page turns the text into a Blob.
import { IDENTITY_COLUMNS } from '../../core/identity-columns.ts';
import { indicatorsOf, type Indicator } from '../../core/indicators.ts';
import { cleanCell, parseDate, parseIndicatorCell, parseNumberText, parseWardCode, parseYear, parseSchoolCode } from '../../core/parse-values.ts';
import { parseLevel } from '../../core/school-levels.ts';
import type { LoadedPlan } from '../../pipeline/load-plan.ts';
import type { Problem } from '../../pipeline/problems.ts';
import type { FileRead } from '../../pipeline/read-report.ts';
import { findRosterSchool } from '../../pipeline/validate-row.ts';
import { toCsv } from '../../site-data/csv.ts';
import { templateHeaders } from '../../site-data/template.ts';

export interface CorrectedFile {
  /** `<name>-chuan-hoa.csv`. */
  name: string;
  text: string;
  /** Cells whose text changed (beyond surrounding spaces). */
  changedCells: number;
  /** True when the file differs from its canonical form in anything: encoding, layout, headers, columns or cells. */
  differs: boolean;
  /** Errors of rows it holds: they need a person, their cells are kept as written. */
  remainingErrors: number;
}

/**
 * Problems that make a normalised file unsafe to offer: a row whose cells may
 * have shifted (broken quotes), a short row (blanks would turn a rejected row
 * into one "not reported"), bytes lost to invalid UTF-8 (the new file would
 * hide the loss).
 */
const NOT_MECHANICAL: ReadonlySet<string> = new Set(['malformed-row', 'unclosed-quote', 'row-too-short', 'invalid-utf8']);

type Cell = string | number;

/** A number in the form the parsers read back exactly: 1234 (no grouping), 12,5 (decimal comma). */
function canonicalNumber(value: number): Cell {
  return Number.isInteger(value) ? value : String(value).replace('.', ',');
}

function indicatorCell(indicator: Indicator, text: string): Cell {
  const parsed = parseIndicatorCell(indicator.kind, text);
  if (parsed.ok) {
    const cell = parsed.value;
    if (cell.status === 'missing') return '';
    if (cell.status === 'not_applicable') return 'KAD';
    if (indicator.kind === 'yesno') return cell.value === 1 ? 'Có' : 'Không';
    return canonicalNumber(cell.value);
  }
  // Still an error (negative, not whole, out of range…), but written in one form.
  const number = parseNumberText(text);
  return number && !number.percent && indicator.kind !== 'yesno' ? canonicalNumber(number.value) : text;
}

function identityCells(text: (id: string) => string, loaded: Pick<LoadedPlan, 'roster'>): Record<string, Cell> {
  const year = parseYear(text('nam_bao_cao'));
  const code = parseSchoolCode(text('ma_truong'));
  const school = code.ok ? findRosterSchool(loaded.roster, code.value.code) : null;
  const ward = parseWardCode(text('ma_xa'));
  const date = parseDate(text('ngay_bao_cao'));
  return {
    nam_bao_cao: year.ok ? year.value : text('nam_bao_cao'),
    ma_truong: school ? school.code : code.ok ? code.value.code : text('ma_truong'),
    ten_truong: school ? school.name : text('ten_truong'),
    cap_hoc: school ? school.level : (parseLevel(text('cap_hoc')) ?? text('cap_hoc')),
    ma_xa: ward.ok ? ward.value.code : text('ma_xa'),
    ngay_bao_cao: date.ok ? date.value.split('-').reverse().join('/') : text('ngay_bao_cao'),
  };
}

/** The file's name with `-chuan-hoa.csv` in place of its extension. */
function correctedName(file: string): string {
  const name = file.split('/').pop() ?? file;
  return `${name.replace(/\.[^.]*$/, '') || name}-chuan-hoa.csv`;
}

/** The normalised file, or null when none can be offered (file rejected, a row that could not be split). */
export function buildCorrectedFile(read: FileRead, loaded: Pick<LoadedPlan, 'plan' | 'roster'>, problems: readonly Problem[]): CorrectedFile | null {
  if (read.status !== 'read' || !read.columns) return null;
  const own = problems.filter((p) => p.file === read.file);
  if (own.some((p) => NOT_MECHANICAL.has(p.code))) return null;
  const columns = read.columns;
  const indicators = indicatorsOf(loaded.plan);
  const headers = templateHeaders(loaded.plan);
  const ids = [...IDENTITY_COLUMNS.map((c) => c.id), ...indicators.map((i) => i.id)];
  let changedCells = 0;
  const rows = read.rows.map((row) => {
    const raw = (id: string) => {
      const index = columns.byId.get(id);
      return index === undefined ? '' : (row.cells[index] ?? '');
    };
    const text = (id: string) => cleanCell(raw(id));
    const values: Record<string, Cell> = identityCells(text, loaded);
    for (const indicator of indicators) values[indicator.id] = indicatorCell(indicator, text(indicator.id));
    const record: Record<string, Cell> = {};
    ids.forEach((id, i) => {
      const value = values[id]!;
      if (String(value) !== raw(id).trim()) changedCells++;
      record[headers[i]!] = value;
    });
    return record;
  });
  const lines = new Set(read.rows.map((r) => r.line));
  const sameLayout = read.encoding === 'utf-8-bom' && read.delimiter === ',' && Object.values(read.skipped).every((n) => n === 0);
  const sameColumns = read.headerCells.length === headers.length && read.headerCells.every((cell, i) => cell === headers[i]);
  return {
    name: correctedName(read.file),
    text: toCsv(headers, rows),
    changedCells,
    differs: changedCells > 0 || !sameLayout || !sameColumns,
    remainingErrors: own.filter((p) => p.severity === 'error' && p.line !== null && lines.has(p.line)).length,
  };
}

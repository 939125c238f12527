// Stage 5, validate: one data row in (its shape already checked by
// check-row-shape.ts), a valid report (identity resolved on the
// roster, the cells of the plan's template indicators parsed) or null out.
// Every problem of the row goes to the log with its cell's position; any error
// rejects the row.
import { foldKey } from '../core/fold.ts';
import { MESSAGES } from '../core/messages.ts';
import { indicatorsOf } from '../core/indicators.ts';
import { cleanCell, parseDate, parseIndicatorCell, parseSchoolCode, parseWardCode, parseYear } from '../core/parse-values.ts';
import type { CellValue } from '../core/parse-values.ts';
import { deadlineOf } from '../core/deadline.ts';
import { planYearsOf } from '../core/rules/calendar.ts';
import { parseLevel, LEVELS } from '../core/school-levels.ts';
import type { LoadedPlan, RosterSchool } from './load-plan.ts';
import type { ColumnMap } from './map-columns.ts';
import { displayHeader } from './map-columns.ts';
import type { CsvRow } from './parse-csv.ts';
import type { ProblemInput, ProblemLog } from './problems.ts';
import { labelSchool, labelWard, wardName } from './unit-label.ts';

/** Indicator cell status codes (statuses[i] is for indicatorsOf(plan)[i]). */
export const STATUS = { value: 0, missing: 1, not_applicable: 2 } as const;

export interface ValidReport {
  file: string;
  line: number;
  year: number;
  schoolCode: string;
  wardCode: string;
  levelCode: string;
  reportDate: string;
  deadline: string;
  /** Per indicator, in indicatorsOf(plan) order: STATUS code and value (NaN unless a value). */
  statuses: Uint8Array;
  values: Float64Array;
}

/** A row that named a roster school and a plan year but was rejected: the school "sent, but rejected". */
export interface RejectedReport {
  file: string;
  line: number;
  year: number;
  schoolCode: string;
  wardCode: string;
  levelCode: string;
  /** The error codes that rejected it. */
  codes: string[];
}

export interface RowContext {
  file: string;
  folderYear: number | null;
  loaded: LoadedPlan;
  wardCodes: ReadonlySet<string>;
  buildDate: string;
  columns: ColumnMap;
  headerCells: readonly string[];
  log: ProblemLog;
  /** Collects rejected rows whose school and year are known (for the school's report state). */
  rejected?: RejectedReport[];
}

/** The roster's school for a code as read; Excel drops leading zeros, so the roster's 8-character code settles it. */
export function findRosterSchool(roster: LoadedPlan['roster'], code: string): RosterSchool | null {
  const padded = /^\d{1,7}$/.test(code) ? code.padStart(8, '0') : code;
  return roster.get(code) ?? roster.get(padded) ?? null;
}

/** Validate one row; null when an error rejects it. */
export function validateRow(row: CsvRow, ctx: RowContext): ValidReport | null {
  const { file, log, loaded } = ctx;
  const errors: string[] = [];
  const report = (code: ProblemInput['code'], index: number | null, value: string | null, params?: ProblemInput['params']) => {
    const problem: ProblemInput = { file, line: row.line, code, value, params };
    if (index !== null) Object.assign(problem, { column: index + 1, columnName: displayHeader(ctx.headerCells[index] ?? '') });
    log.add(problem);
    if (MESSAGES[code].severity !== 'warning') errors.push(code);
  };
  const cellOf = (id: string): { index: number; text: string } => {
    const index = ctx.columns.byId.get(id) ?? -1;
    return { index, text: index >= 0 ? cleanCell(row.cells[index] ?? '') : '' };
  };
  const required = (id: string) => {
    const cell = cellOf(id);
    if (cell.text === '') report('missing-value', cell.index, null);
    return cell;
  };

  // Year: the plan's period decides (spec section 1).
  const yearCell = required('nam_bao_cao');
  let year: number | null = null;
  if (yearCell.text !== '') {
    const parsed = parseYear(yearCell.text);
    if (!parsed.ok) report(parsed.code, yearCell.index, yearCell.text);
    else if (!planYearsOf(loaded.plan).includes(parsed.value)) {
      // The plan's baseline year (năm gốc), when it names one, is reported with the same template.
      const first = planYearsOf(loaded.plan)[0];
      report('year-outside-plan', yearCell.index, String(parsed.value), { expected: `${first}–${loaded.plan.period.end}` });
    } else {
      year = parsed.value;
      if (ctx.folderYear !== null && ctx.folderYear !== year) report('year-differs-from-folder', yearCell.index, String(year), { expected: String(ctx.folderYear) });
    }
  }

  // School: the roster is authoritative for name, level and ward.
  const schoolCell = required('ma_truong');
  let school = null;
  if (schoolCell.text !== '') {
    const parsed = parseSchoolCode(schoolCell.text);
    if (!parsed.ok) report(parsed.code, schoolCell.index, schoolCell.text);
    else {
      const { code } = parsed.value;
      school = findRosterSchool(loaded.roster, code);
      if (!school) report('school-not-in-roster', schoolCell.index, code);
      else if (parsed.value.fromExcelNumber || school.code !== code) report('excel-number-code', schoolCell.index, schoolCell.text, { expected: labelSchool(loaded, school.code) });
    }
  }

  const wardCell = required('ma_xa');
  if (wardCell.text !== '') {
    const parsed = parseWardCode(wardCell.text);
    if (!parsed.ok) report(parsed.code, wardCell.index, wardCell.text);
    else if (!ctx.wardCodes.has(parsed.value.code)) {
      const name = wardName(loaded, parsed.value.code);
      report('ward-not-in-roster', wardCell.index, parsed.value.code, { other: name ? ` (${name})` : '' });
    } else {
      if (school && school.ward !== parsed.value.code) {
        report('ward-mismatch', wardCell.index, parsed.value.code, { expected: labelWard(loaded, school.ward), other: labelWard(loaded, parsed.value.code) });
      }
      if (parsed.value.fromExcelNumber) report('excel-number-code', wardCell.index, wardCell.text, { expected: labelWard(loaded, parsed.value.code) });
    }
  }

  const nameCell = cellOf('ten_truong');
  if (school && nameCell.text !== '' && foldKey(nameCell.text) !== foldKey(school.name)) {
    report('name-differs', nameCell.index, nameCell.text, { expected: school.name });
  }
  const levelCell = cellOf('cap_hoc');
  if (school && levelCell.text !== '') {
    const level = parseLevel(levelCell.text);
    if (level === null) report('level-unknown', levelCell.index, levelCell.text);
    else if (level !== school.level) report('level-differs', levelCell.index, levelCell.text, { expected: `${school.level} ${LEVELS[school.level]?.vi ?? ''}`.trim() });
  }

  const dateCell = required('ngay_bao_cao');
  let reportDate: string | null = null;
  if (dateCell.text !== '') {
    const parsed = parseDate(dateCell.text);
    if (!parsed.ok) report(parsed.code, dateCell.index, dateCell.text);
    else if (parsed.value > ctx.buildDate) report('date-after-build', dateCell.index, dateCell.text, { expected: ctx.buildDate });
    else reportDate = parsed.value;
  }

  const { statuses, values } = parseIndicators(row, ctx, report);
  if (errors.length > 0 || year === null || !school || reportDate === null) {
    if (school && year !== null) ctx.rejected?.push({ file, line: row.line, year, schoolCode: school.code, wardCode: school.ward, levelCode: school.level, codes: errors });
    return null;
  }
  return {
    file, line: row.line, year, schoolCode: school.code, wardCode: school.ward, levelCode: school.level,
    reportDate, deadline: deadlineOf(loaded.plan, year), statuses, values,
  };
}

type Report = (code: ProblemInput['code'], index: number | null, value: string | null, params?: ProblemInput['params']) => void;

/** Parse the plan's indicator cells, then check every count against its denominator. */
function parseIndicators(row: CsvRow, ctx: RowContext, report: Report): { statuses: Uint8Array; values: Float64Array } {
  const indicators = indicatorsOf(ctx.loaded.plan);
  const statuses = new Uint8Array(indicators.length).fill(STATUS.missing);
  const values = new Float64Array(indicators.length).fill(Number.NaN);
  const parsed = new Map<string, CellValue>();
  indicators.forEach((indicator, i) => {
    const index = ctx.columns.byId.get(indicator.id);
    if (index === undefined) return;
    const text = row.cells[index] ?? '';
    const result = parseIndicatorCell(indicator.kind, text);
    if (!result.ok) return report(result.code, index, cleanCell(text));
    parsed.set(indicator.id, result.value);
    statuses[i] = STATUS[result.value.status];
    if (result.value.status === 'value') values[i] = result.value.value;
  });
  for (const indicator of indicators) {
    if (!indicator.denominator) continue;
    const part = parsed.get(indicator.id);
    const whole = parsed.get(indicator.denominator);
    if (part?.status === 'value' && whole?.status === 'value' && part.value > whole.value) {
      const denominatorIndex = ctx.columns.byId.get(indicator.denominator)!;
      report('count-exceeds-denominator', ctx.columns.byId.get(indicator.id)!, String(part.value), {
        expected: String(whole.value),
        other: displayHeader(ctx.headerCells[denominatorIndex] ?? indicator.denominator),
      });
    }
  }
  return { statuses, values };
}

// Report files of a demo plan: which rows go in which file, in which form, and
// what each file deliberately exercises. Rendering turns one into bytes.
import type { Rng } from './prng.ts';
import type { School } from './roster.ts';
import type { Cell, ReportRow, TemplateColumn } from './report-row.ts';
import { DEFAULT_FORM, formatReportFile, type FileForm } from './csv-format.ts';
import { encodeText } from './encode.ts';
import { formatReportWorkbook } from './workbook-format.ts';
import type { Indicator } from '../core/indicators.ts';

export interface ReportFile {
  /** Path under data/raw/, e.g. "long-bien-2025/2025/thcs-gia-thuy.csv". */
  path: string;
  rows: ReportRow[];
  form: FileForm;
  /** The plan's template columns the file is written against (templateColumnsOf). */
  template: readonly TemplateColumn[];
  /** Forms this file exercises (for the summary and the tests). */
  features: string[];
  /** Deliberate errors in this file, naming the school they are on. */
  errors: string[];
  /** Other things worth knowing: blank cells, late or superseded reports, warnings. */
  notes: string[];
}

/** What a workbook is dated with (the demo's as-of date), the plan's period (the template's year check) and its indicators. */
export interface RenderContext {
  date: Date;
  period: { start: number; end: number };
  indicators: readonly Indicator[];
}

export async function renderReportFile(file: ReportFile, context: RenderContext): Promise<Buffer> {
  if (file.form.workbook) return formatReportWorkbook(file.rows, file.form, file.template, context);
  return renderReportText(file);
}

/** A CSV file's bytes, synchronously (the national benchmark streams thousands; it has no workbooks). */
export function renderReportText(file: ReportFile): Buffer {
  if (file.form.workbook) throw new Error(`a workbook needs renderReportFile: ${file.path}`);
  return encodeText(formatReportFile(file.rows, file.form, file.template), file.form.encoding);
}

export function makeRow(school: School, year: number, date: string, values: Record<string, Cell>): ReportRow {
  return { year, schoolCode: school.code, schoolName: school.name, level: school.level, wardCode: school.wardCode, date, values: { ...values } };
}

/** ISO date plus `days`. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** A uniformly drawn ISO date in [from, to]. */
export function drawDate(rng: Rng, from: string, to: string): string {
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return addDays(from, rng.int(0, span));
}

/** An everyday form: mostly plain UTF-8 CSV, sometimes BOM, semicolons, other words for yes/no. */
export function drawOrdinaryForm(rng: Rng, multiRow: boolean): { form: FileForm; features: string[] } {
  const form: FileForm = { ...DEFAULT_FORM };
  const features: string[] = [];
  if (rng.chance(0.12)) { form.encoding = 'utf8-bom'; features.push('UTF-8 with BOM'); }
  if (rng.chance(0.1)) {
    form.delimiter = ';';
    form.decimalComma = true;
    features.push('semicolons, decimal commas');
    if (rng.chance(0.5)) { form.thousands = '.'; features.push('thousands dot'); }
  }
  if (rng.chance(0.3)) form.eol = '\n';
  const level = rng.next();
  form.levelStyle = level < 0.6 ? 'code' : level < 0.9 ? 'name' : 'abbreviation';
  if (form.levelStyle !== 'code') features.push(`levels as ${form.levelStyle}s`);
  const yesNo = rng.next();
  if (yesNo >= 0.7) {
    form.yesNo = yesNo < 0.78 ? ['có', 'không'] : yesNo < 0.84 ? ['x', 'Không'] : yesNo < 0.9 ? ['1', '0'] : yesNo < 0.95 ? ['Đạt', 'Chưa đạt'] : ['Yes', 'No'];
    features.push(`yes/no as ${form.yesNo.join('/')}`);
  }
  const na = rng.next();
  if (na >= 0.75) { form.notApplicable = na < 0.9 ? 'Không áp dụng' : 'N/A'; features.push(`not applicable as ${form.notApplicable}`); }
  const date = rng.next();
  if (date >= 0.88) { form.dateStyle = date < 0.94 ? 'dash' : 'dot'; features.push(form.dateStyle === 'dash' ? 'dates with dashes' : 'dates with dots'); }
  if (multiRow && rng.chance(0.45)) { form.stt = true; features.push('STT column'); }
  return { form, features };
}

/** Title rows a ward or department puts above its table. */
export function titleRows(issuer: string, year: number): string[] {
  return [issuer, 'BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI SỐ, CHUYỂN ĐỔI XANH', `Năm ${year}`];
}

/** Give a file title and footer rows. */
export function addTitleAndFooter(file: ReportFile, issuer: string, year: number): void {
  file.form = { ...file.form, titleRows: titleRows(issuer, year), footer: true };
  file.features.push('title rows, footer rows');
}

/** Blank a few cells ("not reported") in about `share` of the rows. */
export function blankSomeCells(rng: Rng, files: readonly ReportFile[], share: number): void {
  const groups = [['so_ho_so_tthc', 'so_ho_so_truc_tuyen'], ['so_hoc_lieu_so'], ['diem_cds_quan_tri'], ['so_hoat_dong_xanh', 'co_phan_loai_rac']];
  for (const file of files) {
    file.rows.forEach((row) => {
      if (!rng.chance(share)) return;
      const group = rng.pick(groups);
      for (const id of group) row.values[id] = null;
      file.notes.push(`${typeof row.schoolCode === 'string' ? row.schoolCode : row.schoolCode.raw}: blank ${group.join(', ')} (not reported)`);
    });
  }
}

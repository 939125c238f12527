// The yearly report template of a plan as CSV (shared/spec/school-report-template.md):
// the identity columns, then the plan's own indicator columns (plan.json
// `template`), with the Vietnamese headers schools write; for a ward's
// template its roster schools with code, name, level and ward already filled
// in. Every file is built at build time (template-files.ts, also the Excel
// ones) and served per plan at /<plan>/mau-bao-cao/<file>.
import { IDENTITY_COLUMNS } from '../core/identity-columns.ts';
import { indicatorsOf, type HasTemplate } from '../core/indicators.ts';
import { LEVELS } from '../core/school-levels.ts';
import { toCsv } from './csv.ts';
import { templateColumns } from './template-columns.ts';

/** One downloadable form of a plan's blank template. */
export interface TemplateFile {
  /** File name under /<plan>/mau-bao-cao/. */
  file: string;
  format: 'csv' | 'xlsx';
  contentType: string;
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** A roster school, as a pre-filled row gives it. */
export interface TemplateSchool {
  code: string;
  name: string;
  level: string;
  ward: string;
}

/** The Vietnamese header row of the plan's template, in order. */
export function templateHeaders(plan: HasTemplate): string[] {
  return [...IDENTITY_COLUMNS.map((c) => c.header), ...indicatorsOf(plan).map((i) => i.header)];
}

/** The identity cells a pre-filled row carries; the figures and the date stay blank. */
export function prefilledCells(school: TemplateSchool, year: number): Record<string, string> {
  return { nam_bao_cao: String(year), ma_truong: school.code, ten_truong: school.name, cap_hoc: LEVELS[school.level]?.vi ?? school.level, ma_xa: school.ward };
}

/** The template as CSV text: BOM, the header row, then one row per school (none for the blank one). */
export function buildTemplateCsv(plan: HasTemplate, schools: readonly TemplateSchool[] = [], year = 0): string {
  const columns = templateColumns(indicatorsOf(plan));
  const rows = schools.map((school) => {
    const cells = prefilledCells(school, year);
    return Object.fromEntries(columns.map((c) => [c.header, cells[c.id] ?? '']));
  });
  return toCsv(columns.map((c) => c.header), rows);
}

/** The blank CSV's file name: it names the plan, so a school keeps plans apart. */
export function templateCsvName(plan: { id: string }): string {
  return `mau-bao-cao-${plan.id}.csv`;
}

/** The blank workbook's file name. */
export function templateXlsxName(plan: { id: string }): string {
  return `mau-bao-cao-${plan.id}.xlsx`;
}

/** Every downloadable form of the plan's blank template (the Excel one first: it explains itself). */
export function templateFilesOf(plan: { id: string }): TemplateFile[] {
  return [
    { file: templateXlsxName(plan), format: 'xlsx', contentType: CONTENT_TYPES.xlsx },
    { file: templateCsvName(plan), format: 'csv', contentType: CONTENT_TYPES.csv },
  ];
}

// The blank yearly report template of a plan (shared/spec/school-report-template.md):
// the identity columns, then the plan's own indicator columns (plan.json
// `template`), with the Vietnamese headers schools write. Served per plan at
// /<plan>/mau-bao-cao/<file> (src/pages/[plan]/mau-bao-cao/[file].ts).
import { IDENTITY_COLUMNS } from '../core/identity-columns.ts';
import { indicatorsOf, type HasTemplate } from '../core/indicators.ts';
import { toCsv } from './csv.ts';

/** One downloadable form of a plan's blank template. */
export interface TemplateFile {
  /** File name under /<plan>/mau-bao-cao/. */
  file: string;
  contentType: string;
  build: () => string | Uint8Array;
}

/** The Vietnamese header row of the plan's template, in order. */
export function templateHeaders(plan: HasTemplate): string[] {
  return [...IDENTITY_COLUMNS.map((c) => c.header), ...indicatorsOf(plan).map((i) => i.header)];
}

/** The template as CSV text: BOM, one header row, no data rows. */
export function buildTemplateCsv(plan: HasTemplate): string {
  return toCsv(templateHeaders(plan), []);
}

/** The blank CSV's file name: it names the plan, so a school keeps plans apart. */
export function templateCsvName(plan: { id: string }): string {
  return `mau-bao-cao-${plan.id}.csv`;
}

/** Every downloadable form of the plan's blank template. */
export function templateFilesOf(plan: HasTemplate & { id: string }): TemplateFile[] {
  return [{ file: templateCsvName(plan), contentType: 'text/csv; charset=utf-8', build: () => buildTemplateCsv(plan) }];
}

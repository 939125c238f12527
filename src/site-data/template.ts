// The blank yearly report template (shared/spec/school-report-template.md):
// identity then indicator columns, with the Vietnamese headers schools write.
import { IDENTITY_COLUMNS, INDICATORS } from '../core/indicators.ts';
import { toCsv } from './csv.ts';

export const TEMPLATE_FILE = 'mau-bao-cao-truong.csv';

export function templateHeaders(): string[] {
  return [...IDENTITY_COLUMNS.map((c) => c.header), ...INDICATORS.map((i) => i.header)];
}

/** The template as CSV text: BOM, one header row, no data rows. */
export function buildTemplateCsv(): string {
  return toCsv(templateHeaders(), []);
}

// A plan's template files, built at build time: the blank CSV and workbook,
// and per ward the pre-filled CSV and workbook with its roster schools. In:
// the plan, the indicator columns it follows, its wards and schools, the build
// date. Out: each file's name and bytes (served under /<plan>/mau-bao-cao/).
import { foldKey } from '../core/fold.ts';
import type { Indicator } from '../core/indicators.ts';
import type { Plan } from '../core/plan-schema.ts';
import { templateColumns } from './template-columns.ts';
import { buildTemplateCsv, templateFilesOf } from './template.ts';
import { buildTemplateXlsx } from './template-xlsx.ts';
import type { SiteSchool, SiteWard, TemplateDownload } from './types.ts';

/** The year a pre-filled template is for: the build date's, within the plan's period. */
export function templateYear(plan: Pick<Plan, 'period'>, buildDate: string): number {
  return Math.min(plan.period.end, Math.max(plan.period.start, Number(buildDate.slice(0, 4))));
}

/** `mau-bao-cao-<plan>.xlsx` (templateFilesOf), or for a ward `mau-bao-cao-<year>-<ward code>-<ward name>.xlsx`. */
export function templateFileName(planId: string, format: 'csv' | 'xlsx', ward?: { code: string; name: string }, year?: number): string {
  if (!ward) return templateFilesOf({ id: planId }).find((f) => f.format === format)!.file;
  return `mau-bao-cao-${year}-${ward.code}-${foldKey(ward.name).replace(/ /g, '-')}.${format}`;
}

export async function buildTemplateFiles(input: {
  plan: Plan;
  indicators: readonly Indicator[];
  wards: readonly SiteWard[];
  schools: readonly SiteSchool[];
  buildDate: string;
}): Promise<{ entry: TemplateDownload; bytes: Buffer }[]> {
  const { plan } = input;
  const columns = templateColumns(input.indicators);
  const year = templateYear(plan, input.buildDate);
  const base = { columns, period: plan.period, year, date: new Date(`${input.buildDate}T00:00:00Z`), title: plan.title.vi };
  const files: { entry: TemplateDownload; bytes: Buffer }[] = [];
  const add = (format: 'csv' | 'xlsx', ward: SiteWard | null, schools: number, bytes: Buffer) =>
    files.push({ entry: { file: templateFileName(plan.id, format, ward ?? undefined, year), ward: ward?.code ?? null, format, year, schools, bytes: bytes.length }, bytes });

  add('csv', null, 0, Buffer.from(buildTemplateCsv(plan), 'utf8'));
  add('xlsx', null, 0, await buildTemplateXlsx({ ...base, schools: [] }));
  for (const ward of input.wards) {
    const schools = input.schools.filter((s) => s.ward === ward.code).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    add('csv', ward, schools.length, Buffer.from(buildTemplateCsv(plan, schools, year), 'utf8'));
    add('xlsx', ward, schools.length, await buildTemplateXlsx({ ...base, schools, title: `${plan.title.vi} — ${ward.name}` }));
  }
  return files;
}

// The progress chart's rows: each measure's figure for a year beside τ of the
// year's phase and the measure's status for that phase. Built at build time
// from SiteData, and again in the browser from queried rows (rowsFromSpecs),
// with the same rules, so a filter never changes how a status is decided.
import type { MeasureRow } from '../core/measure-sql.ts';
import type { Measure } from '../core/plan-schema.ts';
import { cellStateOf, judgeRows, phaseForYear, type JudgeSpec } from '../core/rules/index.ts';
import { digitsOf } from '../core/rules/targets.ts';
import { pick, type Lang } from '../i18n/index.ts';
import type { ProgressRow } from '../charts/progress.ts';
import type { SiteData } from '../site-data/types.ts';
import { specFor, targetText } from './judgement-view.ts';
import type { JudgedUnit } from './unit-view.ts';

/** What the browser needs to rebuild one row: the measure's labels and its judgement spec per phase. */
export interface ProgressMeta {
  id: string;
  label: string;
  unit: string;
  digits: number;
  direction: Measure['direction'];
  /** Judgement specs by phase id, for the phases holding a report year. */
  specs: Record<string, JudgeSpec>;
}

/** One row from a measure's rows by year: the year's figure, τ of `spec`'s phase, its status. */
export function progressRowOf(lang: Lang, meta: ProgressMeta, spec: JudgeSpec | undefined, rows: readonly MeasureRow[], year: number): ProgressRow {
  const row = rows.find((r) => r.year === year);
  const judgement = spec ? judgeRows(spec, rows) : null;
  const target = spec?.target ?? null;
  return {
    id: meta.id,
    label: meta.label,
    value: row?.value ?? null,
    state: cellStateOf(row),
    target: target?.value ?? null,
    ...(target ? { targetLabel: targetText(lang, target.value, meta.unit, meta.digits, target, year) } : {}),
    unit: meta.unit,
    digits: meta.digits,
    direction: meta.direction,
    ...(judgement ? { status: judgement.status } : {}),
  };
}

/** The rows, from specs (build time or browser): `phaseOfYear` maps the year shown to its phase. */
export function rowsFromSpecs(lang: Lang, metas: readonly ProgressMeta[], phaseId: string | undefined, rowsOf: (id: string) => readonly MeasureRow[], year: number): ProgressRow[] {
  return metas.map((meta) => progressRowOf(lang, meta, phaseId ? meta.specs[phaseId] : undefined, rowsOf(meta.id), year));
}

export function progressMetas(lang: Lang, site: SiteData, measures: readonly Measure[], level: JudgedUnit['level']): ProgressMeta[] {
  const phases = site.plan.phases.filter((p) => site.reportYears.some((y) => phaseForYear(site.plan, y)?.id === p.id));
  return measures.map((m) => ({
    id: m.id,
    label: pick(lang, m.label),
    unit: pick(lang, m.unit),
    digits: digitsOf(m.kind),
    direction: m.direction,
    specs: Object.fromEntries(phases.map((p) => [p.id, specFor(site.plan, m, p, site.buildDate, level)])),
  }));
}

/** Report year → phase id (the baseline year belongs to the first phase). */
export function phaseOfYearMap(site: SiteData): Record<string, string> {
  return Object.fromEntries(site.reportYears.map((y) => [String(y), phaseForYear(site.plan, y)?.id ?? '']).filter(([, id]) => id !== ''));
}

/** The chart's rows at build time for a unit and year, with the metas the page ships for the browser. */
export function progressView(lang: Lang, site: SiteData, measures: readonly Measure[], unit: JudgedUnit, year: number): { rows: ProgressRow[]; metas: ProgressMeta[]; phaseOfYear: Record<string, string> } {
  const metas = progressMetas(lang, site, measures, unit.level);
  const byId = new Map(measures.map((m) => [m.id, m]));
  const phaseOfYear = phaseOfYearMap(site);
  return { rows: rowsFromSpecs(lang, metas, phaseOfYear[String(year)], (id) => unit.rows(byId.get(id)!), year), metas, phaseOfYear };
}

// What the pages derive from a plan's prepared data: measures with their
// criterion, the figure of a group for a year, targets, units, where the
// build date falls. Pure functions over SiteData; every judgement comes from
// src/core/rules (statuses: judgement-view.ts, unit-view.ts; rankings:
// ranking-view.ts; charts: progress-, trend-, distribution-view.ts).
import type { MeasureRow } from '../core/measure-sql.ts';
import type { Criterion, Measure, Phase, Plan } from '../core/plan-schema.ts';
import { cellStateOf, targetPoints, type TargetPoint } from '../core/rules/index.ts';
import { LEVELS } from '../core/school-levels.ts';
import { pick, t, type Lang } from '../i18n/index.ts';
import { formatMaybe, formatValue } from '../i18n/format.ts';
import { digitsOf } from '../core/rules/targets.ts';
import type { SiteData } from '../site-data/types.ts';

export interface PlanMeasure {
  criterion: Criterion;
  measure: Measure;
}

export function measuresOf(plan: Plan): PlanMeasure[] {
  return plan.criteria.flatMap((criterion) => criterion.measures.map((measure) => ({ criterion, measure })));
}

export type CellState = 'value' | 'missing' | 'na';

/** Whether a group's figure is a value, missing, or not applicable to every school in it. */
export const stateOf = (row: Pick<MeasureRow, 'value' | 'schools_value' | 'schools_missing' | 'schools_na'> | undefined): CellState => cellStateOf(row);

/** A figure in words, with the measure's unit and precision. */
export function formatFigure(lang: Lang, measure: Measure, row: MeasureRow | undefined): { text: string; state: CellState } {
  const state = stateOf(row);
  if (state === 'na') return { text: t(lang, 'value.na'), state };
  return { text: formatMaybe(lang, row?.value, pick(lang, measure.unit), digitsOf(measure.kind)), state };
}

export function formatTarget(lang: Lang, measure: Measure, value: number): string {
  return formatValue(lang, value, pick(lang, measure.unit), digitsOf(measure.kind));
}

export function targetsOf(plan: Plan, measure: Measure): TargetPoint[] {
  return targetPoints(measure, plan.phases);
}

export const rowForYear = (rows: readonly MeasureRow[], year: number | null, key?: { ward_code?: string; school_code?: string; level_code?: string }) =>
  year === null
    ? undefined
    : rows.find((r) => r.year === year && (!key?.ward_code || r.ward_code === key.ward_code) && (!key?.school_code || r.school_code === key.school_code));

/** Measures shown in the progress chart share a 0–100 scale: percentages and scores. */
export function onPercentScale(measure: Measure): boolean {
  return measure.unit.vi === '%' || measure.kind === 'mean';
}

/** Code → name of the units "across" which a plan compares: wards, or schools in a one-ward plan. */
export function unitNames(site: SiteData): Record<string, string> {
  return site.unitGroup === 'ward_code'
    ? Object.fromEntries(site.wards.map((w) => [w.code, w.name]))
    : Object.fromEntries(site.schools.map((s) => [s.code, s.name]));
}

/** The rows of a measure across units for a year. */
export function unitRows(site: SiteData, measureId: string, year: number | null): MeasureRow[] {
  const figures = site.measures[measureId];
  if (!figures || year === null) return [];
  return (site.unitGroup === 'ward_code' ? figures.byWardYear : figures.bySchoolYear).filter((r) => r.year === year);
}

export function levelNames(lang: Lang, digits: readonly string[]): string {
  return digits.map((d) => LEVELS[d]?.[lang] ?? d).join(', ');
}

export function levelName(lang: Lang, code: string): string {
  return LEVELS[code]?.[lang] ?? code;
}

/** Where the build date falls: the phase that holds its year, or before/after the plan. */
export function currentPhase(plan: Plan, buildDate: string): { phase: Phase | null; position: 'before' | 'during' | 'after' } {
  const year = Number(buildDate.slice(0, 4));
  if (year < plan.period.start) return { phase: null, position: 'before' };
  if (year > plan.period.end) return { phase: null, position: 'after' };
  return { phase: plan.phases.find((p) => p.years.includes(year)) ?? null, position: 'during' };
}

/** The first review still ahead of (or in the year of) the build date. */
export function nextReview(plan: Plan, buildDate: string): Phase | null {
  const year = Number(buildDate.slice(0, 4));
  return [...plan.phases].sort((a, b) => a.review.year - b.review.year).find((p) => p.review.year >= year) ?? null;
}

/**
 * Years the document states for one phase whose data belong to another: in
 * Long Biên, phase 2 is stated as 2027–2030 while 2027's data feed phase 1's
 * interim review. Returns one note per such year.
 */
export function boundaryYears(plan: Plan): { year: number; statedIn: Phase; belongsTo: Phase }[] {
  const notes: { year: number; statedIn: Phase; belongsTo: Phase }[] = [];
  for (const phase of plan.phases) {
    const match = /(\d{4})\D+(\d{4})/.exec(phase.statedAs);
    if (!match) continue;
    for (let year = Number(match[1]); year <= Number(match[2]); year++) {
      const owner = plan.phases.find((p) => p.years.includes(year));
      if (owner && owner.id !== phase.id) notes.push({ year, statedIn: phase, belongsTo: owner });
    }
  }
  return notes;
}

/** The yearly deadline in words: as the document states it, or marked as assumed where it states none. */
export function deadlineText(lang: Lang, plan: Pick<Plan, 'deadline'>): string {
  const { day, month, statedAs, assumed } = plan.deadline;
  const value = t(lang, 'plan.deadlineValue', { day, month });
  if (assumed) return `${value} (${t(lang, 'plan.deadlineAssumed')})`;
  return statedAs ? `${value} (${t(lang, 'plan.deadlineStated', { text: pick(lang, statedAs) })})` : value;
}

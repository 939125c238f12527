// What the pages derive from a plan's prepared data: measures with their
// criterion, the figure of a group for a year, targets, rankings and the rows
// of the progress chart. Pure functions over SiteData.
import type { MeasureRow } from '../core/measure-sql.ts';
import type { Criterion, Measure, Phase, Plan } from '../core/plan-schema.ts';
import { LEVELS } from '../core/school-levels.ts';
import { pick, t, type Lang } from '../i18n/index.ts';
import { digitsOf, formatMaybe, formatValue } from '../i18n/format.ts';
import { rankUnits } from '../charts/distribution.ts';
import type { ProgressRow } from '../charts/progress.ts';
import { isMet, targetFor, targetPoints, type TargetPoint } from '../charts/targets.ts';
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
export function stateOf(row: Pick<MeasureRow, 'value' | 'schools_value' | 'schools_missing' | 'schools_na'> | undefined): CellState {
  if (row && row.value !== null) return 'value';
  return row && row.schools_na > 0 && row.schools_value === 0 && row.schools_missing === 0 ? 'na' : 'missing';
}

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

/** The target a year's figure is judged against, with met / not met. */
export function judge(plan: Plan, measure: Measure, year: number, value: number | null) {
  const target = targetFor(targetsOf(plan, measure), year);
  const status: 'met' | 'notMet' | 'noData' | 'noTarget' =
    value === null ? 'noData' : target === null ? 'noTarget' : isMet(value, target.value, measure.direction) ? 'met' : 'notMet';
  return { target, status };
}

export const rowForYear = (rows: readonly MeasureRow[], year: number | null, key?: { ward_code?: string; school_code?: string; level_code?: string }) =>
  year === null
    ? undefined
    : rows.find((r) => r.year === year && (!key?.ward_code || r.ward_code === key.ward_code) && (!key?.school_code || r.school_code === key.school_code));

/** Measures shown in the progress chart share a 0–100 scale: percentages and scores. */
export function onPercentScale(measure: Measure): boolean {
  return measure.unit.vi === '%' || measure.kind === 'mean';
}

/** The progress chart's rows for a year, from a lookup of each measure's figure. */
export function progressRows(lang: Lang, plan: Plan, year: number, figure: (measure: Measure) => MeasureRow | undefined, measures = measuresOf(plan)): ProgressRow[] {
  return measures.map(({ measure }) => {
    const row = figure(measure);
    const { target } = judge(plan, measure, year, row?.value ?? null);
    return {
      id: measure.id,
      label: pick(lang, measure.label),
      value: row?.value ?? null,
      target: target?.value ?? null,
      targetYear: target && target.year !== year ? target.year : undefined,
      unit: pick(lang, measure.unit),
      digits: digitsOf(measure.kind),
      direction: measure.direction,
      state: stateOf(row),
    };
  });
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

export interface RankedEntry {
  rank: number;
  code: string;
  name: string;
  value: number;
  /** Schools with a value / schools the measure applies to in the unit. */
  covered: number;
  applicable: number;
}

/** Units with data, best first, with their coverage. */
export function rankingOf(site: SiteData, measure: Measure, year: number | null): RankedEntry[] {
  const figures = site.measures[measure.id];
  if (!figures) return [];
  const rows = unitRows(site, measure.id, year);
  const names = unitNames(site);
  return rankUnits(rows, { group: site.unitGroup, names, direction: measure.direction })
    .filter((u) => u.value !== null)
    .map((u, i) => ({
      rank: i + 1,
      code: u.code,
      name: u.name,
      value: u.value!,
      covered: u.row?.schools_value ?? 0,
      applicable: site.unitGroup === 'ward_code' ? (figures.applicableByWard[u.code] ?? 0) : 1,
    }));
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

export interface UnitScore {
  code: string;
  name: string;
  met: number;
  judged: number;
}

/**
 * For a year, how many of the measures with a target and a value each unit
 * meets (a plain count, no weighting): the overview's "who to commend" lists.
 * Units without any judged measure are left out.
 */
export function unitScoreboard(site: SiteData, year: number | null): UnitScore[] {
  if (year === null) return [];
  const names = unitNames(site);
  const scores = new Map<string, UnitScore>();
  for (const { measure } of measuresOf(site.plan)) {
    for (const row of unitRows(site, measure.id, year)) {
      const code = (site.unitGroup === 'ward_code' ? row.ward_code : row.school_code) ?? '';
      const { status } = judge(site.plan, measure, year, row.value);
      if (status !== 'met' && status !== 'notMet') continue;
      const score = scores.get(code) ?? { code, name: names[code] ?? code, met: 0, judged: 0 };
      score.judged += 1;
      if (status === 'met') score.met += 1;
      scores.set(code, score);
    }
  }
  return [...scores.values()].sort((a, b) => b.met / b.judged - a.met / a.judged || b.met - a.met || a.name.localeCompare(b.name, 'vi'));
}

// Whether a unit meets an award form's conditions (shared/method/judgement.md,
// "Commendation shortlist"): the years an occasion considers, and each
// condition checked on the unit's facts (rank, score, statuses of the phase,
// on-time shares, incident counts). Pure numbers in, pass or fail out; the
// shortlist proposes, the emulation council decides.
import type { Award, AwardCondition, Plan } from '../plan-schema.ts';
import { isDue, phasesInOrder } from './calendar.ts';
import type { Status } from './status.ts';

export interface AwardFacts {
  /** The unit's rank among units of its kind, or null when not ranked. */
  rank: number | null;
  /** Composite score 0–100, or null. */
  score: number | null;
  /** The statuses of the unit's measures with a target (no_target left out), for the occasion's phase. */
  statuses: readonly Status[];
  /** Per year considered: the share (0–1) of the unit's roster schools that reported on time, or null without any. */
  onTime: readonly (number | null)[];
  /** Per year considered and per no-incident condition's measure: the unit's count (per school), or null when missing. */
  incidents: Readonly<Record<string, readonly (number | null)[]>>;
}

/** Met or on track: the statuses a phase counts as "on course" for an award. */
export const ON_COURSE: readonly Status[] = ['met', 'on_track'];

/** The share (0–1) of statuses that are met or on track; null when there is none. */
export function onCourseShare(statuses: readonly Status[]): number | null {
  return statuses.length === 0 ? null : statuses.filter((s) => ON_COURSE.includes(s)).length / statuses.length;
}

const TOLERANCE = 1e-9;

export function meetsCondition(condition: AwardCondition, facts: AwardFacts): boolean {
  switch (condition.kind) {
    case 'ranked':
      return facts.rank !== null;
    case 'min-score':
      return facts.score !== null && facts.score >= condition.value - TOLERANCE;
    case 'max-rank':
      return facts.rank !== null && facts.rank <= condition.value;
    case 'on-track': {
      const share = onCourseShare(facts.statuses);
      return share !== null && 100 * share >= condition.value - TOLERANCE;
    }
    case 'on-time':
      // Every year considered, and at least one: a year with no figure is not met.
      return facts.onTime.length > 0 && facts.onTime.every((s) => s !== null && 100 * s >= condition.value - TOLERANCE);
    case 'no-incident': {
      const counts = facts.incidents[condition.measure] ?? [];
      // Missing is never 0: a year without a figure cannot show "no incident".
      return counts.length > 0 && counts.every((c) => c === 0);
    }
  }
}

/** Each condition's result, in the award's order, and whether all are met. */
export function meetsAward(award: Pick<Award, 'conditions'>, facts: AwardFacts): { meets: boolean; results: boolean[] } {
  const results = award.conditions.map((c) => meetsCondition(c, facts));
  return { meets: results.every(Boolean), results };
}

export type Occasion = { kind: 'yearly'; year: number } | { kind: 'so-ket' | 'tong-ket'; phase: string; years: number[]; review: number };

/**
 * The occasions the shortlist covers by the build date: each year of the
 * period that is due and has reports (not the baseline year: the movement
 * starts with the period), then each review whose phase has a due year with
 * reports, considering those years (a review before its phase ends is
 * provisional: its years are the due ones so far).
 */
export function occasionsOf(plan: Pick<Plan, 'period' | 'phases' | 'deadline'> & { baselineYear?: number }, buildDate: string, yearsWithReports: readonly number[]): Occasion[] {
  const due = yearsWithReports.filter((y) => y >= plan.period.start && y <= plan.period.end && isDue(plan, y, buildDate)).sort((a, b) => a - b);
  const yearly: Occasion[] = due.map((year) => ({ kind: 'yearly', year }));
  const reviews: Occasion[] = phasesInOrder(plan).flatMap((phase) => {
    const years = due.filter((y) => phase.years.includes(y));
    return years.length === 0 ? [] : [{ kind: phase.review.kind, phase: phase.id, years, review: phase.review.year }];
  });
  return [...yearly, ...reviews];
}

/** The year an occasion ranks on: the year itself, or the review's latest year considered. */
export function rankYearOf(occasion: Occasion): number {
  return occasion.kind === 'yearly' ? occasion.year : occasion.years[occasion.years.length - 1]!;
}

/** The years an occasion considers (on time, incidents). */
export function yearsOf(occasion: Occasion): number[] {
  return occasion.kind === 'yearly' ? [occasion.year] : occasion.years;
}

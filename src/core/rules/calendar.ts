// The plan's calendar as the judgement method reads it: which years a plan
// collects (its baseline year, then its period), when a year's reports are
// due, which phase a year belongs to and each phase's window of years.
import { deadlineOf } from '../deadline.ts';
import type { Phase, Plan } from '../plan-schema.ts';

type Calendar = Pick<Plan, 'period' | 'phases' | 'deadline'> & { baselineYear?: number };

/** Every year the plan collects reports for: the baseline year (if any), then the period. */
export function planYearsOf(plan: Calendar): number[] {
  const years = plan.baselineYear === undefined ? [] : [plan.baselineYear];
  for (let y = plan.period.start; y <= plan.period.end; y++) years.push(y);
  return years;
}

/** The plan's years that have begun by the build date (reports can exist). */
export function reportYearsOf(plan: Calendar, buildDate: string): number[] {
  const buildYear = Number(buildDate.slice(0, 4));
  return planYearsOf(plan).filter((y) => y <= buildYear);
}

export function isBaseline(plan: Calendar, year: number): boolean {
  return plan.baselineYear === year;
}

/** A year counts once its reports are due: the build date is after that year's deadline. */
export function isDue(plan: Calendar, year: number, buildDate: string): boolean {
  return buildDate > deadlineOf(plan, year);
}

/** The phases in calendar order. */
export function phasesInOrder(plan: Calendar): Phase[] {
  return [...plan.phases].sort((a, b) => Math.min(...a.years) - Math.min(...b.years));
}

/** The phase a year belongs to; the baseline year belongs to the first phase's window. */
export function phaseForYear(plan: Calendar, year: number): Phase | undefined {
  if (isBaseline(plan, year)) return phasesInOrder(plan)[0];
  return plan.phases.find((p) => p.years.includes(year));
}

/**
 * A phase's window: its years, and for the first phase the baseline year
 * before them. (The baseline is "the year before the first phase"; later
 * phases start from their own first year — a choice written in docs/method.md.)
 */
export function windowOf(plan: Calendar, phase: Phase): number[] {
  const years = [...phase.years].sort((a, b) => a - b);
  const first = phasesInOrder(plan)[0];
  return plan.baselineYear !== undefined && first?.id === phase.id ? [plan.baselineYear, ...years] : years;
}

/** The phase's last year: the year its review judges and its target falls due. */
export function phaseEndOf(phase: Phase): number {
  return Math.max(...phase.years);
}

/**
 * The phase a page judges: that of the latest due year with reports; else of
 * the latest year with reports; else of the build date's year (the first
 * phase before the period, the last after it).
 */
export function phaseInView(plan: Calendar, buildDate: string, yearsWithReports: readonly number[]): Phase {
  const sorted = [...yearsWithReports].sort((a, b) => b - a);
  const year = sorted.find((y) => isDue(plan, y, buildDate)) ?? sorted[0] ?? Number(buildDate.slice(0, 4));
  const phases = phasesInOrder(plan);
  return phaseForYear(plan, year) ?? (year < plan.period.start ? phases[0]! : phases[phases.length - 1]!);
}

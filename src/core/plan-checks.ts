// Checks of a plan that span its fields, run by plan-schema.ts after each field
// has its shape: the calendar (period, phases, reviews, deadline, document
// date) and every measure against the plan's own template (indicator, kinds,
// levels, targets). Each problem is an issue at its path in plan.json.
import type { z } from 'zod';
import { daysInMonth, isCalendarDate } from './calendar-date.ts';
import { findIndicator } from './indicators.ts';
import type { Template } from './template-schema.ts';

type Path = (string | number)[];

/** The parts of a plan these checks read (plan-schema's parsed shape). */
interface PlanFields {
  document: { date: string | null };
  period: { start: number; end: number };
  phases: { id: string; years: number[]; review: { year: number } }[];
  deadline: { month: number; day: number };
  template: Template;
  criteria: {
    id: string;
    measures: {
      id: string;
      kind: 'ratio' | 'share-yes' | 'mean' | 'total' | 'per-school';
      indicator: string;
      denominator?: string | undefined;
      levels: string[];
      targets: { year?: number | undefined; phase?: string | undefined; value: number }[];
    }[];
  }[];
}

/** The indicator kind each measure kind reads. */
const KIND_NEEDS = { ratio: 'count', 'share-yes': 'yesno', mean: 'score', total: 'count', 'per-school': 'count' } as const;
const KIND_WORDS = { count: 'a count', yesno: 'a yes/no indicator', score: 'a score indicator' } as const;

export function checkPlan(plan: PlanFields, ctx: z.RefinementCtx): void {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  checkCalendar(plan, issue);
  checkMeasures(plan, issue);
}

function checkCalendar(plan: PlanFields, issue: (path: Path, message: string) => void): void {
  if (plan.document.date !== null && !isCalendarDate(plan.document.date)) issue(['document', 'date'], `"${plan.document.date}" is not a calendar date (YYYY-MM-DD)`);
  const { start, end } = plan.period;
  const { month, day } = plan.deadline;
  // A deadline must exist every year: 29 February does not.
  const days = daysInMonth(2001, month);
  if (day > days) issue(['deadline', 'day'], `day ${day} does not exist in month ${month} every year (it has ${days} days)`);
  if (start > end) issue(['period'], `the period starts (${start}) after it ends (${end})`);
  else {
    const years = plan.phases.flatMap((p) => p.years);
    const expected = Array.from({ length: end - start + 1 }, (_, i) => start + i);
    if (years.length !== new Set(years).size || expected.some((y) => !years.includes(y)) || years.some((y) => !expected.includes(y))) {
      issue(['phases'], `the phases' years must cover ${start}–${end} once each`);
    }
  }
  plan.phases.forEach((phase, i) => {
    const { years } = phase;
    if (years.length === 0) return;
    if (years.some((y, k) => k > 0 && y !== years[k - 1]! + 1)) {
      issue(['phases', i, 'years'], `a phase's years are consecutive and in order, e.g. [2028, 2029, 2030]; got [${years.join(', ')}]`);
      return;
    }
    const first = years[0]!;
    const last = years[years.length - 1]!;
    const previous = plan.phases[i - 1];
    const previousLast = previous ? Math.max(...previous.years) : -Infinity;
    if (previous && first <= previousLast) issue(['phases', i, 'years'], `phase "${phase.id}" starts in ${first}, before phase "${previous.id}" ends (${previousLast}): list the phases in time order`);
    // The review closes the phase: held in its last year, or early the next year.
    if (phase.review.year < last || phase.review.year > last + 1) {
      issue(['phases', i, 'review', 'year'], `the review (${phase.review.year}) closes the phase ${first}–${last}: hold it in ${last} or ${last + 1}`);
    }
  });
}

function checkMeasures(plan: PlanFields, issue: (path: Path, message: string) => void): void {
  const ids = plan.criteria.flatMap((c) => [`criterion ${c.id}`, ...c.measures.map((m) => `measure ${m.id}`)]);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) issue(['criteria'], `${id} is defined twice`);
  const phaseIds = new Set(plan.phases.map((p) => p.id));
  // An empty template is reported once, against template.indicators.
  const hasTemplate = plan.template.indicators.length > 0;
  plan.criteria.forEach((criterion, ci) =>
    criterion.measures.forEach((measure, mi) => {
      const at = (...path: Path): Path => ['criteria', ci, 'measures', mi, ...path];
      const needs = KIND_NEEDS[measure.kind];
      const columns = measure.kind === 'ratio' ? (['indicator', 'denominator'] as const) : (['indicator'] as const);
      for (const field of hasTemplate ? columns : []) {
        const id = measure[field];
        if (id === undefined) continue;
        const indicator = findIndicator(plan, id);
        if (!indicator) {
          issue(at(field), `unknown indicator "${id}": not in this plan's template.indicators`);
          continue;
        }
        if (indicator.kind !== needs) issue(at(field), `${measure.kind} needs ${KIND_WORDS[needs]}; "${id}" is ${KIND_WORDS[indicator.kind]}`);
        const uncovered = measure.levels.filter((level) => !indicator.levels.includes(level as never));
        // Empty levels are reported against the indicator itself.
        if (uncovered.length > 0 && indicator.levels.length > 0) issue(at('levels'), `level ${uncovered.join(', ')} does not fill "${id}" (its levels: ${indicator.levels.join(', ')})`);
      }
      measure.targets.forEach((target, ti) => {
        // A reversed period is reported once, against `period`, not against every target.
        if (target.year !== undefined && plan.period.start <= plan.period.end && (target.year < plan.period.start || target.year > plan.period.end)) {
          issue(at('targets', ti, 'year'), `${target.year} is outside the plan period ${plan.period.start}–${plan.period.end}`);
        }
        if (target.phase !== undefined && !phaseIds.has(target.phase)) issue(at('targets', ti, 'phase'), `no phase "${target.phase}"`);
        const problem = targetRangeProblem(measure.kind, target.value);
        if (problem) issue(at('targets', ti, 'value'), problem);
      });
    }),
  );
}

/** Percentages and scores lie in 0–100; totals and per-school counts are never negative. */
function targetRangeProblem(kind: keyof typeof KIND_NEEDS, value: number): string | null {
  if (kind === 'ratio' || kind === 'share-yes') return value < 0 || value > 100 ? `${value} is not a percentage (0–100)` : null;
  if (kind === 'mean') return value < 0 || value > 100 ? `${value} is outside the score scale (0–100)` : null;
  return value < 0 ? `${value} is negative; a ${kind} target counts something` : null;
}

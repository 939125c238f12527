// One measure for one unit in one phase, from its rows by year: picks the
// window's due years with a value, τ, the judged value (counts per school),
// then the status table. In: the plan, the measure, the phase, the unit's
// rows (one per year), the build date and the unit's level. Out: the status
// with everything a page says beside it (year judged, target, projection).
import type { Measure, Phase, Plan } from '../plan-schema.ts';
import { isDue, phaseEndOf, windowOf } from './calendar.ts';
import { judgedDigitsOf, judgedValueOf, type JudgedRow } from './judged-value.ts';
import { boundsOf, type Point } from './projection.ts';
import { judgeStatus, type StatusResult } from './status.ts';
import { phaseTarget, type TargetPoint } from './targets.ts';

export type UnitLevel = 'plan' | 'ward' | 'school';

export interface MeasureJudgement extends StatusResult {
  phase: Phase;
  /** τ, the target judged against (with its year, source and whether official). */
  target: TargetPoint | null;
  /** The year of the value judged (t_L), or null. */
  year: number | null;
  /** Decimals of the judged values (counts per school show 2). */
  digits: number;
  /** The latest window year that has a value but is not yet due: shown as provisional, never judged. */
  provisional: Point | null;
}

export interface JudgeMeasureInput {
  plan: Pick<Plan, 'period' | 'phases' | 'deadline' | 'baselineYear' | 'method'>;
  measure: Pick<Measure, 'kind' | 'direction' | 'targets'>;
  phase: Phase;
  rows: readonly (JudgedRow & { year?: number })[];
  buildDate: string;
  level: UnitLevel;
}

export function judgeMeasure(input: JudgeMeasureInput): MeasureJudgement {
  const { plan, measure, phase, buildDate } = input;
  const window = windowOf(plan, phase);
  const buildYear = Number(buildDate.slice(0, 4));
  const points: Point[] = [];
  let provisional: Point | null = null;
  for (const year of window) {
    const value = judgedValueOf(measure.kind, input.rows.find((r) => r.year === year), plan.method.counts);
    if (value === null) continue;
    if (isDue(plan, year, buildDate)) points.push({ year, value });
    else provisional = { year, value };
  }
  const pending = window.some((y) => y <= buildYear && !isDue(plan, y, buildDate)) || window.every((y) => y > buildYear);
  const target = phaseTarget(measure, plan.phases, phase);
  const digits = judgedDigitsOf(measure.kind);
  const result = judgeStatus({
    points,
    pending,
    target: target?.value ?? null,
    direction: measure.direction,
    phaseEnd: phaseEndOf(phase),
    digits,
    bounds: boundsOf(measure.kind),
    thresholds: plan.method,
    yesNo: input.level === 'school' && measure.kind === 'share-yes',
  });
  return { ...result, phase, target, year: result.latest?.year ?? null, digits, provisional };
}

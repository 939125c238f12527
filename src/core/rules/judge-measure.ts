// One measure for one unit in one phase, from its rows by year. In two steps
// so the browser can redo the second: judgeSpecOf (the plan, measure, phase,
// build date and level → a small JSON-able spec: τ, the window, its due years,
// the thresholds) and judgeRows (the spec and the unit's rows by year → the
// status with the year judged, the target and the projection).
import type { Measure, Method, Phase, Plan } from '../plan-schema.ts';
import { isDue, phaseEndOf, windowOf } from './calendar.ts';
import { judgedDigitsOf, judgedValueOf, type JudgedRow } from './judged-value.ts';
import { boundsOf, type Point } from './projection.ts';
import { judgeStatus, type StatusResult } from './status.ts';
import { phaseTarget, type TargetPoint } from './targets.ts';

export type UnitLevel = 'plan' | 'ward' | 'school';

/** Everything judging a measure's series needs, and nothing else (it travels to the browser). */
export interface JudgeSpec {
  kind: Measure['kind'];
  direction: Measure['direction'];
  phase: string;
  /** τ, or null when the plan sets none for the phase. */
  target: TargetPoint | null;
  /** The phase's window (the baseline year first, for the first phase). */
  window: number[];
  /** Window years whose reports are due by the build date. */
  due: number[];
  /** Window years begun but not yet due. */
  open: number[];
  phaseEnd: number;
  thresholds: Pick<Method, 'onTrack' | 'atRisk'>;
  counts: Method['counts'];
  yesNo: boolean;
}

export interface MeasureJudgement extends StatusResult {
  phase: string;
  /** τ, the target judged against (with its year, source and whether official). */
  target: TargetPoint | null;
  /** The year of the value judged (t_L), or null. */
  year: number | null;
  /** Decimals of the judged values (counts per school show 2). */
  digits: number;
  /** The latest window year that has a value but is not yet due: shown as provisional, never judged. */
  provisional: Point | null;
}

type JudgingPlan = Pick<Plan, 'period' | 'phases' | 'deadline' | 'method'> & { baselineYear?: number };

export function judgeSpecOf(plan: JudgingPlan, measure: Pick<Measure, 'kind' | 'direction' | 'targets'>, phase: Phase, buildDate: string, level: UnitLevel): JudgeSpec {
  const window = windowOf(plan, phase);
  const buildYear = Number(buildDate.slice(0, 4));
  return {
    kind: measure.kind,
    direction: measure.direction,
    phase: phase.id,
    target: phaseTarget(measure, plan.phases, phase),
    window,
    due: window.filter((y) => isDue(plan, y, buildDate)),
    open: window.filter((y) => y <= buildYear && !isDue(plan, y, buildDate)),
    phaseEnd: phaseEndOf(phase),
    thresholds: { onTrack: plan.method.onTrack, atRisk: plan.method.atRisk },
    counts: plan.method.counts,
    yesNo: level === 'school' && measure.kind === 'share-yes',
  };
}

export function judgeRows(spec: JudgeSpec, rows: readonly (JudgedRow & { year?: number })[]): MeasureJudgement {
  const points: Point[] = [];
  let provisional: Point | null = null;
  for (const year of spec.window) {
    const value = judgedValueOf(spec.kind, rows.find((r) => r.year === year), spec.counts);
    if (value === null) continue;
    if (spec.due.includes(year)) points.push({ year, value });
    else if (spec.open.includes(year)) provisional = { year, value };
  }
  const digits = judgedDigitsOf(spec.kind);
  const result = judgeStatus({
    points,
    // Still to come: a window year begun but not due, or a phase not begun at all.
    pending: spec.open.length > 0 || spec.due.length === 0,
    target: spec.target?.value ?? null,
    direction: spec.direction,
    phaseEnd: spec.phaseEnd,
    digits,
    bounds: boundsOf(spec.kind),
    thresholds: spec.thresholds,
    yesNo: spec.yesNo,
  });
  return { ...result, phase: spec.phase, target: spec.target, year: result.latest?.year ?? null, digits, provisional };
}

export interface JudgeMeasureInput {
  plan: JudgingPlan;
  measure: Pick<Measure, 'kind' | 'direction' | 'targets'>;
  phase: Phase;
  rows: readonly (JudgedRow & { year?: number })[];
  buildDate: string;
  level: UnitLevel;
}

export function judgeMeasure(input: JudgeMeasureInput): MeasureJudgement {
  return judgeRows(judgeSpecOf(input.plan, input.measure, input.phase, input.buildDate, input.level), input.rows);
}

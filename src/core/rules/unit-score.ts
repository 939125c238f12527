// The composite score of one unit (plan, ward or school) for one year, from
// the plan's criteria and weights: each measure's judged value against τ of
// the year's phase. In: the plan, the year, the unit's figure per measure and
// whether a measure applies to it. Out: the score, its coverage, each
// criterion's part beside its maximum, and each measure's s.
import type { Measure, Plan } from '../plan-schema.ts';
import { phaseForYear } from './calendar.ts';
import { figureStateOf } from './figure-state.ts';
import { judgedValueOf, type JudgedRow } from './judged-value.ts';
import { measureScore, scoreUnit, type UnitScore } from './score.ts';
import { phaseTarget } from './targets.ts';

export interface MeasureScoreDetail {
  id: string;
  /** Applies to the unit and has a target for the year's phase. */
  applicable: boolean;
  /** The judged value (counts per school), or null. */
  value: number | null;
  target: number | null;
  /** s, 0–100, or null when missing. */
  score: number | null;
}

export interface UnitScoreDetail extends UnitScore {
  measures: MeasureScoreDetail[];
}

export interface UnitFigures {
  figure: (measure: Measure) => (JudgedRow & { schools_missing?: number; schools_na?: number }) | undefined;
  /** Whether the measure concerns the unit at all (its schools' levels). */
  applies: (measure: Measure) => boolean;
}

type ScoringPlan = Pick<Plan, 'period' | 'phases' | 'deadline' | 'criteria' | 'method'> & { baselineYear?: number };

export function scoreUnitOf(plan: ScoringPlan, year: number, figures: UnitFigures): UnitScoreDetail {
  const phase = phaseForYear(plan, year);
  const measures: MeasureScoreDetail[] = [];
  const criteria = plan.criteria.map((criterion) => ({
    id: criterion.id,
    weight: criterion.weight,
    measures: criterion.measures.map((measure) => {
      const row = figures.figure(measure);
      const target = phase ? phaseTarget(measure, plan.phases, phase) : null;
      const applicable = figures.applies(measure) && target !== null && figureStateOf(row) !== 'na';
      const value = judgedValueOf(measure.kind, row, plan.method.counts);
      const ceiling = plan.method.ceilings[measure.id] ?? plan.method.ceiling;
      const score = applicable && value !== null ? measureScore(value, target!.value, measure.direction, ceiling) : null;
      measures.push({ id: measure.id, applicable, value, target: target?.value ?? null, score });
      return { id: measure.id, weight: measure.weight, applicable, score };
    }),
  }));
  return { ...scoreUnit(criteria), measures };
}

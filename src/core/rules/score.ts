// Composite score of a unit: a measure scores s = 100·clamp((y − f)/(τ − f),
// 0, 1) (f = 0 where higher is better, the configured ceiling where lower is
// better); a criterion scores Σw·s/Σw over its measures with a value; the unit
// Σ W·(criterion score)/Σ W over criteria with a score, each part beside its
// maximum. Missing is left out (never 0) and lowers coverage; not applicable
// is left out of both (shared/method/judgement.md, "Composite score").

export function measureScore(value: number, target: number, direction: 'up' | 'down', ceiling: number): number {
  const f = direction === 'down' ? ceiling : 0;
  // A target at or beyond the floor leaves no range: full marks once met, else none.
  if (direction === 'up' ? target <= f : target >= f) return (direction === 'up' ? value >= target : value <= target) ? 100 : 0;
  return 100 * Math.min(1, Math.max(0, (value - f) / (target - f)));
}

export interface MeasureScoreInput {
  id: string;
  weight: number;
  /** False when not applicable to the unit, or not scoreable (no target): left out of everything. */
  applicable: boolean;
  /** s, or null when missing. */
  score: number | null;
}

export interface CriterionScoreInput {
  id: string;
  weight: number;
  measures: readonly MeasureScoreInput[];
}

export interface CriterionScore {
  id: string;
  weight: number;
  /** Σw·s/Σw over measures with a value; null when none has one. */
  score: number | null;
  /** Σw with a value / Σw applicable; null when no measure applies. */
  coverage: number | null;
  /** Its part of the unit's score and that part's maximum (0 when the criterion has no score). */
  part: number;
  max: number;
}

export interface UnitScore {
  score: number | null;
  /** Weight of measures with a value over weight of applicable measures, the criteria's weights included. */
  coverage: number | null;
  criteria: CriterionScore[];
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function scoreUnit(criteria: readonly CriterionScoreInput[]): UnitScore {
  const scored = criteria.map((c) => {
    const applicable = c.measures.filter((m) => m.applicable);
    const valued = applicable.filter((m) => m.score !== null);
    const w = sum(applicable.map((m) => m.weight));
    const wValued = sum(valued.map((m) => m.weight));
    return {
      id: c.id,
      weight: c.weight,
      score: valued.length ? sum(valued.map((m) => m.weight * m.score!)) / wValued : null,
      coverage: applicable.length ? wValued / w : null,
    };
  });
  const withScore = scored.filter((c) => c.score !== null);
  const totalWeight = sum(withScore.map((c) => c.weight));
  const applicableWeight = sum(scored.filter((c) => c.coverage !== null).map((c) => c.weight));
  const result = scored.map((c) => {
    const max = c.score === null ? 0 : (100 * c.weight) / totalWeight;
    return { ...c, part: c.score === null ? 0 : (c.score * c.weight) / totalWeight, max };
  });
  return {
    score: withScore.length ? sum(result.map((c) => c.part)) : null,
    coverage: applicableWeight ? sum(scored.filter((c) => c.coverage !== null).map((c) => c.weight * c.coverage!)) / applicableWeight : null,
    criteria: result,
  };
}

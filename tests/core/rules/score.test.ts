import { describe, expect, it } from 'vitest';
import { measureScore, scoreUnit } from '../../../src/core/rules/score.ts';
import { scoreUnitOf } from '../../../src/core/rules/unit-score.ts';
import { makePlan } from './plan-fixture.ts';

describe('measureScore', () => {
  it.each([
    { name: 'higher is better: y/τ', y: 40, tau: 80, dir: 'up', f: 2, expected: 50 },
    { name: 'capped at full marks', y: 95, tau: 80, dir: 'up', f: 2, expected: 100 },
    { name: 'zero scores zero', y: 0, tau: 80, dir: 'up', f: 2, expected: 0 },
    { name: 'lower is better: at τ = 0', y: 0, tau: 0, dir: 'down', f: 2, expected: 100 },
    { name: 'lower is better: halfway to the ceiling', y: 1, tau: 0, dir: 'down', f: 2, expected: 50 },
    { name: 'lower is better: at or over the ceiling', y: 3, tau: 0, dir: 'down', f: 2, expected: 0 },
    { name: 'lower is better with τ above 0', y: 1, tau: 0.5, dir: 'down', f: 1.5, expected: 50 },
    { name: 'a target at the ceiling leaves no range: met', y: 2, tau: 2, dir: 'down', f: 2, expected: 100 },
    { name: 'a target of 0 where higher is better: any value meets it', y: 0, tau: 0, dir: 'up', f: 2, expected: 100 },
  ] as const)('$name', ({ y, tau, dir, f, expected }) => expect(measureScore(y, tau, dir, f)).toBeCloseTo(expected, 9));
});

describe('scoreUnit', () => {
  const m = (id: string, weight: number, score: number | null, applicable = true) => ({ id, weight, applicable, score });
  it.each([
    {
      name: 'criterion score is Σw·s/Σw; unit score Σ W·cs / Σ W',
      criteria: [{ id: 'a', weight: 2, measures: [m('a1', 1, 100), m('a2', 3, 60)] }, { id: 'b', weight: 1, measures: [m('b1', 1, 40)] }],
      score: (2 * 70 + 40) / 3, coverage: 1, parts: [[70, 140 / 3, 200 / 3], [40, 40 / 3, 100 / 3]],
    },
    {
      name: 'missing is left out, never 0, and lowers coverage',
      criteria: [{ id: 'a', weight: 1, measures: [m('a1', 1, 80), m('a2', 1, null)] }],
      score: 80, coverage: 0.5, parts: [[80, 80, 100]],
    },
    {
      name: 'not applicable is left out of both',
      criteria: [{ id: 'a', weight: 1, measures: [m('a1', 1, 80), m('a2', 1, null, false)] }],
      score: 80, coverage: 1, parts: [[80, 80, 100]],
    },
    {
      name: 'a criterion with no value: left out of the score, counted in coverage',
      criteria: [{ id: 'a', weight: 3, measures: [m('a1', 1, 90)] }, { id: 'b', weight: 1, measures: [m('b1', 1, null)] }],
      score: 90, coverage: 0.75, parts: [[90, 90, 100], [null, 0, 0]],
    },
    {
      name: 'nothing with a value: no score',
      criteria: [{ id: 'a', weight: 1, measures: [m('a1', 1, null)] }],
      score: null, coverage: 0, parts: [[null, 0, 0]],
    },
    {
      name: 'nothing applicable: no score, no coverage',
      criteria: [{ id: 'a', weight: 1, measures: [m('a1', 1, null, false)] }],
      score: null, coverage: null, parts: [[null, 0, 0]],
    },
  ])('$name', ({ criteria, score, coverage, parts }) => {
    const result = scoreUnit(criteria);
    if (score === null) expect(result.score).toBeNull();
    else expect(result.score).toBeCloseTo(score, 9);
    expect(result.coverage === null ? null : Number(result.coverage.toFixed(9))).toBe(coverage);
    expect(result.criteria.map((c) => [c.score === null ? null : Number(c.score.toFixed(6)), Number(c.part.toFixed(6)), Number(c.max.toFixed(6))])).toEqual(
      parts.map(([s, p, x]) => [s === null ? null : Number(s!.toFixed(6)), Number(p!.toFixed(6)), Number(x!.toFixed(6))]),
    );
  });
});

describe('scoreUnitOf', () => {
  const plan = makePlan();
  const figures: Record<string, { value: number | null; numerator?: number; schools_value?: number; schools_missing?: number; schools_na?: number }> = {
    ai: { value: 25, numerator: 25, schools_value: 3 },
    'ke-hoach': { value: 100, numerator: 4, schools_value: 4 },
    'su-co': { value: 4, numerator: 4, schools_value: 4 },
    'hoc-lieu': { value: 30, numerator: 30, schools_value: 4 },
  };
  it('issue 6: uses the plan’s weights, τ of the year’s phase and counts per school', () => {
    const result = scoreUnitOf(plan, 2026, { figure: (m) => figures[m.id], applies: () => true });
    // ai 25/50 → 50; ke-hoach 100/100 → 100 (weight 3): criterion (50 + 300)/4 = 87.5, weight 2.
    // su-co 4 over 4 schools = 1 per school, f = 2 → 50; hoc-lieu has no target: not scoreable.
    expect(result.measures.map((m) => [m.id, m.applicable, m.value, m.score])).toEqual([
      ['ai', true, 25, 50], ['ke-hoach', true, 100, 100], ['su-co', true, 1, 50], ['hoc-lieu', false, 7.5, null],
    ]);
    expect(result.criteria.map((c) => c.score)).toEqual([87.5, 50]);
    expect(result.score).toBeCloseTo((2 * 87.5 + 50) / 3, 9);
    expect(result.coverage).toBe(1);
  });

  it('leaves out a measure that does not apply or is not applicable to any school', () => {
    const naAll: typeof figures = { ...figures, ai: { value: null, schools_value: 0, schools_missing: 0, schools_na: 3 } };
    const result = scoreUnitOf(plan, 2026, { figure: (m) => naAll[m.id], applies: (m) => m.id !== 'su-co' });
    expect(result.measures.filter((m) => m.applicable).map((m) => m.id)).toEqual(['ke-hoach']);
    expect([result.score, result.coverage]).toEqual([100, 1]);
  });

  it('a ceiling per measure wins over the plan’s', () => {
    const own = makePlan({ method: { ceilings: { 'su-co': 4 } } });
    expect(scoreUnitOf(own, 2026, { figure: (m) => figures[m.id], applies: () => true }).measures.find((m) => m.id === 'su-co')?.score).toBe(75);
  });
});

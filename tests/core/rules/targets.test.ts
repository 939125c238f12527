import { describe, expect, it } from 'vitest';
import { digitsOf, meets, milestoneOf, phaseTarget, roundTo, targetPoints } from '../../../src/core/rules/targets.ts';
import { makePlan, measureOf, phaseOf } from './plan-fixture.ts';

const plan = makePlan();
const ai = measureOf(plan, 'ai');
const source = { vi: 's', en: 's' };

describe('targets', () => {
  it('places a phase target on the phase’s last year, year targets on their year', () => {
    expect(targetPoints(ai, plan.phases).map((p) => [p.year, p.value, p.phase ?? null, p.official])).toEqual([
      [2026, 30, null, false], [2027, 50, '1', false], [2030, 80, '2', true],
    ]);
  });

  it.each([
    { name: 'τ of phase 1 is its phase target, not the 2026 milestone', measure: ai, phase: '1', expected: { year: 2027, value: 50 } },
    { name: 'τ of phase 2', measure: ai, phase: '2', expected: { year: 2030, value: 80 } },
    { name: 'a year target on the phase’s last year stands for τ', measure: { targets: [{ year: 2027, value: 70, source, official: false }] }, phase: '1', expected: { year: 2027, value: 70 } },
    { name: 'a phase target wins over a year target on the same year', measure: { targets: [{ year: 2027, value: 70, source, official: false }, { phase: '1', value: 60, source, official: false }] }, phase: '1', expected: { year: 2027, value: 60 } },
    { name: 'only a mid-phase milestone: no τ', measure: { targets: [{ year: 2026, value: 100, source, official: false }] }, phase: '1', expected: null },
    { name: 'no targets: no τ', measure: { targets: [] }, phase: '2', expected: null },
  ])('$name', ({ measure, phase, expected }) => {
    const tau = phaseTarget(measure, plan.phases, phaseOf(plan, phase));
    expect(tau === null ? null : { year: tau.year, value: tau.value }).toEqual(expected);
  });

  it.each([
    { year: 2026, expected: 30 }, { year: 2027, expected: null }, { year: 2025, expected: null },
  ])('the milestone of $year is $expected (a phase target is no milestone)', ({ year, expected }) => {
    expect(milestoneOf(ai, year)?.value ?? null).toBe(expected);
  });

  it.each([
    { name: 'above the target', value: 81, target: 80, direction: 'up', digits: 1, expected: true },
    { name: 'exactly the target', value: 80, target: 80, direction: 'up', digits: 1, expected: true },
    { name: '79.96 shows as 80.0: met', value: 79.96, target: 80, direction: 'up', digits: 1, expected: true },
    { name: '79.94 shows as 79.9: not met', value: 79.94, target: 80, direction: 'up', digits: 1, expected: false },
    { name: 'lower is better, at the target', value: 0, target: 0, direction: 'down', digits: 0, expected: true },
    { name: 'lower is better, above the target', value: 1, target: 0, direction: 'down', digits: 0, expected: false },
    { name: 'lower is better, 0.004 per school shows as 0.00', value: 0.004, target: 0, direction: 'down', digits: 2, expected: true },
  ] as const)('meets: $name', ({ value, target, direction, digits, expected }) => expect(meets(value, target, direction, digits)).toBe(expected));

  it.each([
    { kind: 'total', expected: 0 }, { kind: 'per-school', expected: 2 }, { kind: 'ratio', expected: 1 }, { kind: 'share-yes', expected: 1 }, { kind: 'mean', expected: 1 },
  ])('digitsOf($kind) = $expected', ({ kind, expected }) => expect(digitsOf(kind)).toBe(expected));

  it('rounds half away from zero at the shown precision', () => expect([roundTo(2.345, 2), roundTo(88.45, 1), roundTo(-0.04, 1)]).toEqual([2.35, 88.5, -0]));
});

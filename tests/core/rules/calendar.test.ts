import { describe, expect, it } from 'vitest';
import { isDue, phaseEndOf, phaseForYear, phaseInView, planYearsOf, reportYearsOf, windowOf } from '../../../src/core/rules/calendar.ts';
import { makePlan, phaseOf } from './plan-fixture.ts';

const plan = makePlan();
const noBaseline = makePlan({ baselineYear: undefined });

describe('calendar', () => {
  it.each([
    { name: 'plan years start with the baseline', got: () => planYearsOf(plan), expected: [2025, 2026, 2027, 2028, 2029, 2030] },
    { name: 'without a baseline, the period only', got: () => planYearsOf(noBaseline), expected: [2026, 2027, 2028, 2029, 2030] },
    { name: 'report years stop at the build year', got: () => reportYearsOf(plan, '2026-11-21'), expected: [2025, 2026] },
    { name: 'the first phase window holds the baseline', got: () => windowOf(plan, phaseOf(plan, '1')), expected: [2025, 2026, 2027] },
    { name: 'later phases start from their own years', got: () => windowOf(plan, phaseOf(plan, '2')), expected: [2028, 2029, 2030] },
    { name: 'the phase end is its last year', got: () => phaseEndOf(phaseOf(plan, '2')), expected: 2030 },
    { name: 'the baseline year belongs to the first phase', got: () => phaseForYear(plan, 2025)?.id, expected: '1' },
    { name: 'a period year belongs to its phase', got: () => phaseForYear(plan, 2028)?.id, expected: '2' },
    { name: 'a year outside the plan has no phase', got: () => phaseForYear(plan, 2031), expected: undefined },
  ])('$name', ({ got, expected }) => expect(got()).toEqual(expected));

  it.each([
    { buildDate: '2026-12-15', year: 2026, due: false, why: 'the deadline day itself is not yet past' },
    { buildDate: '2026-12-16', year: 2026, due: true, why: 'the day after the deadline' },
    { buildDate: '2026-11-21', year: 2025, due: true, why: 'an earlier year' },
    { buildDate: '2026-11-21', year: 2027, due: false, why: 'a later year' },
  ])('isDue($year) on $buildDate is $due: $why', ({ buildDate, year, due }) => expect(isDue(plan, year, buildDate)).toBe(due));

  it.each([
    { name: 'the latest due year with reports decides', buildDate: '2028-03-01', years: [2025, 2026, 2027], expected: '1' },
    { name: 'a year not yet due does not move the view to its phase', buildDate: '2028-11-01', years: [2026, 2027, 2028], expected: '1' },
    { name: 'once due, it does', buildDate: '2028-12-20', years: [2026, 2027, 2028], expected: '2' },
    { name: 'only provisional years: their phase', buildDate: '2026-11-21', years: [2026], expected: '1' },
    { name: 'no reports: the build date’s phase', buildDate: '2029-01-10', years: [], expected: '2' },
    { name: 'no reports, after the period: the last phase', buildDate: '2032-01-10', years: [], expected: '2' },
    { name: 'no reports, before the period: the first phase', buildDate: '2024-01-10', years: [], expected: '1' },
  ])('phaseInView: $name', ({ buildDate, years, expected }) => expect(phaseInView(plan, buildDate, years).id).toBe(expected));
});

describe('plan schema: baseline and method', () => {
  it('fills the method defaults of judgement.md', () => {
    expect(plan.method).toEqual({ onTrack: 0.95, atRisk: 0.6, minCoverage: 0.8, minSchools: 3, cautionSchools: 5, counts: 'per-school', learners: 'so_hoc_sinh', ceiling: 2, ceilings: {}, noisePlaces: 2 });
  });
  it('keeps values a plan sets', () => {
    expect(makePlan({ method: { onTrack: 0.9, counts: 'per-100-learners' } }).method).toMatchObject({ onTrack: 0.9, atRisk: 0.6, counts: 'per-100-learners' });
  });
  it.each([
    { name: 'a baseline inside the period', over: { baselineYear: 2026 }, message: "baselineYear: the baseline year must come before the period's start (2026)" },
    { name: 'thresholds in the wrong order', over: { method: { onTrack: 0.5, atRisk: 0.6 } }, message: 'method: "atRisk" must be below "onTrack"' },
    { name: 'a caution below the minimum', over: { method: { minSchools: 4, cautionSchools: 3 } }, message: 'method: "cautionSchools" must be at least "minSchools"' },
    { name: 'counts per 100 learners without a learners count', over: { method: { counts: 'per-100-learners', learners: 'co_ke_hoach' } }, message: 'method.learners: "co_ke_hoach" is not a count of the plan\'s template: counts per 100 learners need one' },
  ])('rejects $name', ({ over, message }) => expect(() => makePlan(over)).toThrow(message));
});

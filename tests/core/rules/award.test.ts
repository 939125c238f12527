import { describe, expect, it } from 'vitest';
import type { AwardCondition } from '../../../src/core/plan-schema.ts';
import { meetsAward, meetsCondition, occasionsOf, onCourseShare, rankYearOf, yearsOf, type AwardFacts, type Occasion } from '../../../src/core/rules/award.ts';
import { makePlan } from './plan-fixture.ts';

const facts = (over: Partial<AwardFacts> = {}): AwardFacts => ({
  rank: 2, score: 88.5, statuses: ['met', 'on_track', 'at_risk', 'met'], onTime: [1, 1], incidents: { 'su-co': [0, 0] }, ...over,
});
const c = (condition: Record<string, unknown>) => ({ official: false, ...condition }) as AwardCondition;

describe('meetsCondition', () => {
  it.each([
    { name: 'ranked: a rank', condition: c({ kind: 'ranked' }), facts: facts(), expected: true },
    { name: 'ranked: not ranked', condition: c({ kind: 'ranked' }), facts: facts({ rank: null }), expected: false },
    { name: 'min-score: above', condition: c({ kind: 'min-score', value: 85 }), facts: facts(), expected: true },
    { name: 'min-score: equal counts', condition: c({ kind: 'min-score', value: 88.5 }), facts: facts(), expected: true },
    { name: 'min-score: below', condition: c({ kind: 'min-score', value: 90 }), facts: facts(), expected: false },
    { name: 'min-score: no score', condition: c({ kind: 'min-score', value: 0 }), facts: facts({ score: null }), expected: false },
    { name: 'max-rank: within', condition: c({ kind: 'max-rank', value: 2 }), facts: facts(), expected: true },
    { name: 'max-rank: shared rank 2 is within 3', condition: c({ kind: 'max-rank', value: 3 }), facts: facts(), expected: true },
    { name: 'max-rank: outside', condition: c({ kind: 'max-rank', value: 1 }), facts: facts(), expected: false },
    { name: 'max-rank: not ranked', condition: c({ kind: 'max-rank', value: 100 }), facts: facts({ rank: null }), expected: false },
    { name: 'on-track 75 %: 3 of 4 on course', condition: c({ kind: 'on-track', value: 75 }), facts: facts(), expected: true },
    { name: 'on-track 100 %: 3 of 4 is not every one', condition: c({ kind: 'on-track', value: 100 }), facts: facts(), expected: false },
    { name: 'on-track: no status with a target', condition: c({ kind: 'on-track', value: 0 }), facts: facts({ statuses: [] }), expected: false },
    { name: 'on-track: not enough data is not on course', condition: c({ kind: 'on-track', value: 100 }), facts: facts({ statuses: ['met', 'not_enough_data'] }), expected: false },
    { name: 'on-time: every year', condition: c({ kind: 'on-time', value: 100 }), facts: facts(), expected: true },
    { name: 'on-time: one late school of five', condition: c({ kind: 'on-time', value: 100 }), facts: facts({ onTime: [1, 0.8] }), expected: false },
    { name: 'on-time 80 %: one late school of five', condition: c({ kind: 'on-time', value: 80 }), facts: facts({ onTime: [1, 0.8] }), expected: true },
    { name: 'on-time: a year without reports', condition: c({ kind: 'on-time', value: 0 }), facts: facts({ onTime: [1, null] }), expected: false },
    { name: 'on-time: no year considered', condition: c({ kind: 'on-time', value: 0 }), facts: facts({ onTime: [] }), expected: false },
    { name: 'no-incident: 0 every year', condition: c({ kind: 'no-incident', measure: 'su-co' }), facts: facts(), expected: true },
    { name: 'no-incident: one incident', condition: c({ kind: 'no-incident', measure: 'su-co' }), facts: facts({ incidents: { 'su-co': [0, 0.25] } }), expected: false },
    { name: 'no-incident: missing is never 0', condition: c({ kind: 'no-incident', measure: 'su-co' }), facts: facts({ incidents: { 'su-co': [0, null] } }), expected: false },
    { name: 'no-incident: no figure at all', condition: c({ kind: 'no-incident', measure: 'su-co' }), facts: facts({ incidents: {} }), expected: false },
  ])('$name → $expected', ({ condition, facts, expected }) => expect(meetsCondition(condition, facts)).toBe(expected));
});

describe('meetsAward', () => {
  it('meets only when every condition is met, and says which failed', () => {
    const award = { conditions: [c({ kind: 'ranked' }), c({ kind: 'max-rank', value: 1 }), c({ kind: 'min-score', value: 80 })] };
    expect(meetsAward(award, facts())).toEqual({ meets: false, results: [true, false, true] });
    expect(meetsAward(award, facts({ rank: 1 }))).toEqual({ meets: true, results: [true, true, true] });
  });

  it('an award without conditions proposes every unit (the plan states none)', () => {
    expect(meetsAward({ conditions: [] }, facts({ rank: null }))).toEqual({ meets: true, results: [] });
  });

  it('onCourseShare counts met and on track', () => {
    expect(onCourseShare(['met', 'on_track', 'off_track', 'not_met'])).toBe(0.5);
    expect(onCourseShare([])).toBeNull();
  });
});

describe('occasionsOf', () => {
  const plan = makePlan();
  it.each([
    { name: 'before the first deadline: none', buildDate: '2026-12-10', years: [2025, 2026], expected: [] },
    {
      name: 'after the 2026 deadline: the year (not the baseline) and the provisional sơ kết',
      buildDate: '2026-12-20', years: [2025, 2026],
      expected: [{ kind: 'yearly', year: 2026 }, { kind: 'so-ket', phase: '1', years: [2026], review: 2027 }],
    },
    {
      name: 'in phase 2: both reviews, the tổng kết on its due years so far',
      buildDate: '2028-12-20', years: [2025, 2026, 2027, 2028],
      expected: [
        { kind: 'yearly', year: 2026 }, { kind: 'yearly', year: 2027 }, { kind: 'yearly', year: 2028 },
        { kind: 'so-ket', phase: '1', years: [2026, 2027], review: 2027 },
        { kind: 'tong-ket', phase: '2', years: [2028], review: 2030 },
      ],
    },
    { name: 'a due year without reports is no occasion', buildDate: '2027-12-20', years: [2025, 2026], expected: [{ kind: 'yearly', year: 2026 }, { kind: 'so-ket', phase: '1', years: [2026], review: 2027 }] },
  ])('$name', ({ buildDate, years, expected }) => expect(occasionsOf(plan, buildDate, years)).toEqual(expected));

  it('ranks a review on its latest year and considers all its years', () => {
    const review: Occasion = { kind: 'so-ket', phase: '1', years: [2026, 2027], review: 2027 };
    expect([rankYearOf(review), yearsOf(review)]).toEqual([2027, [2026, 2027]]);
    expect([rankYearOf({ kind: 'yearly', year: 2026 }), yearsOf({ kind: 'yearly', year: 2026 })]).toEqual([2026, [2026]]);
  });
});

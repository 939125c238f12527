import { describe, expect, it } from 'vitest';
import { judgedDigitsOf, judgedValueOf } from '../../../src/core/rules/judged-value.ts';

describe('judgedValueOf', () => {
  const row = { value: 12, numerator: 12, schools_value: 4, learners: 2400 };
  it.each([
    { name: 'a rate is its figure', kind: 'ratio', row: { value: 72.5, numerator: 29, schools_value: 3 }, counts: 'per-school', expected: 72.5 },
    { name: 'a share is its figure', kind: 'share-yes', row: { value: 50, numerator: 2, schools_value: 4 }, counts: 'per-100-learners', expected: 50 },
    { name: 'issue 6: a total is compared per school, not as a raw total', kind: 'total', row, counts: 'per-school', expected: 3 },
    { name: 'a total per 100 learners', kind: 'total', row, counts: 'per-100-learners', expected: 0.5 },
    { name: 'a per-school figure is already per school', kind: 'per-school', row: { value: 3, numerator: 12, schools_value: 4, learners: 2400 }, counts: 'per-school', expected: 3 },
    { name: 'a per-school figure per 100 learners', kind: 'per-school', row: { value: 3, numerator: 12, schools_value: 4, learners: 2400 }, counts: 'per-100-learners', expected: 0.5 },
    { name: 'per 100 learners without learners: missing', kind: 'total', row: { value: 12, numerator: 12, schools_value: 4, learners: null }, counts: 'per-100-learners', expected: null },
    { name: 'a zero total is a zero per school', kind: 'total', row: { value: 0, numerator: 0, schools_value: 5 }, counts: 'per-school', expected: 0 },
    { name: 'no value: missing, never 0', kind: 'total', row: { value: null, numerator: null, schools_value: 0 }, counts: 'per-school', expected: null },
    { name: 'no row: missing', kind: 'ratio', row: undefined, counts: 'per-school', expected: null },
  ] as const)('$name', ({ kind, row, counts, expected }) => expect(judgedValueOf(kind, row, counts)).toBe(expected));

  it.each([
    { kind: 'total', expected: 2 }, { kind: 'per-school', expected: 2 }, { kind: 'ratio', expected: 1 }, { kind: 'mean', expected: 1 },
  ] as const)('judged digits of $kind: $expected', ({ kind, expected }) => expect(judgedDigitsOf(kind)).toBe(expected));
});

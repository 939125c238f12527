import { describe, expect, it } from 'vitest';
import { cellStateOf, figureStateOf, hasValue } from '../../../src/core/rules/figure-state.ts';

describe('figureStateOf', () => {
  it.each([
    { name: 'a value', row: { value: 42.5, schools_value: 3, schools_missing: 1, schools_na: 0 }, due: true, expected: 'value' },
    { name: 'a zero is a value, said apart', row: { value: 0, schools_value: 2, schools_missing: 0, schools_na: 0 }, due: true, expected: 'zero' },
    { name: 'a provisional value is still a value', row: { value: 10, schools_value: 1 }, due: false, expected: 'value' },
    { name: 'no row at all is missing', row: undefined, due: true, expected: 'missing' },
    { name: 'blank cells are missing', row: { value: null, schools_value: 0, schools_missing: 4, schools_na: 0 }, due: true, expected: 'missing' },
    { name: 'issue 6: preschools show not applicable, not "no data 0/0/0"', row: { value: null, schools_value: 0, schools_missing: 0, schools_na: 15 }, due: true, expected: 'na' },
    { name: 'some not applicable, some blank: missing', row: { value: null, schools_value: 0, schools_missing: 1, schools_na: 15 }, due: true, expected: 'missing' },
    { name: 'no value while the year is open: not yet due', row: undefined, due: false, expected: 'not_yet_due' },
    { name: 'not applicable stays not applicable in an open year', row: { value: null, schools_value: 0, schools_missing: 0, schools_na: 2 }, due: false, expected: 'na' },
  ])('$name', ({ row, due, expected }) => expect(figureStateOf(row, due)).toBe(expected));

  it.each([
    { state: 'value', expected: true }, { state: 'zero', expected: true }, { state: 'missing', expected: false }, { state: 'na', expected: false }, { state: 'not_yet_due', expected: false },
  ] as const)('hasValue($state) is $expected', ({ state, expected }) => expect(hasValue(state)).toBe(expected));
});

describe('cellStateOf', () => {
  it.each([
    { row: { value: 0 }, expected: 'value' },
    { row: { value: 3 }, expected: 'value' },
    { row: undefined, expected: 'missing' },
    { row: { value: null, schools_value: 0, schools_missing: 0, schools_na: 2 }, expected: 'na' },
  ])('$row → $expected', ({ row, expected }) => expect(cellStateOf(row)).toBe(expected));
});

// The filter state in the URL: what is read back, what is written, what is queried.
import { describe, it, expect } from 'vitest';
import { needsQuery, parseState, sameState, toFilters, writeState, type FilterOptions } from '../../src/client/filter-state.ts';

const options: FilterOptions = {
  controls: ['year', 'phase', 'level', 'ward'],
  years: [2025, 2026, 2027, 2028],
  phases: [
    { id: '1', years: [2025, 2026, 2027] },
    { id: '2', years: [2028] },
  ],
  levels: ['1', '2'],
  wards: ['00145', '11953'],
  criteria: ['ke-hoach'],
};

describe('parseState', () => {
  it.each([
    { name: 'empty', search: '', expected: {} },
    { name: 'offered values', search: '?year=2026&level=1&ward=00145', expected: { year: '2026', level: '1', ward: '00145' } },
    { name: 'values not offered are dropped', search: '?year=1999&level=9&ward=<b>x</b>', expected: {} },
    { name: 'controls the page lacks are dropped', search: '?criterion=ke-hoach&phase=2', expected: { phase: '2' } },
    { name: 'other parameters are ignored', search: '?utm_source=zalo&year=2025', expected: { year: '2025' } },
  ])('$name', ({ search, expected }) => {
    expect(parseState(search, options)).toEqual(expected);
  });
});

describe('writeState', () => {
  it.each([
    { name: 'fixed order', search: '', state: { ward: '00145', year: '2026' }, expected: '?year=2026&ward=00145' },
    { name: 'keeps other parameters', search: '?utm_source=zalo&year=2025', state: { level: '2' }, expected: '?utm_source=zalo&level=2' },
    { name: 'clears to nothing', search: '?year=2025', state: {}, expected: '' },
  ])('$name', ({ search, state, expected }) => {
    expect(writeState(search, state)).toBe(expected);
  });

  it('round-trips through parseState', () => {
    const state = { year: '2027', phase: '1', level: '2', ward: '11953' };
    expect(parseState(writeState('', state), options)).toEqual(state);
  });
});

describe('toFilters', () => {
  it.each([
    { name: 'nothing chosen: no filter', state: {}, expected: {} },
    { name: 'a phase is its years', state: { phase: '1' }, expected: { years: [2025, 2026, 2027] } },
    { name: 'a year wins over a phase', state: { phase: '2', year: '2026' }, expected: { years: [2026] } },
    { name: 'level and ward', state: { level: '1', ward: '00145' }, expected: { levels: ['1'], wards: ['00145'] } },
  ])('$name', ({ state, expected }) => {
    expect(toFilters(state, options)).toEqual(expected);
  });
});

describe('needsQuery and sameState', () => {
  it('a criterion alone changes no figure', () => {
    expect(needsQuery({ criterion: 'ke-hoach' })).toBe(false);
    expect(needsQuery({ year: '2026' })).toBe(true);
  });
  it('compares every control, absent = empty', () => {
    expect(sameState({ year: '2026' }, { year: '2026', ward: '' })).toBe(true);
    expect(sameState({ year: '2026' }, { year: '2025' })).toBe(false);
  });
});

// The Explore page's question in the URL: read, written in one canonical
// order, values the page does not offer dropped, the default question.
import { describe, expect, it } from 'vitest';
import { asksQuestion, defaultState, parseExploreState, sameExploreState, writeExploreState, type ExploreOptions } from '../../src/client/explore-state.ts';

const options: ExploreOptions = { years: [2025, 2026], levels: ['1', '2', '4'], wards: ['00145', '11953'], measures: ['a', 'b', 'c'], groups: ['ward_code', 'school_code', 'level_code', 'year'] };

describe('parseExploreState', () => {
  it.each([
    { name: 'no question: the default', search: '', expected: { years: [], levels: [], wards: [], measures: ['a'], group: 'ward_code' } },
    { name: 'several of each', search: '?year=2026&year=2025&level=2&ward=11953&measure=c&measure=a&group=year', expected: { years: [2025, 2026], levels: ['2'], wards: ['11953'], measures: ['a', 'c'], group: 'year' } },
    { name: 'values not offered are dropped', search: '?year=1999&level=9&ward=%3Cb%3E&measure=zz&group=pie', expected: { years: [], levels: [], wards: [], measures: ['a'], group: 'ward_code' } },
    { name: 'a value twice counts once', search: '?measure=b&measure=b', expected: { years: [], levels: [], wards: [], measures: ['b'], group: 'ward_code' } },
  ])('$name', ({ search, expected }) => {
    expect(parseExploreState(search, options)).toEqual(expected);
  });
});

describe('writeExploreState', () => {
  it('round-trips through the URL', () => {
    const state = { years: [2025], levels: ['1', '4'], wards: ['00145'], measures: ['b', 'c'], group: 'level_code' as const };
    expect(writeExploreState(state)).toBe('?year=2025&level=1&level=4&ward=00145&measure=b&measure=c&group=level_code');
    expect(parseExploreState(writeExploreState(state), options)).toEqual(state);
    expect(sameExploreState(parseExploreState(writeExploreState(state), options), state)).toBe(true);
  });

  it('writes the default question too (a shared link keeps it)', () => {
    expect(writeExploreState(defaultState(options))).toBe('?measure=a&group=ward_code');
  });
});

describe('asksQuestion', () => {
  it.each([
    { search: '', expected: false },
    { search: '?utm=x', expected: false },
    { search: '?group=year', expected: true },
    { search: '?measure=a', expected: true },
  ])('$search → $expected', ({ search, expected }) => {
    expect(asksQuestion(search)).toBe(expected);
  });
});

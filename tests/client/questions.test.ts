// What each block asks for a filter state: the year a single-year block shows
// (year, else the phase's latest year with data, else its own), the questions
// per kind, and when a block simply shows what the build drew.
import { describe, expect, it } from 'vitest';
import type { FilterConfig } from '../../src/client/filter-config.ts';
import type { FilterState } from '../../src/client/filter-state.ts';
import { pageYear, questionsOf, scanIndex, showsBuildFigures, type Block } from '../../src/client/questions.ts';
import { AnswerStore, shapeRows, toObjects } from '../../src/client/answers.ts';
import { queryKey } from '../../src/core/query-key.ts';
import { filterConfig, filterOptions } from '../fixtures/filter-config.ts';

type Level = '1' | '2' | '3' | '4' | '5' | '6';
const spec = (id: string, levels: Level[] = ['1', '2', '3']) => ({ id, kind: 'ratio' as const, indicator: 'so_cbgvnv_ky_nang_so', denominator: 'so_cbgvnv', levels, direction: 'up' as const, targets: [{ year: 2027, value: 80 }] });
const config: FilterConfig = filterConfig({
  measures: { a: spec('a'), b: spec('b', ['4', '5']) },
  options: filterOptions({
    controls: ['year', 'phase', 'level', 'ward'],
    years: [2025, 2026],
    phases: [{ id: '1', years: [2025, 2026, 2027] }, { id: '2', years: [2028, 2029, 2030] }],
    levels: ['1', '2', '3', '4', '5'],
    wards: ['w1', 'w2'],
  }),
});
const block = (kind: string, over: Partial<Block> = {}): Block => ({ kind, measure: 'a', options: { year: 2026, group: 'ward_code' }, ...over });

describe('pageYear', () => {
  it.each([
    { name: 'the year chosen', state: { year: '2025' }, fallback: 2026, expected: 2025 },
    { name: 'a year beats a phase', state: { year: '2025', phase: '2' }, fallback: 2026, expected: 2025 },
    { name: "a phase: its latest year with reports", state: { phase: '1' }, fallback: 2024, expected: 2026 },
    { name: 'a phase without data yet: none', state: { phase: '2' }, fallback: 2026, expected: null },
    { name: 'no choice: the block’s own year', state: { level: '1' }, fallback: 2026, expected: 2026 },
  ])('$name', ({ state, fallback, expected }) => {
    expect(pageYear(state, config, fallback)).toBe(expected);
  });
});

describe('questionsOf', () => {
  const count = (b: Block, state: FilterState) => questionsOf(b, state, config).length;
  it.each([
    { name: 'trend: one', b: block('trend'), state: { level: '1' }, expected: 1 },
    { name: 'distribution, not narrowed: the rows only', b: block('distribution'), state: { year: '2025' }, expected: 1 },
    { name: 'distribution, narrowed: rows and schools in scope', b: block('distribution'), state: { level: '1' }, expected: 2 },
    { name: 'distribution, phase without data: nothing to ask', b: block('distribution'), state: { phase: '2' }, expected: 0 },
    { name: 'progress: one scan for every measure, by year', b: block('progress', { measure: 'a b' }), state: { level: '1' }, expected: 1 },
    { name: 'status table: one scan, by year', b: block('headline-table', { measure: 'b' }), state: { level: '1' }, expected: 1 },
    { name: 'completeness table: one', b: block('completeness-table', { options: { year: 2025 } }), state: { level: '1' }, expected: 1 },
    { name: 'partial note: one', b: block('partial-note'), state: { level: '1' }, expected: 1 },
  ])('$name', ({ b, state, expected }) => {
    expect(count(b, state)).toBe(expected);
  });

  it('keeps a ward page on its ward whatever the filters say', () => {
    const [q] = questionsOf(block('progress', { options: { year: 2026, ward: 'w1' } }), { ward: 'w2' }, config);
    expect(q!.query.params).toContain('w1');
    expect(q!.query.params).not.toContain('w2');
  });

  it('puts filter values in parameters, never in the SQL', () => {
    for (const kind of ['trend', 'distribution', 'progress', 'headline-table', 'completeness', 'partial-note']) {
      for (const q of questionsOf(block(kind), { level: '2', ward: 'w2' }, config)) {
        expect(q.query.sql, kind).not.toContain('w2');
        expect(q.query.params, kind).toContain('w2');
      }
    }
  });

  it('refuses an unknown kind or measure', () => {
    expect(() => questionsOf(block('pie'), {}, config)).toThrow('unknown block kind: pie');
    expect(() => questionsOf(block('trend', { measure: 'zz' }), { level: '1' }, config)).toThrow('unknown measure: zz');
  });
});

describe('showsBuildFigures', () => {
  it.each([
    { name: 'the year the block shows anyway', b: block('distribution'), state: { year: '2026' }, expected: true },
    { name: 'another year', b: block('distribution'), state: { year: '2025' }, expected: false },
    { name: 'a level', b: block('distribution'), state: { level: '1' }, expected: false },
    { name: "a completeness table's own year, chosen", b: block('completeness-table', { options: { year: 2025 } }), state: { year: '2025' }, expected: true },
  ])('$name → $expected', ({ b, state, expected }) => {
    expect(showsBuildFigures(b, state, config)).toBe(expected);
  });
});

describe('answers', () => {
  it.each([
    { name: 'rounds to 4 decimals', value: 66.66666666, expected: 66.6667 },
    { name: 'keeps integers', value: 12, expected: 12 },
    { name: 'bigint as a number', value: 7n, expected: 7 },
    { name: 'no negative zero', value: -0.00001, expected: 0 },
    { name: 'NaN as null', value: Number.NaN, expected: null },
    { name: 'null stays null', value: null, expected: null },
    { name: 'text stays text', value: '11953', expected: '11953' },
  ])('shapeRows: $name', ({ value, expected }) => {
    expect(shapeRows([{ v: value, other: 1 }], ['v'])).toEqual([[expected]]);
  });

  it('keeps only the columns asked, in their order, and reads them back', () => {
    const cells = shapeRows([{ b: 2, a: 'x', c: 3 }], ['a', 'b']);
    expect(cells).toEqual([['x', 2]]);
    expect(toObjects(cells, ['a', 'b'])).toEqual([{ a: 'x', b: 2 }]);
  });

  it('finds an answer by its question only', () => {
    const [question] = questionsOf(block('trend'), { level: '1' }, config);
    const store = new AnswerStore({ version: 1, answers: { [queryKey(question!.query, question!.columns)]: [[2026, 50, 15, 3, 0, 0]] } });
    expect(store.get(question!)).toEqual([{ year: 2026, value: 50, numerator: 15, schools_value: 3, schools_missing: 0, schools_na: 0 }]);
    const [other] = questionsOf(block('trend'), { level: '2' }, config);
    expect(store.get(other!)).toBeUndefined();
  });
});

const judged = (kind: string, measure: string, over: Record<string, unknown> = {}) =>
  block(kind, {
    measure,
    options: {
      year: 2026,
      scan: 'a b',
      phaseOfYear: { 2025: '1', 2026: '1' },
      metas: [{ id: measure.split(' ')[0], specs: { '1': { window: [2025, 2026, 2027] } } }],
      ...over,
    },
  });

describe('judged blocks (progress chart, status table)', () => {
  it('another year of the same phase is redrawn though it asks the same rows', () => {
    const b = judged('progress', 'a');
    const [q2026] = questionsOf(b, {}, config);
    const [q2025] = questionsOf(b, { year: '2025' }, config);
    expect(queryKey(q2025!.query, q2025!.columns)).toBe(queryKey(q2026!.query, q2026!.columns));
    expect(showsBuildFigures(b, { year: '2025' }, config)).toBe(false);
    expect(showsBuildFigures(b, { year: '2026' }, config)).toBe(true);
  });

  it('ask the year and the years its phase judges on', () => {
    const [q] = questionsOf(judged('progress', 'a'), { level: '1' }, config);
    // The scan's measures, the filter's levels, the measures again, then the window's years, the year shown last.
    expect(q!.query.params).toEqual(['a', 'b', '[1]', 'a', 'b', 2025, 2026, 2027]);
    // A row per year and measure (long form: src/core/measure-sql.ts buildMeasuresQuery).
    expect(q!.columns.slice(0, 3)).toEqual(['year', 'measure', 'value']);
  });

  it('two blocks with the same scan ask one identical question', () => {
    const [p] = questionsOf(judged('progress', 'a'), { level: '1' }, config);
    const [t] = questionsOf(judged('headline-table', 'b'), { level: '1' }, config);
    expect(queryKey(p!.query, p!.columns)).toBe(queryKey(t!.query, t!.columns));
    expect(p!.columns).toEqual(['year', 'measure', 'value', 'numerator', 'schools_value', 'schools_missing', 'schools_na']);
  });
});

describe("a criterion page's scan (blockScan)", () => {
  const keys = (b: Block, state: FilterState) => questionsOf(b, state, config).map((q) => queryKey(q.query, q.columns));
  const scanned = (kind: string, measure: string) => block(kind, { measure, options: { year: 2026, group: 'ward_code', scan: 'a b' } });
  it('the trends of its measures ask one question by year and measure', () => {
    const [a] = questionsOf(scanned('trend', 'a'), { level: '1' }, config);
    expect(keys(scanned('trend', 'b'), { level: '1' })).toEqual([queryKey(a!.query, a!.columns)]);
    expect(a!.columns.slice(0, 2)).toEqual(['year', 'measure']);
    expect(scanIndex(scanned('trend', 'b'))).toBe(1);
  });
  it('with one ward chosen, each distribution asks that question and one coverage question for the measures', () => {
    const state = { ward: 'w1', level: '1' };
    const [trend] = keys(scanned('trend', 'a'), state);
    const [rowsA, coverageA] = questionsOf(scanned('distribution', 'a'), state, config);
    expect(queryKey(rowsA!.query, rowsA!.columns)).toBe(trend);
    expect(keys(scanned('distribution', 'b'), state)).toEqual(keys(scanned('distribution', 'a'), state));
    expect(coverageA!.columns).toEqual(['ward_code', 'n_0', 'n_1']);
  });
  it('without a scan a block asks its own measure (a criterion with one measure)', () => {
    const [own] = questionsOf(block('trend'), { level: '1' }, config);
    expect(own!.columns).not.toContain('measure');
    expect(scanIndex(block('trend'))).toBe(0);
  });
});

describe('one ward chosen', () => {
  const keys = (b: Block, state: FilterState) => questionsOf(b, state, config).map((q) => queryKey(q.query, q.columns));
  it("a distribution across wards asks the trend's question (its row is the ward's)", () => {
    const [trend] = keys(block('trend'), { ward: 'w1', level: '1' });
    expect(keys(block('distribution'), { ward: 'w1', level: '1' })[0]).toBe(trend);
    // Across schools (a one-ward plan), or with counts per 100 learners, it asks its own.
    expect(keys(block('distribution', { options: { year: 2026, group: 'school_code' } }), { ward: 'w1' })[0]).not.toBe(keys(block('trend'), { ward: 'w1' })[0]);
    expect(keys(block('distribution', { options: { year: 2026, group: 'ward_code', comparable: { learners: 'so_hoc_sinh' } } }), { ward: 'w1' })[0]).not.toBe(keys(block('trend'), { ward: 'w1' })[0]);
  });
});

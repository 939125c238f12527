// Which filter states the build precomputes (one filter chosen each; every
// combination when a page offers at most COMBINATION_LIMIT states), and how a
// built page's filter config and blocks are read back from its HTML.
import { describe, expect, it } from 'vitest';
import { COMBINATION_LIMIT, pageQuestions, precomputedStates } from '../../src/site-data/answers.ts';
import { readFilterPage } from '../../src/site-data/filter-pages.ts';
import { filterConfig, filterOptions } from '../fixtures/filter-config.ts';

const options = filterOptions;
const wards = Array.from({ length: 104 }, (_, i) => String(10000 + i));

describe('precomputedStates', () => {
  it.each([
    { name: 'no control: nothing', opts: options({}), count: 0 },
    { name: 'years and levels of a small plan: every combination', opts: options({ controls: ['year', 'level'], years: [2025, 2026], levels: ['1', '2', '3', '4', '5', '6'] }), count: 3 * 7 - 1 },
    { name: 'a criterion page of a small plan: year × phase × level', opts: options({ controls: ['year', 'phase', 'level'], years: [2025, 2026], phases: [{ id: '1', years: [2025] }, { id: '2', years: [2028] }], levels: ['1', '2', '3', '4', '5', '6'] }), count: 3 * 3 * 7 - 1 },
    { name: '104 wards × 6 levels: one filter at a time', opts: options({ controls: ['level', 'ward'], levels: ['1', '2', '3', '4', '5', '6'], wards }), count: 6 + 104 },
    { name: 'the criterion control filters no figure', opts: options({ controls: ['level', 'criterion'], levels: ['1', '2'], criteria: ['a', 'b'] }), count: 2 },
  ])('$name → $count states', ({ opts, count }) => {
    const states = precomputedStates(opts);
    expect(states).toHaveLength(count);
    expect(new Set(states.map((s) => JSON.stringify(s))).size).toBe(count);
    expect(states.every((s) => Object.keys(s).length > 0 && !('criterion' in s))).toBe(true);
  });

  it('includes every single choice when it falls back', () => {
    const states = precomputedStates(options({ controls: ['level', 'ward'], levels: ['1', '2'], wards }));
    expect(states).toContainEqual({ level: '2' });
    expect(states).toContainEqual({ ward: wards[103] });
    expect(states.some((s) => s.level && s.ward)).toBe(false);
  });

  it('keeps the limit small enough for one small file per page', () => {
    expect(COMBINATION_LIMIT).toBeLessThanOrEqual(64);
  });
});

const config = filterConfig({
  measures: { m: { id: 'm', kind: 'ratio', indicator: 'so_cbgvnv_ky_nang_so', denominator: 'so_cbgvnv', levels: ['1', '2'], direction: 'up', targets: [] } },
  options: options({ controls: ['year', 'level'], years: [2025, 2026], levels: ['1', '2'] }),
});
const attr = (value: unknown) => JSON.stringify(value).replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');
const html = `<!doctype html><html><body>
  <form data-filters data-config="${attr(config)}" hidden></form>
  <div class="chart-host" data-chart="trend" data-measure="m" data-group="year" data-options="${attr({ lang: 'vi', years: [2025, 2026] })}"></div>
  <div class="chart-host" data-chart="distribution" data-measure="m" data-group="ward_code" data-options="${attr({ group: 'ward_code', year: 2026, names: { a: 'A' } })}"></div>
  <div class="chart-host" data-chart="something-else"></div>
</body></html>`;

describe('readFilterPage', () => {
  it('reads the form config and the blocks the redraw knows', () => {
    const page = readFilterPage(html, 'p');
    expect(page?.config).toEqual(config);
    expect(page?.blocks.map((b) => [b.kind, b.measure, b.group])).toEqual([
      ['trend', 'm', 'year'],
      ['distribution', 'm', 'ward_code'],
    ]);
    expect(page?.blocks[1]?.options.names).toEqual({ a: 'A' });
  });

  it('skips a page without a filter form', () => {
    expect(readFilterPage('<html><body><div data-chart="trend"></div></body></html>', 'x')).toBeNull();
  });

  it('asks each distinct question once over all states', () => {
    const questions = pageQuestions(readFilterPage(html, 'p')!);
    // 8 states (3 years × 3 levels − none). The trend: one per state (8). The distribution
    // shows 2026 unless 2025 is chosen: 6 distinct (year, level) pairs, plus the schools in
    // scope for each level chosen (2; they do not depend on the year).
    expect(questions.size).toBe(8 + 6 + 2);
    const texts = [...questions.values()].map((q) => JSON.stringify([q.query, q.columns]));
    expect(new Set(texts).size).toBe(questions.size);
  });
});

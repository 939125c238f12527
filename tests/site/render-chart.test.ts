// The build-time render step of charts (src/components/render-chart.ts): what
// pages insert is valid HTML (tests/browser/nu-html-checker.test.ts checks
// whole built pages with the Nu HTML checker).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { trendChart } from '../../src/charts/trend.ts';
import { distributionChart } from '../../src/charts/distribution.ts';
import { moveFontVariantToStyle, renderChart } from '../../src/components/render-chart.ts';

const trendRows = [
  { year: 2025, value: 47.7, schools_value: 31, schools_missing: 1, schools_na: 0 },
  { year: 2026, value: 61.2, schools_value: 33, schools_missing: 0, schools_na: 0 },
];
const wardRows = [
  { ward_code: '001', value: 72.4, schools_value: 10, schools_missing: 1, schools_na: 0 },
  { ward_code: '002', value: 0, schools_value: 3, schools_missing: 0, schools_na: 0 },
];

describe('finding 8.12a: no font-variant attribute on SVG elements', () => {
  it.each([
    ['trend', () => renderChart(trendChart, trendRows, { lang: 'vi', label: 'Tỷ lệ', unit: '%', targets: [{ year: 2026, value: 80 }], years: [2025, 2026], lastYear: 2026 })],
    ['distribution', () => renderChart(distributionChart, wardRows, { lang: 'en', label: 'Share', unit: '%', group: 'ward_code', names: { '001': 'Phường A', '002': 'Xã B' }, year: 2026, target: 80, reference: 70 })],
  ])('%s: the property moves into the style attribute', (_name, render) => {
    const html = render();
    expect(html).not.toMatch(/\sfont-variant=/);
    expect(html).toMatch(/style="[^"]*font-variant: tabular-nums/);
  });

  it.each([
    { name: 'no style before', input: '<g font-variant="tabular-nums"></g>', expected: '<g style="font-variant: tabular-nums" />' },
    { name: 'a style before', input: '<g style="color: red;" font-variant="tabular-nums"></g>', expected: '<g style="color: red; font-variant: tabular-nums" />' },
    { name: 'nested', input: '<g><text font-variant="small-caps">x</text></g>', expected: '<g><text style="font-variant: small-caps">x</text></g>' },
    { name: 'none', input: '<g fill="red"></g>', expected: '<g fill="red" />' },
  ])('$name', ({ input, expected }) => {
    const { document } = parseHTML(`<!doctype html><html><body><svg>${input}</svg></body></html>`);
    const svg = document.querySelector('svg')!;
    moveFontVariantToStyle(svg as unknown as Element);
    expect(svg.innerHTML).toBe(expected);
  });
});

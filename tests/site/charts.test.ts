// Chart functions at build time (linkedom): snapshots after rounding (tidySvg
// rounds geometry to 0.1 px; TZ pinned in vitest.config.ts; no clock, no
// network), plus the behaviours every chart must keep: missing ≠ zero ≠ not
// applicable, names from files stay text, SVG labelled for screen readers.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { trendChart } from '../../src/charts/trend.ts';
import { distributionChart, rankUnits } from '../../src/charts/distribution.ts';
import { completenessChart } from '../../src/charts/completeness.ts';
import { progressChart } from '../../src/charts/progress.ts';

const doc = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
const XSS = '<img src=x onerror=alert(1)>';

const trendRows = [
  { year: 2025, value: 47.75543, schools_value: 31, schools_missing: 1, schools_na: 0 },
  { year: 2026, value: null, schools_value: 0, schools_missing: 4, schools_na: 0 },
  { year: 2027, value: 0, schools_value: 3, schools_missing: 0, schools_na: 0 },
];
const trendOptions = {
  lang: 'vi' as const,
  label: 'Tỷ lệ CBQL, GV, NV hoàn thành phổ cập kỹ năng số',
  unit: '%',
  targets: [{ year: 2025, value: 80 }, { year: 2027, value: 100, official: false }],
  years: [2025, 2026, 2027, 2028],
  lastYear: 2027,
  phaseTarget: { year: 2027, value: 100, official: false },
};
const wardRows = [
  { ward_code: '001', value: 72.44, schools_value: 10, schools_missing: 1, schools_na: 0 },
  { ward_code: '002', value: 0, schools_value: 3, schools_missing: 0, schools_na: 0 },
  { ward_code: '003', value: null, schools_value: 0, schools_missing: 0, schools_na: 4 },
  { ward_code: '004', value: 91.2, schools_value: 8, schools_missing: 0, schools_na: 0 },
];
const wardNames = { '001': 'Phường Phố Hiến', '002': 'Xã Tân Hưng', '003': 'Xã Hoàng Hoa Thám', '004': `Xã ${XSS}`, '005': 'Xã Không Báo Cáo' };
const completenessRows = [
  { year: 2025, expected: 35, on_time: 29, late: 3, rejected: 1, not_yet_due: 0, not_reported: 2 },
  { year: 2026, expected: 35, on_time: 32, late: 0, rejected: 0, not_yet_due: 3, not_reported: 0 },
];
const progressRows = [
  { id: 'a', label: 'Tỷ lệ phòng học có thiết bị trình chiếu', value: 69.06, target: 70, unit: '%', status: 'at_risk' as const },
  { id: 'b', label: 'Điểm chuyển đổi số bình quân', value: 60.4, target: 50, targetLabel: '50\u00a0điểm* (2027)', unit: 'điểm', status: 'met' as const },
  { id: 'c', label: 'Tỷ lệ hồ sơ trực tuyến', value: null, target: 60, unit: '%', state: 'missing' as const, status: 'no_data' as const },
  { id: 'd', label: 'Tỷ lệ không có chỉ tiêu', value: 0, target: null, unit: '%', status: 'no_target' as const },
];

describe('snapshots', () => {
  it.each([
    ['trend (vi)', () => trendChart(trendRows, { ...trendOptions, document: doc() })],
    ['trend (en)', () => trendChart(trendRows, { ...trendOptions, lang: 'en', label: 'Share of staff with digital skills', document: doc() })],
    ['distribution', () => distributionChart(wardRows, { lang: 'vi', label: 'Tỷ lệ', unit: '%', group: 'ward_code', names: wardNames, year: 2026, target: 80, reference: 70.1, document: doc() })],
    ['completeness', () => completenessChart(completenessRows, { lang: 'vi', group: 'year', idPrefix: 'c1', document: doc() })],
    ['progress', () => progressChart(progressRows, { lang: 'vi', year: 2026, document: doc() })],
  ])('%s', (_name, draw) => {
    expect(draw().outerHTML).toMatchSnapshot();
  });
});

describe('missing, zero and not applicable stay distinct', () => {
  it('trend marks a year without value as "no data", never as 0', () => {
    const html = trendChart(trendRows, { ...trendOptions, document: doc() }).outerHTML;
    expect(html).toContain('không có số liệu');
    // 2027's zero is drawn as a value labelled "0 %"; 2026 has no point.
    expect(html).toContain('>0&#160;%<');
    const table = trendChart(trendRows, { ...trendOptions, document: doc() }).querySelector('tbody')!;
    const cells = [...table.querySelectorAll('tr')].map((tr) => tr.querySelectorAll('td')[0]!);
    expect(cells.map((c) => [c.textContent, c.getAttribute('class')])).toEqual([
      ['47,8\u00a0%', 'num'],
      ['không có số liệu', 'missing'],
      ['0\u00a0%', 'num'],
    ]);
  });

  it('distribution ranks values, then not applicable, then no data (units without rows too)', () => {
    const ranked = rankUnits(wardRows, { group: 'ward_code', names: wardNames });
    expect(ranked.map((u) => [u.code, u.state])).toEqual([
      ['004', 'value'],
      ['001', 'value'],
      ['002', 'value'],
      ['003', 'na'],
      ['005', 'missing'],
    ]);
    const rankedDown = rankUnits(wardRows, { group: 'ward_code', names: wardNames, direction: 'down' });
    expect(rankedDown[0]!.code).toBe('002');
  });

  it('distribution writes "không áp dụng" and "không có số liệu" in words', () => {
    const figure = distributionChart(wardRows, { lang: 'vi', label: 'Tỷ lệ', unit: '%', group: 'ward_code', names: wardNames, year: 2026, document: doc() });
    const rows = [...figure.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows.map((r) => r[2])).toEqual(['91,2\u00a0%', '72,4\u00a0%', '0\u00a0%', 'không áp dụng', 'không có số liệu']);
    expect(figure.querySelector('svg')!.textContent).toContain('không áp dụng');
  });

  it('progress leaves a measure without value unbarred and says so; it shows the statuses the rules gave', () => {
    const figure = progressChart(progressRows, { lang: 'en', year: 2026, document: doc() });
    const statuses = [...figure.querySelectorAll('tbody tr')].map((tr) => tr.lastElementChild!.textContent);
    expect(statuses).toEqual(['At risk', 'Met', 'No data', 'No target']);
    expect(figure.querySelector('svg')!.textContent).toContain('no data');
  });

  it('issue 6: the trend draws the projection dashed and labelled, and names the baseline year', () => {
    const figure = trendChart(trendRows, { ...trendOptions, baselineYear: 2025, projection: { fromYear: 2027, fromValue: 0, toYear: 2028, value: 20 }, document: doc() });
    const svg = figure.querySelector('svg')!;
    expect([...svg.querySelectorAll('[stroke-dasharray="6,4"]')]).toHaveLength(1);
    expect(svg.textContent).toContain('20\u00a0% — dự báo theo tốc độ hiện tại');
    expect(svg.textContent).toContain('(năm gốc)');
    expect(svg.textContent).toContain('Chỉ tiêu 100\u00a0%*');
    expect(figure.querySelector('.chart-summary')!.textContent).toContain('Dự báo theo tốc độ hiện tại: 20\u00a0% năm 2028.');
  });

  it('issue 6: with too few years the trend says so instead of guessing', () => {
    const figure = trendChart(trendRows, { ...trendOptions, projection: null, noProjection: 'Chưa dự báo: cần số liệu của ít nhất 2 năm đã đến hạn trong giai đoạn (hiện có 1).', document: doc() });
    expect(figure.querySelector('svg [stroke-dasharray="6,4"]')).toBeNull();
    expect(figure.querySelector('.chart-summary')!.textContent).toContain('Chưa dự báo: cần số liệu của ít nhất 2 năm');
  });

  it('issue 6: five wards at 100 % share rank 1 in the distribution table', () => {
    const rows = ['a', 'b', 'c', 'd', 'e'].map((code) => ({ ward_code: code, value: 100, schools_value: 3 })).concat({ ward_code: 'f', value: 99.96, schools_value: 3 }, { ward_code: 'g', value: 80, schools_value: 3 });
    const names = Object.fromEntries(rows.map((r) => [r.ward_code, `Xã ${r.ward_code.toUpperCase()}`]));
    const figure = distributionChart(rows, { lang: 'vi', label: 'x', unit: '%', group: 'ward_code', names, year: 2026, document: doc() });
    const ranks = [...figure.querySelectorAll('tbody tr')].map((tr) => [tr.children[0]!.textContent, tr.children[1]!.textContent]);
    expect(ranks).toEqual([['Xã A', '1'], ['Xã B', '1'], ['Xã C', '1'], ['Xã D', '1'], ['Xã E', '1'], ['Xã F', '1'], ['Xã G', '7']]);
  });
});

describe('accessibility and safety', () => {
  it.each([
    ['trend', () => trendChart(trendRows, { ...trendOptions, label: XSS, document: doc() })],
    ['distribution', () => distributionChart(wardRows, { lang: 'vi', label: 'x', unit: '%', group: 'ward_code', names: wardNames, year: 2026, document: doc() })],
    ['completeness', () => completenessChart([{ ...completenessRows[0]!, ward_code: '004' }], { lang: 'vi', group: 'ward_code', names: wardNames, document: doc() })],
    ['progress', () => progressChart([{ ...progressRows[0]!, label: XSS }], { lang: 'vi', year: 2026, document: doc() })],
  ])('%s: a name from a file stays text, the SVG has role and label, the table has caption and scopes', (_name, draw) => {
    const figure = draw();
    const html = figure.outerHTML;
    // Parsed back, the markup holds no <img>: the name is text (and an attribute value).
    const reparsed = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
    expect(reparsed.querySelector('img')).toBeNull();
    expect(reparsed.body.textContent).toContain(XSS);
    expect(html.replace(/"[^"]*"/g, '""')).not.toContain('<img');
    const svg = figure.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')!.length).toBeGreaterThan(10);
    expect(figure.querySelector('figcaption')!.textContent!.length).toBeGreaterThan(0);
    expect(figure.querySelector('table caption')).not.toBeNull();
    expect([...figure.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    expect([...figure.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).toBe(true);
    expect(html).not.toMatch(/\d\.\d{2,}/); // geometry rounded
  });
});

describe('summaries', () => {
  it.each([
    { name: 'trend vi', got: () => trendChart(trendRows, { ...trendOptions, document: doc() }), expected: 'Tỷ lệ CBQL, GV, NV hoàn thành phổ cập kỹ năng số: 0\u00a0% năm 2027. Chỉ tiêu năm 2027: 100\u00a0%*. Năm 2025: 47,8\u00a0%. 3 cơ sở có số liệu năm 2027.' },
    { name: 'trend without data', got: () => trendChart([], { ...trendOptions, document: doc() }), expected: 'Tỷ lệ CBQL, GV, NV hoàn thành phổ cập kỹ năng số: chưa có số liệu năm nào.' },
    { name: 'distribution with a later target', got: () => distributionChart(wardRows, { lang: 'vi', label: 'x', unit: '%', group: 'ward_code', names: wardNames, year: 2026, target: 80, targetLabel: '80\u00a0%* (2027)', document: doc() }), expected: `Năm 2026, 3/5 xã, phường có số liệu. 1 xã, phường đạt chỉ tiêu 80\u00a0%* (2027). Cao nhất: Xã ${XSS} (91,2\u00a0%); thấp nhất: Xã Tân Hưng (0\u00a0%). 1 xã, phường không áp dụng.` },
    { name: 'completeness en', got: () => completenessChart(completenessRows, { lang: 'en', group: 'year', document: doc() }), expected: '2025–2026: 61 on time, 3 late, 1 sent but rejected, 3 not yet due, 2 not reported, of 70 institutions expected to report.' },
    { name: 'progress vi', got: () => progressChart(progressRows, { lang: 'vi', year: 2026, document: doc() }), expected: 'Năm 2026, trong 4 chỉ số trên biểu đồ: 1 đã đạt, 1 có nguy cơ không đạt, 1 chưa có số liệu, 1 chưa có chỉ tiêu. 1 chỉ số không có số liệu.' },
  ])('$name', ({ got, expected }) => {
    expect(got().querySelector('.chart-summary')!.textContent).toBe(expected);
  });
});

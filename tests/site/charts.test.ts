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
import { createTable } from '../../src/charts/figure.ts';
import { textWidth } from '../../src/charts/text-fit.ts';

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

const texts = (figure: Element, selector: string) => [...figure.querySelectorAll(selector)].map((t) => t.textContent);

describe('missing, zero and not applicable stay distinct', () => {
  it('trend marks a year without value as "no data", never as 0', () => {
    const figure = trendChart(trendRows, { ...trendOptions, document: doc() });
    expect(figure.outerHTML).toContain('không có số liệu');
    // 2027's zero is drawn as a value labelled "0" (the axis and the legend say "%"); 2026 has no point.
    const labels = [...figure.querySelectorAll('g[font-weight="bold"] text')].map((t) => t.textContent);
    expect(labels).toEqual(['47,8', '0']);
    // Two due values: two filled dots (a provisional year's would be hollow).
    expect([...figure.querySelectorAll('.chart-svg g[stroke="#1f5f99"] circle')].map((c) => c.getAttribute('fill'))).toEqual(['#1f5f99', '#1f5f99']);
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
    // One dashed line from the latest value to the phase end, and its swatch in the key.
    expect([...svg.querySelectorAll('g[stroke-dasharray="6,4"] path')]).toHaveLength(1);
    expect([...svg.querySelectorAll('.projection-key line[stroke-dasharray="6,4"]')]).toHaveLength(1);
    // The projected end carries its number (the projection's colour); the dashed line's words stand in the row above the frame.
    expect(texts(figure, 'svg g[fill="#1f5f99"][font-style="italic"] text')).toEqual(['20']);
    expect(texts(figure, 'svg .projection-key text')).toEqual(['dự báo theo tốc độ hiện tại']);
    expect(svg.textContent).toContain('(năm gốc)');
    // An illustrative target: its number with *, and the legend says what * means.
    expect(texts(figure, 'svg g[fill="#a4262c"] text')).toEqual(['80', '100*']);
    expect(texts(figure, '.chart-legend li')).toEqual([' Kết quả (%)', ' Chỉ tiêu (* minh họa)']);
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

// Layout for a 320 px phone-first drawing (issue 9, finding 9.1); the browser
// test (tests/browser/phone.test.ts) measures the same charts as rendered.
describe('finding 9.1: charts laid out to be read on a phone', () => {
  it('the SVG is drawn 320 px wide with 12 px text', () => {
    for (const figure of [
      trendChart(trendRows, { ...trendOptions, document: doc() }),
      distributionChart(wardRows, { lang: 'vi', label: 'Tỷ lệ', unit: '%', group: 'ward_code', names: wardNames, year: 2026, document: doc() }),
      completenessChart(completenessRows, { lang: 'vi', group: 'year', document: doc() }),
      progressChart(progressRows, { lang: 'vi', year: 2026, document: doc() }),
    ]) {
      const svg = figure.querySelector('svg')!;
      expect([svg.getAttribute('width'), svg.getAttribute('style')]).toEqual(['320', 'font-size:12px']);
    }
  });

  it.each([
    { name: 'short names sit left of the bars, values in a column on the right', names: { a: '2025', b: '2026' }, left: true },
    { name: 'long names go on their own line above the bar, beside the value', names: { a: 'Trường Tiểu học Lý Thường Kiệt', b: 'Trường Mầm non Hoa Sữa' }, left: false },
  ])('distribution: $name', ({ names, left }) => {
    const rows = [{ ward_code: 'a', value: 50 }, { ward_code: 'b', value: 40 }];
    const figure = distributionChart(rows, { lang: 'vi', label: 'x', unit: '%', group: 'ward_code', names, year: 2026, target: 45, reference: 47, document: doc() });
    const nameGroup = [...figure.querySelectorAll('svg g')].find((g) => [...g.querySelectorAll('text')].some((t) => t.textContent === Object.values(names)[0]))!;
    expect(nameGroup.getAttribute('text-anchor')).toBe(left ? 'end' : 'start');
    // Every value is right-aligned at one x: a column of its own, away from the bar ends and the ticks.
    const values = [...figure.querySelectorAll('svg g[fill="#1f5f99"][text-anchor="end"] text')];
    expect(values.map((v) => v.textContent)).toEqual(['50\u00a0%', '40\u00a0%']);
    expect(new Set(values.map((v) => v.getAttribute('transform')!.replace(/,.*/, ''))).size).toBe(1);
    // Target and plan-wide figure are ticks across each bar, explained in an HTML legend, not text in the SVG.
    const ticks = (selector: string) => figure.querySelector(`${selector} path`)!.getAttribute('d')!.match(/M[\d.]+,[\d.]+v[\d.]+/g);
    expect(ticks('.mark-target')).toHaveLength(2);
    expect(ticks('.mark-reference')).toHaveLength(2);
    expect(texts(figure, '.chart-legend li')).toEqual([' Chỉ tiêu 45\u00a0%', ' Toàn kế hoạch 47\u00a0%']);
    expect(figure.querySelector('svg')!.textContent).not.toContain('Chỉ tiêu');
  });

  it('distribution: a long chart (more than 20 units) is marked to keep its phone size on wide screens', () => {
    const names = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`w${i}`, `Xã ${i}`]));
    const figure = distributionChart([], { lang: 'vi', label: 'x', unit: '%', group: 'ward_code', names, year: 2026, document: doc() });
    expect(figure.getAttribute('class')).toBe('chart chart-distribution chart-long');
  });

  it('progress: a label wider than the chart wraps onto lines that fit it, above its bar', () => {
    const label = 'Tỷ lệ hồ sơ học sinh đã xác thực với Cơ sở dữ liệu quốc gia về dân cư trên tổng số hồ sơ';
    const figure = progressChart([{ ...progressRows[0]!, label }], { lang: 'vi', year: 2026, document: doc() });
    const lines = [...figure.querySelectorAll('svg g[font-weight="bold"] tspan')].map((t) => t.textContent!);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(label);
    for (const line of lines) expect(textWidth(line, 12, true)).toBeLessThanOrEqual(320 - 8 - 14);
  });

  it.each([
    { name: 'a result under its target: target number above, result below', value: 79, labels: { value: 'translate(0,14)', target: 'translate(0,-12)' } },
    { name: 'a result over its target: result number above, target below', value: 81, labels: { value: 'translate(0,-12)', target: 'translate(0,14)' } },
    { name: 'a result far from its target: both numbers above their marks', value: 30, labels: { value: 'translate(0,-12)', target: 'translate(0,-12)' } },
  ])('trend: $name', ({ value, labels }) => {
    const figure = trendChart([{ year: 2026, value }], { lang: 'vi', label: 'x', unit: '%', targets: [{ year: 2026, value: 80 }], years: [2026, 2027], document: doc() });
    const group = (fill: string) => [...figure.querySelectorAll(`svg g[fill="${fill}"]`)].find((g) => g.querySelector('text'))!.getAttribute('transform');
    expect({ value: group('#1f5f99'), target: group('#a4262c') }).toEqual(labels);
  });

  it('trend: a projection ending on its target (same year, same value) has its number below, its words in a row above the frame', () => {
    const figure = trendChart([{ year: 2025, value: 40 }, { year: 2026, value: 60 }], {
      lang: 'vi', label: 'x', unit: '%', targets: [{ year: 2027, value: 80, official: false }], years: [2025, 2026, 2027], lastYear: 2026,
      baselineYear: 2025, openYears: [2026], projection: { fromYear: 2026, fromValue: 60, toYear: 2027, value: 80 }, document: doc(),
    });
    const group = (selector: string) => figure.querySelector(selector)!.closest('g')!.getAttribute('transform');
    expect({ target: group('g[fill="#a4262c"] text'), projection: group('g[font-style="italic"][fill="#1f5f99"] text') }).toEqual({ target: 'translate(0,-12)', projection: 'translate(0,14)' });
    const key = figure.querySelector('.projection-key text')!;
    // Right-aligned to the frame's right edge (320 − 24), on a line above the frame (marginTop 40), clear of the y label at the left.
    expect([key.getAttribute('x'), key.getAttribute('y'), key.getAttribute('text-anchor')]).toEqual(['296', '14', 'end']);
    expect(296 - textWidth(key.textContent!, 12)).toBeGreaterThan(60);
    // The provisional 2026 dot is hollow, and the legend says so; the baseline tick has its second line.
    expect(texts(figure, '.chart-legend li')).toEqual([' Kết quả (%)', ' Số liệu tạm thời (chưa đến hạn)', ' Chỉ tiêu (* minh họa)']);
    expect(texts(figure, 'svg text')).toEqual(expect.arrayContaining(['2025', '(năm gốc)']));
  });

  it('completeness: the axis title is a line of its own under the tick labels, and a long chart has ticks on top too', () => {
    const figure = completenessChart(completenessRows, { lang: 'vi', group: 'year', document: doc() });
    const title = [...figure.querySelectorAll('svg text')].find((t) => t.textContent?.startsWith('Tỷ lệ trên số cơ sở'))!;
    expect(title.parentElement!.getAttribute('transform')).toBe('translate(0,42)');
    const wards = Array.from({ length: 21 }, (_, i) => ({ ...completenessRows[0]!, ward_code: `w${i}` }));
    const long = completenessChart(wards, { lang: 'vi', group: 'ward_code', names: {}, document: doc() });
    expect(long.getAttribute('class')).toBe('chart chart-completeness chart-long');
    expect(texts(long, 'svg text').filter((t) => t === '100')).toHaveLength(2);
  });

  it('a "stack" table names each cell after its column, for the card layout on a phone', () => {
    const table = createTable(doc(), { caption: 'c', head: ['Chỉ số', 'Kết quả', 'Mục tiêu'], rows: [['a', '1', '2']], stack: true });
    expect(table.getAttribute('class')).toBe('data-table stack');
    expect([...table.querySelectorAll('tbody td')].map((td) => td.getAttribute('data-label'))).toEqual(['Kết quả', 'Mục tiêu']);
    expect(table.querySelector('tbody th')!.hasAttribute('data-label')).toBe(false);
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

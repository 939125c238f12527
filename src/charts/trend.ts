// trendChart(rows, options) → <figure>: one measure by year, with its targets.
//
//   rows:    TrendRow[] — one per year: { year, value: number | null,
//            schools_value, schools_missing, schools_na } (a MeasureRow grouped by year).
//   options: { lang: 'vi' | 'en', label: string, unit: string, digits?: number,
//              direction?: 'up' | 'down', targets?: { year, value, official? }[],
//              years?: number[] (the x axis; default rows' and targets' years),
//              lastYear?: number (later years are still to come: no "no data" mark),
//              baselineYear?: number ("(năm gốc)" / "(baseline)" under its tick),
//              openYears?: number[] (not yet due: their values are provisional, drawn hollow),
//              phaseTarget?: { year, value, official? } (the target the summary names),
//              projection?: { fromYear, fromValue, toYear, value } | null,
//              noProjection?: string (said instead, when there are too few years),
//              width?: number, document?: Document }
//
// A year without a value is marked "không có số liệu" / "no data" at the
// bottom of the frame, never drawn as 0; targets are red diamonds with their
// number (with * when not in an issued document), named in the HTML legend;
// the projection is a dashed line from the latest due value to the phase end,
// its words "dự báo theo tốc độ hiện tại" / "projected at the current pace"
// in a key above the frame. Numbers are placed by ./trend-labels.ts for a
// 320 px phone drawing (docs/site.md "On a phone").
import * as Plot from '@observablehq/plot';
import { t, type Lang } from '../i18n/index.ts';
import { formatMaybe, formatNumber, formatValue } from '../i18n/format.ts';
import { COLORS, DEFAULT_WIDTH, FONT_SIZE, LINE_HEIGHT } from './palette.ts';
import { createFigure, createLegend, markSwatch, resolveDocument, tidySvg, valueCell, type Cell } from './figure.ts';
import { textWidth, tickLabelWidth, wrapLines } from './text-fit.ts';
import { gapRunsOf, groupLabels, placeLabels, type GapRun, type PointLabel, type PointMark } from './trend-labels.ts';
import { tj } from '../i18n/judgement.ts';
import { cellStateOf } from '../core/rules/figure-state.ts';

export interface TrendRow {
  year: number;
  value: number | null;
  schools_value?: number;
  schools_missing?: number;
  schools_na?: number;
}

export interface TrendTarget {
  year: number;
  value: number;
  /** False marks an illustrative target (*). Default true. */
  official?: boolean;
}

export interface TrendProjection {
  fromYear: number;
  fromValue: number;
  toYear: number;
  value: number;
}

export interface TrendOptions {
  lang: Lang;
  label: string;
  unit: string;
  digits?: number;
  direction?: 'up' | 'down';
  targets?: readonly TrendTarget[];
  years?: readonly number[];
  lastYear?: number;
  baselineYear?: number;
  openYears?: readonly number[];
  phaseTarget?: TrendTarget | null;
  projection?: TrendProjection | null;
  noProjection?: string;
  width?: number;
  document?: Document;
}

const rowState = (row: TrendRow | undefined) => cellStateOf(row);

const targetMark = (lang: Lang, t: TrendTarget) => (t.official === false ? tj(lang, 'unofficial.mark') : '');

/** The one-paragraph reading of the chart (also its aria-label). */
export function summarizeTrend(rows: readonly TrendRow[], options: TrendOptions): string {
  const { lang, label, unit, digits = 1 } = options;
  const valued = rows.filter((r) => r.value !== null).sort((a, b) => a.year - b.year);
  const latest = valued[valued.length - 1];
  if (!latest || latest.value === null) return t(lang, 'summary.trendNone', { label });
  const fmt = (v: number) => formatValue(lang, v, unit, digits);
  const parts = [t(lang, 'summary.trend', { label, value: fmt(latest.value), year: latest.year })];
  const target = options.phaseTarget;
  if (target) parts.push(t(lang, 'summary.trendTarget', { year: target.year, target: `${fmt(target.value)}${targetMark(lang, target)}` }));
  if (options.projection) parts.push(tj(lang, 'projection.summary', { value: fmt(options.projection.value), year: options.projection.toYear }));
  else if (options.noProjection) parts.push(options.noProjection);
  const previous = valued[valued.length - 2];
  if (previous && previous.value !== null) {
    parts.push(t(lang, 'summary.trendChange', { previousYear: previous.year, previous: fmt(previous.value) }));
  }
  if (latest.schools_value !== undefined) parts.push(t(lang, 'summary.trendCoverage', { count: formatNumber(lang, latest.schools_value), year: latest.year }));
  return parts.join(' ');
}

/**
 * The dashed line's words, "dự báo theo tốc độ hiện tại", in the row above the
 * frame, right-aligned to `right`: always in the chart (method.md), and clear
 * of every number (a label beside the projected end would meet the target's
 * at the phase end on a phone).
 */
function projectionKey(doc: Document, text: string, right: number): Element {
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const key = doc.createElementNS(SVG_NS, 'g');
  key.setAttribute('class', 'projection-key');
  const textWidthPx = textWidth(text, FONT_SIZE);
  const line = doc.createElementNS(SVG_NS, 'line');
  const x2 = right - textWidthPx - 6;
  for (const [k, v] of Object.entries({ x1: String(x2 - 24), x2: String(x2), y1: '10', y2: '10', stroke: COLORS.projection, 'stroke-width': '2', 'stroke-dasharray': '6,4' })) line.setAttribute(k, v);
  const label = doc.createElementNS(SVG_NS, 'text');
  for (const [k, v] of Object.entries({ x: String(right), y: '14', 'text-anchor': 'end', fill: COLORS.projection, 'font-style': 'italic' })) label.setAttribute(k, v);
  label.textContent = text;
  key.append(line, label);
  return key;
}

export function trendChart(rows: readonly TrendRow[], options: TrendOptions): HTMLElement {
  const doc = resolveDocument(options.document);
  const { lang, unit, digits = 1 } = options;
  const targets = [...(options.targets ?? [])].sort((a, b) => a.year - b.year);
  const years = [...new Set(options.years ?? [...rows.map((r) => r.year), ...targets.map((p) => p.year)])].sort((a, b) => a - b);
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const series = years.map((year) => ({ year, value: byYear.get(year)?.value ?? null }));
  const valued = series.filter((d): d is { year: number; value: number } => d.value !== null);
  const open = new Set(options.openYears ?? []);
  const projection = options.projection ? [{ year: options.projection.fromYear, value: options.projection.fromValue }, { year: options.projection.toYear, value: options.projection.value }] : [];
  const projected = projection.slice(1);
  const baselineText = `(${tj(lang, 'baseline.label')})`;
  const yearText = (year: number) => (year === options.baselineYear ? `${year} ${baselineText}` : String(year));
  const lastYear = options.lastYear ?? Math.max(...years);
  const gaps = years.filter((y) => y <= lastYear && rowState(byYear.get(y)) !== 'value').map((year) => ({ year, state: rowState(byYear.get(year)) }));
  const top = Math.max(unit === '%' ? 100 : 0, ...valued.map((d) => d.value), ...targets.map((d) => d.value), ...projected.map((d) => d.value), 1);
  const fmt = (v: number) => formatValue(lang, v, unit, digits);
  const gapText = (state: string) => t(lang, state === 'na' ? 'chart.notApplicable' : 'chart.noData');
  const width = options.width ?? DEFAULT_WIDTH;
  // The baseline tick takes a second line ("năm gốc"); the projection's key a row above the frame.
  const frame = { top: options.projection ? 40 : 24, right: 24, bottom: options.baselineYear !== undefined ? 44 : 30, height: 260 };
  // Plot puts tick labels 9 px left of the frame.
  const marginLeft = Math.max(30, tickLabelWidth([0, top * 1.08], FONT_SIZE) + 12);
  const layout = { years, top: top * 1.08, width, marginLeft, frame };
  // Labels carry the number only (the y axis names the unit, the legend the marks): short enough
  // not to meet the next year's label on a phone.
  const number = (v: number) => formatNumber(lang, v, digits);
  const marks: PointMark[] = [
    ...valued.map((d) => ({ kind: 'value' as const, ...d, text: number(d.value) })),
    ...targets.map((d) => ({ kind: 'target' as const, year: d.year, value: d.value, text: `${number(d.value)}${targetMark(lang, d)}` })),
    ...projected.map((d) => ({ kind: 'projection' as const, ...d, text: number(d.value) })),
  ];
  const labels = placeLabels(marks, layout);
  const gapRuns = gapRunsOf(gaps, layout);
  const labelColor = { value: COLORS.value, target: COLORS.target, projection: COLORS.projection };

  const svg = Plot.plot({
    document: doc,
    width,
    height: frame.height,
    marginTop: frame.top,
    marginRight: frame.right,
    marginBottom: frame.bottom,
    marginLeft,
    style: { fontSize: `${FONT_SIZE}px` },
    x: { domain: [years[0]! - 0.4, years[years.length - 1]! + 0.4], ticks: years, tickFormat: 'd', label: null },
    y: { domain: [0, top * 1.08], grid: true, label: unit, nice: true },
    marks: [
      Plot.ruleY([0]),
      Plot.dot(targets, { x: 'year', y: 'value', symbol: 'diamond', r: 5, stroke: COLORS.target, fill: 'white', strokeWidth: 2 }),
      Plot.line(projection, { x: 'year', y: 'value', stroke: COLORS.projection, strokeWidth: 2, strokeDasharray: '6,4' }),
      Plot.dot(projected, { x: 'year', y: 'value', r: 4, stroke: COLORS.projection, fill: 'white', strokeWidth: 1.5 }),
      Plot.line(series, { x: 'year', y: 'value', stroke: COLORS.value, strokeWidth: 2.5 }),
      // A year not yet due has a provisional value: a hollow dot.
      Plot.dot(valued, { x: 'year', y: 'value', r: 4.5, fill: (d) => (open.has(d.year) ? 'white' : COLORS.value), stroke: COLORS.value, strokeWidth: 1.5 }),
      ...groupLabels(labels).map(([l, group]) =>
        Plot.text(group, { x: 'year', y: 'value', text: (d: PointLabel) => d.text, dx: l.dx, dy: l.dy, textAnchor: l.anchor, fill: labelColor[l.kind], fontWeight: l.kind === 'value' ? 'bold' : undefined, fontStyle: l.kind === 'projection' ? 'italic' : undefined }),
      ),
      // "(năm gốc)" under the baseline year's tick label, a text of its own: wider than a year's
      // slot on a phone, it stays clear of the next year's label, which has no second line.
      Plot.text(options.baselineYear !== undefined && years.includes(options.baselineYear) ? [options.baselineYear] : [], { x: (y: number) => y, frameAnchor: 'bottom', dy: 9 + LINE_HEIGHT, lineAnchor: 'top', text: () => baselineText, fill: 'currentColor' }),
      Plot.dot(gaps, { x: 'year', frameAnchor: 'bottom', dy: -10, r: 4, stroke: COLORS.muted, fill: 'white', strokeDasharray: '2,2' }),
      Plot.text(gapRuns, { x: 'year', frameAnchor: 'bottom', dy: -18, lineAnchor: 'bottom', lineHeight: LINE_HEIGHT / FONT_SIZE, text: (r: GapRun) => wrapLines(gapText(r.state), r.width, FONT_SIZE).join('\n'), fill: COLORS.muted, fontStyle: 'italic' }),
    ],
  });
  const legend = createLegend(doc, t(lang, 'chart.legend'), [
    { swatch: markSwatch(doc, 'dot', COLORS.value), text: unit ? `${t(lang, 'table.value')} (${unit})` : t(lang, 'table.value') },
    ...(valued.some((d) => open.has(d.year)) ? [{ swatch: markSwatch(doc, 'ring', COLORS.value), text: tj(lang, 'legend.provisional') }] : []),
    ...(targets.length ? [{ swatch: markSwatch(doc, 'diamond', COLORS.target), text: targets.some((d) => d.official === false) ? tj(lang, 'legend.unofficialTarget') : t(lang, 'chart.target') }] : []),
  ]);
  if (options.projection) svg.appendChild(projectionKey(doc, tj(lang, 'projection.label'), width - frame.right));
  const summary = summarizeTrend(rows, options);
  tidySvg(svg, summary);

  const tableRows: Cell[][] = years
    .filter((year) => year <= lastYear || targets.some((p) => p.year === year) || options.projection?.toYear === year)
    .map((year) => {
      const row = byYear.get(year);
      const state = rowState(row);
      const target = targets.filter((p) => p.year === year).map((p) => `${fmt(p.value)}${targetMark(lang, p)}`).join(' · ');
      const provisional = open.has(year) && state === 'value' ? ` (${tj(lang, 'judgement.provisional')})` : '';
      const projectedHere = options.projection?.toYear === year ? fmt(options.projection.value) : '';
      return [
        yearText(year),
        valueCell(year > lastYear ? '' : state === 'na' ? t(lang, 'value.na') : `${formatMaybe(lang, row?.value, unit, digits)}${provisional}`, year > lastYear ? 'value' : state),
        target,
        projectedHere,
        row?.schools_value === undefined ? '' : formatNumber(lang, row.schools_value),
        row?.schools_missing === undefined ? '' : formatNumber(lang, row.schools_missing),
        row?.schools_na === undefined ? '' : formatNumber(lang, row.schools_na),
      ];
    });
  return createFigure(doc, {
    className: 'chart-trend',
    caption: `${options.label} — ${t(lang, 'criterion.trend').toLowerCase()}`,
    summary,
    chart: svg,
    after: [legend],
    tableToggle: t(lang, 'table.showTable'),
    table: {
      caption: options.label,
      head: [t(lang, 'table.year'), t(lang, 'table.value'), t(lang, 'table.target'), tj(lang, 'projection.table'), t(lang, 'table.schoolsValue'), t(lang, 'table.schoolsMissing'), t(lang, 'table.schoolsNa')],
      rows: tableRows,
    },
  });
}

// trendChart(rows, options) → <figure>: one measure by year, with its targets.
//
//   rows:    TrendRow[] — one per year: { year, value: number | null,
//            schools_value, schools_missing, schools_na } (a MeasureRow grouped by year).
//   options: { lang: 'vi' | 'en', label: string, unit: string, digits?: number,
//              direction?: 'up' | 'down', targets?: { year, value }[],
//              years?: number[] (the x axis; default rows' and targets' years),
//              lastYear?: number (later years are still to come: no "no data" mark),
//              width?: number, document?: Document }
//
// A year without a value is marked "không có số liệu" / "no data" at the
// bottom of the frame, never drawn as 0; targets are red diamonds labelled "Mục tiêu" / "Target".
import * as Plot from '@observablehq/plot';
import { t, type Lang } from '../i18n/index.ts';
import { formatMaybe, formatNumber, formatValue } from '../i18n/format.ts';
import { COLORS, DEFAULT_WIDTH, FONT_SIZE, LINE_HEIGHT } from './palette.ts';
import { createFigure, createLegend, markSwatch, resolveDocument, tidySvg, valueCell, type Cell } from './figure.ts';
import { tickLabelWidth, wrapLines } from './text-fit.ts';
import { isMet, targetFor } from './targets.ts';

export interface TrendRow {
  year: number;
  value: number | null;
  schools_value?: number;
  schools_missing?: number;
  schools_na?: number;
}

export interface TrendOptions {
  lang: Lang;
  label: string;
  unit: string;
  digits?: number;
  direction?: 'up' | 'down';
  targets?: readonly { year: number; value: number }[];
  years?: readonly number[];
  lastYear?: number;
  width?: number;
  document?: Document;
}

function rowState(row: TrendRow | undefined): 'value' | 'missing' | 'na' {
  if (row && row.value !== null) return 'value';
  return row && (row.schools_na ?? 0) > 0 && (row.schools_value ?? 0) === 0 && (row.schools_missing ?? 0) === 0 ? 'na' : 'missing';
}

/** The one-paragraph reading of the chart (also its aria-label). */
export function summarizeTrend(rows: readonly TrendRow[], options: TrendOptions): string {
  const { lang, label, unit, digits = 1, direction = 'up' } = options;
  const valued = rows.filter((r) => r.value !== null).sort((a, b) => a.year - b.year);
  const latest = valued[valued.length - 1];
  if (!latest || latest.value === null) return t(lang, 'summary.trendNone', { label });
  const parts = [t(lang, 'summary.trend', { label, value: formatValue(lang, latest.value, unit, digits), year: latest.year })];
  const target = targetFor(options.targets ?? [], latest.year);
  if (target) {
    const status = t(lang, isMet(latest.value, target.value, direction) ? 'status.met' : 'status.notMet').toLowerCase();
    parts.push(t(lang, 'summary.trendTarget', { year: target.year, target: formatValue(lang, target.value, unit, digits), status }));
  }
  const previous = valued[valued.length - 2];
  if (previous && previous.value !== null) {
    parts.push(t(lang, 'summary.trendChange', { previousYear: previous.year, previous: formatValue(lang, previous.value, unit, digits) }));
  }
  if (latest.schools_value !== undefined) parts.push(t(lang, 'summary.trendCoverage', { count: formatNumber(lang, latest.schools_value), year: latest.year }));
  return parts.join(' ');
}

interface PointLabel {
  kind: 'value' | 'target';
  year: number;
  value: number;
  dx: number;
  dy: number;
  anchor: 'middle' | 'start';
}

/** Consecutive years without a value, labelled once at their middle, wrapped to their width. */
interface GapRun {
  year: number;
  state: string;
  width: number;
}

/**
 * Where the number beside each dot and diamond goes: above its mark; when a
 * result and a target of the same year lie within 30 px of each other, the
 * lower one's number goes below it, or to its right when that would reach the
 * year labels.
 */
function placeLabels(input: {
  years: readonly number[];
  valued: readonly { year: number; value: number }[];
  targets: readonly { year: number; value: number }[];
  gaps: readonly { year: number; state: string }[];
  top: number;
  width: number;
  marginLeft: number;
  frame: { top: number; right: number; bottom: number; height: number };
}): { labels: PointLabel[]; gapRuns: GapRun[] } {
  const { years, frame } = input;
  const plotHeight = frame.height - frame.top - frame.bottom;
  const py = (v: number) => plotHeight * (1 - v / input.top);
  const above = { dx: 0, dy: -12, anchor: 'middle' as const };
  const labels: PointLabel[] = [];
  for (const year of years) {
    const value = input.valued.find((d) => d.year === year);
    const target = input.targets.find((d) => d.year === year);
    const marks = [value && { kind: 'value' as const, ...value }, target && { kind: 'target' as const, ...target }].filter((m) => !!m);
    if (marks.length === 2 && Math.abs(py(marks[0]!.value) - py(marks[1]!.value)) < 30) {
      const [low, high] = marks[0]!.value < marks[1]!.value || (marks[0]!.value === marks[1]!.value && marks[0]!.kind === 'target') ? [marks[0]!, marks[1]!] : [marks[1]!, marks[0]!];
      labels.push({ ...high, ...above });
      labels.push({ ...low, ...(py(low.value) + 26 > plotHeight ? { dx: 9, dy: 0, anchor: 'start' as const } : { dx: 0, dy: 14, anchor: 'middle' as const }) });
    } else {
      for (const m of marks) labels.push({ ...m, ...above });
    }
  }
  const slot = (input.width - input.marginLeft - frame.right) / (years[years.length - 1]! - years[0]! + 0.8);
  const gapRuns: GapRun[] = [];
  let run: { year: number; state: string }[] = [];
  const flush = () => {
    if (run.length) gapRuns.push({ year: (run[0]!.year + run[run.length - 1]!.year) / 2, state: run[0]!.state, width: slot * run.length - 6 });
    run = [];
  };
  for (const gap of input.gaps) {
    const last = run[run.length - 1];
    if (last && (years.indexOf(gap.year) !== years.indexOf(last.year) + 1 || gap.state !== last.state)) flush();
    run.push(gap);
  }
  flush();
  return { labels, gapRuns };
}

function groupLabels(labels: readonly PointLabel[]): [PointLabel, PointLabel[]][] {
  const groups = new Map<string, [PointLabel, PointLabel[]]>();
  for (const l of labels) {
    const key = `${l.kind} ${l.dx} ${l.dy}`;
    const group = groups.get(key) ?? [l, []];
    group[1].push(l);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export function trendChart(rows: readonly TrendRow[], options: TrendOptions): HTMLElement {
  const doc = resolveDocument(options.document);
  const { lang, unit, digits = 1 } = options;
  const targets = [...(options.targets ?? [])].sort((a, b) => a.year - b.year);
  const years = [...new Set(options.years ?? [...rows.map((r) => r.year), ...targets.map((p) => p.year)])].sort((a, b) => a - b);
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const series = years.map((year) => ({ year, value: byYear.get(year)?.value ?? null }));
  const valued = series.filter((d): d is { year: number; value: number } => d.value !== null);
  const lastYear = options.lastYear ?? Math.max(...years);
  const gaps = years.filter((y) => y <= lastYear && rowState(byYear.get(y)) !== 'value').map((year) => ({ year, state: rowState(byYear.get(year)) }));
  const top = Math.max(unit === '%' ? 100 : 0, ...valued.map((d) => d.value), ...targets.map((d) => d.value), 1);
  const fmt = (v: number) => formatValue(lang, v, unit, digits);
  const gapText = (state: string) => t(lang, state === 'na' ? 'chart.notApplicable' : 'chart.noData');
  const width = options.width ?? DEFAULT_WIDTH;
  const frame = { top: 24, right: 24, bottom: 30, height: 260 };
  // Plot puts tick labels 9 px left of the frame.
  const marginLeft = Math.max(30, tickLabelWidth([0, top * 1.08], FONT_SIZE) + 12);
  const layout = placeLabels({ years, valued, targets, gaps, top: top * 1.08, width, marginLeft, frame });
  // Labels carry the number only (the y axis names the unit, the legend the marks): short enough
  // not to meet the next year's label on a phone.
  const number = (v: number) => formatNumber(lang, v, digits);

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
      Plot.line(series, { x: 'year', y: 'value', stroke: COLORS.value, strokeWidth: 2.5 }),
      Plot.dot(valued, { x: 'year', y: 'value', r: 4.5, fill: COLORS.value }),
      // One text mark per kind and placement (Plot's offsets are constants, not channels).
      ...groupLabels(layout.labels).map(([l, group]) =>
        Plot.text(group, { x: 'year', y: 'value', text: (d: PointLabel) => number(d.value), dx: l.dx, dy: l.dy, textAnchor: l.anchor, fill: l.kind === 'target' ? COLORS.target : COLORS.value, fontWeight: l.kind === 'value' ? 'bold' : undefined }),
      ),
      Plot.dot(gaps, { x: 'year', frameAnchor: 'bottom', dy: -10, r: 4, stroke: COLORS.muted, fill: 'white', strokeDasharray: '2,2' }),
      Plot.text(layout.gapRuns, { x: 'year', frameAnchor: 'bottom', dy: -18, lineAnchor: 'bottom', lineHeight: LINE_HEIGHT / FONT_SIZE, text: (r: GapRun) => wrapLines(gapText(r.state), r.width, FONT_SIZE).join('\n'), fill: COLORS.muted, fontStyle: 'italic' }),
    ],
  });
  const legend = createLegend(doc, t(lang, 'chart.legend'), [
    { swatch: markSwatch(doc, 'dot', COLORS.value), text: unit ? `${t(lang, 'table.value')} (${unit})` : t(lang, 'table.value') },
    ...(targets.length ? [{ swatch: markSwatch(doc, 'diamond', COLORS.target), text: t(lang, 'chart.target') }] : []),
  ]);
  const summary = summarizeTrend(rows, options);
  tidySvg(svg, summary);

  const tableRows: Cell[][] = years
    .filter((year) => year <= lastYear || targets.some((p) => p.year === year))
    .map((year) => {
      const row = byYear.get(year);
      const state = rowState(row);
      const target = targets.find((p) => p.year === year);
      return [
        String(year),
        valueCell(year > lastYear ? '' : state === 'na' ? t(lang, 'value.na') : formatMaybe(lang, row?.value, unit, digits), year > lastYear ? 'value' : state),
        target ? fmt(target.value) : '',
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
      head: [t(lang, 'table.year'), t(lang, 'table.value'), t(lang, 'table.target'), t(lang, 'table.schoolsValue'), t(lang, 'table.schoolsMissing'), t(lang, 'table.schoolsNa')],
      rows: tableRows,
    },
  });
}

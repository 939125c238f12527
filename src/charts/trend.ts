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
import { COLORS, DEFAULT_WIDTH, FONT_SIZE } from './palette.ts';
import { createFigure, resolveDocument, tidySvg, valueCell, type Cell } from './figure.ts';
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
  const gapText = (d: { state: string }) => t(lang, d.state === 'na' ? 'chart.notApplicable' : 'chart.noData');

  const svg = Plot.plot({
    document: doc,
    width: options.width ?? DEFAULT_WIDTH,
    height: 260,
    marginTop: 24,
    marginRight: 24,
    style: { fontSize: `${FONT_SIZE}px` },
    x: { domain: [years[0]! - 0.4, years[years.length - 1]! + 0.4], ticks: years, tickFormat: 'd', label: null },
    y: { domain: [0, top * 1.08], grid: true, label: unit, nice: true },
    marks: [
      Plot.ruleY([0]),
      Plot.dot(targets, { x: 'year', y: 'value', symbol: 'diamond', r: 5, stroke: COLORS.target, fill: 'white', strokeWidth: 2 }),
      Plot.text(targets, { x: 'year', y: 'value', text: (d) => `${t(lang, 'chart.target')} ${fmt(d.value)}`, dy: 14, fill: COLORS.target }),
      Plot.line(series, { x: 'year', y: 'value', stroke: COLORS.value, strokeWidth: 2.5 }),
      Plot.dot(valued, { x: 'year', y: 'value', r: 4.5, fill: COLORS.value }),
      Plot.text(valued, { x: 'year', y: 'value', text: (d) => fmt(d.value), dy: -12, fontWeight: 'bold', fill: COLORS.value }),
      Plot.dot(gaps, { x: 'year', frameAnchor: 'bottom', dy: -10, r: 4, stroke: COLORS.muted, fill: 'white', strokeDasharray: '2,2' }),
      Plot.text(gaps, { x: 'year', frameAnchor: 'bottom', dy: -24, text: gapText, fill: COLORS.muted, fontStyle: 'italic' }),
    ],
  });
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
    tableToggle: t(lang, 'table.showTable'),
    table: {
      caption: options.label,
      head: [t(lang, 'table.year'), t(lang, 'table.value'), t(lang, 'table.target'), t(lang, 'table.schoolsValue'), t(lang, 'table.schoolsMissing'), t(lang, 'table.schoolsNa')],
      rows: tableRows,
    },
  });
}

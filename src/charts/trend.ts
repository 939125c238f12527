// trendChart(rows, options) → <figure>: one measure by year, with its targets.
//
//   rows:    TrendRow[] — one per year: { year, value: number | null,
//            schools_value, schools_missing, schools_na } (a MeasureRow grouped by year).
//   options: { lang: 'vi' | 'en', label: string, unit: string, digits?: number,
//              direction?: 'up' | 'down', targets?: { year, value, official? }[],
//              years?: number[] (the x axis; default rows' and targets' years),
//              lastYear?: number (later years are still to come: no "no data" mark),
//              baselineYear?: number (its tick reads "năm gốc" / "baseline"),
//              openYears?: number[] (not yet due: their values are provisional, drawn hollow),
//              phaseTarget?: { year, value, official? } (the target the summary names),
//              projection?: { fromYear, fromValue, toYear, value } | null,
//              noProjection?: string (said instead, when there are too few years),
//              width?: number, document?: Document }
//
// A year without a value is marked "không có số liệu" / "no data" at the
// bottom of the frame, never drawn as 0; targets are red diamonds labelled
// "Chỉ tiêu" / "Target" (with * when not in an issued document); the projection
// is a dashed line from the latest due value to the phase end, labelled
// "dự báo theo tốc độ hiện tại" / "projected at the current pace".
import * as Plot from '@observablehq/plot';
import { t, type Lang } from '../i18n/index.ts';
import { formatMaybe, formatNumber, formatValue } from '../i18n/format.ts';
import { COLORS, DEFAULT_WIDTH, FONT_SIZE } from './palette.ts';
import { createFigure, resolveDocument, tidySvg, valueCell, type Cell } from './figure.ts';
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
  const tick = (year: number) => (year === options.baselineYear ? `${year}\n(${tj(lang, 'baseline.label')})` : String(year));
  const lastYear = options.lastYear ?? Math.max(...years);
  const gaps = years.filter((y) => y <= lastYear && rowState(byYear.get(y)) !== 'value').map((year) => ({ year, state: rowState(byYear.get(year)) }));
  const top = Math.max(unit === '%' ? 100 : 0, ...valued.map((d) => d.value), ...targets.map((d) => d.value), ...projected.map((d) => d.value), 1);
  const fmt = (v: number) => formatValue(lang, v, unit, digits);
  const gapText = (d: { state: string }) => t(lang, d.state === 'na' ? 'chart.notApplicable' : 'chart.noData');

  const svg = Plot.plot({
    document: doc,
    width: options.width ?? DEFAULT_WIDTH,
    height: 260,
    marginTop: 24,
    marginRight: 24,
    // Room for the baseline tick's second line ("năm gốc").
    ...(options.baselineYear !== undefined ? { marginBottom: 42 } : {}),
    style: { fontSize: `${FONT_SIZE}px` },
    x: { domain: [years[0]! - 0.4, years[years.length - 1]! + 0.4], ticks: years, tickFormat: tick, label: null },
    y: { domain: [0, top * 1.08], grid: true, label: unit, nice: true },
    marks: [
      Plot.ruleY([0]),
      Plot.dot(targets, { x: 'year', y: 'value', symbol: 'diamond', r: 5, stroke: COLORS.target, fill: 'white', strokeWidth: 2 }),
      Plot.text(targets, { x: 'year', y: 'value', text: (d) => `${t(lang, 'chart.target')} ${fmt(d.value)}${targetMark(lang, d)}`, dy: 14, fill: COLORS.target }),
      Plot.line(projection, { x: 'year', y: 'value', stroke: COLORS.projection, strokeWidth: 2, strokeDasharray: '6,4' }),
      Plot.dot(projected, { x: 'year', y: 'value', r: 4, stroke: COLORS.projection, fill: 'white', strokeWidth: 1.5 }),
      Plot.text(projected, { x: 'year', y: 'value', text: (d) => `${fmt(d.value)} — ${tj(lang, 'projection.label')}`, dy: -12, textAnchor: 'end', dx: 6, fill: COLORS.projection, fontStyle: 'italic' }),
      Plot.line(series, { x: 'year', y: 'value', stroke: COLORS.value, strokeWidth: 2.5 }),
      Plot.dot(valued, { x: 'year', y: 'value', r: 4.5, fill: (d) => (open.has(d.year) ? 'white' : COLORS.value), stroke: COLORS.value, strokeWidth: 1.5 }),
      Plot.text(valued, { x: 'year', y: 'value', text: (d) => fmt(d.value), dy: -12, fontWeight: 'bold', fill: COLORS.value }),
      Plot.dot(gaps, { x: 'year', frameAnchor: 'bottom', dy: -10, r: 4, stroke: COLORS.muted, fill: 'white', strokeDasharray: '2,2' }),
      Plot.text(gaps, { x: 'year', frameAnchor: 'bottom', dy: -24, text: gapText, fill: COLORS.muted, fontStyle: 'italic' }),
    ],
  });
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
        tick(year).replace('\n', ' '),
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
    tableToggle: t(lang, 'table.showTable'),
    table: {
      caption: options.label,
      head: [t(lang, 'table.year'), t(lang, 'table.value'), t(lang, 'table.target'), tj(lang, 'projection.table'), t(lang, 'table.schoolsValue'), t(lang, 'table.schoolsMissing'), t(lang, 'table.schoolsNa')],
      rows: tableRows,
    },
  });
}

// progressChart(rows, options) → <figure>: headline measures against their
// targets, one bar per measure (the result) with a red tick (the target).
//
//   rows:    ProgressRow[]: { id, label, value: number | null, target: number | null,
//            unit, digits?, direction?: 'up' | 'down', state?: 'value' | 'missing' | 'na' }
//            — put measures on one 0–100 scale together (percentages, scores).
//   options: { lang: 'vi' | 'en', year: number, caption?: string, width?: number,
//              document?: Document }
//
// Every bar is labelled in words: the value, the target and met / not met,
// or "không có số liệu" when there is no value (no bar is drawn for it).
import * as Plot from '@observablehq/plot';
import { t, type Lang } from '../i18n/index.ts';
import { formatNumber, formatValue } from '../i18n/format.ts';
import { COLORS, DEFAULT_WIDTH, FONT_SIZE } from './palette.ts';
import { createFigure, resolveDocument, tidySvg, valueCell } from './figure.ts';
import { isMet } from './targets.ts';

export interface ProgressRow {
  id: string;
  label: string;
  value: number | null;
  target: number | null;
  /** Year the target is due, when not the year shown (a phase target). */
  targetYear?: number;
  unit: string;
  digits?: number;
  direction?: 'up' | 'down';
  state?: 'value' | 'missing' | 'na';
}

export interface ProgressOptions {
  lang: Lang;
  year: number;
  caption?: string;
  width?: number;
  document?: Document;
}

type Status = 'met' | 'notMet' | 'noData' | 'noTarget';

export function statusOf(row: ProgressRow): Status {
  if (row.value === null) return 'noData';
  if (row.target === null) return 'noTarget';
  return isMet(row.value, row.target, row.direction) ? 'met' : 'notMet';
}

function statusText(lang: Lang, row: ProgressRow): string {
  const status = statusOf(row);
  if (status === 'noData') return t(lang, row.state === 'na' ? 'value.na' : 'value.missing');
  const value = formatValue(lang, row.value!, row.unit, row.digits ?? 1);
  if (status === 'noTarget') return `${value} · ${t(lang, 'status.noTarget').toLowerCase()}`;
  const due = row.targetYear ? ` (${row.targetYear})` : '';
  return `${value} · ${t(lang, 'chart.target').toLowerCase()} ${formatValue(lang, row.target!, row.unit, row.digits ?? 1)}${due} · ${t(lang, `status.${status}`).toLowerCase()}`;
}

export function summarizeProgress(rows: readonly ProgressRow[], options: ProgressOptions): string {
  const { lang } = options;
  const withTarget = rows.filter((r) => r.value !== null && r.target !== null);
  const met = withTarget.filter((r) => statusOf(r) === 'met').length;
  const parts = [t(lang, 'summary.progress', { met: formatNumber(lang, met), withTarget: formatNumber(lang, withTarget.length), year: options.year })];
  const noData = rows.filter((r) => r.value === null).length;
  if (noData) parts.push(t(lang, 'summary.progressNoData', { count: formatNumber(lang, noData) }));
  return parts.join(' ');
}

export function progressChart(rows: readonly ProgressRow[], options: ProgressOptions): HTMLElement {
  const doc = resolveDocument(options.document);
  const { lang } = options;
  const top = Math.max(100, ...rows.map((r) => Math.max(r.value ?? 0, r.target ?? 0)));
  const valued = rows.filter((r) => r.value !== null);
  const targeted = rows.filter((r) => r.target !== null);
  const svg = Plot.plot({
    document: doc,
    width: options.width ?? DEFAULT_WIDTH,
    height: rows.length * 72 + 36,
    marginLeft: 8,
    marginRight: 16,
    marginTop: 8,
    style: { fontSize: `${FONT_SIZE}px` },
    x: { domain: [0, top], grid: true, label: null, nice: true },
    y: { domain: rows.map((r) => r.id), axis: null, paddingInner: 0.72, paddingOuter: 0.6 },
    marks: [
      Plot.barX(rows, { y: 'id', x: top, fill: '#eef2f6' }),
      Plot.barX(valued, { y: 'id', x: 'value', fill: COLORS.value }),
      Plot.tickX(targeted, { y: 'id', x: 'target', stroke: COLORS.target, strokeWidth: 3, insetTop: -4, insetBottom: -4 }),
      Plot.text(rows, { y: 'id', frameAnchor: 'left', text: 'label', textAnchor: 'start', dy: -19, fontWeight: 'bold', fill: 'currentColor' }),
      Plot.text(rows, { y: 'id', frameAnchor: 'right', text: (r: ProgressRow) => statusText(lang, r), textAnchor: 'end', dy: 20, fill: 'currentColor' }),
    ],
  });
  const summary = summarizeProgress(rows, options);
  tidySvg(svg, summary);
  return createFigure(doc, {
    className: 'chart-progress',
    caption: options.caption ?? t(lang, 'headline.title', { year: options.year }),
    summary,
    chart: svg,
    tableToggle: t(lang, 'table.showTable'),
    table: {
      caption: options.caption ?? t(lang, 'headline.title', { year: options.year }),
      head: [t(lang, 'table.measure'), t(lang, 'table.value'), t(lang, 'table.target'), t(lang, 'table.status')],
      rows: rows.map((r) => {
        const status = statusOf(r);
        return [
          r.label,
          valueCell(r.value === null ? t(lang, r.state === 'na' ? 'value.na' : 'value.missing') : formatValue(lang, r.value, r.unit, r.digits ?? 1), r.value === null ? (r.state === 'na' ? 'na' : 'missing') : 'value'),
          r.target === null ? t(lang, 'value.noTarget') : `${formatValue(lang, r.target, r.unit, r.digits ?? 1)}${r.targetYear ? ` (${r.targetYear})` : ''}`,
          { text: t(lang, `status.${status}`), className: `status-${status}` },
        ];
      }),
    },
  });
}

// progressChart(rows, options) → <figure>: headline measures against their
// targets, one bar per measure (the result) with a red tick (the target).
//
//   rows:    ProgressRow[]: { id, label, value: number | null, target: number | null,
//            targetLabel?: string ("50 %* (2027)"), unit, digits?, direction?: 'up' | 'down',
//            state?: 'value' | 'missing' | 'na', status?: Status (src/core/rules/status.ts) }
//            — put measures on one 0–100 scale together (percentages, scores).
//   options: { lang: 'vi' | 'en', year: number, caption?: string, width?: number,
//              document?: Document }
//
// Every bar is labelled in words: the value, the target and the status the
// rules gave (the chart judges nothing), or "không có số liệu" when there is
// no value (no bar is drawn for it).
import * as Plot from '@observablehq/plot';
import { t, type Lang } from '../i18n/index.ts';
import { formatNumber, formatValue } from '../i18n/format.ts';
import { COLORS, DEFAULT_WIDTH, FONT_SIZE } from './palette.ts';
import { createFigure, resolveDocument, tidySvg, valueCell } from './figure.ts';
import { STATUSES, type Status } from '../core/rules/status.ts';
import { tj } from '../i18n/judgement.ts';

export interface ProgressRow {
  id: string;
  label: string;
  value: number | null;
  target: number | null;
  /** The target as written: value, * when illustrative, its year when not the year shown. */
  targetLabel?: string;
  unit: string;
  digits?: number;
  direction?: 'up' | 'down';
  state?: 'value' | 'missing' | 'na';
  /** The measure's status for the phase, from src/core/rules. */
  status?: Status;
}

export interface ProgressOptions {
  lang: Lang;
  year: number;
  caption?: string;
  width?: number;
  document?: Document;
}

function targetOf(lang: Lang, row: ProgressRow): string {
  return row.targetLabel ?? formatValue(lang, row.target!, row.unit, row.digits ?? 1);
}

function statusText(lang: Lang, row: ProgressRow): string {
  if (row.value === null) return t(lang, row.state === 'na' ? 'value.na' : 'value.missing');
  const parts = [formatValue(lang, row.value, row.unit, row.digits ?? 1)];
  parts.push(row.target === null ? t(lang, 'value.noTarget') : `${t(lang, 'chart.target').toLowerCase()} ${targetOf(lang, row)}`);
  if (row.status && row.status !== 'no_target') parts.push(tj(lang, `status.${row.status}`).toLowerCase());
  return parts.join(' · ');
}

export function summarizeProgress(rows: readonly ProgressRow[], options: ProgressOptions): string {
  const { lang } = options;
  const list = STATUSES.filter((s) => rows.some((r) => r.status === s)).map((s) => `${formatNumber(lang, rows.filter((r) => r.status === s).length)} ${tj(lang, `status.${s}`).toLowerCase()}`);
  const parts = list.length ? [t(lang, 'summary.progress', { count: formatNumber(lang, rows.length), year: options.year, list: list.join(', ') })] : [];
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
      rows: rows.map((r) => [
        r.label,
        valueCell(r.value === null ? t(lang, r.state === 'na' ? 'value.na' : 'value.missing') : formatValue(lang, r.value, r.unit, r.digits ?? 1), r.value === null ? (r.state === 'na' ? 'na' : 'missing') : 'value'),
        r.target === null ? t(lang, 'value.noTarget') : targetOf(lang, r),
        r.status ? { text: tj(lang, `status.${r.status}`), className: `status status-${r.status}` } : '',
      ]),
    },
  });
}

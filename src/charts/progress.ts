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
import { COLORS, DEFAULT_WIDTH, FONT_SIZE, LINE_HEIGHT } from './palette.ts';
import { wrapLines } from './text-fit.ts';
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

/** Where each measure's label, bar and status line sit, top to bottom, in px. */
interface ProgressLayout {
  row: ProgressRow;
  label: string;
  labelTop: number;
  barTop: number;
  status: string;
  statusTop: number;
}

const BAR = 14;
const MARGIN = { left: 8, right: 14, bottom: 30 };

/**
 * Lays the rows out one under the other: the label (wrapped to the width),
 * the bar with the target tick, then the status line right-aligned, so no
 * text meets a bar, a tick or another text at any width the chart is drawn at.
 */
function layOut(lang: Lang, rows: readonly ProgressRow[], width: number): { rows: ProgressLayout[]; height: number } {
  const inner = width - MARGIN.left - MARGIN.right;
  let y = 6;
  const laid = rows.map((row) => {
    const label = wrapLines(row.label, inner, FONT_SIZE, true);
    const status = wrapLines(statusText(lang, row), inner, FONT_SIZE);
    const labelTop = y;
    const barTop = labelTop + label.length * LINE_HEIGHT + 5;
    const statusTop = barTop + BAR + 7;
    y = statusTop + status.length * LINE_HEIGHT + 10;
    return { row, label: label.join('\n'), labelTop, barTop, status: status.join('\n'), statusTop };
  });
  return { rows: laid, height: y + MARGIN.bottom };
}

export function progressChart(rows: readonly ProgressRow[], options: ProgressOptions): HTMLElement {
  const doc = resolveDocument(options.document);
  const { lang } = options;
  const width = options.width ?? DEFAULT_WIDTH;
  const top = Math.max(100, ...rows.map((r) => Math.max(r.value ?? 0, r.target ?? 0)));
  const layout = layOut(lang, rows, width);
  const valued = layout.rows.filter((r) => r.row.value !== null);
  const targeted = layout.rows.filter((r) => r.row.target !== null);
  const bar = { y1: (r: ProgressLayout) => r.barTop, y2: (r: ProgressLayout) => r.barTop + BAR };
  const svg = Plot.plot({
    document: doc,
    width,
    height: layout.height,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginTop: 0,
    marginBottom: MARGIN.bottom,
    style: { fontSize: `${FONT_SIZE}px` },
    x: { domain: [0, top], grid: true, label: null, nice: true },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.rectX(layout.rows, { x1: 0, x2: top, ...bar, fill: '#eef2f6' }),
      Plot.rectX(valued, { x1: 0, x2: (r: ProgressLayout) => r.row.value, ...bar, fill: COLORS.value }),
      Plot.ruleX(targeted, { x: (r: ProgressLayout) => r.row.target, y1: (r: ProgressLayout) => r.barTop - 3, y2: (r: ProgressLayout) => r.barTop + BAR + 3, stroke: COLORS.target, strokeWidth: 3, className: 'mark-target' }),
      Plot.text(layout.rows, { y: 'labelTop', frameAnchor: 'left', text: 'label', textAnchor: 'start', lineAnchor: 'top', lineHeight: LINE_HEIGHT / FONT_SIZE, fontWeight: 'bold', fill: 'currentColor' }),
      Plot.text(layout.rows, { y: 'statusTop', frameAnchor: 'right', text: 'status', textAnchor: 'end', lineAnchor: 'top', lineHeight: LINE_HEIGHT / FONT_SIZE, fill: 'currentColor' }),
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
      stack: true,
      rows: rows.map((r) => [
        r.label,
        valueCell(r.value === null ? t(lang, r.state === 'na' ? 'value.na' : 'value.missing') : formatValue(lang, r.value, r.unit, r.digits ?? 1), r.value === null ? (r.state === 'na' ? 'na' : 'missing') : 'value'),
        r.target === null ? t(lang, 'value.noTarget') : targetOf(lang, r),
        r.status ? { text: tj(lang, `status.${r.status}`), className: `status status-${r.status}` } : '',
      ]),
    },
  });
}

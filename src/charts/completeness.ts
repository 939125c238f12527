// completenessChart(rows, options) → <figure>: who reported, per year or per
// ward, as 100 % stacked bars: on time / late / sent but rejected / not yet
// due / not reported (the states of src/core/rules/report-state.ts).
//
//   rows:    CompletenessRow[] (src/core/measure-sql.ts): { year, ward_code?,
//            expected, on_time, late, rejected, not_yet_due, not_reported }.
//   options: { lang: 'vi' | 'en', group: 'year' | 'ward_code',
//              names?: Record<ward_code, name>, label?: string,
//              idPrefix?: string (unique per page: pattern ids), width?: number,
//              document?: Document }
//
// The five states differ by colour and by fill pattern (solid, solid, cross-
// hatched, dotted, hatched), carry their counts as text where wide enough, and have a legend.
import * as Plot from '@observablehq/plot';
import type { CompletenessRow } from '../core/measure-sql.ts';
import { t, type Lang } from '../i18n/index.ts';
import { formatNumber } from '../i18n/format.ts';
import { COLORS, DEFAULT_WIDTH, FONT_SIZE, LINE_HEIGHT } from './palette.ts';
import { createFigure, resolveDocument, tidySvg } from './figure.ts';
import { clipText, textWidth, wrapLines } from './text-fit.ts';
import type { ReportState as RuleState } from '../core/rules/report-state.ts';

/** Rows beyond this many make a long chart: drawn at its phone size on every screen (site.css). */
const LONG_CHART = 20;
const TICKS = [0, 25, 50, 75, 100];

export interface CompletenessOptions {
  lang: Lang;
  group: 'year' | 'ward_code';
  names?: Record<string, string>;
  label?: string;
  idPrefix?: string;
  width?: number;
  document?: Document;
}

/** The states of an expected school, in the order the bars stack them. */
export const REPORT_STATES = ['on_time', 'late', 'rejected', 'not_yet_due', 'not_reported'] as const satisfies readonly RuleState[];
export type ReportState = (typeof REPORT_STATES)[number];

const STROKES: Record<ReportState, string> = { on_time: COLORS.onTime, late: COLORS.late, rejected: COLORS.rejected, not_yet_due: COLORS.notYetDue, not_reported: COLORS.notReported };

const SVG_NS = 'http://www.w3.org/2000/svg';

function fills(prefix: string): Record<ReportState, string> {
  return { on_time: COLORS.onTime, late: COLORS.late, rejected: `url(#${prefix}-cross)`, not_yet_due: `url(#${prefix}-dots)`, not_reported: `url(#${prefix}-hatch)` };
}

/** <defs> with the dotted and hatched patterns the chart's fills refer to. */
function patternDefs(doc: Document, prefix: string): Element {
  const defs = doc.createElementNS(SVG_NS, 'defs');
  const make = (id: string, color: string, draw: (pattern: Element) => void) => {
    const pattern = doc.createElementNS(SVG_NS, 'pattern');
    for (const [k, v] of Object.entries({ id, width: '6', height: '6', patternUnits: 'userSpaceOnUse' })) pattern.setAttribute(k, v);
    const background = doc.createElementNS(SVG_NS, 'rect');
    for (const [k, v] of Object.entries({ width: '6', height: '6', fill: '#ffffff', stroke: 'none' })) background.setAttribute(k, v);
    pattern.appendChild(background);
    draw(pattern);
    pattern.setAttribute('data-color', color);
    defs.appendChild(pattern);
  };
  make(`${prefix}-dots`, COLORS.notYetDue, (p) => {
    const dot = doc.createElementNS(SVG_NS, 'circle');
    for (const [k, v] of Object.entries({ cx: '3', cy: '3', r: '1.6', fill: COLORS.notYetDue, stroke: 'none' })) dot.setAttribute(k, v);
    p.appendChild(dot);
  });
  make(`${prefix}-hatch`, COLORS.notReported, (p) => {
    const line = doc.createElementNS(SVG_NS, 'path');
    for (const [k, v] of Object.entries({ d: 'M-1,7L7,-1M-1,1L1,-1M5,7L7,5', stroke: COLORS.notReported, 'stroke-width': '2' })) line.setAttribute(k, v);
    p.appendChild(line);
  });
  make(`${prefix}-cross`, COLORS.rejected, (p) => {
    const line = doc.createElementNS(SVG_NS, 'path');
    for (const [k, v] of Object.entries({ d: 'M0,0L6,6M6,0L0,6', stroke: COLORS.rejected, 'stroke-width': '1.5' })) line.setAttribute(k, v);
    p.appendChild(line);
  });
  return defs;
}

function rowKey(row: CompletenessRow, group: CompletenessOptions['group']): string {
  return group === 'year' ? String(row.year) : (row.ward_code ?? '');
}

export function summarizeCompleteness(rows: readonly CompletenessRow[], options: CompletenessOptions): string {
  const { lang } = options;
  const total = (key: ReportState | 'expected') => rows.reduce((sum, r) => sum + r[key], 0);
  const years = [...new Set(rows.map((r) => r.year))].sort();
  const label = options.label ?? (years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`);
  return t(lang, 'summary.completeness', {
    label,
    onTime: formatNumber(lang, total('on_time')),
    late: formatNumber(lang, total('late')),
    rejected: formatNumber(lang, total('rejected')),
    notYetDue: formatNumber(lang, total('not_yet_due')),
    notReported: formatNumber(lang, total('not_reported')),
    expected: formatNumber(lang, total('expected')),
  });
}

export function completenessChart(rows: readonly CompletenessRow[], options: CompletenessOptions): HTMLElement {
  const doc = resolveDocument(options.document);
  const { lang, group } = options;
  const prefix = options.idPrefix ?? 'completeness';
  const fill = fills(prefix);
  const name = (row: CompletenessRow) => (group === 'year' ? String(row.year) : (options.names?.[row.ward_code ?? ''] ?? row.ward_code ?? ''));
  const segments = rows.flatMap((row) => {
    let start = 0;
    return REPORT_STATES.map((state) => {
      const share = row.expected > 0 ? (100 * row[state]) / row.expected : 0;
      const segment = { key: rowKey(row, group), state, count: row[state], x1: start, x2: start + share };
      start += share;
      return segment;
    });
  });
  const keys = rows.map((r) => rowKey(r, group));
  const width = options.width ?? DEFAULT_WIDTH;
  // Names left of the bars, cut to at most half the width.
  const labels = new Map(rows.map((r) => [rowKey(r, group), clipText(name(r), width * 0.5 - 12, FONT_SIZE)]));
  // Plot puts tick labels 9 px left of the frame.
  const marginLeft = Math.max(24, ...[...labels.values()].map((l) => textWidth(l, FONT_SIZE))) + 12;
  const marginRight = 14;
  const plotWidth = width - marginLeft - marginRight;
  const long = rows.length > LONG_CHART;
  // A count is written inside its segment only where it fits with room to spare.
  const fits = (s: (typeof segments)[number]) => ((s.x2 - s.x1) / 100) * plotWidth >= textWidth(formatNumber(lang, s.count), FONT_SIZE, true) + 6;
  const marks = REPORT_STATES.map((state) =>
    Plot.barX(
      segments.filter((s) => s.state === state && s.count > 0),
      { y: 'key', x1: 'x1', x2: 'x2', fill: fill[state], stroke: state === 'on_time' || state === 'late' ? 'white' : STROKES[state], strokeWidth: 1 },
    ),
  );
  // The axis title sits on a line of its own under the tick labels (and a
  // long chart repeats the ticks on top, where its first bars are).
  const axisRoom = 48;
  const svg = Plot.plot({
    document: doc,
    width,
    height: rows.length * 26 + axisRoom + (long ? 24 : 8),
    marginLeft,
    marginRight,
    marginTop: long ? 24 : 8,
    marginBottom: axisRoom,
    style: { fontSize: `${FONT_SIZE}px` },
    x: { domain: [0, 100] },
    y: { domain: keys, tickFormat: (k: string) => labels.get(k) ?? k, label: null, tickSize: 0 },
    marks: [
      Plot.gridX(TICKS),
      Plot.axisX({ anchor: 'bottom', ticks: TICKS, label: null }),
      // The axis title, right-aligned and wrapped to the chart's width, on its own line under the ticks.
      Plot.text([wrapLines(t(lang, 'chart.share'), width - 16, FONT_SIZE).join('\n')], { frameAnchor: 'bottom-right', dy: axisRoom - 6, textAnchor: 'end', lineAnchor: 'bottom', lineHeight: LINE_HEIGHT / FONT_SIZE, text: (d: string) => d }),
      ...(long ? [Plot.axisX({ anchor: 'top', ticks: TICKS, label: null })] : []),
      ...marks,
      Plot.text(
        // White counts on the solid fills only (the patterned states' bars would not carry them).
        segments.filter((s) => (s.state === 'on_time' || s.state === 'late') && fits(s)),
        { y: 'key', x: (s: { x1: number; x2: number }) => (s.x1 + s.x2) / 2, text: (s: { count: number }) => formatNumber(lang, s.count), fill: 'white', fontWeight: 'bold' },
      ),
    ],
  });
  svg.insertBefore(patternDefs(doc, prefix), svg.firstChild);
  const summary = summarizeCompleteness(rows, options);
  tidySvg(svg, summary);

  const legend = doc.createElement('ul');
  legend.setAttribute('class', 'chart-legend');
  legend.setAttribute('aria-label', t(lang, 'chart.legend'));
  for (const state of REPORT_STATES) {
    const item = doc.createElement('li');
    const swatch = doc.createElementNS(SVG_NS, 'svg');
    for (const [k, v] of Object.entries({ width: '16', height: '16', viewBox: '0 0 16 16', 'aria-hidden': 'true' })) swatch.setAttribute(k, v);
    const rect = doc.createElementNS(SVG_NS, 'rect');
    for (const [k, v] of Object.entries({ x: '0.5', y: '0.5', width: '15', height: '15', fill: fill[state], stroke: STROKES[state] })) rect.setAttribute(k, v);
    swatch.appendChild(rect);
    item.appendChild(swatch);
    item.appendChild(doc.createTextNode(` ${t(lang, `status.${state}`)}`));
    legend.appendChild(item);
  }

  return createFigure(doc, {
    className: rows.length > LONG_CHART ? 'chart-completeness chart-long' : 'chart-completeness',
    caption: options.label ? `${t(lang, 'completeness.title')} — ${options.label}` : t(lang, 'completeness.title'),
    summary,
    chart: svg,
    after: [legend],
    tableToggle: t(lang, 'table.showTable'),
    table: {
      caption: options.label ?? t(lang, 'completeness.title'),
      head: [
        t(lang, group === 'year' ? 'table.year' : 'table.ward'),
        t(lang, 'completeness.expected'),
        ...REPORT_STATES.map((s) => t(lang, `status.${s}`)),
      ],
      rows: rows.map((r) => [name(r), ...(['expected', ...REPORT_STATES] as const).map((k) => ({ text: formatNumber(lang, r[k]), className: 'num' }))]),
    },
  });
}

// distributionChart(rows, options) → <figure>: one measure across wards (or
// across schools), one year, as bars sorted best first, with the target rule.
//
//   rows:    MeasureRow-like[] grouped by options.group: { ward_code | school_code,
//            value: number | null, schools_value, schools_missing, schools_na }.
//   options: { lang: 'vi' | 'en', label: string, unit: string, digits?: number,
//              direction?: 'up' | 'down', group: 'ward_code' | 'school_code' | 'level_code',
//              names: Record<code, name> (every unit expected; units without a row
//              are "no data"), year: number, target?: number | null,
//              targetLabel?: string (how the target is written, e.g. "50 %* (2027)";
//              src/components/judgement-view.ts targetText), reference?: number | null
//              (the plan-wide figure), width?: number, document?: Document }
//
// Units with no value are listed after the ranked ones, labelled "không có số
// liệu" or "không áp dụng" in words; a zero is a value and shows as "0". Equal
// values (as displayed) share a rank: 1, 2, 2, 4.
import * as Plot from '@observablehq/plot';
import { t, type Lang } from '../i18n/index.ts';
import { formatNumber, formatValue } from '../i18n/format.ts';
import { COLORS, DEFAULT_WIDTH, FONT_SIZE } from './palette.ts';
import { createFigure, createLegend, lineSwatch, resolveDocument, tidySvg, valueCell } from './figure.ts';
import { clipText, textWidth, tickLabelWidth } from './text-fit.ts';
import { cellStateOf } from '../core/rules/figure-state.ts';
import { competitionRanks } from '../core/rules/rank.ts';
import { meets, roundTo } from '../core/rules/targets.ts';

export interface DistributionRow {
  ward_code?: string;
  school_code?: string;
  level_code?: string;
  value: number | null;
  schools_value?: number;
  schools_missing?: number;
  schools_na?: number;
}

export interface DistributionOptions {
  lang: Lang;
  label: string;
  unit: string;
  digits?: number;
  direction?: 'up' | 'down';
  /** Units compared: wards, schools, or school levels (the Explore page). */
  group: 'ward_code' | 'school_code' | 'level_code';
  names: Record<string, string>;
  year: number;
  target?: number | null;
  targetLabel?: string;
  reference?: number | null;
  width?: number;
  document?: Document;
}

export interface RankedUnit {
  code: string;
  name: string;
  state: 'value' | 'missing' | 'na';
  value: number | null;
  row: DistributionRow | undefined;
}

/** Every expected unit, ranked: values best first, then not applicable, then no data. */
export function rankUnits(rows: readonly DistributionRow[], options: Pick<DistributionOptions, 'group' | 'names' | 'direction'>): RankedUnit[] {
  const byCode = new Map(rows.map((r) => [r[options.group] ?? '', r]));
  const codes = [...new Set([...Object.keys(options.names), ...byCode.keys()])].filter((c) => c !== '');
  const units: RankedUnit[] = codes.map((code) => {
    const row = byCode.get(code);
    return { code, name: options.names[code] ?? code, state: cellStateOf(row), value: row?.value ?? null, row };
  });
  const order = { value: 0, na: 1, missing: 2 };
  const sign = options.direction === 'down' ? 1 : -1;
  return units.sort(
    (a, b) => order[a.state] - order[b.state] || (a.value !== null && b.value !== null ? sign * (a.value - b.value) : 0) || a.name.localeCompare(b.name, 'vi') || a.code.localeCompare(b.code),
  );
}

/** The target as the page writes it, else its value. */
function targetText(options: DistributionOptions, fmt: (v: number) => string): string {
  return options.targetLabel ?? fmt(options.target!);
}

/** Standard competition ranks (1, 2, 2, 4) of the units with a value, on values as displayed. */
export function ranksOf(ranked: readonly RankedUnit[], digits: number): Map<string, number> {
  const valued = ranked.filter((u) => u.value !== null);
  const ranks = competitionRanks(valued.map((u) => roundTo(u.value!, digits)));
  return new Map(valued.map((u, i) => [u.code, ranks[i]!]));
}


function unitsWord(lang: Lang, group: DistributionOptions['group']): string {
  return t(lang, group === 'ward_code' ? 'units.wards' : group === 'level_code' ? 'units.levels' : 'units.schools');
}

export function summarizeDistribution(rows: readonly DistributionRow[], options: DistributionOptions): string {
  const { lang, unit, digits = 1, direction = 'up' } = options;
  const ranked = rankUnits(rows, options);
  const valued = ranked.filter((u) => u.value !== null);
  const units = unitsWord(lang, options.group);
  const parts = [t(lang, 'summary.distribution', { year: options.year, withData: formatNumber(lang, valued.length), total: formatNumber(lang, ranked.length), units })];
  if (options.target !== undefined && options.target !== null && valued.length) {
    const met = valued.filter((u) => meets(u.value!, options.target!, direction, digits)).length;
    parts.push(t(lang, 'summary.distributionTarget', { met: formatNumber(lang, met), units, target: targetText(options, (v) => formatValue(lang, v, unit, digits)) }));
  }
  const best = valued[0];
  const worst = valued[valued.length - 1];
  if (best && worst && valued.length > 1) {
    parts.push(
      t(lang, 'summary.distributionRange', {
        best: best.name,
        bestValue: formatValue(lang, best.value!, unit, digits),
        worst: worst.name,
        worstValue: formatValue(lang, worst.value!, unit, digits),
      }),
    );
  }
  const na = ranked.filter((u) => u.state === 'na').length;
  if (na) parts.push(t(lang, 'summary.distributionNa', { count: formatNumber(lang, na), units }));
  return parts.join(' ');
}

/** Units beyond this many make a long chart: drawn at its phone size on every screen (site.css). */
const LONG_CHART = 20;

interface Inset {
  insetTop: number;
  insetBottom: number;
}

interface DistributionLayout {
  /** Each name on its own line above its bar (long names) rather than left of it. */
  namesAbove: boolean;
  step: number;
  marginLeft: number;
  marginRight: number;
  /** The widest a name may be drawn beside its value text (wider ones are cut with "…"). */
  nameRoom: (value: string) => number;
  bar: Inset;
  /** The target and plan-wide ticks: across the bar, never across a text. */
  mark: Inset;
  /** The value (or "no data") text, from the frame's right edge and the band's centre. */
  value: { dx: number; dy: number };
}

const MARGIN_TOP = 36;

/**
 * Names left of the bars when the longest takes at most 45 % of the width,
 * with the values in a column of their own on the right; else a ranked list:
 * name and value on one line, the bar under them across the whole width. No
 * text meets a bar end, a tick or another text either way.
 */
function layOut(width: number, names: readonly string[], values: readonly string[], top: number): DistributionLayout {
  // Plot puts tick labels 9 px left of the frame.
  const nameWidth = Math.max(24, ...names.map((n) => textWidth(n, FONT_SIZE))) + 12;
  const valueWidth = Math.max(24, ...values.map((v) => textWidth(v, FONT_SIZE)));
  if (nameWidth <= width * 0.45) {
    const marginRight = valueWidth + 8;
    return { namesAbove: false, step: 20, marginLeft: nameWidth, marginRight, nameRoom: () => Infinity, bar: { insetTop: 3, insetBottom: 3 }, mark: { insetTop: 0, insetBottom: 0 }, value: { dx: marginRight - 2, dy: 0 } };
  }
  // 32 px a unit: the name line (3 px down; capitals with accents reach 1 px higher), then the
  // bar (19–29) with its ticks (17–29), clear of both names by more than a stroke.
  const step = 32;
  // The axis on top writes its first and last tick labels centred on the frame's edges.
  const edge = Math.max(8, tickLabelWidth([0, top], FONT_SIZE) / 2 + 3);
  return {
    namesAbove: true,
    step,
    marginLeft: edge,
    marginRight: edge,
    nameRoom: (value) => width - 2 * edge - textWidth(value, FONT_SIZE) - 10,
    bar: { insetTop: 19, insetBottom: 3 },
    mark: { insetTop: 17, insetBottom: 3 },
    value: { dx: 0, dy: 3 - step / 2 },
  };
}

type Plotted = Element & { scale(name: 'x' | 'y'): { apply(value: unknown): number; bandwidth?: number } };

/**
 * Vertical ticks at `value` across the bars of `codes`, as one <path> of
 * "M x,y v h" segments: one element for a hundred wards, not a hundred <line>s.
 */
function drawTicks(doc: Document, svg: Plotted, codes: readonly string[], value: number, inset: Inset, attributes: Record<string, string>): Element {
  const x = svg.scale('x').apply(value);
  const y = svg.scale('y');
  const length = (y.bandwidth ?? 0) - inset.insetTop - inset.insetBottom;
  const g = doc.createElementNS('http://www.w3.org/2000/svg', 'g');
  for (const [k, v] of Object.entries({ fill: 'none', ...attributes })) g.setAttribute(k, v);
  const path = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', codes.map((code) => `M${x},${y.apply(code) + inset.insetTop}v${length}`).join(''));
  g.appendChild(path);
  return g;
}

export function distributionChart(rows: readonly DistributionRow[], options: DistributionOptions): HTMLElement {
  const doc = resolveDocument(options.document);
  const { lang, unit, digits = 1 } = options;
  const ranked = rankUnits(rows, options);
  const valued = ranked.filter((u) => u.value !== null);
  const gaps = ranked.filter((u) => u.value === null);
  const fmt = (v: number) => formatValue(lang, v, unit, digits);
  const target = options.target ?? null;
  const reference = options.reference ?? null;
  const top = Math.max(unit === '%' ? 100 : 0, ...valued.map((u) => u.value!), target ?? 0, reference ?? 0, 1);
  const width = options.width ?? DEFAULT_WIDTH;
  const gapText = (u: RankedUnit) => t(lang, u.state === 'na' ? 'chart.notApplicable' : 'chart.noData');
  const layout = layOut(width, ranked.map((u) => u.name), [...valued.map((u) => fmt(u.value!)), ...gaps.map(gapText)], top * 1.05);
  const names = new Map(ranked.map((u) => [u.code, clipText(u.name, layout.nameRoom(u.value === null ? gapText(u) : fmt(u.value)), FONT_SIZE)]));
  const lineTop = layout.namesAbove ? { lineAnchor: 'top' as const } : {};

  const svg = Plot.plot({
    document: doc,
    width,
    height: ranked.length * layout.step + MARGIN_TOP + 6,
    marginLeft: layout.marginLeft,
    marginRight: layout.marginRight,
    marginTop: MARGIN_TOP,
    marginBottom: 6,
    style: { fontSize: `${FONT_SIZE}px` },
    x: { domain: [0, top * 1.05], grid: true, label: unit, axis: 'top', nice: true },
    y: {
      domain: ranked.map((u) => u.code),
      padding: 0,
      ...(layout.namesAbove ? { axis: null } : { tickFormat: (code: string) => names.get(code) ?? code, label: null, tickSize: 0 }),
    },
    marks: [
      Plot.barX(valued, { y: 'code', x: 'value', fill: COLORS.value, ...layout.bar }),
      Plot.tickX(valued.filter((u) => u.value === 0), { y: 'code', x: 0, stroke: COLORS.value, strokeWidth: 3, ...layout.bar }),
      ...(layout.namesAbove
        ? [Plot.text(ranked, { y: 'code', frameAnchor: 'left', text: (u: RankedUnit) => names.get(u.code) ?? u.code, textAnchor: 'start', lineAnchor: 'top', dy: layout.value.dy })]
        : []),
      Plot.text(valued, { y: 'code', frameAnchor: 'right', ...layout.value, ...lineTop, text: (u: RankedUnit) => fmt(u.value!), textAnchor: 'end', fill: COLORS.value }),
      Plot.text(gaps, {
        y: 'code',
        ...(layout.namesAbove ? { frameAnchor: 'right', ...layout.value, ...lineTop, textAnchor: 'end' } : { frameAnchor: 'left', textAnchor: 'start' }),
        text: gapText,
        fill: COLORS.muted,
        fontStyle: 'italic',
      }),
    ],
  });
  const legend = [
    ...(target !== null ? [{ swatch: lineSwatch(doc, COLORS.target, '6,3', 2), text: `${t(lang, 'chart.target')} ${targetText(options, fmt)}` }] : []),
    ...(reference !== null ? [{ swatch: lineSwatch(doc, COLORS.reference, '2,3', 1.5), text: `${t(lang, 'chart.planWide')} ${fmt(reference)}` }] : []),
  ];
  // Target and plan-wide figure: a tick across each valued unit's bar (never
  // through a name or a value), explained in the legend under the chart.
  const codes = valued.map((u) => u.code);
  if (reference !== null) svg.appendChild(drawTicks(doc, svg as Plotted, codes, reference, layout.mark, { class: 'mark-reference', stroke: COLORS.reference, 'stroke-dasharray': '2,3', 'stroke-width': '1.5' }));
  if (target !== null) svg.appendChild(drawTicks(doc, svg as Plotted, codes, target, layout.mark, { class: 'mark-target', stroke: COLORS.target, 'stroke-dasharray': '6,3', 'stroke-width': '2' }));
  const summary = summarizeDistribution(rows, options);
  tidySvg(svg, summary);

  const ranks = ranksOf(ranked, digits);
  const tableRows = ranked.map((u) => {
    return [
      u.name,
      u.state === 'value' ? formatNumber(lang, ranks.get(u.code)!) : '',
      valueCell(u.state === 'value' ? fmt(u.value!) : t(lang, u.state === 'na' ? 'value.na' : 'value.missing'), u.state),
      formatNumber(lang, u.row?.schools_value ?? 0),
      formatNumber(lang, u.row?.schools_missing ?? 0),
      formatNumber(lang, u.row?.schools_na ?? 0),
    ];
  });
  const unitHead = t(lang, options.group === 'ward_code' ? 'table.ward' : options.group === 'level_code' ? 'table.level' : 'table.school');
  return createFigure(doc, {
    className: ranked.length > LONG_CHART ? 'chart-distribution chart-long' : 'chart-distribution',
    caption: `${options.label} — ${t(lang, 'criterion.distribution', { units: unitsWord(lang, options.group), year: options.year })}`,
    summary,
    chart: svg,
    after: legend.length ? [createLegend(doc, t(lang, 'chart.legend'), legend)] : [],
    tableToggle: t(lang, 'table.showTable'),
    table: {
      caption: `${options.label}, ${options.year}`,
      head: [unitHead, t(lang, 'table.rank'), t(lang, 'table.value'), t(lang, 'table.schoolsValue'), t(lang, 'table.schoolsMissing'), t(lang, 'table.schoolsNa')],
      rows: tableRows,
    },
  });
}

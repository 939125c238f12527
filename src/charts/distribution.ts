// distributionChart(rows, options) → <figure>: one measure across wards (or
// across schools), one year, as bars sorted best first, with the target rule.
//
//   rows:    MeasureRow-like[] grouped by options.group: { ward_code | school_code,
//            value: number | null, schools_value, schools_missing, schools_na }.
//   options: { lang: 'vi' | 'en', label: string, unit: string, digits?: number,
//              direction?: 'up' | 'down', group: 'ward_code' | 'school_code',
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
import { createFigure, resolveDocument, tidySvg, valueCell } from './figure.ts';
import { cellStateOf } from '../core/rules/figure-state.ts';
import { competitionRanks } from '../core/rules/rank.ts';
import { meets, roundTo } from '../core/rules/targets.ts';

export interface DistributionRow {
  ward_code?: string;
  school_code?: string;
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
  group: 'ward_code' | 'school_code';
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

const MAX_LABEL = 34;
const shorten = (name: string) => (name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name);

function unitsWord(lang: Lang, group: DistributionOptions['group']): string {
  return t(lang, group === 'ward_code' ? 'units.wards' : 'units.schools');
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
  const names = new Map(ranked.map((u) => [u.code, shorten(u.name)]));
  const longest = Math.max(4, ...[...names.values()].map((name) => name.length));
  const targetRule = target !== null ? [{ x: target, label: `${t(lang, 'chart.target')} ${targetText(options, fmt)}` }] : [];
  const referenceRule = reference !== null ? [{ x: reference, label: `${t(lang, 'chart.planWide')} ${fmt(reference)}` }] : [];

  const svg = Plot.plot({
    document: doc,
    width: options.width ?? DEFAULT_WIDTH,
    height: Math.max(120, ranked.length * 20 + 60),
    marginLeft: longest * 6.6 + 12,
    marginRight: 56,
    marginTop: 34,
    marginBottom: 44,
    style: { fontSize: `${FONT_SIZE}px` },
    x: { domain: [0, top * 1.05], grid: true, label: unit, axis: 'top', nice: true },
    y: { domain: ranked.map((u) => u.code), tickFormat: (code: string) => names.get(code) ?? code, label: null, tickSize: 0 },
    marks: [
      Plot.barX(valued, { y: 'code', x: 'value', fill: COLORS.value, insetTop: 3, insetBottom: 3 }),
      Plot.tickX(valued.filter((u) => u.value === 0), { y: 'code', x: 0, stroke: COLORS.value, strokeWidth: 3 }),
      Plot.text(valued, { y: 'code', x: 'value', text: (u: RankedUnit) => fmt(u.value!), dx: 5, textAnchor: 'start', fill: COLORS.value }),
      Plot.text(gaps, {
        y: 'code',
        x: 0,
        text: (u: RankedUnit) => t(lang, u.state === 'na' ? 'chart.notApplicable' : 'chart.noData'),
        dx: 5,
        textAnchor: 'start',
        fill: COLORS.muted,
        fontStyle: 'italic',
      }),
      Plot.ruleX(referenceRule, { x: 'x', stroke: COLORS.reference, strokeDasharray: '2,3', strokeWidth: 1.5 }),
      Plot.text(referenceRule, { x: 'x', text: 'label', frameAnchor: 'bottom', textAnchor: 'start', dx: 3, dy: 32, fill: COLORS.reference }),
      Plot.ruleX(targetRule, { x: 'x', stroke: COLORS.target, strokeDasharray: '6,3', strokeWidth: 2 }),
      Plot.text(targetRule, { x: 'x', text: 'label', frameAnchor: 'bottom', textAnchor: 'end', dx: -3, dy: 16, fill: COLORS.target }),
    ],
  });
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
  const unitHead = t(lang, options.group === 'ward_code' ? 'table.ward' : 'table.school');
  return createFigure(doc, {
    className: 'chart-distribution',
    caption: `${options.label} — ${t(lang, 'criterion.distribution', { units: unitsWord(lang, options.group), year: options.year })}`,
    summary,
    chart: svg,
    tableToggle: t(lang, 'table.showTable'),
    table: {
      caption: `${options.label}, ${options.year}`,
      head: [unitHead, t(lang, 'table.rank'), t(lang, 'table.value'), t(lang, 'table.schoolsValue'), t(lang, 'table.schoolsMissing'), t(lang, 'table.schoolsNa')],
      rows: tableRows,
    },
  });
}

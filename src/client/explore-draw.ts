// The Explore page's result drawn: one chart per measure chosen (a trend when
// grouped by year, else bars across units for the latest year), with the
// chart functions of src/charts, and the result table. Browser.
import { trendChart } from '../charts/trend.ts';
import { distributionChart } from '../charts/distribution.ts';
import { stateOf } from '../components/plan-view.ts';
import { t } from '../i18n/index.ts';
import { formatMaybe, formatValue } from '../i18n/format.ts';
import type { MeasureRow } from '../core/measure-sql.ts';
import { te } from '../i18n/explore.ts';
import { createPageTable, noteBlock, type TableCell } from '../tables/table-dom.ts';
import type { ExploreConfig, ExploreResult } from './explore-query.ts';
import type { ExploreGroup } from './explore-state.ts';

/** More units than this get a table but no chart (a bar each would not read). */
const MAX_CHART_UNITS = 120;
/** Charts drawn at most (one per measure); the table has them all. */
const MAX_CHARTS = 6;

/** A figure in words with a unit and a precision (the page has no Measure, only these). */
function figureOf(lang: ExploreConfig['lang'], unit: string, digits: number, row: MeasureRow | undefined): { text: string; state: 'value' | 'missing' | 'na' } {
  const state = stateOf(row);
  return state === 'na' ? { text: t(lang, 'value.na'), state } : { text: formatMaybe(lang, row?.value, unit, digits), state };
}

export function drawCharts(result: ExploreResult, config: ExploreConfig): Element[] {
  const { lang } = config;
  const group = result.state.group;
  const years = [...new Set(result.rows.map((r) => r.year))].sort((a, b) => a - b);
  const charts = result.measures.slice(0, MAX_CHARTS).map((m, i) => {
    const common = { lang, label: m.label, unit: m.unit, digits: m.digits, direction: m.direction };
    if (group === 'year') {
      const rows = result.rows.map((r) => ({ ...r.figures[i]!, year: r.year }));
      return trendChart(rows, { ...common, targets: m.targets, years });
    }
    const year = years[years.length - 1]!;
    const rows = result.rows.filter((r) => r.year === year);
    if (rows.length > MAX_CHART_UNITS) return noteBlock(te(lang, 'explore.chartTooMany', { max: MAX_CHART_UNITS }));
    // The plan's target for that very year, when it sets one (the milestone: src/core/rules milestoneOf).
    const target = m.targets.find((t) => t.year === year);
    return distributionChart(
      rows.map((r) => ({ ...r.figures[i]!, [group]: r.code })),
      {
        ...common,
        group: group as Exclude<ExploreGroup, 'year'>,
        names: Object.fromEntries(rows.map((r) => [r.code, r.name])),
        year,
        target: target?.value ?? null,
        ...(target ? { targetLabel: formatValue(lang, target.value, m.unit, m.digits) } : {}),
      },
    );
  });
  if (group !== 'year' && years.length > 1) charts.unshift(noteBlock(te(lang, 'explore.chartYear', { year: years[years.length - 1]! })));
  return charts;
}

export function drawTable(result: ExploreResult, config: ExploreConfig): HTMLElement {
  const { lang } = config;
  const group = result.state.group;
  const table = createPageTable(document, {
    caption: te(lang, 'explore.table'),
    head: [
      { text: te(lang, `explore.group.${group}`) },
      ...(group === 'year' ? [] : [{ text: te(lang, 'explore.group.year'), className: 'num' }]),
      ...result.measures.map((m) => ({ text: m.unit ? `${m.label} (${m.unit})` : m.label, className: 'num' })),
    ],
    rows: result.rows.map((row) => [
      { text: group === 'year' ? String(row.year) : row.name, header: true },
      ...(group === 'year' ? [] : [{ text: String(row.year), className: 'num' }]),
      ...result.measures.map((m, i): TableCell => {
        const f = figureOf(lang, m.unit, m.digits, row.figures[i]);
        return { text: f.text, className: f.state === 'value' ? 'num' : f.state };
      }),
    ]),
  });
  const scroll = document.createElement('div');
  scroll.className = 'table-scroll';
  scroll.tabIndex = 0;
  scroll.setAttribute('role', 'group');
  scroll.setAttribute('aria-label', te(lang, 'explore.table'));
  scroll.append(table);
  return scroll;
}


// Redraws the page's charts for a filter state: for each `[data-chart]` block
// (docs/site.md), the same query the build ran, now with the filters, through
// DuckDB-WASM, then the same chart function from src/charts. Loaded lazily by
// ./filters.ts on the first filter; the build-time figures are kept and put
// back when the filters are cleared, without a query.
import { buildCompletenessQuery, buildMeasureQuery, levelPattern, type Filters, type Query } from '../core/measure-sql.ts';
import { query, SCHEMA } from './duckdb.ts';
import type { FilterConfig } from './filter-config.ts';
import { needsQuery, toFilters, type FilterState } from './filter-state.ts';

type Options = Record<string, unknown>;
type Draw = (block: HTMLElement, config: FilterConfig, filters: Filters, options: Options) => Promise<Element>;

const original = new WeakMap<HTMLElement, Node[]>();

function measureOf(block: HTMLElement, config: FilterConfig) {
  const id = block.dataset.measure ?? '';
  const measure = config.measures[id];
  if (!measure) throw new Error(`unknown measure: ${id}`);
  return measure;
}

const run = <T>(q: Query, config: FilterConfig) => query<T>(q, config.dbUrl);

/** Codes of the units (wards or schools) with a school in view, to drop the others from a ranking. */
async function unitsInView(config: FilterConfig, group: 'ward_code' | 'school_code', levels: readonly string[], filters: Filters): Promise<Set<string>> {
  const params: (string | number)[] = [levelPattern(levels, filters.levels)];
  let sql = `SELECT DISTINCT ${group} AS code FROM ${SCHEMA}schools WHERE regexp_matches(level_code, ?)`;
  if (filters.wards?.length) {
    sql += ` AND ward_code IN (${filters.wards.map(() => '?').join(', ')})`;
    params.push(...filters.wards);
  }
  const rows = await run<{ code: string }>({ sql, params }, config);
  return new Set(rows.map((r) => r.code));
}

const DRAW: Record<string, Draw> = {
  async trend(block, config, filters, options) {
    const measure = measureOf(block, config);
    const { trendChart } = await import('../charts/trend.ts');
    const rows = await run<{ year: number; value: number | null }>(buildMeasureQuery(measure, ['year'], filters, SCHEMA), config);
    return trendChart(rows, options as unknown as Parameters<typeof trendChart>[1]);
  },

  async distribution(block, config, filters, options) {
    const measure = measureOf(block, config);
    const { distributionChart } = await import('../charts/distribution.ts');
    const opts = { ...options } as unknown as Parameters<typeof distributionChart>[1];
    const year = filters.years?.length === 1 ? filters.years[0]! : opts.year;
    const scoped = { ...filters, years: [year] };
    const [rows, units] = await Promise.all([
      run<{ value: number | null }>(buildMeasureQuery(measure, [opts.group], scoped, SCHEMA), config),
      filters.levels || filters.wards ? unitsInView(config, opts.group, measure.levels, filters) : Promise.resolve(undefined),
    ]);
    const names = units ? Object.fromEntries(Object.entries(opts.names).filter(([code]) => units.has(code))) : opts.names;
    return distributionChart(rows, { ...opts, year, names, reference: filters.levels || filters.wards ? null : opts.reference });
  },

  async completeness(block, config, filters, options) {
    const { completenessChart } = await import('../charts/completeness.ts');
    const opts = options as unknown as Parameters<typeof completenessChart>[1];
    const years = filters.years?.length ? filters.years : ((options.years as number[] | undefined) ?? config.years);
    const q = buildCompletenessQuery(years, config.deadline, config.buildDate, opts.group === 'ward_code', filters, SCHEMA);
    const rows = await run<Parameters<typeof completenessChart>[0][number]>(q, config);
    const names = opts.names && filters.wards ? Object.fromEntries(Object.entries(opts.names).filter(([code]) => filters.wards!.includes(code))) : opts.names;
    return completenessChart(rows, { ...opts, names });
  },
};

/** Parse a block's data-options; charts get the browser's document. */
function optionsOf(block: HTMLElement): Options {
  return JSON.parse(block.dataset.options ?? '{}') as Options;
}

/**
 * Redraw every chart block of the page for `state`. `current()` turns false
 * when a newer change superseded this one: nothing is then written.
 * Resolves true when the page shows `state`.
 */
export async function redrawCharts(config: FilterConfig, state: FilterState, current: () => boolean): Promise<boolean> {
  const blocks = [...document.querySelectorAll<HTMLElement>('[data-chart]')].filter((b) => b.dataset.chart! in DRAW);
  for (const block of blocks) if (!original.has(block)) original.set(block, [...block.childNodes]);
  if (!needsQuery(state)) {
    if (!current()) return false;
    for (const block of blocks) block.replaceChildren(...original.get(block)!);
    return true;
  }
  const filters = toFilters(state, config.options);
  const figures = await Promise.all(blocks.map((block) => DRAW[block.dataset.chart!]!(block, config, filters, optionsOf(block))));
  if (!current()) return false;
  blocks.forEach((block, i) => block.replaceChildren(figures[i]!));
  return true;
}

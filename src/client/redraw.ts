// Redraws the page's charts for a filter state: for each `[data-chart]` block
// (docs/site.md), the query the build ran, now with the filters, through
// DuckDB-WASM, then the same chart function from src/charts. Loaded lazily by
// ./filters.ts on the first filter. The build-time figures are kept and put
// back, without a query, when the filters are cleared.
import { buildCompletenessQuery, buildMeasureQuery, buildMeasuresQuery, levelPattern, splitMeasuresRow, type Filters, type MeasureRow, type Query } from '../core/measure-sql.ts';
import { rowsFromSpecs, type ProgressMeta } from '../components/progress-view.ts';
import { trendProjection } from '../components/trend-view.ts';
import { comparableRows, targetOfYear, withNotApplicable, type Comparable, type YearTargets } from '../components/distribution-view.ts';
import type { JudgeSpec } from '../core/rules/judge-measure.ts';
import { query, ready, SCHEMA } from './duckdb.ts';
import { toMeasure, type FilterConfig, type MeasureSpec } from './filter-config.ts';
import { needsQuery, toFilters, type FilterState } from './filter-state.ts';
import { shortReason } from './short-reason.ts';

/** A block's data-options: the chart function's options plus the extras the page added. */
type Options = Record<string, unknown> & {
  ward?: string;
  school?: string;
  years?: number[];
  /** progress: each measure's labels and judgement specs, and the phase of each year (src/components/progress-view.ts). */
  metas?: ProgressMeta[];
  phaseOfYear?: Record<string, string>;
  /** trend: the spec its projection is redone with (src/components/trend-view.ts). */
  spec?: JudgeSpec;
  /** distribution: τ by year and how counts are compared (src/components/distribution-view.ts). */
  targets?: YearTargets;
  comparable?: Comparable;
  /** distribution: units the measure concerns no school of (shown "not applicable"). */
  notApplicable?: string[];
};
/** Runs a block's queries, then returns how to draw it: queries of all blocks finish before any drawing starts. */
type Draw = (block: HTMLElement, config: FilterConfig, filters: Filters, options: Options) => Promise<() => Element>;

const original = new WeakMap<HTMLElement, Node[]>();

function measureById(config: FilterConfig, id: string): MeasureSpec {
  const measure = config.measures[id];
  if (!measure) throw new Error(`unknown measure: ${id}`);
  return measure;
}

const run = <T>(q: Query, config: FilterConfig): Promise<T[]> => query<T>(q, config.dbUrl);

/** A page about one ward or school keeps its scope whatever the filters say. */
function scoped(filters: Filters, options: Options): Filters {
  const result = { ...filters };
  if (options.ward) result.wards = [options.ward];
  if (options.school) result.schools = [options.school];
  return result;
}

/** The one year a single-year chart shows: the filter's year when it names one, else the chart's own. */
function singleYear(filters: Filters, fallback: number): number {
  return filters.years?.length === 1 ? filters.years[0]! : fallback;
}

/** Codes of the units (wards or schools) with a school in view, to leave the others out of a ranking. */
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
    const measure = measureById(config, block.dataset.measure ?? '');
    const { trendChart } = await import('../charts/trend.ts');
    const opts = options as unknown as Parameters<typeof trendChart>[1];
    const rows = await run<MeasureRow & { year: number }>(buildMeasureQuery(toMeasure(measure), ['year'], scoped(filters, options), SCHEMA), config);
    // The axis shrinks to the years chosen, so years left out do not read as "no data".
    const years = filters.years && opts.years ? opts.years.filter((y) => filters.years!.includes(y)) : opts.years;
    // The projection is redone on the filtered series, by the same rule as the build's.
    const projected = options.spec ? trendProjection(opts.lang, options.spec, rows) : {};
    return () => trendChart(rows, { ...opts, noProjection: undefined, ...projected, years: years?.length ? years : opts.years });
  },

  async distribution(block, config, filters, options) {
    const measure = measureById(config, block.dataset.measure ?? '');
    const { distributionChart } = await import('../charts/distribution.ts');
    const opts = options as unknown as Parameters<typeof distributionChart>[1];
    const year = singleYear(filters, opts.year);
    const where = { ...scoped(filters, options), years: [year] };
    const narrowed = Boolean(filters.levels || filters.wards);
    const [rows, units] = await Promise.all([
      run<MeasureRow>(buildMeasureQuery(toMeasure(measure), [opts.group], where, SCHEMA, { learners: options.comparable?.learners }), config),
      narrowed ? unitsInView(config, opts.group, measure.levels, where) : Promise.resolve(undefined),
    ]);
    const names = units ? Object.fromEntries(Object.entries(opts.names).filter(([code]) => units.has(code))) : opts.names;
    const compared = withNotApplicable(options.comparable ? comparableRows(rows, options.comparable) : rows, opts.group, (options.notApplicable ?? []).filter((code) => code in names));
    const target = options.targets ? targetOfYear(opts.lang, options.targets, year, opts.unit, opts.digits ?? 1) : {};
    return () => distributionChart(compared, {
      ...opts,
      year,
      names,
      target: null,
      targetLabel: undefined,
      ...target,
      // The plan-wide reference line is the build's figure for its year only.
      reference: narrowed || year !== opts.year ? null : opts.reference,
    });
  },

  async completeness(_block, config, filters, options) {
    const { completenessChart } = await import('../charts/completeness.ts');
    const opts = options as unknown as Parameters<typeof completenessChart>[1];
    const own = options.years ?? config.years;
    // A chart about given years keeps them when the filter names none of them.
    const chosen = filters.years ? own.filter((y) => filters.years!.includes(y)) : own;
    const years = chosen.length ? chosen : own;
    const where = scoped(filters, options);
    const q = buildCompletenessQuery(years, config.deadline, config.buildDate, opts.group === 'ward_code', where, SCHEMA);
    const rows = await run<Parameters<typeof completenessChart>[0][number]>(q, config);
    const names = opts.names && where.wards ? Object.fromEntries(Object.entries(opts.names).filter(([code]) => where.wards!.includes(code))) : opts.names;
    return () => completenessChart(rows, { ...opts, names });
  },

  async progress(_block, config, filters, options) {
    const { progressChart } = await import('../charts/progress.ts');
    const opts = options as unknown as Parameters<typeof progressChart>[1];
    const year = singleYear(filters, opts.year);
    const metas = options.metas ?? [];
    const phase = options.phaseOfYear?.[String(year)];
    const window = phase ? (metas[0]?.specs[phase]?.window ?? []) : [];
    // The status needs the phase's years; the bar needs the year shown: one scan, grouped by year.
    const measures = metas.map((meta) => measureById(config, meta.id));
    const byYear = { ...scoped(filters, options), years: [...new Set([...window, year])] };
    const wide = await run<Record<string, unknown>>(buildMeasuresQuery(measures.map(toMeasure), ['year'], byYear, SCHEMA), config);
    const split = wide.map((row) => splitMeasuresRow(row, measures.length));
    const rows = rowsFromSpecs(opts.lang, metas, phase, (id) => split.map((r) => r[metas.findIndex((m) => m.id === id)]!), year);
    return () => progressChart(rows, { ...opts, year });
  },
};

export interface RedrawResult {
  /** False when a newer change superseded this one: nothing was written. */
  applied: boolean;
  total: number;
  /** Blocks that kept their build-time figure because their query or chart failed. */
  failed: number;
  /** The first failure, in words. */
  reason?: string;
}

/**
 * Redraw every chart block of the page for `state`, each under a note saying
 * what is filtered (`labels.filtered`). A block whose query fails keeps its
 * build-time figure under a note saying so. `current()` turns false when a
 * newer change superseded this one: nothing is then written.
 */
export async function redrawCharts(
  config: FilterConfig,
  state: FilterState,
  labels: { filtered: string; failed: (reason: string) => string },
  current: () => boolean,
): Promise<RedrawResult> {
  const blocks = [...document.querySelectorAll<HTMLElement>('[data-chart]')].filter((b) => (b.dataset.chart ?? '') in DRAW);
  for (const block of blocks) if (!original.has(block)) original.set(block, [...block.childNodes]);
  const result: RedrawResult = { applied: false, total: blocks.length, failed: 0 };
  if (!needsQuery(state)) {
    if (!current()) return result;
    for (const block of blocks) block.replaceChildren(...original.get(block)!);
    return { ...result, applied: true };
  }
  const filters = toFilters(state, config.options);
  const started = performance.now();
  // Start the engine and the download while the chart modules load.
  void ready(config.dbUrl).catch(() => undefined);
  const drawers = await Promise.allSettled(
    blocks.map((block) => DRAW[block.dataset.chart!]!(block, config, filters, JSON.parse(block.dataset.options ?? '{}') as Options)),
  );
  performance.measure('filters:query', { start: started, end: performance.now() });
  if (!current()) return result;
  blocks.forEach((block, i) => {
    const label = document.createElement('p');
    label.className = 'chart-filtered';
    try {
      const drawer = drawers[i]!;
      if (drawer.status === 'rejected') throw drawer.reason;
      const figure = drawer.value();
      label.textContent = labels.filtered;
      block.replaceChildren(label, figure);
    } catch (error) {
      console.warn('filters: chart not redrawn:', error);
      result.failed += 1;
      result.reason ??= shortReason(error);
      label.textContent = labels.failed(shortReason(error));
      block.replaceChildren(label, ...original.get(block)!);
    }
  });
  return { ...result, applied: true };
}

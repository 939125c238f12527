// How each block of a page is drawn from the answers to its questions
// (src/client/questions.ts, same order): the chart functions of src/charts and
// the table functions of src/tables, with the view-model functions the pages
// use (src/components/*-view.ts: projections, comparable counts, statuses by
// the rules of src/core/rules), so a redrawn block and a built one never
// disagree. Browser; loaded with ./redraw.ts.
import { groupMeasuresRows, type CompletenessRow, type MeasureRow } from '../core/measure-sql.ts';
import { trendChart, type TrendOptions } from '../charts/trend.ts';
import { distributionChart, type DistributionOptions } from '../charts/distribution.ts';
import { completenessChart, type CompletenessOptions } from '../charts/completeness.ts';
import { progressChart, type ProgressOptions } from '../charts/progress.ts';
import { trendProjection } from '../components/trend-view.ts';
import { comparableRows, targetOfYear, withNotApplicable, type Comparable, type YearTargets } from '../components/distribution-view.ts';
import { rowsFromSpecs, type ProgressMeta } from '../components/progress-view.ts';
import type { JudgeSpec } from '../core/rules/judge-measure.ts';
import { tf } from '../i18n/filters.ts';
import type { Lang } from '../i18n/index.ts';
import { partialNote } from '../tables/partial-note.ts';
import { statusRows, statusTable, type StatusMeta } from '../tables/status-table.ts';
import { noteBlock } from '../tables/table-dom.ts';
import { completenessTable } from '../tables/completeness-table.ts';
import type { Row } from './answers.ts';
import type { FilterConfig } from './filter-config.ts';
import { toFilters, type FilterState } from './filter-state.ts';
import { blockScan, pageYear, phaseOf, scanIndex, scanOf, singleWard, type Block } from './questions.ts';

export interface DrawContext {
  config: FilterConfig;
  state: FilterState;
}

/** A block's figure for the state, or null to show nothing (a note that does not apply). */
type Draw = (block: Block, answers: Row[][], context: DrawContext) => Element | null;

/** Answers as the rest of the code reads them (numbers, strings and nulls). */
const asMeasureRows = (rows: Row[] | undefined) => (rows ?? []) as unknown as MeasureRow[];
const lang = (context: DrawContext): Lang => context.config.lang;
const yearOf = (block: Block, context: DrawContext) => pageYear(context.state, context.config, (block.options.year as number | undefined) ?? null);
const noYear = (context: DrawContext) => noteBlock(tf(lang(context), 'filters.noYear'));

/** Measure id → its rows by year, from a buildMeasuresQuery answer grouped by year over the block's scan. */
function byYear(block: Block, rows: Row[] | undefined): (id: string) => MeasureRow[] {
  const ids = (scanOf(block) ?? '').split(' ').filter(Boolean);
  const groups = groupMeasuresRows(rows ?? [], ids.length);
  return (id) => groups.map((g) => g[ids.indexOf(id)]!).filter(Boolean);
}

/** The block's own measure by year, from questions.ts byYear (a row per year and measure when the block has a scan). */
function ownByYear(block: Block, rows: Row[] | undefined): MeasureRow[] {
  return blockScan(block) ? byYear(block, rows)(block.measure ?? '') : asMeasureRows(rows);
}

/**
 * A block across wards narrowed to one ward asked by year (questions.ts
 * singleWard): its row for `year`, keyed by the ward like the other rows.
 */
function acrossUnitsRows(block: Block, rows: Row[] | undefined, context: DrawContext, year: number): MeasureRow[] {
  const ward = singleWard(block, toFilters(context.state, context.config.options));
  if (!ward) return asMeasureRows(rows);
  return ownByYear(block, rows)
    .filter((r) => r.year === year)
    .map(({ year: _year, ...r }) => ({ ...r, ward_code: ward }));
}

/** Codes with at least one school in scope for the block's measure, from a buildApplicableQuery answer. */
function inScope(block: Block, rows: Row[] | undefined, group: string): Set<string> | undefined {
  const column = `n_${scanIndex(block)}`;
  return rows ? new Set(rows.filter((r) => Number(r[column]) > 0).map((r) => String(r[group]))) : undefined;
}

export const DRAW: Record<string, Draw> = {
  trend(block, [rows], { config, state }) {
    const opts = block.options as unknown as TrendOptions & { spec?: JudgeSpec };
    const filters = toFilters(state, config.options);
    const measureRows = ownByYear(block, rows);
    // The axis shrinks to the years chosen, so years left out do not read as "no data".
    const years = filters.years && opts.years ? opts.years.filter((y) => filters.years!.includes(y)) : opts.years;
    // The projection is redone on the filtered series, by the same rule as the build's.
    const projected = opts.spec ? trendProjection(opts.lang, opts.spec, measureRows) : {};
    return trendChart(measureRows as never, { ...opts, noProjection: undefined, ...projected, years: years?.length ? years : opts.years });
  },

  distribution(block, [rows, units], context) {
    const year = yearOf(block, context);
    if (year === null) return noYear(context);
    const opts = block.options as unknown as DistributionOptions & { comparable?: Comparable; notApplicable?: string[]; targets?: YearTargets; reference?: number | null };
    const scope = inScope(block, units, opts.group);
    const names = scope ? Object.fromEntries(Object.entries(opts.names).filter(([code]) => scope.has(code))) : opts.names;
    const measured = acrossUnitsRows(block, rows, context, year);
    const group = opts.group as 'ward_code' | 'school_code';
    const compared = withNotApplicable(opts.comparable ? comparableRows(measured, opts.comparable) : measured, group, (opts.notApplicable ?? []).filter((code) => code in names));
    const target = opts.targets ? targetOfYear(opts.lang, opts.targets, year, opts.unit, opts.digits ?? 1) : {};
    return distributionChart(compared, {
      ...opts,
      year,
      names,
      target: null,
      targetLabel: undefined,
      ...target,
      // The plan-wide reference line is the build's figure for its own year and no filter.
      reference: scope || year !== opts.year ? null : opts.reference,
    });
  },

  completeness(block, [rows], { config, state }) {
    const opts = block.options as unknown as CompletenessOptions;
    const wards = toFilters(state, config.options).wards;
    const names = opts.names && wards ? Object.fromEntries(Object.entries(opts.names).filter(([code]) => wards.includes(code))) : opts.names;
    return completenessChart((rows ?? []) as unknown as CompletenessRow[], { ...opts, names });
  },

  progress(block, [rows], context) {
    const year = yearOf(block, context);
    if (year === null) return noYear(context);
    const opts = block.options as unknown as ProgressOptions & { metas?: ProgressMeta[]; captionTemplate?: string };
    const progress = rowsFromSpecs(opts.lang, opts.metas ?? [], phaseOf(block, year), byYear(block, rows), year);
    const caption = opts.captionTemplate?.replace('{year}', String(year));
    return progressChart(progress, { ...opts, year, ...(caption ? { caption } : {}) });
  },

  'headline-table'(block, [rows], context) {
    const year = yearOf(block, context);
    if (year === null) return noYear(context);
    const o = block.options as { metas?: StatusMeta[]; phaseNames?: Record<string, string>; methodHref: string };
    const phase = phaseOf(block, year) ?? '';
    const table = statusRows(lang(context), o.metas ?? [], byYear(block, rows), year, { id: phase, name: o.phaseNames?.[phase] ?? '' }, context.config.deadline);
    return statusTable(table, { lang: lang(context), year, methodHref: o.methodHref });
  },

  'completeness-table'(block, [rows], context) {
    const o = block.options as { year: number; names: Record<string, string>; href?: string };
    return completenessTable((rows ?? []) as unknown as CompletenessRow[], { lang: lang(context), year: o.year, names: o.names, href: o.href });
  },

  'partial-note'(block, [rows], context) {
    const year = pageYear(context.state, context.config, (block.options.year as number | undefined) ?? context.config.latestYear);
    if (year === null) return null;
    return partialNote(rows?.find((row) => row.year === year) as unknown as CompletenessRow | undefined, { lang: lang(context), year, deadline: context.config.deadline, buildDate: context.config.buildDate });
  },
};

/** Blocks drawn without the "Filtered: …" line above them (a note stands alone). */
export const UNLABELLED = new Set(['partial-note']);

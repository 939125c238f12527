// What each block of a page asks the database for a filter state: the same
// SQL as the build (src/core/measure-sql.ts) with the filters, and the columns
// kept of its rows. The browser answers these questions (precomputed answers
// first, DuckDB-WASM for the rest: src/client/redraw.ts) and the build
// precomputes them (src/site-data/answers.ts), so both ask exactly the same.
// Pure: no DOM, Node and browser.
import {
  buildApplicableQuery,
  buildCompletenessQuery,
  buildMeasureQuery,
  buildMeasuresQuery,
  type Filters,
  type GroupKey,
  type Query,
} from '../core/measure-sql.ts';
import { queryKey } from '../core/query-key.ts';
import { toMeasure, type FilterConfig, type MeasureSpec } from './filter-config.ts';
import { toFilters, type FilterState } from './filter-state.ts';

/** Schema prefix of the attached browser database. */
export const SCHEMA = 'd.';

/** A block of the page: a `[data-chart]` host (docs/site.md), read from its attributes. */
export interface Block {
  kind: string;
  /** Measure id(s), space-separated. */
  measure?: string;
  group?: string;
  options: BlockOptions;
}

/** The fields of data-options the questions read. */
export interface BlockOptions {
  year?: number;
  years?: number[];
  group?: GroupKey;
  ward?: string;
  school?: string;
  [key: string]: unknown;
}

export interface Question {
  query: Query;
  /** The columns kept of each row, in this order (the answer's rows are arrays). */
  columns: string[];
}

/**
 * The columns of a measure row the pages read: the figure, the schools behind
 * it, and the numerator (a count is judged and compared per school from its
 * sum: src/core/rules judgedValueOf, src/components/distribution-view.ts).
 */
export const MEASURE_FIELDS = ['value', 'numerator', 'schools_value', 'schools_missing', 'schools_na'] as const;
const COMPLETENESS_FIELDS = ['expected', 'on_time', 'late', 'rejected', 'not_yet_due', 'not_reported'];

export function measureSpecs(config: FilterConfig, ids: string | undefined): MeasureSpec[] {
  return (ids ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => {
      const spec = config.measures[id];
      if (!spec) throw new Error(`unknown measure: ${id}`);
      return spec;
    });
}

/**
 * The one year a single-year block shows: the year chosen, else the latest
 * year with reports of the phase chosen (null when it has none yet), else the
 * block's own year.
 */
export function pageYear(state: FilterState, config: Pick<FilterConfig, 'options' | 'years' | 'latestYear'>, fallback: number | null): number | null {
  if (state.year) return Number(state.year);
  const phase = config.options.phases.find((p) => p.id === state.phase);
  if (!phase) return fallback;
  const reported = phase.years.filter((y) => config.years.includes(y) && config.latestYear !== null && y <= config.latestYear);
  return reported.length ? Math.max(...reported) : null;
}

/** A page about one ward or school keeps its scope whatever the filters say. */
export function scoped(filters: Filters, options: BlockOptions): Filters {
  const result = { ...filters };
  if (options.ward) result.wards = [options.ward];
  if (options.school) result.schools = [options.school];
  return result;
}

const unitGroup = (block: Block): 'ward_code' | 'school_code' => (block.options.group ?? block.group) === 'school_code' ? 'school_code' : 'ward_code';
const measureQuestion = (query: Query, keys: string[]): Question => ({ query, columns: [...keys, ...MEASURE_FIELDS] });
/** A buildMeasuresQuery question: a row per group and measure (src/core/measure-sql.ts groupMeasuresRows). */
const measuresQuestion = (query: Query, keys: string[]): Question => ({ query, columns: [...keys, 'measure', ...MEASURE_FIELDS] });

type Ask = (block: Block, filters: Filters, state: FilterState, config: FilterConfig) => Question[];

/**
 * The one ward chosen, when a block across wards is narrowed to it: its row is
 * then the row the page's other blocks already ask for (the trend by year, the
 * one-row scan), so the block asks that same question and the engine runs it once.
 */
export function singleWard(block: Block, filters: Filters): string | undefined {
  return unitGroup(block) === 'ward_code' && filters.wards?.length === 1 && !learnersOf(block) ? filters.wards[0] : undefined;
}

/** The learners indicator a block's counts are compared by (per 100 learners), when it has one (src/components/distribution-view.ts). */
function learnersOf(block: Block): string | undefined {
  const comparable = block.options.comparable as { learners?: string } | undefined;
  return comparable?.learners;
}

/** A measure across units for the page's year; with the schools in scope per unit when `applicable` says so. */
function acrossUnits(block: Block, filters: Filters, state: FilterState, config: FilterConfig, applicable: boolean): Question[] {
  const [measure] = measureSpecs(config, block.measure);
  const year = pageYear(state, config, block.options.year ?? null);
  if (!measure || year === null) return [];
  const group = unitGroup(block);
  const where = { ...scoped(filters, block.options), years: [year] };
  const learners = learnersOf(block);
  const questions = singleWard(block, filters)
    ? byYear(block, filters, config)
    : [{ query: buildMeasureQuery(toMeasure(measure), [group], where, SCHEMA, learners ? { learners } : {}), columns: [group, ...MEASURE_FIELDS, ...(learners ? ['learners'] : [])] }];
  if (applicable) {
    // For every measure of the block's scan: the page's distributions ask one question.
    const scan = blockScan(block);
    const measures = scan ? measureSpecs(config, scan) : [measure];
    questions.push({ query: buildApplicableQuery(measures, group, where, SCHEMA), columns: [group, ...measures.map((_, i) => `n_${i}`)] });
  }
  return questions;
}

/** The block's `scan`: the measures of the page its one-row questions ask for together, when it has one. */
export function blockScan(block: Block): string | undefined {
  return typeof block.options.scan === 'string' ? block.options.scan : undefined;
}

/** Where the block's own measure is among the measures of its questions (0 without a scan). */
export function scanIndex(block: Block): number {
  const scan = blockScan(block);
  return scan ? scan.split(' ').indexOf(block.measure ?? '') : 0;
}

/**
 * The block's measure by year: a trend, and a distribution narrowed to one
 * ward. With a scan (a criterion page's measures), one question by year and
 * measure that every such block of the page asks; else its own measure's.
 */
function byYear(block: Block, filters: Filters, config: FilterConfig): Question[] {
  const scope = scoped(filters, block.options);
  const scan = blockScan(block);
  if (scan) return [measuresQuestion(buildMeasuresQuery(measureSpecs(config, scan).map(toMeasure), ['year'], scope, SCHEMA), ['year'])];
  const [measure] = measureSpecs(config, block.measure);
  return measure ? [measureQuestion(buildMeasureQuery(toMeasure(measure), ['year'], scope, SCHEMA), ['year'])] : [];
}

/**
 * The measures a one-row block queries: its `scan` when it has one (several
 * blocks of a page then ask one identical question, answered once), else its own.
 */
export function scanOf(block: Block): string | undefined {
  return blockScan(block) ?? block.measure;
}

/**
 * Measures by year for the page's year and the years its phase judges on
 * (the window of the phase's judgement spec: src/components/progress-view.ts):
 * the progress chart and the overview's status table.
 */
const judgedByYear: Ask = (block, filters, state, config) => {
  const measures = measureSpecs(config, scanOf(block));
  const year = pageYear(state, config, block.options.year ?? null);
  if (measures.length === 0 || year === null) return [];
  const years = [...new Set([...windowOf(block, year), year])];
  return [measuresQuestion(buildMeasuresQuery(measures.map(toMeasure), ['year'], { ...scoped(filters, block.options), years }, SCHEMA), ['year'])];
};

/**
 * The phase a judged block judges `year` in: for the block's own year its own
 * phase when it names one (the status table judges the phase in view, as the
 * build did), else the year's phase.
 */
export function phaseOf(block: Block, year: number): string | undefined {
  const own = block.options.phase as string | undefined;
  if (own && year === block.options.year) return own;
  const phaseOfYear = block.options.phaseOfYear as Record<string, string> | undefined;
  return phaseOfYear?.[String(year)] ?? own;
}

/** The years the block's judgement of `year` reads (its first measure's spec for the year's phase). */
function windowOf(block: Block, year: number): number[] {
  const phase = phaseOf(block, year);
  const metas = (block.options.metas ?? []) as { specs: Record<string, { window: number[] }> }[];
  return phase ? (metas[0]?.specs[phase]?.window ?? []) : [];
}

/** Years a completeness block shows: its own, narrowed to those chosen (all of its own when none is). */
export function completenessYears(filters: Filters, options: BlockOptions, config: FilterConfig): number[] {
  const own = options.years ?? config.years;
  const chosen = filters.years ? own.filter((y) => filters.years!.includes(y)) : own;
  return chosen.length ? chosen : own;
}

const ASK: Record<string, Ask> = {
  trend: (block, filters, _state, config) => byYear(block, filters, config),
  // Units without a school in scope are left out of a narrowed chart.
  distribution: (block, filters, state, config) => acrossUnits(block, filters, state, config, Boolean(filters.levels || filters.wards)),
  completeness: (block, filters, _state, config) => {
    const byWard = block.options.group === 'ward_code';
    const query = buildCompletenessQuery(completenessYears(filters, block.options, config), config.deadline, config.buildDate, byWard, scoped(filters, block.options), SCHEMA);
    return [{ query, columns: ['year', ...(byWard ? ['ward_code'] : []), ...COMPLETENESS_FIELDS] }];
  },
  progress: judgedByYear,
  'headline-table': judgedByYear,
  'completeness-table': (block, filters, _state, config) => {
    const { year } = block.options;
    if (year === undefined) return [];
    const query = buildCompletenessQuery([year], config.deadline, config.buildDate, true, { levels: filters.levels, wards: filters.wards }, SCHEMA);
    return [{ query, columns: ['year', 'ward_code', ...COMPLETENESS_FIELDS] }];
  },
  'partial-note': (block, filters, state, config) => {
    const year = pageYear(state, config, block.options.year ?? config.latestYear);
    if (year === null) return [];
    // The years a completeness chart of the page asks for (the page's years,
    // narrowed to those chosen) when they hold this one: the engine then
    // answers one question for both blocks (its row of the year is the note's).
    const shared = completenessYears(filters, { years: config.years }, config);
    const years = shared.includes(year) ? shared : [year];
    const query = buildCompletenessQuery(years, config.deadline, config.buildDate, false, scoped(filters, block.options), SCHEMA);
    return [{ query, columns: ['year', ...COMPLETENESS_FIELDS] }];
  },
};

export const BLOCK_KINDS = Object.keys(ASK);

/** The questions of a block for a state ([] when it shows nothing for it, e.g. a phase without data). */
export function questionsOf(block: Block, state: FilterState, config: FilterConfig): Question[] {
  const ask = ASK[block.kind];
  if (!ask) throw new Error(`unknown block kind: ${block.kind}`);
  return ask(block, toFilters(state, config.options), state, config);
}

/**
 * True when the block shows, for `state`, what the build drew: the same
 * questions as with no filter, and the same year (a judged block asks the
 * same rows, by year over its phase, for any year of the phase it shows).
 */
export function showsBuildFigures(block: Block, state: FilterState, config: FilterConfig): boolean {
  const own = block.options.year ?? null;
  const view = (s: FilterState) => `${pageYear(s, config, own)}|${questionsOf(block, s, config).map((q) => queryKey(q.query, q.columns)).join(' ')}`;
  return view(state) === view({});
}

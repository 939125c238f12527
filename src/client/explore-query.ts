// The Explore page's question as SQL and its answer as a result: one scan of
// the plan's reports for every measure chosen (buildMeasuresQuery, the SQL the
// pages are built with), grouped by the unit chosen and by year, filters as
// parameters only; then one row per unit and year with each measure's figure,
// and the same result in long form for the CSV download (formula-safe through
// src/site-data/csv.ts). Pure; browser and unit tests.
import { buildMeasuresQuery, groupMeasuresRows, type Filters, type GroupKey, type MeasureRow, type Query } from '../core/measure-sql.ts';
import { toCsv } from '../site-data/csv.ts';
import type { Lang } from '../i18n/index.ts';
import { toMeasure, type EngineCost, type MeasureSpec } from './filter-config.ts';
import type { ExploreOptions, ExploreState } from './explore-state.ts';

/** A measure as the page shows it. */
export interface ExploreMeasure extends MeasureSpec {
  label: string;
  unit: string;
  digits: number;
}

/** What the page hands its script (data-config). */
export interface ExploreConfig {
  lang: Lang;
  planId: string;
  dbUrl: string;
  engine: EngineCost;
  options: ExploreOptions;
  measures: Record<string, ExploreMeasure>;
  /** Level code → name (the combined codes too: '12', '45'…). */
  levelNames: Record<string, string>;
}

/** The SQL of a question, and the lookup of the unit names it shows. */
export interface ExploreQueries {
  main: Query;
  names: Query | null;
  /** The group keys of the main query, in order. */
  groups: GroupKey[];
}

function filtersOf(state: ExploreState): Filters {
  const filters: Filters = {};
  if (state.years.length) filters.years = state.years;
  if (state.levels.length) filters.levels = state.levels;
  if (state.wards.length) filters.wards = state.wards;
  return filters;
}

export function chosenMeasures(state: ExploreState, config: ExploreConfig): ExploreMeasure[] {
  return state.measures.map((id) => config.measures[id]).filter((m): m is ExploreMeasure => m !== undefined);
}

const NAME_QUERIES: Partial<Record<GroupKey, string>> = {
  ward_code: 'SELECT ward_code AS code, ward_name AS name FROM d.wards ORDER BY code',
  school_code: 'SELECT school_code AS code, school_name AS name FROM d.schools ORDER BY code',
};

export function exploreQueries(state: ExploreState, config: ExploreConfig): ExploreQueries {
  const measures = chosenMeasures(state, config);
  if (measures.length === 0) throw new Error('choose at least one measure');
  const groups: GroupKey[] = state.group === 'year' ? ['year'] : [state.group, 'year'];
  const sql = NAME_QUERIES[state.group];
  return { main: buildMeasuresQuery(measures.map(toMeasure), groups, filtersOf(state), 'd.'), names: sql ? { sql, params: [] } : null, groups };
}

export interface ResultRow {
  /** The unit's code (the year itself when grouped by year). */
  code: string;
  name: string;
  year: number;
  /** One per measure chosen, in order. */
  figures: MeasureRow[];
}

export interface ExploreResult {
  state: ExploreState;
  measures: ExploreMeasure[];
  rows: ResultRow[];
}

/** The main query's rows as one row per unit and year. */
export function toResult(state: ExploreState, config: ExploreConfig, rows: readonly Record<string, unknown>[], names: readonly { code: unknown; name: unknown }[]): ExploreResult {
  const measures = chosenMeasures(state, config);
  const nameOf = new Map(names.map((n) => [String(n.code), String(n.name)]));
  if (state.group === 'level_code') for (const [code, name] of Object.entries(config.levelNames)) nameOf.set(code, name);
  return {
    state,
    measures,
    rows: groupMeasuresRows(rows, measures.length).map((figures) => {
      const first = figures[0] as unknown as Record<string, unknown>;
      const code = String(first[state.group]);
      return { code, name: state.group === 'year' ? code : (nameOf.get(code) ?? code), year: Number(first.year), figures };
    }),
  };
}

export const CSV_COLUMNS = ['group', 'code', 'name', 'year', 'measure_id', 'measure', 'unit', 'value', 'numerator', 'denominator', 'schools_value', 'schools_missing', 'schools_na'] as const;

/** The result in long form, one line per unit, year and measure: UTF-8 with BOM, formula-like text neutralised. */
export function resultCsv(result: ExploreResult): string {
  const lines = result.rows.flatMap((row) =>
    result.measures.map((m, i) => {
      const f = row.figures[i]!;
      return {
        group: result.state.group,
        code: row.code,
        name: row.name,
        year: row.year,
        measure_id: m.id,
        measure: m.label,
        unit: m.unit,
        value: f.value,
        numerator: f.numerator,
        denominator: f.denominator,
        schools_value: f.schools_value,
        schools_missing: f.schools_missing,
        schools_na: f.schools_na,
      };
    }),
  );
  return toCsv(CSV_COLUMNS, lines);
}

/** The SQL as shown on the page: the statement, then its parameters in order. */
export function showSql(query: Query): string {
  return `${query.sql}\n-- ${query.params.length ? `? = ${query.params.map((p) => JSON.stringify(p)).join(', ')}` : 'no parameters'}`;
}

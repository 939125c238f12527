// Parameterised SQL for a plan's measures and for reporting completeness, over
// the tables of docs/data-model.md. The same text runs in @duckdb/node-api at
// build time and in DuckDB-WASM in the browser, so the two never disagree.
// Filter values only ever travel as parameters; the SQL text is built from
// validated identifiers and placeholder counts alone.
import type { Measure } from './plan-schema.ts';
import { reportStateSql } from './rules/report-state.ts';

export type GroupKey = 'year' | 'ward_code' | 'school_code' | 'level_code';

export interface Filters {
  /** Report years to include; empty or absent = all. */
  years?: readonly number[];
  /** School-level digits ('1'…'6'); a school counts if it teaches any. Absent = all. */
  levels?: readonly string[];
  /** Ward codes to include; empty or absent = all. */
  wards?: readonly string[];
  /** School codes to include; empty or absent = all. */
  schools?: readonly string[];
}

export interface Query {
  sql: string;
  params: (string | number)[];
}

/** One row of a measure query: the group keys present, then these fields. */
export interface MeasureRow {
  year?: number;
  ward_code?: string;
  school_code?: string;
  level_code?: string;
  /** The figure, or null when no school in the group has a value. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  schools_value: number;
  schools_missing: number;
  schools_na: number;
  /**
   * Count measures (total, per-school), when the query names the learners
   * indicator: Σ learners of the schools with a value, null unless every one
   * of them gave it; what "per 100 learners" divides by.
   */
  learners?: number | null;
}

const isCountKind = (kind: Measure['kind']) => kind === 'total' || kind === 'per-school';

const GROUP_KEYS: readonly GroupKey[] = ['year', 'ward_code', 'school_code', 'level_code'];
const LEVEL_DIGITS = ['1', '2', '3', '4', '5', '6'];

/**
 * An indicator's column in `reports`, quoted. Ids come from a checked plan
 * (template-schema.ts); anything else is refused, never pasted into SQL.
 */
function indicatorColumn(id: string, suffix = ''): string {
  if (!/^[a-z][a-z0-9_]*$/.test(id)) throw new Error(`bad indicator id: ${id}`);
  return `"${id}${suffix}"`;
}

function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** A regexp character class matching the level codes of schools to include. */
export function levelPattern(measureLevels: readonly string[], filterLevels?: readonly string[]): string {
  const digits = LEVEL_DIGITS.filter((d) => measureLevels.includes(d) && (!filterLevels || filterLevels.includes(d)));
  // No digit left: a class that matches nothing, so the query returns no school.
  return digits.length ? `[${digits.join('')}]` : '[^0-9]';
}

/** The figure's aggregate, over judged rows with columns v, d, ok suffixed by `s`. */
function valueExpr(kind: Measure['kind'], s: string): string {
  const sum = (column: string) => `sum(${column}${s}) FILTER (WHERE ok${s})`;
  switch (kind) {
    case 'ratio':
      return `CASE WHEN ${sum('d')} > 0 THEN 100 * ${sum('v')} / ${sum('d')} END`;
    case 'share-yes':
      return `100 * avg(v${s}) FILTER (WHERE ok${s})`;
    case 'total':
      return sum('v');
    case 'mean':
    case 'per-school':
      return `avg(v${s}) FILTER (WHERE ok${s})`;
  }
}

/** A measure's columns on a reports row `r`: value and its not-applicable flag, and a ratio's denominator and flag (null otherwise). */
function reportColumns(measure: Measure): { v: string; vNa: string; d: string | null; dNa: string | null } {
  const ratio = measure.kind === 'ratio';
  return {
    v: `r.${indicatorColumn(measure.indicator)}`,
    vNa: `r.${indicatorColumn(measure.indicator, '__na')}`,
    d: ratio ? `r.${indicatorColumn(measure.denominator ?? '')}` : null,
    dNa: ratio ? `r.${indicatorColumn(measure.denominator ?? '', '__na')}` : null,
  };
}

/**
 * The judged columns of one measure on a reports row `r`, suffixed by `s`:
 * v (value), d (denominator), na (not applicable), ok (counts towards the
 * figure). `inView` is the SQL condition that the school is in the measure's scope.
 */
function judgedColumns(measure: Measure, s: string, inView: string, learners?: string): string {
  const { v, vNa, d, dNa } = reportColumns(measure);
  const l = learners && isCountKind(measure.kind) ? [`r.${indicatorColumn(learners)} AS l${s}`] : [];
  return [
    `${v} AS v${s}`,
    `${d ?? 'NULL::DOUBLE'} AS d${s}`,
    ...l,
    `(${inView}) AND (${vNa}${dNa ? ` OR ${dNa}` : ''}) AS na${s}`,
    `(${inView}) AND ${v} IS NOT NULL${d ? ` AND ${d} IS NOT NULL` : ''} AS ok${s}`,
    `(${inView}) AS scope${s}`,
  ].join(', ');
}

/** The output columns of one measure over judged rows, suffixed by `s`. */
function measureColumns(measure: Measure, s: string, learners?: string): string {
  return [
    `(${valueExpr(measure.kind, s)})::DOUBLE AS value${s}`,
    `sum(v${s}) FILTER (WHERE ok${s})::DOUBLE AS numerator${s}`,
    `${measure.kind === 'ratio' ? `sum(d${s}) FILTER (WHERE ok${s})` : 'NULL'}::DOUBLE AS denominator${s}`,
    `count(*) FILTER (WHERE ok${s})::INTEGER AS schools_value${s}`,
    `count(*) FILTER (WHERE scope${s} AND NOT ok${s} AND NOT na${s})::INTEGER AS schools_missing${s}`,
    `count(*) FILTER (WHERE NOT ok${s} AND na${s})::INTEGER AS schools_na${s}`,
    ...(learners && isCountKind(measure.kind)
      ? [`(CASE WHEN count(l${s}) FILTER (WHERE ok${s}) = count(*) FILTER (WHERE ok${s}) THEN sum(l${s}) FILTER (WHERE ok${s}) END)::DOUBLE AS learners${s}`]
      : []),
  ].join(',\n  ');
}

function filterClauses(filters: Filters, params: (string | number)[], alias: string): string {
  const clauses: string[] = [];
  const add = (column: string, values: readonly (string | number)[] | undefined) => {
    if (!values || values.length === 0) return;
    clauses.push(`${alias}.${column} IN (${placeholders(values.length)})`);
    params.push(...values);
  };
  add('year', filters.years);
  add('ward_code', filters.wards);
  add('school_code', filters.schools);
  return clauses.map((c) => ` AND ${c}`).join('');
}

/**
 * SQL that derives the wide `reports` table from `observations`: one row per
 * accepted report (year, school), a DOUBLE column per indicator of the plan's
 * template (indicatorsOf(plan); NULL unless a value) and a BOOLEAN
 * `<indicator>__na` (not applicable). Measures read this table: a scan of one
 * row per school instead of a pivot over every indicator.
 */
export function buildReportsTableSql(indicators: readonly { id: string }[]): string {
  if (indicators.length === 0) throw new Error('the reports table needs at least one indicator');
  const columns = indicators.map(
    ({ id }) => `  max(value) FILTER (WHERE indicator = '${id}') AS ${indicatorColumn(id)},
  bool_or(indicator = '${id}' AND status = 'not_applicable') AS ${indicatorColumn(id, '__na')}`,
  );
  return `SELECT year, school_code, any_value(ward_code) AS ward_code, any_value(level_code) AS level_code,
${columns.join(',\n')}
FROM observations
GROUP BY year, school_code
ORDER BY year, school_code`;
}

function checkArguments(groupBy: readonly GroupKey[], schema: string): void {
  for (const key of groupBy) if (!GROUP_KEYS.includes(key)) throw new Error(`unknown group key: ${key}`);
  if (schema && !/^[a-z_]+\.$/.test(schema)) throw new Error(`bad schema prefix: ${schema}`);
}

function groupClause(groups: string): string {
  return groups ? `\nGROUP BY ${groups}\nORDER BY ${groups}` : '';
}

/**
 * SQL for one measure, grouped by `groupBy` (none = one row for the whole plan).
 * `schema` prefixes table names, e.g. 'd.' for a database attached as d.
 * `options.learners` names the template indicator counted as learners: a
 * count measure then also sums it (plans that compare counts per 100 learners).
 */
export function buildMeasureQuery(measure: Measure, groupBy: readonly GroupKey[], filters: Filters = {}, schema = '', options: { learners?: string } = {}): Query {
  checkArguments(groupBy, schema);
  const params: (string | number)[] = [levelPattern(measure.levels, filters.levels)];
  const where = filterClauses(filters, params, 'r');
  const groups = groupBy.join(', ');
  const sql = `WITH judged AS (
  SELECT r.year, r.school_code, r.ward_code, r.level_code, ${judgedColumns(measure, '', 'true', options.learners)}
  FROM ${schema}reports r
  WHERE regexp_matches(r.level_code, ?)${where}
)
SELECT ${groups ? `${groups}, ` : ''}${measureColumns(measure, '', options.learners)}
FROM judged${groupClause(groups)}`;
  return { sql, params };
}

const sqlText = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * SQL for the `judged` table of the browser's database
 * (src/site-data/browser-database.ts): one row per accepted report (the
 * `reports` table) and measure of `measures`, in long form. `measure` is the
 * measure's id, `kind` its kind, `v` and `d` its value and denominator,
 * `has_value` whether both are given, `is_na` whether either is not
 * applicable, and `levels` the digits of the school's levels the measure
 * applies to ('' when none): a level filter then narrows a measure's schools
 * exactly as levelPattern(measure.levels, filter) does. buildMeasuresQuery
 * reads it, so the per-school work is done once, at build time, by this SQL,
 * and a filter change asks one small aggregate.
 */
export function buildJudgedTableSql(measures: readonly Measure[], schema = ''): string {
  if (measures.length === 0) throw new Error('the judged table needs at least one measure');
  if (schema && !/^[a-z_]+\.$/.test(schema)) throw new Error(`bad schema prefix: ${schema}`);
  const ids = new Set<string>();
  const selects = measures.map((m) => {
    if (!MEASURE_KINDS.includes(m.kind)) throw new Error(`unknown measure kind: ${m.kind}`);
    if (ids.has(m.id)) throw new Error(`measure listed twice: ${m.id}`);
    ids.add(m.id);
    const { v, vNa, d, dNa } = reportColumns(m);
    const digits = LEVEL_DIGITS.filter((digit) => (m.levels as readonly string[]).includes(digit)).join('');
    return `SELECT ${sqlText(m.id)} AS measure, r.year, r.school_code, r.ward_code, r.level_code, ${sqlText(m.kind)} AS kind,
  ${v}::DOUBLE AS v, ${d ?? 'NULL'}::DOUBLE AS d,
  ${v} IS NOT NULL${d ? ` AND ${d} IS NOT NULL` : ''} AS has_value,
  ${vNa}${dNa ? ` OR ${dNa}` : ''} AS is_na,
  ${digits ? `regexp_replace(r.level_code::VARCHAR, '[^${digits}]', '', 'g')` : "''"} AS levels
FROM ${schema}reports r`;
  });
  return `${selects.join('\nUNION ALL\n')}\nORDER BY measure, year, school_code`;
}

/**
 * Several measures in one aggregate of the `judged` table (buildJudgedTableSql,
 * written from the same measures), in long form: one row per group and
 * measure, the group keys, `measure` (the measure's index in `measures`),
 * then the fields of buildMeasureQuery (without learners). Every report row
 * in the filters' years, wards and schools is in its group for every measure
 * (a school out of the measure's or the filter's levels counts nothing), so
 * every group has a row for every measure. On Hưng Yên's overview with a
 * level and a ward chosen (DuckDB-WASM in Node, unthrottled) the unnest over
 * `reports` it replaced took about 12 ms; a prototype of this aggregate over
 * such a table about 4 ms (this exact text is not yet measured).
 * groupMeasuresRows turns the rows back into a MeasureRow per measure for each group.
 */
export function buildMeasuresQuery(measures: readonly Measure[], groupBy: readonly GroupKey[], filters: Filters = {}, schema = ''): Query {
  checkArguments(groupBy, schema);
  if (measures.length === 0) throw new Error('buildMeasuresQuery needs at least one measure');
  const ids = measures.map((m) => m.id);
  if (new Set(ids).size !== ids.length) throw new Error('buildMeasuresQuery: a measure is listed twice');
  // The filter's levels as a class of digits (any digit when none is chosen).
  const params: (string | number)[] = [...ids, filters.levels ? levelPattern(LEVEL_DIGITS, filters.levels) : '[0-9]', ...ids];
  const where = filterClauses(filters, params, 'j');
  const keys = groupBy.map((k) => `j.${k}`).join(', ');
  const groups = [...groupBy, 'measure'].join(', ');
  const sql = `WITH judged AS (
  SELECT ${keys ? `${keys}, ` : ''}CASE j.measure ${ids.map((_, i) => `WHEN ? THEN ${i}`).join(' ')} END AS measure,
    j.kind, j.v, j.d, j.has_value, j.is_na, regexp_matches(j.levels, ?) AS scope
  FROM ${schema}judged j
  WHERE j.measure IN (${placeholders(ids.length)})${where}
), flagged AS (
  SELECT *, scope AND has_value AS ok, scope AND is_na AS na FROM judged
)
SELECT ${groupBy.length ? `${groupBy.join(', ')}, ` : ''}measure,
  (CASE kind
    WHEN 'ratio' THEN CASE WHEN sum(d) FILTER (WHERE ok) > 0 THEN 100 * sum(v) FILTER (WHERE ok) / sum(d) FILTER (WHERE ok) END
    WHEN 'share-yes' THEN 100 * avg(v) FILTER (WHERE ok)
    WHEN 'total' THEN sum(v) FILTER (WHERE ok)
    ELSE avg(v) FILTER (WHERE ok)
  END)::DOUBLE AS value,
  sum(v) FILTER (WHERE ok)::DOUBLE AS numerator,
  (CASE WHEN kind = 'ratio' THEN sum(d) FILTER (WHERE ok) END)::DOUBLE AS denominator,
  count(*) FILTER (WHERE ok)::INTEGER AS schools_value,
  count(*) FILTER (WHERE scope AND NOT ok AND NOT na)::INTEGER AS schools_missing,
  count(*) FILTER (WHERE NOT ok AND na)::INTEGER AS schools_na
FROM flagged
GROUP BY ${groupBy.length ? `${groupBy.join(', ')}, ` : ''}measure, kind
ORDER BY ${groups}`;
  return { sql, params };
}

const MEASURE_KINDS: readonly Measure['kind'][] = ['ratio', 'share-yes', 'total', 'mean', 'per-school'];

/**
 * The rows of buildMeasuresQuery as one array per group, of one MeasureRow
 * per measure in `measures` order (group keys copied). The rows come ordered
 * by group, then measure, and every group has a row for every measure.
 */
export function groupMeasuresRows(rows: readonly Record<string, unknown>[], count: number): MeasureRow[][] {
  const groups: MeasureRow[][] = [];
  for (const row of rows) {
    const index = Number(row.measure);
    if (index === 0) groups.push([]);
    const { measure: _measure, ...figure } = row;
    groups[groups.length - 1]![index] = figure as unknown as MeasureRow;
  }
  for (const group of groups) if (group.length !== count || group.includes(undefined as never)) throw new Error('buildMeasuresQuery rows: a group misses a measure');
  return groups;
}

/** One row of a completeness query. */
export interface CompletenessRow {
  year: number;
  ward_code?: string;
  expected: number;
  on_time: number;
  late: number;
  /** Sent, but every report was rejected (or tied on date): no accepted report. */
  rejected: number;
  /** Not reported, the deadline not yet passed on the build date. */
  not_yet_due: number;
  /** Not reported, the deadline passed. */
  not_reported: number;
}

/**
 * Schools expected (the roster) against their reports, for each year in
 * `years`, optionally by ward: each school's state by the rule of
 * src/core/rules/report-state.ts (on time, late, sent but rejected, not yet
 * due while `buildDate` (YYYY-MM-DD) is on or before the deadline, not reported).
 */
export function buildCompletenessQuery(
  years: readonly number[],
  deadline: { month: number; day: number },
  buildDate: string,
  byWard: boolean,
  filters: Filters = {},
  schema = '',
): Query {
  if (years.length === 0) throw new Error('completeness needs at least one year');
  if (schema && !/^[a-z_]+\.$/.test(schema)) throw new Error(`bad schema prefix: ${schema}`);
  const params: (string | number)[] = [deadline.month, deadline.day, buildDate, ...years];
  params.push(filters.levels ? levelPattern(LEVEL_DIGITS, filters.levels) : '[0-9]');
  const where = filterClauses({ wards: filters.wards, schools: filters.schools }, params, 's');
  const groups = byWard ? 'year, ward_code' : 'year';
  const state = reportStateSql({ accepted: 'sub.accepted', sent: '(sub.conflict OR rej.school_code IS NOT NULL)', deadline: 'd.deadline', buildDate: 'd.build_date' });
  const sql = `WITH d AS (
  SELECT year, make_date(year, ?::INTEGER, ?::INTEGER) AS deadline, ?::DATE AS build_date
  FROM (SELECT unnest([${placeholders(years.length)}])::INTEGER AS year)
), sub AS (
  SELECT year, school_code, min(timeliness::VARCHAR) FILTER (WHERE status = 'accepted') AS accepted, bool_or(status = 'conflict') AS conflict
  FROM ${schema}submissions GROUP BY year, school_code
), rej AS (
  SELECT DISTINCT year, school_code FROM ${schema}rejections
), sch AS (
  SELECT s.school_code, s.ward_code FROM ${schema}schools s
  WHERE regexp_matches(s.level_code, ?)${where}
), states AS (
  SELECT d.year, sch.ward_code, ${state} AS state
  FROM d CROSS JOIN sch
  LEFT JOIN sub ON sub.year = d.year AND sub.school_code = sch.school_code
  LEFT JOIN rej ON rej.year = d.year AND rej.school_code = sch.school_code
)
SELECT ${groups}, count(*)::INTEGER AS expected,
  count(*) FILTER (WHERE state = 'on_time')::INTEGER AS on_time,
  count(*) FILTER (WHERE state = 'late')::INTEGER AS late,
  count(*) FILTER (WHERE state = 'rejected')::INTEGER AS rejected,
  count(*) FILTER (WHERE state = 'not_yet_due')::INTEGER AS not_yet_due,
  count(*) FILTER (WHERE state = 'not_reported')::INTEGER AS not_reported
FROM states
GROUP BY ${groups}
ORDER BY ${groups}`;
  return { sql, params };
}

/**
 * Roster schools each measure applies to, after the filters, grouped by
 * `groupBy` (null = one row): columns `n_0`, `n_1`… in `measures` order. A
 * ranking's coverage ("schools with a value / schools in scope") divides by
 * it, and a unit with no school in scope is left out of a filtered chart.
 */
export function buildApplicableQuery(
  measures: readonly Pick<Measure, 'levels'>[],
  groupBy: 'ward_code' | 'school_code' | null,
  filters: Pick<Filters, 'levels' | 'wards' | 'schools'> = {},
  schema = '',
): Query {
  if (measures.length === 0) throw new Error('buildApplicableQuery needs at least one measure');
  if (schema && !/^[a-z_]+\.$/.test(schema)) throw new Error(`bad schema prefix: ${schema}`);
  const params: (string | number)[] = measures.map((m) => levelPattern(m.levels, filters.levels));
  const where = filterClauses({ wards: filters.wards, schools: filters.schools }, params, 's');
  const counts = measures.map((_, i) => `count(*) FILTER (WHERE regexp_matches(s.level_code, ?))::INTEGER AS n_${i}`).join(', ');
  const sql = `SELECT ${groupBy ? `s.${groupBy}, ` : ''}${counts}
FROM ${schema}schools s
WHERE true${where}${groupBy ? `\nGROUP BY s.${groupBy}\nORDER BY s.${groupBy}` : ''}`;
  return { sql, params };
}

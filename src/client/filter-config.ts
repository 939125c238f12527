// What the filter form hands its script (as JSON in data-config): for each
// measure only what its query and its target need, the plan's calendar, the
// database URL and the choices offered. Built at build time by Filters.astro;
// read in the browser. Kept small: it is in every page with a form.
import type { Measure, Plan } from '../core/plan-schema.ts';
import type { Lang } from '../i18n/index.ts';
import { targetPoints } from '../core/rules/targets.ts';
import type { FilterControl, FilterOptions } from './filter-state.ts';

/** A measure as the browser needs it: the query's inputs and its targets placed on years. */
export interface MeasureSpec extends Pick<Measure, 'id' | 'kind' | 'indicator' | 'denominator' | 'levels' | 'direction'> {
  targets: { year: number; value: number }[];
}

/** Bytes DuckDB-WASM costs, as served (src/site-data/engine-assets.ts): for the progress bar and the notice. */
export interface EngineCost {
  /** The wasm on the wire (brotli) and decompressed (what the download stream counts). */
  wasm: { wire: number; bytes: number };
  worker: { wire: number; bytes: number };
  database: { wire: number; bytes: number };
}

export interface FilterConfig {
  lang: Lang;
  planId: string;
  /** URL of the plan's browser database (only what the browser reads), base path included. */
  dbUrl: string;
  /** URL of the page's precomputed answers (src/site-data/answers.ts). */
  answersUrl: string;
  engine: EngineCost;
  /** The latest year with an accepted report (the year pages show by default), or null. */
  latestYear: number | null;
  /** YYYY-MM-DD: the date completeness is judged on. */
  buildDate: string;
  deadline: Plan['deadline'];
  /** Years of the period up to the build date (reports can exist), in order. */
  years: number[];
  measures: Record<string, MeasureSpec>;
  options: FilterOptions;
}

export interface FilterConfigInput {
  lang: Lang;
  plan: Plan;
  dbUrl: string;
  answersUrl: string;
  engine: EngineCost;
  latestYear: number | null;
  buildDate: string;
  reportYears: readonly number[];
  controls: readonly FilterControl[];
  /** Ward codes offered. */
  wards: readonly string[];
  /** Level codes of the plan's schools ('12', '45'…): the digits offered are those some measure covers. */
  schoolLevels: readonly string[];
}

const DIGITS = ['1', '2', '3', '4', '5', '6'];

/** What the browser needs of a measure: its query's inputs and its targets placed on years. */
export function specOf(measure: Measure, plan: Plan): MeasureSpec {
  const { id, kind, indicator, denominator, levels, direction } = measure;
  const targets = targetPoints(measure, plan.phases).map((p) => ({ year: p.year, value: p.value }));
  return { id, kind, indicator, ...(denominator ? { denominator } : {}), levels, direction, targets };
}

/** The full Measure that buildMeasureQuery takes; the fields it does not read get neutral values. */
export function toMeasure(spec: MeasureSpec): Measure {
  return { ...spec, label: { vi: spec.id, en: spec.id }, unit: { vi: '', en: '' }, targets: [], weight: 1 };
}

/** The level digits worth offering: taught by some school (`schoolLevels`: codes such as '12') and covered by some measure. */
export function offeredLevels(plan: Plan, schoolLevels: readonly string[]): string[] {
  const measures = plan.criteria.flatMap((c) => c.measures);
  const taught = new Set(schoolLevels.flatMap((code) => [...code]));
  return DIGITS.filter((d) => taught.has(d) && measures.some((m) => (m.levels as readonly string[]).includes(d)));
}

export function makeFilterConfig(input: FilterConfigInput): FilterConfig {
  const { plan } = input;
  const measures = plan.criteria.flatMap((c) => c.measures);
  const levels = offeredLevels(plan, input.schoolLevels);
  const years = [...input.reportYears].sort((a, b) => a - b);
  // A control with one choice or none filters nothing: leave it out.
  const controls = input.controls.filter((c) => (c === 'ward' ? input.wards.length > 1 : c === 'level' ? levels.length > 1 : c === 'year' ? years.length > 1 : true));
  return {
    lang: input.lang,
    planId: plan.id,
    dbUrl: input.dbUrl,
    answersUrl: input.answersUrl,
    engine: input.engine,
    latestYear: input.latestYear,
    buildDate: input.buildDate,
    deadline: plan.deadline,
    years,
    measures: Object.fromEntries(measures.map((m) => [m.id, specOf(m, plan)])),
    options: {
      controls,
      years,
      phases: plan.phases.map((p) => ({ id: p.id, years: p.years })),
      levels,
      wards: controls.includes('ward') ? [...input.wards] : [],
      criteria: controls.includes('criterion') ? plan.criteria.map((c) => c.id) : [],
    },
  };
}

// What the filter form hands its script (as JSON in data-config): the plan's
// measures and calendar, the database URL and the choices offered. Built at
// build time by Filters.astro from the plan's prepared data; read in the browser.
import type { Measure, Phase, Plan } from '../core/plan-schema.ts';
import type { Lang } from '../i18n/index.ts';
import type { FilterControl, FilterOptions } from './filter-state.ts';

export interface FilterConfig {
  lang: Lang;
  planId: string;
  /** URL of the plan's .duckdb file, base path included. */
  dbUrl: string;
  /** YYYY-MM-DD: the date completeness is judged on. */
  buildDate: string;
  deadline: Plan['deadline'];
  /** Years of the period up to the build date (reports can exist), in order. */
  years: number[];
  phases: Phase[];
  measures: Record<string, Measure>;
  options: FilterOptions;
}

export interface FilterConfigInput {
  lang: Lang;
  plan: Plan;
  dbUrl: string;
  buildDate: string;
  reportYears: readonly number[];
  controls: readonly FilterControl[];
  /** Ward codes offered. */
  wards: readonly string[];
  /** Level codes of the plan's schools ('12', '45'…): the digits offered are those some measure covers. */
  schoolLevels: readonly string[];
}

const DIGITS = ['1', '2', '3', '4', '5', '6'];

export function makeFilterConfig(input: FilterConfigInput): FilterConfig {
  const { plan } = input;
  const measures = plan.criteria.flatMap((c) => c.measures);
  const taught = new Set(input.schoolLevels.flatMap((code) => [...code]));
  const levels = DIGITS.filter((d) => taught.has(d) && measures.some((m) => (m.levels as readonly string[]).includes(d)));
  const years = [...input.reportYears].sort((a, b) => a - b);
  // A control with one choice or none filters nothing: leave it out.
  const controls = input.controls.filter((c) => (c === 'ward' ? input.wards.length > 1 : c === 'level' ? levels.length > 1 : c === 'year' ? years.length > 1 : true));
  return {
    lang: input.lang,
    planId: plan.id,
    dbUrl: input.dbUrl,
    buildDate: input.buildDate,
    deadline: plan.deadline,
    years,
    phases: plan.phases,
    measures: Object.fromEntries(measures.map((m) => [m.id, m])),
    options: {
      controls,
      years,
      phases: plan.phases.map((p) => ({ id: p.id, years: p.years })),
      levels,
      wards: [...input.wards],
      criteria: plan.criteria.map((c) => c.id),
    },
  };
}

// What the filter form hands its script (as JSON in data-config): the plan's
// measures and calendar, the database URL and the choices offered. Built at
// build time by Filters.astro from the plan; read in the browser.
import type { Measure, Plan } from '../core/plan-schema.ts';
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
  /** The plan's report years, in order. */
  years: number[];
  measures: Record<string, Measure>;
  options: FilterOptions;
}

export interface FilterConfigInput {
  lang: Lang;
  plan: Plan;
  dbUrl: string;
  buildDate: string;
  controls: readonly FilterControl[];
  /** Ward codes offered; default the plan's wards. */
  wards?: readonly string[];
  /** School-level digits offered; default those the plan's measures apply to. */
  levels?: readonly string[];
}

export function makeFilterConfig(input: FilterConfigInput): FilterConfig {
  const { plan } = input;
  const measures = plan.criteria.flatMap((c) => c.measures);
  const levels = input.levels ?? ['1', '2', '3', '4', '5', '6'].filter((d) => measures.some((m) => (m.levels as readonly string[]).includes(d)));
  return {
    lang: input.lang,
    planId: plan.id,
    dbUrl: input.dbUrl,
    buildDate: input.buildDate,
    deadline: plan.deadline,
    years: plan.phases.flatMap((p) => p.years).sort((a, b) => a - b),
    measures: Object.fromEntries(measures.map((m) => [m.id, m])),
    options: {
      controls: [...input.controls],
      years: plan.phases.flatMap((p) => p.years).sort((a, b) => a - b),
      phases: plan.phases.map((p) => ({ id: p.id, years: p.years })),
      levels,
      wards: [...(input.wards ?? plan.wards)],
      criteria: plan.criteria.map((c) => c.id),
    },
  };
}

// The Explore page's question (/<plan>/kham-pha/): years, school levels,
// wards and measures chosen (several of each; none = all) and what to group
// by, kept in the URL's query string (?year=2025&year=2026&measure=…&group=…)
// so a question can be shared, reloaded and walked back. Values the page does
// not offer are dropped. Pure; browser and unit tests.

export type ExploreGroup = 'ward_code' | 'school_code' | 'level_code' | 'year';

export interface ExploreState {
  years: number[];
  levels: string[];
  wards: string[];
  measures: string[];
  group: ExploreGroup;
}

/** What the page offers, in display order. */
export interface ExploreOptions {
  years: readonly number[];
  levels: readonly string[];
  wards: readonly string[];
  measures: readonly string[];
  groups: readonly ExploreGroup[];
}

const PARAMS = { years: 'year', levels: 'level', wards: 'ward', measures: 'measure', group: 'group' } as const;

/** The question a first visit shows: every year, level and ward, the first measure, grouped by the first grouping offered. */
export function defaultState(options: ExploreOptions): ExploreState {
  return { years: [], levels: [], wards: [], measures: options.measures.slice(0, 1), group: options.groups[0] ?? 'year' };
}

/** Values of a repeated parameter that the page offers, once each, in the page's order. */
function pick<T extends string | number>(params: URLSearchParams, name: string, offered: readonly T[]): T[] {
  const asked = new Set(params.getAll(name));
  return offered.filter((value) => asked.has(String(value)));
}

/** The state in a query string; a URL without a question gives the default one. */
export function parseExploreState(search: string, options: ExploreOptions): ExploreState {
  const params = new URLSearchParams(search);
  const fallback = defaultState(options);
  const measures = pick(params, PARAMS.measures, options.measures);
  const group = params.get(PARAMS.group);
  return {
    years: pick(params, PARAMS.years, options.years),
    levels: pick(params, PARAMS.levels, options.levels),
    wards: pick(params, PARAMS.wards, options.wards),
    measures: measures.length ? measures : fallback.measures,
    group: options.groups.find((g) => g === group) ?? fallback.group,
  };
}

/** The query string of a state ('?…'), in a fixed order so one question has one URL. */
export function writeExploreState(state: ExploreState): string {
  const params = new URLSearchParams();
  for (const year of state.years) params.append(PARAMS.years, String(year));
  for (const level of state.levels) params.append(PARAMS.levels, level);
  for (const ward of state.wards) params.append(PARAMS.wards, ward);
  for (const measure of state.measures) params.append(PARAMS.measures, measure);
  params.set(PARAMS.group, state.group);
  return `?${params.toString()}`;
}

/** True when the URL carries a question (not only the page's address). */
export function asksQuestion(search: string): boolean {
  const params = new URLSearchParams(search);
  return Object.values(PARAMS).some((name) => params.has(name));
}

export function sameExploreState(a: ExploreState, b: ExploreState): boolean {
  return writeExploreState(a) === writeExploreState(b);
}

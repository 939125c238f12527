// The filter form's state: read from and written to the page URL's query
// string (?year=2026&level=1&ward=11953), validated against the options the
// page offers, and turned into the Filters of src/core/measure-sql.ts.
// Pure functions; run in the browser and in unit tests.
import type { Filters } from '../core/measure-sql.ts';

export type FilterControl = 'year' | 'phase' | 'level' | 'ward' | 'criterion';

export const CONTROLS: readonly FilterControl[] = ['year', 'phase', 'level', 'ward', 'criterion'];

/** What a page offers; values outside these are ignored when read from a URL. */
export interface FilterOptions {
  controls: readonly FilterControl[];
  years: readonly number[];
  phases: readonly { id: string; years: readonly number[] }[];
  /** School-level digits ('1'…'6'). */
  levels: readonly string[];
  /** Ward codes. */
  wards: readonly string[];
  /** Criterion ids. */
  criteria: readonly string[];
}

export type FilterState = Partial<Record<FilterControl, string>>;

function isOffered(control: FilterControl, value: string, options: FilterOptions): boolean {
  switch (control) {
    case 'year':
      return options.years.some((y) => String(y) === value);
    case 'phase':
      return options.phases.some((p) => p.id === value);
    case 'level':
      return options.levels.includes(value);
    case 'ward':
      return options.wards.includes(value);
    case 'criterion':
      return options.criteria.includes(value);
  }
}

/** The state in a query string; unknown parameters and values not offered are dropped. */
export function parseState(search: string, options: FilterOptions): FilterState {
  const params = new URLSearchParams(search);
  const state: FilterState = {};
  for (const control of options.controls) {
    const value = params.get(control);
    if (value && isOffered(control, value, options)) state[control] = value;
  }
  return state;
}

/**
 * `search` with the filter parameters replaced by `state` (other parameters
 * kept), in a fixed order so one view has one URL. Returns '' or '?…'.
 */
export function writeState(search: string, state: FilterState): string {
  const params = new URLSearchParams(search);
  for (const control of CONTROLS) params.delete(control);
  for (const control of CONTROLS) {
    const value = state[control];
    if (value) params.set(control, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when the state changes figures (not only which criterion is shown). */
export function needsQuery(state: FilterState): boolean {
  return Boolean(state.year || state.phase || state.level || state.ward);
}

/** The query filters for a state. A year is more precise than a phase, so it wins when both are set. */
export function toFilters(state: FilterState, options: FilterOptions): Filters {
  const filters: Filters = {};
  const phaseYears = options.phases.find((p) => p.id === state.phase)?.years;
  if (state.year) filters.years = [Number(state.year)];
  else if (phaseYears) filters.years = [...phaseYears];
  if (state.level) filters.levels = [state.level];
  if (state.ward) filters.wards = [state.ward];
  return filters;
}

/** States equal on every control. */
export function sameState(a: FilterState, b: FilterState): boolean {
  return CONTROLS.every((control) => (a[control] ?? '') === (b[control] ?? ''));
}

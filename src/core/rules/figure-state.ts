// A figure's state for a unit and year: a value, a zero (a value, said apart
// so it is never confused with "no data"), missing, not applicable to every
// school in the group, or not yet due (no value while the year is still open).
// In: a measure row's value and school counts, and whether the year is due.

export const FIGURE_STATES = ['value', 'zero', 'missing', 'na', 'not_yet_due'] as const;
export type FigureState = (typeof FIGURE_STATES)[number];

export interface FigureCounts {
  value: number | null;
  schools_value?: number;
  schools_missing?: number;
  schools_na?: number;
}

export function figureStateOf(row: FigureCounts | undefined, due = true): FigureState {
  if (row && row.value !== null) return row.value === 0 ? 'zero' : 'value';
  if (row && (row.schools_na ?? 0) > 0 && (row.schools_value ?? 0) === 0 && (row.schools_missing ?? 0) === 0) return 'na';
  return due ? 'missing' : 'not_yet_due';
}

/** A value or a zero: the figure has a number. */
export function hasValue(state: FigureState): boolean {
  return state === 'value' || state === 'zero';
}

/** The three states a table cell or chart mark shows: a number (zero included), no data, not applicable. */
export function cellStateOf(row: FigureCounts | undefined): 'value' | 'missing' | 'na' {
  const state = figureStateOf(row);
  return hasValue(state) ? 'value' : state === 'na' ? 'na' : 'missing';
}

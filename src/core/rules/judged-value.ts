// The value a measure is judged and scored on for a unit: the figure itself
// for rates, shares and scores; for counts, the figure per school (or per 100
// learners, as the plan's method says), never a raw total, so a large ward is
// not judged worst for being large. Targets of count measures are read in the
// same unit (docs/method.md).
import type { Measure, Method } from '../plan-schema.ts';
import { digitsOf } from './targets.ts';

export interface JudgedRow {
  value: number | null;
  numerator?: number | null;
  schools_value?: number;
  /** Σ learners of the schools counted (count measures only), when every one gave it. */
  learners?: number | null;
}

export const isCount = (kind: Measure['kind']): boolean => kind === 'total' || kind === 'per-school';

export function judgedValueOf(kind: Measure['kind'], row: JudgedRow | undefined, counts: Method['counts']): number | null {
  if (!row || row.value === null) return null;
  if (!isCount(kind)) return row.value;
  const sum = row.numerator ?? null;
  if (counts === 'per-100-learners') return sum !== null && row.learners ? (100 * sum) / row.learners : null;
  if (kind === 'per-school') return row.value;
  return sum !== null && row.schools_value ? sum / row.schools_value : null;
}

/** Decimals of the judged value: counts compared per school or per 100 learners show 2. */
export function judgedDigitsOf(kind: Measure['kind']): number {
  return isCount(kind) ? 2 : digitsOf(kind);
}

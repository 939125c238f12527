// Projection to the end of the phase at the current pace: the ordinary
// least-squares slope of value on year over the window's points, applied from
// the latest point, clamped to the measure's range. None with fewer than two
// points (ESCAP "anticipated progress", shared/method/judgement.md).

export interface Point {
  year: number;
  value: number;
}

export interface Bounds {
  min: number;
  max: number;
}

export interface Projection {
  fromYear: number;
  fromValue: number;
  toYear: number;
  /** ŷ, clamped to the bounds. */
  value: number;
  /** Change per year (OLS slope). */
  slope: number;
}

/** Rates, shares and scores lie in 0–100; counts are at least 0. */
export function boundsOf(kind: string): Bounds {
  return kind === 'total' || kind === 'per-school' ? { min: 0, max: Number.POSITIVE_INFINITY } : { min: 0, max: 100 };
}

/** OLS slope of value on year; null with fewer than two distinct years. */
export function olsSlope(points: readonly Point[]): number | null {
  if (points.length < 2) return null;
  const meanYear = points.reduce((s, p) => s + p.year, 0) / points.length;
  const meanValue = points.reduce((s, p) => s + p.value, 0) / points.length;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.year - meanYear) * (p.value - meanValue);
    den += (p.year - meanYear) ** 2;
  }
  return den === 0 ? null : num / den;
}

/** ŷ at `toYear` from the latest point at the OLS pace; null when n < 2. */
export function projectionOf(points: readonly Point[], toYear: number, bounds: Bounds): Projection | null {
  const slope = olsSlope(points);
  if (slope === null) return null;
  const latest = [...points].sort((a, b) => b.year - a.year)[0]!;
  const raw = latest.value + slope * (toYear - latest.year);
  return { fromYear: latest.year, fromValue: latest.value, toYear, value: Math.min(bounds.max, Math.max(bounds.min, raw)), slope };
}

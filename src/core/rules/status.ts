// Status of a measure for a unit in a phase: the table of
// shared/method/judgement.md, orders 1–9, with the tags "worsening" and "low
// evidence". In: the window's due years that have a value, whether some window
// year is still open, τ, the direction, the phase's last year. Pure numbers.
import { olsSlope, projectionOf, type Bounds, type Point, type Projection } from './projection.ts';
import { meets } from './targets.ts';

export const STATUSES = ['met', 'on_track', 'at_risk', 'off_track', 'not_met', 'not_enough_data', 'no_data', 'not_yet_due', 'no_target'] as const;
export type Status = (typeof STATUSES)[number];
export type StatusTag = 'worsening' | 'low_evidence';

export interface StatusInput {
  /** The window's due years with a value (any order). */
  points: readonly Point[];
  /** True when a year of the window has begun but is not yet due. */
  pending: boolean;
  /** τ, or null when the plan sets no target for the phase. */
  target: number | null;
  direction: 'up' | 'down';
  /** The phase's last year. */
  phaseEnd: number;
  /** Display precision, for Meets. */
  digits: number;
  bounds: Bounds;
  thresholds: { onTrack: number; atRisk: number };
  /** A yes/no at school level: met or not met only, no pace. */
  yesNo?: boolean;
}

export interface StatusResult {
  status: Status;
  tags: StatusTag[];
  /** How many due years with a value. */
  n: number;
  first: Point | null;
  latest: Point | null;
  /** d·(τ − y): how far the latest value is from the target (≤ 0 once met). */
  gap: number | null;
  /** ŷ at the phase's end; null when n < 2 or the phase is over. */
  projection: Projection | null;
  /** P = (ŷ − b)/(τ − b), when the table uses it. */
  pace: number | null;
}

export function judgeStatus(input: StatusInput): StatusResult {
  const points = [...input.points].sort((a, b) => a.year - b.year);
  const n = points.length;
  const first = points[0] ?? null;
  const latest = points[n - 1] ?? null;
  const d = input.direction === 'down' ? -1 : 1;
  const tau = input.target;
  const projection = latest && latest.year < input.phaseEnd ? projectionOf(points, input.phaseEnd, input.bounds) : null;
  const slope = olsSlope(points);
  const gap = tau !== null && latest ? d * (tau - latest.value) : null;
  const result = (status: Status, pace: number | null = null, paced = true): StatusResult => {
    const tags: StatusTag[] = [];
    if (paced && slope !== null && d * slope < 0) tags.push('worsening');
    if (paced && n === 2) tags.push('low_evidence');
    return { status, tags, n, first, latest, gap, projection, pace };
  };
  const at = (y: number) => meets(y, tau!, input.direction, input.digits);

  if (tau === null) return result('no_target', null, false); // 1
  if (!latest || !first) return result(input.pending ? 'not_yet_due' : 'no_data', null, false); // 2
  if (at(latest.value)) return result('met', null, !input.yesNo); // 3
  if (input.yesNo) return result('not_met', null, false); // school yes/no: no pace
  if (latest.year >= input.phaseEnd) return result('not_met'); // 4
  if (n === 1) return result('not_enough_data'); // 5
  if (at(first.value)) return result('off_track'); // 6: met at the start, no longer
  const pace = (projection!.value - first.value) / (tau - first.value);
  // Compared with a hair of tolerance: P = 0.95 computed in floating point may come out 0.9499999999.
  const reaches = (threshold: number) => pace >= threshold - 1e-9;
  if (reaches(input.thresholds.onTrack)) return result('on_track', pace); // 7
  if (reaches(input.thresholds.atRisk)) return result('at_risk', pace); // 8
  return result('off_track', pace); // 9
}

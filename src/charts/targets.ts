// Targets of a measure as points on the year axis: a year target sits on its
// year, a phase target on the phase's last year (the year its review judges).
// Runs in Node and the browser.
import type { Measure, Phase, LocalText } from '../core/plan-schema.ts';

export interface TargetPoint {
  year: number;
  value: number;
  /** The phase id when the target was set for a phase. */
  phase?: string;
  source: LocalText;
  official: boolean;
}

/** Every target of the measure, placed on a year, sorted by year. */
export function targetPoints(measure: Pick<Measure, 'targets'>, phases: readonly Phase[]): TargetPoint[] {
  const points: TargetPoint[] = [];
  for (const target of measure.targets) {
    if (target.year !== undefined) {
      points.push({ year: target.year, value: target.value, source: target.source, official: target.official });
    } else {
      const phase = phases.find((p) => p.id === target.phase);
      const year = phase ? Math.max(...phase.years) : undefined;
      if (phase && year !== undefined) points.push({ year, value: target.value, phase: phase.id, source: target.source, official: target.official });
    }
  }
  return points.sort((a, b) => a.year - b.year);
}

/**
 * The target a result for `year` is judged against: that year's own target,
 * else the next target still ahead (a phase target due at the phase's end).
 */
export function targetFor(points: readonly { year: number; value: number }[], year: number): { year: number; value: number } | null {
  const exact = points.find((p) => p.year === year);
  if (exact) return exact;
  return points.filter((p) => p.year > year).sort((a, b) => a.year - b.year)[0] ?? null;
}

/** Whether a value meets a target, in the measure's direction. */
export function isMet(value: number, target: number, direction: 'up' | 'down' = 'up'): boolean {
  // Compare at the displayed precision so 79.99 shown as "80" does not read as a miss.
  const rounded = Math.round(value * 10) / 10;
  return direction === 'down' ? rounded <= target : rounded >= target;
}

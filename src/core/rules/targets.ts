// Targets of a measure and the one that applies: τ, the target at the end of
// a phase (a phase target, else a year target on the phase's last year), and
// a year's own milestone, shown beside that year only. Meets(y) compares at
// the precision the site displays. Runs in Node and the browser.
import type { LocalText, Measure, Phase } from '../plan-schema.ts';
import { phaseEndOf } from './calendar.ts';

export interface TargetPoint {
  year: number;
  value: number;
  /** The phase id when the target was set for a phase. */
  phase?: string;
  source: LocalText;
  /** True only when quoted from an issued document. */
  official: boolean;
}

/** Decimals shown for a measure kind: totals 0, per-school counts 2, shares and scores 1. */
export function digitsOf(kind: string): number {
  if (kind === 'total') return 0;
  if (kind === 'per-school') return 2;
  return 1;
}

/** Every target of the measure, placed on a year (a phase target on the phase's last year), by year. */
export function targetPoints(measure: Pick<Measure, 'targets'>, phases: readonly Phase[]): TargetPoint[] {
  const points: TargetPoint[] = [];
  for (const target of measure.targets) {
    const official = target.official ?? false;
    if (target.year !== undefined) {
      points.push({ year: target.year, value: target.value, source: target.source, official });
    } else {
      const phase = phases.find((p) => p.id === target.phase);
      if (phase) points.push({ year: phaseEndOf(phase), value: target.value, phase: phase.id, source: target.source, official });
    }
  }
  return points.sort((a, b) => a.year - b.year || Number(a.phase === undefined) - Number(b.phase === undefined));
}

/** τ: the target that applies at the end of `phase`, or null when the plan sets none. */
export function phaseTarget(measure: Pick<Measure, 'targets'>, phases: readonly Phase[], phase: Phase): TargetPoint | null {
  const points = targetPoints(measure, phases);
  return points.find((p) => p.phase === phase.id) ?? points.find((p) => p.phase === undefined && p.year === phaseEndOf(phase)) ?? null;
}

/** The milestone the plan sets for `year` itself (a year target), or null. */
export function milestoneOf(measure: Pick<Measure, 'targets'>, year: number): TargetPoint | null {
  const target = measure.targets.find((t) => t.year === year);
  return target ? { year, value: target.value, source: target.source, official: target.official ?? false } : null;
}

/** Round to `digits` decimals, as the site displays. */
export function roundTo(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Meets(y) ⇔ d·(y − τ) ≥ 0, with y rounded as displayed (79.96 shown as "80" meets 80). */
export function meets(value: number, target: number, direction: 'up' | 'down', digits: number): boolean {
  const d = direction === 'down' ? -1 : 1;
  return d * (roundTo(value, digits) - target) >= 0;
}

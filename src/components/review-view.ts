// The review view (issue 6, item 6): where a plan stands for its sơ kết or
// tổng kết. Pure; pages lay it out.
import { phasesInOrder } from '../core/rules/index.ts';
import type { SiteData } from '../site-data/types.ts';
import { phaseInViewOf } from './unit-view.ts';

export type ReviewKind = 'so-ket' | 'tong-ket';

/** The reviews a plan's pages exist for: the sơ kết always, the tổng kết once the data reach the last phase. */
export function reviewKindsOf(site: SiteData): ReviewKind[] {
  const phases = phasesInOrder(site.plan);
  const last = phases[phases.length - 1]!;
  return phaseInViewOf(site).id === last.id && last.review.kind === 'tong-ket' ? ['so-ket', 'tong-ket'] : ['so-ket'];
}

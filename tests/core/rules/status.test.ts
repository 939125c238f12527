// The status table of shared/method/judgement.md, one case per order and tag.
import { describe, expect, it } from 'vitest';
import { judgeStatus, type StatusInput } from '../../../src/core/rules/status.ts';
import { boundsOf } from '../../../src/core/rules/projection.ts';

const base: StatusInput = {
  points: [],
  pending: false,
  target: 80,
  direction: 'up',
  phaseEnd: 2027,
  digits: 1,
  bounds: boundsOf('ratio'),
  thresholds: { onTrack: 0.95, atRisk: 0.6 },
};
const pts = (...pairs: [number, number][]) => pairs.map(([year, value]) => ({ year, value }));

describe('judgeStatus', () => {
  it.each([
    { order: 1, name: 'no target for the phase', over: { target: null, points: pts([2026, 10]) }, status: 'no_target', tags: [] },
    { order: 2, name: 'no value in a due year', over: { points: [] }, status: 'no_data', tags: [] },
    { order: 2, name: 'no due value while a window year is open: not yet due', over: { points: [], pending: true }, status: 'not_yet_due', tags: [] },
    { order: 3, name: 'the latest value meets τ', over: { points: pts([2025, 50], [2026, 80]) }, status: 'met', tags: ['low_evidence'] },
    { order: 3, name: 'met with one value', over: { points: pts([2026, 85]) }, status: 'met', tags: [] },
    { order: 3, name: 'met but falling', over: { points: pts([2025, 95], [2026, 90], [2027, 85]) }, status: 'met', tags: ['worsening'] },
    { order: 4, name: 'the phase is over and τ is not met', over: { points: pts([2025, 50], [2026, 60], [2027, 70]) }, status: 'not_met', tags: [] },
    { order: 5, name: 'one value below τ: not enough data to judge the pace', over: { points: pts([2026, 60]) }, status: 'not_enough_data', tags: [], gap: 20 },
    { order: 6, name: 'met at the start, not any more', over: { points: pts([2025, 82], [2026, 78]) }, status: 'off_track', tags: ['worsening', 'low_evidence'] },
    { order: 7, name: 'P ≥ 0.95: on track', over: { points: pts([2025, 40], [2026, 60]) }, status: 'on_track', tags: ['low_evidence'], pace: 1 },
    { order: 7, name: 'P exactly 0.95 is on track', over: { points: pts([2025, 42], [2026, 60.05]), target: 80 }, status: 'on_track', pace: 0.95 },
    { order: 8, name: '0.60 ≤ P < 0.95: at risk', over: { points: pts([2025, 40], [2026, 52]) }, status: 'at_risk', tags: ['low_evidence'], pace: 0.6 },
    { order: 9, name: 'P < 0.60: off track', over: { points: pts([2025, 40], [2026, 45], [2027, 47]), phaseEnd: 2030 }, status: 'off_track', tags: [] },
    { order: 9, name: 'falling from below: off track and worsening', over: { points: pts([2025, 50], [2026, 45]) }, status: 'off_track', tags: ['worsening', 'low_evidence'] },
  ])('order $order: $name → $status', ({ over, status, tags, gap, pace }) => {
    const result = judgeStatus({ ...base, ...over } as StatusInput);
    expect(result.status).toBe(status);
    if (tags) expect(result.tags).toEqual(tags);
    if (gap !== undefined) expect(result.gap).toBeCloseTo(gap, 9);
    if (pace !== undefined) expect(result.pace).toBeCloseTo(pace, 6);
  });

  it.each([
    { name: 'lower is better, at τ', over: { direction: 'down', target: 0, points: pts([2025, 2], [2026, 0]), digits: 0, bounds: boundsOf('total') }, status: 'met' },
    { name: 'lower is better, falling fast enough', over: { direction: 'down', target: 0.2, points: pts([2025, 1.2], [2026, 0.7]), digits: 2, bounds: boundsOf('per-school') }, status: 'on_track' },
    { name: 'lower is better, rising', over: { direction: 'down', target: 0.2, points: pts([2025, 1], [2026, 1.4]), digits: 2, bounds: boundsOf('per-school') }, status: 'off_track' },
    { name: 'a school yes/no is met or not met only: yes', over: { yesNo: true, target: 100, points: pts([2026, 100]) }, status: 'met' },
    { name: 'a school yes/no is met or not met only: no, with a phase still running', over: { yesNo: true, target: 100, points: pts([2025, 0], [2026, 0]) }, status: 'not_met' },
    { name: 'a school yes/no with no value is no data', over: { yesNo: true, target: 100, points: [] }, status: 'no_data' },
  ] as const)('$name → $status', ({ over, status }) => {
    expect(judgeStatus({ ...base, ...over } as StatusInput).status).toBe(status);
  });

  it('projects to the phase end from the latest value; none once the phase is over', () => {
    expect(judgeStatus({ ...base, points: pts([2025, 40], [2026, 50]) }).projection).toMatchObject({ fromYear: 2026, fromValue: 50, toYear: 2027, value: 60 });
    expect(judgeStatus({ ...base, points: pts([2025, 40], [2026, 50], [2027, 60]) }).projection).toBeNull();
    expect(judgeStatus({ ...base, points: pts([2026, 50]) }).projection).toBeNull();
  });

  it('a school yes/no carries no pace tags', () => {
    expect(judgeStatus({ ...base, yesNo: true, target: 100, points: pts([2025, 100], [2026, 0]) }).tags).toEqual([]);
  });
});

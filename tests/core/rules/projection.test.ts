import { describe, expect, it } from 'vitest';
import { boundsOf, olsSlope, projectionOf } from '../../../src/core/rules/projection.ts';

const pct = boundsOf('ratio');
describe('projection', () => {
  it.each([
    { name: 'none with one point', points: [{ year: 2026, value: 40 }], expected: null },
    { name: 'none with no point', points: [], expected: null },
    { name: 'two points: their difference over their years', points: [{ year: 2025, value: 40 }, { year: 2027, value: 50 }], expected: 5 },
    { name: 'three points: least squares', points: [{ year: 2025, value: 40 }, { year: 2026, value: 50 }, { year: 2027, value: 54 }], expected: 7 },
    { name: 'order does not matter', points: [{ year: 2027, value: 54 }, { year: 2025, value: 40 }, { year: 2026, value: 50 }], expected: 7 },
    { name: 'a fall is a negative slope', points: [{ year: 2025, value: 60 }, { year: 2026, value: 55 }], expected: -5 },
  ])('olsSlope: $name', ({ points, expected }) => {
    const slope = olsSlope(points);
    expect(slope === null ? null : Number(slope.toFixed(9))).toBe(expected);
  });

  it.each([
    { name: 'from the latest value at the pace', points: [{ year: 2025, value: 40 }, { year: 2026, value: 50 }], to: 2027, bounds: pct, expected: 60 },
    { name: 'clamped to 100 for a rate', points: [{ year: 2025, value: 70 }, { year: 2026, value: 95 }], to: 2028, bounds: pct, expected: 100 },
    { name: 'clamped to 0 for a rate', points: [{ year: 2025, value: 30 }, { year: 2026, value: 10 }], to: 2028, bounds: pct, expected: 0 },
    { name: 'a count is only kept at or above 0', points: [{ year: 2025, value: 3 }, { year: 2026, value: 9 }], to: 2030, bounds: boundsOf('per-school'), expected: 33 },
    { name: 'a count cannot fall below 0', points: [{ year: 2025, value: 2 }, { year: 2026, value: 1 }], to: 2030, bounds: boundsOf('total'), expected: 0 },
  ])('projectionOf: $name', ({ points, to, bounds, expected }) => {
    const p = projectionOf(points, to, bounds)!;
    expect(p.value).toBeCloseTo(expected, 9);
    expect([p.fromYear, p.toYear]).toEqual([Math.max(...points.map((x) => x.year)), to]);
  });

  it('none with fewer than two points', () => expect(projectionOf([{ year: 2026, value: 1 }], 2027, pct)).toBeNull());
  it.each([
    { kind: 'ratio', max: 100 }, { kind: 'share-yes', max: 100 }, { kind: 'mean', max: 100 }, { kind: 'total', max: Infinity }, { kind: 'per-school', max: Infinity },
  ])('bounds of $kind: 0–$max', ({ kind, max }) => expect(boundsOf(kind)).toEqual({ min: 0, max }));
});

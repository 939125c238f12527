import { describe, expect, it } from 'vitest';
import { buildDemo, PROJECT_DATA_DIR } from '../../src/demo/generate.ts';
import { readPlan } from '../../src/demo/wards.ts';
import { allocate } from '../../src/demo/roster.ts';
import { parseLevel } from '../../src/core/school-levels.ts';

const demo = await buildDemo();
const hungYen = demo.rosters['hung-yen-2026'] ?? [];
const longBien = demo.rosters['long-bien-2025'] ?? [];
const count = (list: typeof hungYen, level: string) => list.filter((s) => s.level === level).length;

describe('roster sizes', () => {
  const cases = [
    { name: 'Hưng Yên in all', actual: hungYen.length, target: 1237, tolerance: 0 },
    { name: 'Hưng Yên preschools (45)', actual: count(hungYen, '45'), target: 496, tolerance: 5 },
    { name: 'Hưng Yên primary (1)', actual: count(hungYen, '1'), target: 197, tolerance: 5 },
    { name: 'Hưng Yên lower secondary (2)', actual: count(hungYen, '2'), target: 187, tolerance: 5 },
    { name: 'Hưng Yên primary + lower secondary (12)', actual: count(hungYen, '12'), target: 255, tolerance: 5 },
    { name: 'Hưng Yên upper secondary (3)', actual: count(hungYen, '3'), target: 71, tolerance: 3 },
    { name: 'Hưng Yên GDNN-GDTX centres (6)', actual: count(hungYen, '6'), target: 20, tolerance: 0 },
    { name: 'Long Biên in all', actual: longBien.length, target: 35, tolerance: 0 },
  ];
  it.each(cases)('$name: $actual ≈ $target', ({ actual, target, tolerance }) => {
    expect(Math.abs(actual - target)).toBeLessThanOrEqual(tolerance);
  });
});

describe.each([
  { planId: 'hung-yen-2026', province: '33', roster: hungYen, levels: ['45', '1', '2', '12', '3', '23', '6'] },
  { planId: 'long-bien-2025', province: '01', roster: longBien, levels: ['45', '1', '2', '12', '3', '23', '6'] },
])('$planId roster', ({ planId, province, roster, levels }) => {
  const plan = readPlan(PROJECT_DATA_DIR, planId);
  it('puts every school in a ward of the plan', () => {
    expect(roster.filter((s) => !plan.wards.includes(s.wardCode))).toEqual([]);
  });
  it('uses 8-character codes starting with the province code, unique', () => {
    expect(roster.filter((s) => !new RegExp(`^${province}\\d{3}[0-9A-Z]\\d{2}$`).test(s.code))).toEqual([]);
    expect(new Set(roster.map((s) => s.code)).size).toBe(roster.length);
  });
  it('has a few codes with a letter', () => {
    const lettered = roster.filter((s) => /[A-Z]/.test(s.code)).length;
    expect(lettered).toBeGreaterThanOrEqual(1);
    expect(lettered).toBeLessThanOrEqual(5);
  });
  it('names schools uniquely within a ward, in NFC', () => {
    const keys = roster.map((s) => `${s.wardCode}|${s.name}`);
    expect(new Set(keys).size).toBe(roster.length);
    expect(roster.filter((s) => s.name !== s.name.normalize('NFC'))).toEqual([]);
  });
  it('uses canonical level codes that the level parser accepts, all levels present', () => {
    expect([...new Set(roster.map((s) => s.level))].sort()).toEqual([...levels].sort());
    expect(roster.filter((s) => parseLevel(s.level) !== s.level)).toEqual([]);
  });
  it('writes the roster file with the exact header and a row per school', () => {
    const file = demo.files.find((f) => f.path === `data/plans/${planId}/schools.csv`);
    const lines = file?.bytes.toString('utf8').trimEnd().split('\n') ?? [];
    expect(lines[0]).toBe('ma_truong,ten_truong,cap_hoc,ma_xa');
    expect(lines.length - 1).toBe(roster.length);
  });
});

describe('Hưng Yên wards', () => {
  const plan = readPlan(PROJECT_DATA_DIR, 'hung-yen-2026');
  const perWard = plan.wards.map((code) => hungYen.filter((s) => s.wardCode === code));
  it('gives every ward a preschool, a primary and a lower-secondary school', () => {
    const lacking = perWard.filter((list) => !['45', '1', '2'].every((l) => list.some((s) => s.level === l)));
    expect(lacking).toEqual([]);
  });
  it('spreads schools unevenly', () => {
    const sizes = perWard.map((list) => list.length);
    expect(Math.max(...sizes) / Math.min(...sizes)).toBeGreaterThan(3);
  });
});

describe('allocate', () => {
  const cases = [
    { name: 'proportional', total: 10, weights: [1, 1, 2], minimum: 0, expected: [3, 2, 5] },
    { name: 'with a minimum', total: 10, weights: [1, 0, 0], minimum: 2, expected: [6, 2, 2] },
    { name: 'exact', total: 6, weights: [1, 2, 3], minimum: 0, expected: [1, 2, 3] },
  ];
  it.each(cases)('$name', ({ total, weights, minimum, expected }) => {
    const counts = allocate(total, weights, minimum);
    expect(counts).toEqual(expected);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
  });
});

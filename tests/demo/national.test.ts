import { describe, expect, it } from 'vitest';
import { buildNationalReports, buildNationalRoster, buildNationalWards, NATIONAL_SIZE } from '../../src/demo/national.ts';
import { DEMO_SEED } from '../../src/demo/generate.ts';
import type { ReportFile } from '../../src/demo/report-files.ts';
import { readSeedPlan } from '../fixtures/seed-plan.ts';

const wards = buildNationalWards(DEMO_SEED);
const roster = buildNationalRoster(DEMO_SEED, wards);
const files: ReportFile[] = [];
buildNationalReports(DEMO_SEED, readSeedPlan('hung-yen-2026'), wards, roster, (batch) => files.push(...batch));
const rows = files.reduce((n, f) => n + f.rows.length, 0);

describe('national benchmark set', () => {
  const cases = [
    { name: '34 provinces', actual: new Set(wards.map((w) => w.provinceCode)).size, expected: NATIONAL_SIZE.provinces },
    { name: '3,321 wards', actual: wards.length, expected: NATIONAL_SIZE.wards },
    { name: 'unique ward codes', actual: new Set(wards.map((w) => w.code)).size, expected: NATIONAL_SIZE.wards },
    { name: '55,000 institutions', actual: roster.length, expected: NATIONAL_SIZE.schools },
    { name: 'unique school codes', actual: new Set(roster.map((s) => s.code)).size, expected: NATIONAL_SIZE.schools },
    { name: 'unique file paths', actual: new Set(files.map((f) => f.path)).size, expected: files.length },
    { name: 'every school in a listed ward', actual: roster.filter((s) => !wards.some((w) => w.code === s.wardCode)).length, expected: 0 },
  ];
  it.each(cases)('$name', ({ actual, expected }) => expect(actual).toBe(expected));

  it('uses 5-digit ward codes, some with leading zeros', () => {
    expect(wards.every((w) => /^\d{5}$/.test(w.code))).toBe(true);
    expect(wards.some((w) => w.code.startsWith('0'))).toBe(true);
  });
  it('has at least one file per ward and most schools reporting', () => {
    expect(files.length).toBeGreaterThanOrEqual(NATIONAL_SIZE.wards);
    expect(rows / roster.length).toBeGreaterThan(0.9);
    expect(rows / roster.length).toBeLessThan(0.96);
  });
  it('is deterministic', () => {
    const again = buildNationalRoster(DEMO_SEED, buildNationalWards(DEMO_SEED));
    expect(again.map((s) => `${s.code}|${s.name}`)).toEqual(roster.map((s) => `${s.code}|${s.name}`));
  });
});

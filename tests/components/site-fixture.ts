// A small SiteData for the view-model tests, built in memory on the rules'
// test plan (tests/core/rules/plan-fixture.ts): ward 00001 with five reporting
// schools, ward 00002 with two of three; figures for the 2025 baseline and 2026.
import type { MeasureRow } from '../../src/core/measure-sql.ts';
import type { SiteData, SiteSchool } from '../../src/site-data/types.ts';
import { makePlan } from '../core/rules/plan-fixture.ts';

const row = (year: number, ward: string | undefined, value: number | null, extra: Partial<MeasureRow> = {}): MeasureRow => ({
  year, ...(ward ? { ward_code: ward } : {}), value, numerator: value, denominator: null, schools_value: value === null ? 0 : 4, schools_missing: 0, schools_na: 0, ...extra,
});

export function makeSite(buildDate = '2026-12-20', over: Record<string, unknown> = {}): SiteData {
  const plan = makePlan(over);
  const school = (code: string, ward: string, level: string, states: Record<string, SiteSchool['states'][string]>): SiteSchool => ({ code, name: `Trường ${code}`, level, ward, states });
  const both = { 2025: 'on_time', 2026: 'on_time' } as const;
  const schools = [
    ...['A1', 'A2', 'A3', 'A4', 'A5'].map((c) => school(c, '00001', '1', both)),
    school('B1', '00002', '2', both),
    school('B2', '00002', '2', { 2025: 'on_time', 2026: 'late' }),
    { ...school('B3', '00002', '45', { 2025: 'on_time', 2026: 'rejected' }), rejectedCodes: { 2026: ['ward-mismatch'] } },
  ];
  const figures = (plain: [number, number], w1: [number, number], w2: [number, number], extra: Partial<MeasureRow> = {}) => ({
    byYear: [row(2025, undefined, plain[0], extra), row(2026, undefined, plain[1], extra)],
    byWardYear: [row(2025, '00001', w1[0], extra), row(2026, '00001', w1[1], extra), row(2025, '00002', w2[0], extra), row(2026, '00002', w2[1], extra)],
    byLevelYear: [],
    bySchoolYear: [],
    applicableByWard: { '00001': 5, '00002': 3 },
  });
  return {
    schemaVersion: 1,
    buildDate,
    plan,
    reportYears: [2025, 2026],
    latestYear: 2026,
    unitGroup: 'ward_code',
    wards: [{ code: '00001', name: 'Phường Một', type: 'Phường' }, { code: '00002', name: 'Xã Hai', type: 'Xã' }],
    schools,
    measures: {
      ai: figures([20, 35], [20, 40], [20, 30]),
      'ke-hoach': figures([80, 100], [100, 100], [50, 100]),
      'su-co': (() => {
        const f = figures([8, 4], [4, 0], [4, 4]);
        return { ...f, byWardYear: f.byWardYear.filter((r) => r.ward_code === '00001'), applicableByWard: { '00001': 5, '00002': 0 } };
      })(),
      'hoc-lieu': figures([40, 48], [20, 24], [20, 24]),
    },
    completeness: { byYear: [], byWardYear: [] },
    ingest: {
      totals: { files: 1, rowsRead: 1, accepted: 0, superseded: 0, conflict: 0, rejected: 1, errors: 1, warnings: 0 },
      files: [{ path: 'p/2026/x.csv', status: 'read', encoding: 'utf-8', read: 1, accepted: 0, superseded: 0, conflict: 0, rejected: 1, problems: [
        { file: 'p/2026/x.csv', line: 7, column: 5, columnName: 'Mã xã/phường', code: 'ward-mismatch', severity: 'error', message: { vi: 'Trường thuộc xã 00002', en: 'The roster places the school in 00002' }, hint: null, value: '00001', count: 1, lines: [7], cell: null, more: false, lineRanges: [[7, 7]] },
        { file: 'p/2026/x.csv', line: 9, column: 5, columnName: 'Mã xã/phường', code: 'ward-mismatch', severity: 'error', message: { vi: 'khác', en: 'other' }, hint: null, value: '00001', count: 1, lines: [9], cell: null, more: false, lineRanges: [[9, 9]] },
      ] }],
      other: [],
    },
    downloads: [],
    templates: [],
  };
}

// The site-data step on a tiny DuckDB file (real @duckdb/node-api, no mock):
// the JSON shape the pages read, figures from the shared SQL, report states,
// per-school details, CSV downloads and the ingest report summary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReportsTableSql } from '../../src/core/measure-sql.ts';
import { DuckDBInstance } from '@duckdb/node-api';
import { parsePlan, type Plan } from '../../src/core/plan-schema.ts';
import { prepareSiteData } from '../../src/site-data/prepare.ts';
import { readIngestReport } from '../../src/site-data/ingest-report.ts';
import { resolveSiteBuildDate } from '../../src/site-data/build-date.ts';
import type { SchoolDetail, SiteData } from '../../src/site-data/types.ts';

const source = { vi: 'Tham số của kế hoạch', en: 'Plan parameter' };
const planJson = {
  id: 'tiny-2025',
  title: { vi: 'Kế hoạch nhỏ', en: 'Tiny plan' },
  shortTitle: { vi: 'Nhỏ', en: 'Tiny' },
  movements: [{ vi: 'Phong trào', en: 'Movement' }],
  issuer: { vi: 'UBND', en: 'People’s Committee' },
  document: { number: null, date: null },
  period: { start: 2025, end: 2026 },
  phases: [
    { id: '1', name: { vi: 'Giai đoạn 1', en: 'Phase 1' }, statedAs: '2025–2026', years: [2025, 2026], review: { kind: 'tong-ket', year: 2026, name: { vi: 'Tổng kết', en: 'Final review' } } },
  ],
  deadline: { month: 12, day: 15 },
  province: '01',
  wards: ['00001', '00002'],
  template: {
    indicators: [
      { id: 'so_cbgvnv', header: 'Tổng số CBQL, GV, NV', labelEn: 'Managers, teachers and staff', kind: 'count' },
      { id: 'so_cbgvnv_ky_nang_so', header: 'Số CBQL, GV, NV hoàn thành phổ cập kỹ năng số', labelEn: 'Staff with basic digital skills', kind: 'count', denominator: 'so_cbgvnv' },
      { id: 'diem_cds_day_hoc', header: 'Điểm chuyển đổi số — dạy, học', labelEn: 'Digital transformation score: teaching and learning', kind: 'score' },
    ],
  },
  criteria: [
    {
      id: 'ky-nang-so',
      subject: 'individual',
      title: { vi: 'Kỹ năng số', en: 'Digital skills' },
      measures: [
        { id: 'ks', label: { vi: 'Tỷ lệ', en: 'Share' }, kind: 'ratio', indicator: 'so_cbgvnv_ky_nang_so', denominator: 'so_cbgvnv', targets: [{ year: 2025, value: 80, source }] },
        { id: 'cds', label: { vi: 'Điểm', en: 'Score' }, kind: 'mean', indicator: 'diem_cds_day_hoc', unit: { vi: 'điểm', en: 'points' }, levels: ['1', '2'] },
      ],
    },
  ],
  demo: true,
};

// Ward 00001: A (primary) 9/10 staff, score 80; B (preschool) 1/90, score not applicable.
// Ward 00002: C reported 2025 late with a blank numerator; D sent one 2025 report, rejected.
const OBS = `
  (2025,'A','00001','1','so_cbgvnv_ky_nang_so','value',9), (2025,'A','00001','1','so_cbgvnv','value',10), (2025,'A','00001','1','diem_cds_day_hoc','value',80),
  (2025,'B','00001','45','so_cbgvnv_ky_nang_so','value',1), (2025,'B','00001','45','so_cbgvnv','value',90), (2025,'B','00001','45','diem_cds_day_hoc','not_applicable',NULL),
  (2025,'C','00002','2','so_cbgvnv_ky_nang_so','missing',NULL), (2025,'C','00002','2','so_cbgvnv','value',30), (2025,'C','00002','2','diem_cds_day_hoc','value',0)`;

let root: string;
let site: SiteData;
let schools: Record<string, SchoolDetail>;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'site-data-'));
  const plansDir = join(root, 'plans');
  const ingestDir = join(root, 'data');
  mkdirSync(join(plansDir, 'tiny-2025'), { recursive: true });
  mkdirSync(join(ingestDir, 'tiny-2025'), { recursive: true });
  writeFileSync(join(plansDir, 'tiny-2025', 'plan.json'), JSON.stringify(planJson));
  const instance = await DuckDBInstance.create(join(ingestDir, 'tiny-2025', 'tiny-2025.duckdb'));
  const con = await instance.connect();
  await con.run(`CREATE TABLE observations AS SELECT year::SMALLINT AS year, school_code, ward_code, level_code, indicator, status, value::DOUBLE AS value,
    'tiny-2025/2025/x.csv' AS source_file, 3::INTEGER AS source_line FROM (VALUES ${OBS}) t(year, school_code, ward_code, level_code, indicator, status, value)`);
  await con.run(`CREATE TABLE reports AS ${buildReportsTableSql(planJson.template.indicators)}`);
  await con.run(`CREATE TABLE submissions AS SELECT year::SMALLINT AS year, school_code, ward_code, level_code, report_date::DATE AS report_date, deadline::DATE AS deadline,
    timeliness, status, source_file, source_line::INTEGER AS source_line FROM (VALUES
    (2025, 'A', '00001', '1', '2025-12-01', '2025-12-15', 'on_time', 'accepted', 'tiny-2025/2025/x.csv', 2),
    (2025, 'B', '00001', '45', '2025-12-02', '2025-12-15', 'on_time', 'accepted', 'tiny-2025/2025/x.csv', 3),
    (2025, 'C', '00002', '2', '2025-12-20', '2025-12-15', 'late', 'accepted', 'tiny-2025/2025/x.csv', 4),
    (2025, 'C', '00002', '2', '2025-11-20', '2025-12-15', 'on_time', 'superseded', 'tiny-2025/2025/y.csv', 2)
  ) t(year, school_code, ward_code, level_code, report_date, deadline, timeliness, status, source_file, source_line)`);
  await con.run(`CREATE TABLE rejections AS SELECT 2025::SMALLINT AS year, 'D' AS school_code, '00002' AS ward_code, '1' AS level_code,
    'ward-mismatch' AS problem_codes, 'tiny-2025/2025/x.csv' AS source_file, 5::INTEGER AS source_line`);
  await con.run(`CREATE TABLE schools AS SELECT * FROM (VALUES ('A','Trường A','1','00001'), ('B','Trường B','45','00001'), ('C','=Trường C','2','00002'), ('D','Trường D','1','00002'))
    t(school_code, school_name, level_code, ward_code)`);
  await con.run(`CREATE TABLE wards AS SELECT * FROM (VALUES ('00001','Phường Một','Phường','01','Hà Nội'), ('00002','Xã Hai','Xã','01','Hà Nội'))
    t(ward_code, ward_name, ward_type, province_code, province_name)`);
  await con.run(`CREATE TABLE indicators AS SELECT 'so_gv' AS indicator, 'count' AS kind, 'Tổng số giáo viên' AS header_vi, 'Teachers' AS label_en, NULL::VARCHAR AS denominator, false AS lower_is_better`);
  con.closeSync();
  instance.closeSync();
  writeFileSync(join(ingestDir, 'tiny-2025', 'ingest-report.json'), JSON.stringify({ format: 1, files: [{ file: 'tiny-2025/2025/x.csv', rows_read: 4, accepted: 3, superseded: 0, conflict: 0, rejected: 1 }], problems: [] }));
  const siteDir = join(root, 'site');
  const index = await prepareSiteData({ plansDir, ingestDir, siteDir, buildDate: '2026-11-21' });
  expect(index.plans.map((p) => p.id)).toEqual(['tiny-2025']);
  site = JSON.parse(readFileSync(join(siteDir, 'tiny-2025.json'), 'utf8'));
  schools = JSON.parse(readFileSync(join(siteDir, 'tiny-2025', 'schools.json'), 'utf8'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('prepareSiteData', () => {
  it('keeps the plan, the calendar and the roster', () => {
    expect((parsePlan(site.plan) as { plan: Plan }).plan.id).toBe('tiny-2025');
    expect(site.buildDate).toBe('2026-11-21');
    expect(site.reportYears).toEqual([2025, 2026]);
    expect(site.latestYear).toBe(2025);
    expect(site.unitGroup).toBe('ward_code');
    expect(site.wards).toEqual([{ code: '00001', name: 'Phường Một', type: 'Phường' }, { code: '00002', name: 'Xã Hai', type: 'Xã' }]);
  });

  it('states each school’s report for each year: on time, late, sent but rejected, not yet due', () => {
    expect(Object.fromEntries(site.schools.map((s) => [s.code, s.states]))).toEqual({
      A: { 2025: 'on_time', 2026: 'not_yet_due' },
      B: { 2025: 'on_time', 2026: 'not_yet_due' },
      C: { 2025: 'late', 2026: 'not_yet_due' },
      D: { 2025: 'rejected', 2026: 'not_yet_due' },
    });
  });

  it('issue 6: a rejected-only school is "sent but rejected", with its problem codes and the row', () => {
    expect(site.schools.find((s) => s.code === 'D')!.rejectedCodes).toEqual({ 2025: ['ward-mismatch'] });
    expect(schools.D!.submissions).toEqual([
      { year: 2025, report_date: '', timeliness: '', status: 'rejected', source_file: 'tiny-2025/2025/x.csv', source_line: 5, codes: ['ward-mismatch'] },
    ]);
  });

  it('computes a ratio as a sum over sums, by year and by ward', () => {
    const ks = site.measures.ks!;
    expect(ks.byYear).toEqual([{ year: 2025, value: 10, numerator: 10, denominator: 100, schools_value: 2, schools_missing: 1, schools_na: 0 }]);
    expect(ks.byWardYear.map((r) => [r.ward_code, r.value, r.schools_missing])).toEqual([['00001', 10, 0], ['00002', null, 1]]);
    expect(ks.applicableByWard).toEqual({ '00001': 2, '00002': 2 });
  });

  it('keeps a zero score apart from a not-applicable one', () => {
    const cds = site.measures.cds!;
    expect(cds.byWardYear.map((r) => [r.ward_code, r.value, r.schools_value, r.schools_na])).toEqual([['00001', 80, 1, 0], ['00002', 0, 1, 0]]);
    expect(cds.applicableByWard).toEqual({ '00001': 1, '00002': 2 });
  });

  it('counts completeness per year and per ward', () => {
    expect(site.completeness.byYear).toEqual([
      { year: 2025, expected: 4, on_time: 2, late: 1, rejected: 1, not_yet_due: 0, not_reported: 0 },
      { year: 2026, expected: 4, on_time: 0, late: 0, rejected: 0, not_yet_due: 4, not_reported: 0 },
    ]);
    expect(site.completeness.byWardYear).toHaveLength(4);
  });

  it('writes each school’s reports, cells and figures', () => {
    expect(schools.C!.submissions.map((s) => [s.report_date, s.status, `${s.source_file}:${s.source_line}`])).toEqual([
      ['2025-11-20', 'superseded', 'tiny-2025/2025/y.csv:2'],
      ['2025-12-20', 'accepted', 'tiny-2025/2025/x.csv:4'],
    ]);
    expect(schools.B!.values['2025']).toEqual({ diem_cds_day_hoc: 'na', so_cbgvnv: 90, so_cbgvnv_ky_nang_so: 1 });
    expect(schools.C!.values['2025']!.so_cbgvnv_ky_nang_so).toBe('missing');
    expect(schools.A!.measures.ks).toEqual([{ year: 2025, value: 90, numerator: 9, denominator: 10, schools_value: 1, schools_missing: 0, schools_na: 0 }]);
    expect(schools.D!.values).toEqual({});
  });

  it('lists the downloads, with formula-safe CSVs', () => {
    expect(site.downloads.map((d) => d.file)).toEqual([
      'tiny-2025.duckdb', 'observations.csv', 'submissions.csv', 'rejections.csv', 'schools.csv', 'wards.csv', 'indicators.csv', 'ingest-report.json',
      'de-xuat-khen-thuong.csv', 'de-xuat-khen-thuong.xlsx', 'so-lieu-theo-xa-phuong.csv', 'so-lieu-theo-xa-phuong.xlsx', 'so-lieu-theo-truong.csv', 'so-lieu-theo-truong.xlsx',
    ]);
    const csv = readFileSync(join(root, 'site', 'tiny-2025', 'csv', 'schools.csv'), 'utf8');
    expect(csv).toContain(`C,'=Trường C,2,00002`);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(site.ingest!.files[0]).toMatchObject({ path: 'tiny-2025/2025/x.csv', read: 4, accepted: 3, rejected: 1, problems: [] });
  });
});

describe('issue 6: the site build date is the ingest’s', () => {
  const withIngestDate = (date: string) => {
    const copy = mkdtempSync(join(tmpdir(), 'site-date-'));
    cpSync(root, copy, { recursive: true });
    const report = join(copy, 'data', 'tiny-2025', 'ingest-report.json');
    writeFileSync(report, JSON.stringify({ ...JSON.parse(readFileSync(report, 'utf8')), build_date: date }));
    return copy;
  };
  const prepare = (dir: string, buildDate?: string) =>
    prepareSiteData({ plansDir: join(dir, 'plans'), ingestDir: join(dir, 'data'), siteDir: join(dir, 'site'), ...(buildDate ? { buildDate } : {}) });

  it('fails clearly when the ingest ran on 2026-12-10 and the site is built on 2027-01-20', async () => {
    const dir = withIngestDate('2026-12-10');
    try {
      await expect(prepare(dir, '2027-01-20')).rejects.toThrow(
        'ngày dựng trang 2027-01-20 khác ngày nhập liệu 2026-12-10 (out/data/*/ingest-report.json): chạy npm run data -- --build-date 2027-01-20, hoặc dựng trang với --build-date 2026-12-10 / ' +
          "the site's build date 2027-01-20 differs from the ingest's 2026-12-10: run npm run data -- --build-date 2027-01-20, or build with --build-date 2026-12-10",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes the ingest’s date when none is asked for, so pages and report agree', async () => {
    const dir = withIngestDate('2026-12-10');
    try {
      const index = await prepare(dir);
      const data: SiteData = JSON.parse(readFileSync(join(dir, 'site', 'tiny-2025.json'), 'utf8'));
      expect([index.buildDate, data.buildDate]).toEqual(['2026-12-10', '2026-12-10']);
      // 2026 is still open on 2026-12-10: not yet due on the pages, as in the ingest report.
      expect(data.completeness.byYear.find((r) => r.year === 2026)).toMatchObject({ not_yet_due: 4, not_reported: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    { name: 'the same date is accepted', asked: '2026-12-10', ingests: [{ plan: 'a', date: '2026-12-10' }], expected: '2026-12-10' },
    { name: 'no report date: the asked date', asked: '2026-12-10', ingests: [{ plan: 'a', date: null }], expected: '2026-12-10' },
  ])('resolveSiteBuildDate: $name', ({ asked, ingests, expected }) => expect(resolveSiteBuildDate(asked, ingests)).toBe(expected));

  it.each([
    { name: 'plans ingested on different dates', asked: undefined, ingests: [{ plan: 'a', date: '2026-12-10' }, { plan: 'b', date: '2026-12-11' }], message: 'the plans were ingested on different build dates (a 2026-12-10, b 2026-12-11)' },
    { name: 'no date at all', asked: undefined, ingests: [{ plan: 'a', date: null }], message: 'no build date: the ingest reports name none; run npm run data first' },
  ])('resolveSiteBuildDate fails: $name', ({ asked, ingests, message }) => expect(() => resolveSiteBuildDate(asked, ingests)).toThrow(message));
});

describe('readIngestReport', () => {
  it('attaches problems to their file and keeps both languages', () => {
    const summary = readIngestReport({
      format: 1,
      totals: { files: 1, rows_read: 2, accepted: 1, superseded: 0, conflict: 0, rejected: 1, errors: 1, warnings: 1 },
      files: [{ file: 'p/2026/a.csv', status: 'read', encoding: 'utf-8', rows_read: 2, accepted: 1, superseded: 0, conflict: 0, rejected: 1 }, { file: 'p/2026/b.xlsx', status: 'read', sheet: 'Báo cáo', rows_read: 1, accepted: 0, superseded: 0, conflict: 0, rejected: 1 }],
      problems: [
        { file: 'p/2026/b.xlsx', line: 12, column: 6, column_name: 'Tổng số học sinh', cell: "'Báo cáo'!F12", code: 'bad-number', severity: 'error', message_vi: 'x', message_en: 'y', count: 1, lines: [12] },
        { file: 'p/2026/a.csv', line: 14, column: 3, column_name: 'Tổng số học sinh', cell: null, code: 'bad-number', severity: 'error', message_vi: '"12,5a" không phải là số', message_en: '"12,5a" is not a number', hint_vi: 'Ghi một số', hint_en: 'Write a number', value: '12,5a', count: 1, lines: [14] },
        { file: 'data/plans/p/schools.csv', line: 2, column: null, code: 'roster-x', severity: 'warning', message_vi: 'x', message_en: 'y', count: 3, lines: [2, 5, 9] },
      ],
    })!;
    expect(summary.totals).toMatchObject({ files: 1, rowsRead: 2, rejected: 1, errors: 1 });
    expect(summary.files[0]!.problems).toEqual([
      { file: 'p/2026/a.csv', line: 14, column: 3, columnName: 'Tổng số học sinh', cell: null, code: 'bad-number', severity: 'error', message: { vi: '"12,5a" không phải là số', en: '"12,5a" is not a number' }, hint: { vi: 'Ghi một số', en: 'Write a number' }, value: '12,5a', count: 1, lines: [14], more: false, lineRanges: [] },
    ]);
    expect(summary.files[1]!.problems.map((p) => [p.line, p.column, p.cell])).toEqual([[12, 6, "'Báo cáo'!F12"]]);
    expect(summary.other.map((p) => [p.code, p.count, p.lines, p.hint])).toEqual([['roster-x', 3, [2, 5, 9], null]]);
  });

  it('returns null for something that is not a report', () => {
    expect(readIngestReport([1, 2])).toBeNull();
  });
});

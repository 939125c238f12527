// Issue 7.1: a third plan with indicators of its own, end to end with no code
// change: ingest (real DuckDB) → site data. Its template validates the rows
// (a count over its denominator is rejected), is stored (indicators, reports
// columns), and its measures are computed. The pages it renders are checked on
// a real astro build in tests/browser/third-plan.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { runIngest, type IngestReport, type IngestSummary } from '../../src/pipeline/index.ts';
import { prepareSiteData } from '../../src/site-data/prepare.ts';
import { buildTemplateCsv } from '../../src/site-data/template.ts';
import type { SchoolDetail, SiteData } from '../../src/site-data/types.ts';
import { THIRD_PLAN_ID, writeThirdPlanData } from '../fixtures/third-plan.ts';

const root = mkdtempSync(join(tmpdir(), 'third-plan-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const out = join(root, 'out');
let summary: IngestSummary;
let report: IngestReport;
let site: SiteData;
let schools: Record<string, SchoolDetail>;

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
  const con = await instance.connect();
  try {
    await con.run(`ATTACH '${join(out, THIRD_PLAN_ID, `${THIRD_PLAN_ID}.duckdb`)}' AS d (READ_ONLY)`);
    const rows = (await con.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
    return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

beforeAll(async () => {
  const data = writeThirdPlanData(root);
  summary = await runIngest({ dataDir: data, outDir: out, buildDate: '2026-11-21' });
  report = JSON.parse(readFileSync(join(out, THIRD_PLAN_ID, 'ingest-report.json'), 'utf8')) as IngestReport;
  await prepareSiteData({ plansDir: join(data, 'plans'), ingestDir: out, siteDir: join(root, 'site'), buildDate: '2026-11-21' });
  site = JSON.parse(readFileSync(join(root, 'site', `${THIRD_PLAN_ID}.json`), 'utf8')) as SiteData;
  schools = JSON.parse(readFileSync(join(root, 'site', THIRD_PLAN_ID, 'schools.json'), 'utf8')) as Record<string, SchoolDetail>;
});

describe('issue 7.1: a third plan with its own indicators', () => {
  it('is ingested: two rows accepted, one rejected', () => {
    expect(summary.plans.map((p) => [p.plan, p.ok, p.configProblems])).toEqual([[THIRD_PLAN_ID, true, []]]);
    expect(report.totals).toMatchObject({ files: 1, rows_read: 3, accepted: 2, rejected: 1 });
  });

  it('validates a count against its own denominator, under an accepted spelling of its header', () => {
    const problem = report.problems.find((p) => p.code === 'count-exceeds-denominator');
    expect(problem).toMatchObject({ line: 3, column: 8, column_name: 'Trẻ biết bơi', value: '70', message_en: 'The count 70 is larger than "Tổng số trẻ" (50)' });
  });

  it('knows only its own columns: a seed indicator is an unknown column here', () => {
    expect(report.problems.filter((p) => p.code === 'unknown-column').map((p) => p.column_name)).toEqual(['Tổng số học sinh']);
  });

  it('stores its indicators and a reports column for each, and nothing of the seeds', async () => {
    expect(await query('SELECT indicator, kind, header_vi, denominator, unit_vi, levels FROM d.indicators ORDER BY indicator')).toEqual([
      { indicator: 'co_vuon_rau', kind: 'yesno', header_vi: 'Có vườn rau của trường', denominator: null, unit_vi: null, levels: '123456' },
      { indicator: 'diem_an_toan', kind: 'score', header_vi: 'Điểm an toàn trường học', denominator: null, unit_vi: 'điểm', levels: '123456' },
      { indicator: 'so_tre', kind: 'count', header_vi: 'Tổng số trẻ', denominator: null, unit_vi: 'trẻ', levels: '45' },
      { indicator: 'so_tre_biet_boi', kind: 'count', header_vi: 'Số trẻ biết bơi', denominator: 'so_tre', unit_vi: 'trẻ', levels: '45' },
    ]);
    const columns = await query(`SELECT column_name FROM information_schema.columns WHERE table_catalog = 'd' AND table_name = 'reports' ORDER BY ordinal_position`);
    expect(columns.map((c) => c.column_name)).toEqual([
      'year', 'school_code', 'ward_code', 'level_code',
      'so_tre', 'so_tre__na', 'so_tre_biet_boi', 'so_tre_biet_boi__na', 'co_vuon_rau', 'co_vuon_rau__na', 'diem_an_toan', 'diem_an_toan__na',
    ]);
    expect(await query('SELECT school_code, so_tre, so_tre_biet_boi, co_vuon_rau, diem_an_toan FROM d.reports ORDER BY school_code')).toEqual([
      { school_code: '01000101', so_tre: 100, so_tre_biet_boi: 60, co_vuon_rau: 1, diem_an_toan: 80 },
      { school_code: '01000103', so_tre: null, so_tre_biet_boi: null, co_vuon_rau: 0, diem_an_toan: 70 },
    ]);
  });

  it('computes its measures in the site data', () => {
    const pick = (id: string) => site.measures[id]!.byYear.map(({ year, value, numerator, denominator, schools_value, schools_missing }) => ({ year, value, numerator, denominator, schools_value, schools_missing }));
    expect(pick('tre-biet-boi')).toEqual([{ year: 2026, value: 60, numerator: 60, denominator: 100, schools_value: 1, schools_missing: 0 }]);
    expect(pick('vuon-rau')).toEqual([{ year: 2026, value: 50, numerator: 1, denominator: null, schools_value: 2, schools_missing: 0 }]);
    expect(pick('an-toan')).toEqual([{ year: 2026, value: 75, numerator: 150, denominator: null, schools_value: 2, schools_missing: 0 }]);
    expect(site.measures['tre-biet-boi']!.applicableByWard).toEqual({ '00145': 2 });
  });

  it('carries its template to the pages: blank CSV headers and each school\'s cells', () => {
    expect(buildTemplateCsv(site.plan).split('\r\n')[0]).toBe('\ufeffNăm báo cáo,Mã trường,Tên trường,Cấp học,Mã xã/phường,Ngày báo cáo,Tổng số trẻ,Số trẻ biết bơi,Có vườn rau của trường,Điểm an toàn trường học');
    expect(schools['01000101']!.values['2026']).toEqual({ co_vuon_rau: 1, diem_an_toan: 80, so_tre: 100, so_tre_biet_boi: 60 });
    expect(schools['01000102']!.values).toEqual({});
  });
});

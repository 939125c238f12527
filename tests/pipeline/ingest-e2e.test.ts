// End to end: runIngest on tests/fixtures/e2e/data (a 5-school plan and files
// for every rule of the contract), into a temp dir, checked with real DuckDB.
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { runIngest } from '../../src/pipeline/index.ts';
import type { IngestReport, IngestSummary } from '../../src/pipeline/index.ts';

const dataDir = fileURLToPath(new URL('../fixtures/e2e/data', import.meta.url));
const BUILD_DATE = '2026-11-21';
const tmp = mkdtempSync(join(tmpdir(), 'ingest-e2e-'));

const run = (outDir: string, extra: Partial<Parameters<typeof runIngest>[0]> = {}) => runIngest({ dataDir, outDir, buildDate: BUILD_DATE, ...extra });
const files = (dir: string) => readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name))] as const);

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
  const con = await instance.connect();
  try {
    const rows = (await con.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
    return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

let summary: IngestSummary;
let report: IngestReport;
const out = join(tmp, 'out');
const planDir = join(out, 'mini-2025');
const parquet = (table: string) => `'${join(planDir, `${table}.parquet`)}'`;

beforeAll(async () => {
  summary = await run(out);
  report = JSON.parse(readFileSync(join(planDir, 'ingest-report.json'), 'utf8')) as IngestReport;
});

describe('runIngest end to end', () => {
  it('writes the files of docs/data-model.md', () => {
    expect(readdirSync(planDir).sort()).toEqual(['indicators.parquet', 'ingest-report.json', 'mini-2025.duckdb', 'observations.parquet', 'rejections.parquet', 'schools.parquet', 'set-aside.json', 'submissions.parquet', 'wards.parquet']);
  });

  it('accounts for every row of every file', () => {
    for (const file of report.files) {
      expect(file.rows_read, file.file).toBe(file.accepted + file.superseded + file.conflict + file.rejected);
    }
    const byFile = Object.fromEntries(report.files.map((f) => [f.file.split('/').slice(1).join('/'), [f.status, f.rows_read, f.accepted, f.superseded, f.conflict, f.rejected]]));
    expect(byFile).toEqual({
      '2025/01-long-bien-utf8-bom.csv': ['read', 2, 2, 0, 0, 0],
      '2025/02-mam-non-semicolon-excel.csv': ['read', 1, 1, 0, 0, 0],
      '2025/03-loi-du-lieu.csv': ['read', 7, 0, 0, 0, 7],
      '2025/04-trung-lap.csv': ['read', 4, 1, 1, 2, 0],
      '2025/05-thieu-cot.csv': ['rejected', 1, 0, 0, 0, 1],
      '2025/06-bang-ma-vni.csv': ['rejected', 0, 0, 0, 0, 0],
      '2025/07-so-lieu.xlsx': ['rejected', 0, 0, 0, 0, 0],
      '2026/01-tcvn3.csv': ['read', 1, 1, 0, 0, 0],
      '2026/02-windows-1258.csv': ['read', 1, 1, 0, 0, 0],
      '2026/03-utf16.csv': ['read', 1, 1, 0, 0, 0],
    });
    expect(report.totals).toMatchObject({ files: 10, files_rejected: 3, rows_read: 18, accepted: 7, superseded: 1, conflict: 2, rejected: 8 });
  });

  it('reports each rule with its code, at the right line and column', () => {
    const at = (code: string) => report.problems.filter((p) => p.code === code).map((p) => `${p.file.split('/').pop()}:${p.line}:${p.column ?? ''}`);
    expect(at('count-exceeds-denominator')).toEqual(['03-loi-du-lieu.csv:2:9']);
    expect(at('bad-number')).toEqual(['03-loi-du-lieu.csv:3:19']);
    expect(at('score-out-of-range')).toEqual(['03-loi-du-lieu.csv:3:18']);
    expect(at('school-not-in-roster')).toEqual(['03-loi-du-lieu.csv:4:2']);
    expect(at('ward-mismatch')).toEqual(['03-loi-du-lieu.csv:5:5']);
    expect(at('date-after-build')).toEqual(['03-loi-du-lieu.csv:6:6']);
    expect(at('year-outside-plan')).toEqual(['03-loi-du-lieu.csv:7:1']);
    expect(at('date-invalid')).toEqual(['03-loi-du-lieu.csv:8:6']);
    expect(at('duplicate-superseded')).toEqual(['04-trung-lap.csv:2:']);
    expect(at('duplicate-conflict')).toEqual(['04-trung-lap.csv:4:', '04-trung-lap.csv:5:']);
    expect(at('missing-required-column')).toEqual(['05-thieu-cot.csv:1:']);
    expect(at('unsupported-encoding')).toEqual(['06-bang-ma-vni.csv:null:']);
    expect(at('unreadable-workbook')).toEqual(['07-so-lieu.xlsx:null:']);
    expect(at('legacy-encoding')).toEqual(['01-tcvn3.csv:null:']);
    expect(at('name-differs')).toEqual(['01-long-bien-utf8-bom.csv:7:4']);
    expect(at('personal-data-column')).toEqual(['03-loi-du-lieu.csv:1:27', '03-loi-du-lieu.csv:1:28']);
    expect(at('unknown-column')).toEqual(['03-loi-du-lieu.csv:1:29']);
    expect(report.problems.find((p) => p.code === 'excel-number-code')).toMatchObject({ count: 2, lines: [3, 3] });
  });

  it('reports unknown columns, keeps their values aside unpublished, and personal data nowhere', () => {
    const file = report.files.find((f) => f.file.endsWith('03-loi-du-lieu.csv'))!;
    expect(file.unknown_columns).toEqual([{ column: 29, header: 'Ghi chú của trường', values: 7 }]);
    const setAside = JSON.parse(readFileSync(join(planDir, 'set-aside.json'), 'utf8'));
    expect(setAside).toEqual({
      unknown_columns: [{ file: file.file, column: 29, header: 'Ghi chú của trường', values: [2, 3, 4, 5, 6, 7, 8].map((line) => ({ line, value: 'ghi chú A' })) }],
      redacted: [],
    });
    expect(file.personal_data_columns).toEqual([{ column: 27, header: 'Số CCCD' }, { column: 28, header: 'Họ tên người báo cáo' }]);
    for (const [name, bytes] of files(planDir)) {
      for (const secret of ['001203004567', 'Nguyễn Văn Bình', 'Nguyen Van Binh', 'ghi chú A']) {
        if (secret === 'ghi chú A' && name === 'set-aside.json') continue;
        expect(bytes.includes(Buffer.from(secret)), `${secret} in ${name}`).toBe(false);
      }
    }
  });

  it('computes completeness by year', () => {
    expect(report.years).toEqual([
      { year: 2025, deadline: '2025-12-15', schools_expected: 5, schools_reported: 4, on_time: 3, late: 1, rejected: 1, not_yet_due: 0, not_reported: 0 },
      { year: 2026, deadline: '2026-12-15', schools_expected: 5, schools_reported: 3, on_time: 3, late: 0, rejected: 0, not_yet_due: 2, not_reported: 0 },
    ]);
    expect(summary.exitCode).toBe(0);
  });

  it('issue 6: keeps the rows rejected after naming a school and year, with their codes, so the school reads "sent but rejected"', async () => {
    const rows = await query(`SELECT year, school_code, problem_codes, source_line FROM read_parquet(${parquet('rejections')}) ORDER BY source_line`);
    expect(rows).toEqual([
      { year: 2025, school_code: '01000004', problem_codes: 'count-exceeds-denominator', source_line: 2 },
      { year: 2025, school_code: '01000005', problem_codes: 'bad-number,score-out-of-range', source_line: 3 },
      { year: 2025, school_code: '01000001', problem_codes: 'ward-mismatch', source_line: 5 },
      { year: 2025, school_code: '01000002', problem_codes: 'date-after-build', source_line: 6 },
      { year: 2025, school_code: '01000003', problem_codes: 'date-invalid', source_line: 8 },
    ]);
    // 01000005's other 2025 reports tied on date (conflict): with no accepted report, it is "sent but rejected", not "not reported".
    expect(report.years[0]).toMatchObject({ rejected: 1, not_reported: 0 });
  });

  it('gives a ward rate as Σ numerators / Σ denominators over the Parquet files, not a mean of school rates', async () => {
    const [row] = await query(`
      WITH pairs AS (
        SELECT n.ward_code, n.value AS num, d.value AS den
        FROM read_parquet(${parquet('observations')}) n JOIN read_parquet(${parquet('observations')}) d
          ON n.year = d.year AND n.school_code = d.school_code AND d.indicator = 'so_hoc_sinh'
        WHERE n.indicator = 'so_hs_ky_nang_so' AND n.year = 2025 AND n.status = 'value' AND d.status = 'value')
      SELECT sum(num) / sum(den) * 100 AS rate, avg(num / den) * 100 AS mean_of_rates, count(*) AS schools
      FROM pairs WHERE ward_code = '00145'`);
    expect(row!.schools).toBe(2);
    expect(row!.rate as number).toBeCloseTo(91 / 110 * 100, 6);
    expect(row!.mean_of_rates as number).toBeCloseTo(50, 6);
  });

  it('stores blank, zero and not-applicable distinctly, and the roster as authority', async () => {
    const rows = await query(`SELECT school_code, ward_code, level_code, indicator, status, value FROM read_parquet(${parquet('observations')})
      WHERE year = 2025 AND school_code = '01000003' AND indicator IN ('so_hs_ky_nang_so', 'diem_cds_day_hoc', 'so_hoc_sinh', 'so_phong_hoc', 'so_su_co_attt', 'co_ke_hoach') ORDER BY indicator`);
    expect(rows).toEqual([
      { school_code: '01000003', ward_code: '00145', level_code: '45', indicator: 'co_ke_hoach', status: 'value', value: 1 },
      { school_code: '01000003', ward_code: '00145', level_code: '45', indicator: 'diem_cds_day_hoc', status: 'not_applicable', value: null },
      { school_code: '01000003', ward_code: '00145', level_code: '45', indicator: 'so_hoc_sinh', status: 'value', value: 1234 },
      { school_code: '01000003', ward_code: '00145', level_code: '45', indicator: 'so_hs_ky_nang_so', status: 'missing', value: null },
      { school_code: '01000003', ward_code: '00145', level_code: '45', indicator: 'so_phong_hoc', status: 'value', value: 1234 },
      { school_code: '01000003', ward_code: '00145', level_code: '45', indicator: 'so_su_co_attt', status: 'value', value: 0 },
    ]);
    const [counts] = await query(`SELECT count(*) AS n, count(DISTINCT (year, school_code)) AS reports FROM read_parquet(${parquet('observations')})`);
    expect(counts).toEqual({ n: 7 * 20, reports: 7 });
  });

  it('records submissions with timeliness and duplicate status', async () => {
    const rows = await query(`SELECT year, school_code, strftime(report_date, '%Y-%m-%d') AS d, timeliness, status, source_line
      FROM read_parquet(${parquet('submissions')}) WHERE year = 2025 ORDER BY school_code, source_file, source_line`);
    expect(rows.map((r) => [r.school_code, r.d, r.timeliness, r.status, r.source_line])).toEqual([
      // Lines 6 and 7: the header's "Tổng số⏎học sinh" cell spans lines 4–5.
      ['01000001', '2025-12-10', 'on_time', 'accepted', 6],
      ['01000002', '2025-12-20', 'late', 'accepted', 7],
      ['01000003', '2025-12-05', 'on_time', 'accepted', 3],
      ['01000004', '2025-12-01', 'on_time', 'superseded', 2],
      ['01000004', '2025-12-10', 'on_time', 'accepted', 3],
      ['01000005', '2025-12-11', 'on_time', 'conflict', 4],
      ['01000005', '2025-12-11', 'on_time', 'conflict', 5],
    ]);
  });

  it('writes a DuckDB file holding the same tables (text as ENUM, joinable)', async () => {
    const db = join(planDir, 'mini-2025.duckdb');
    const [row] = await query(`ATTACH '${db}' AS d (READ_ONLY);
      SELECT (SELECT count(*) FROM d.observations) AS observations, (SELECT count(*) FROM d.submissions) AS submissions,
        (SELECT count(*) FROM d.schools) AS schools, (SELECT count(*) FROM d.wards) AS wards, (SELECT count(*) FROM d.indicators) AS indicators,
        (SELECT count(*) FROM d.observations o JOIN d.schools s USING (school_code) WHERE s.school_name = 'Trường THCS Ngọc Lâm' AND o.ward_code = '00145') AS joined`);
    expect(row).toEqual({ observations: 140, submissions: 10, schools: 5, wards: 2, indicators: 20, joined: 40 });
  });

  it('gives byte-identical output on a second run', async () => {
    const again = join(tmp, 'again');
    await run(again);
    expect(files(join(again, 'mini-2025'))).toEqual(files(planDir));
  });

  it('leaves the previous output intact when a run fails mid-way', async () => {
    const target = join(tmp, 'atomic');
    await run(target);
    const before = files(join(target, 'mini-2025'));
    await expect(run(target, { onStaged: () => { throw new Error('injected failure'); } })).rejects.toThrow('injected failure');
    expect(files(join(target, 'mini-2025'))).toEqual(before);
    expect(readdirSync(tmp).filter((name) => name.includes('staging'))).toEqual([]);
  });

  it('exits 1 with --strict when an error exists, 0 without', async () => {
    expect(summary.errors).toBeGreaterThan(0);
    expect((await run(join(tmp, 'strict'), { strict: true })).exitCode).toBe(1);
  });

  it('stops a plan whose plan.json is invalid, with friendly lines, and keeps its previous output', async () => {
    const bad = join(tmp, 'bad-data');
    cpSync(dataDir, bad, { recursive: true });
    const planFile = join(bad, 'plans', 'mini-2025', 'plan.json');
    const plan = JSON.parse(readFileSync(planFile, 'utf8'));
    writeFileSync(planFile, JSON.stringify({ ...plan, wards: ['99999'], period: { start: 2025, end: 'x' } }));
    const target = join(tmp, 'bad-out');
    mkdirSync(join(target, 'mini-2025'), { recursive: true });
    writeFileSync(join(target, 'mini-2025', 'keep.txt'), 'previous');
    const result = await runIngest({ dataDir: bad, outDir: target, buildDate: BUILD_DATE });
    expect(result.exitCode).toBe(1);
    expect(result.plans[0]!.configProblems[0]).toMatch(/plans\/mini-2025\/plan\.json: period\.end: /);
    expect(readFileSync(join(target, 'mini-2025', 'keep.txt'), 'utf8')).toBe('previous');
    writeFileSync(planFile, JSON.stringify({ ...plan, wards: ['99999'] }));
    const wards = await runIngest({ dataDir: bad, outDir: target, buildDate: BUILD_DATE });
    expect(wards.plans[0]!.configProblems).toEqual(expect.arrayContaining([expect.stringMatching(/wards\.0: "99999" is not in .*wards-2025\.csv/), expect.stringMatching(/schools\.csv:2: ma_xa "00145" is not one of the plan's wards/)]));
    rmSync(bad, { recursive: true, force: true });
  });
});

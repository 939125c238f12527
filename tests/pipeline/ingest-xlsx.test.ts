// Workbooks through the whole ingest (real DuckDB), on the e2e fixtures' plan
// (5 schools in wards 00127 and 00145): the same rules and the same accounting
// as CSV, problems at their sheet and cell, and a clear word for every file
// that is not a readable workbook.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { IDENTITY_COLUMNS } from '../../src/core/identity-columns.ts';
import { indicatorsOf } from '../../src/core/indicators.ts';
import { parsePlan, type Plan } from '../../src/core/plan-schema.ts';
import { runIngest } from '../../src/pipeline/index.ts';
import type { IngestReport } from '../../src/pipeline/index.ts';
import { makeEncryptedContainer, makeLegacyXls, makeWorkbook } from '../fixtures/workbooks.ts';
import type { TestCell } from '../fixtures/workbooks.ts';

const fixtures = fileURLToPath(new URL('../fixtures/e2e/data', import.meta.url));
const BUILD_DATE = '2026-11-21';
const tmp = mkdtempSync(join(tmpdir(), 'ingest-xlsx-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const plan = (parsePlan(JSON.parse(readFileSync(join(fixtures, 'plans/mini-2025/plan.json'), 'utf8'))) as { plan: Plan }).plan;
const INDICATORS = indicatorsOf(plan);
const HEADERS = [...IDENTITY_COLUMNS.map((c) => c.header), ...INDICATORS.map((i) => i.header)];
const column = (id: string) => HEADERS.indexOf([...IDENTITY_COLUMNS, ...INDICATORS].find((c) => c.id === id)!.header);
const DEFAULTS: Record<string, TestCell> = {
  co_ke_hoach: 'Có', so_cbgvnv: 40, so_cbgvnv_ky_nang_so: 30, so_hoc_sinh: 500, so_hs_ky_nang_so: 300, so_hs_xac_thuc_dan_cu: 450,
  so_phong_hoc: 20, so_phong_hoc_so: 15, so_ho_so_tthc: 100, so_ho_so_truc_tuyen: 60, diem_cds_day_hoc: 70, diem_cds_quan_tri: 65.5,
  so_gv: 30, so_gv_ung_dung_ai: 10, so_hoc_lieu_so: 5, so_sang_kien: 2, co_giao_duc_moi_truong: 'Có', so_hoat_dong_xanh: 3,
  co_phan_loai_rac: 'Không', so_su_co_attt: 0,
};
/** One report row as cells in template order. */
const row = (identity: TestCell[], values: Record<string, TestCell> = {}): TestCell[] => {
  const all = { ...DEFAULTS, ...values };
  return [...identity, ...INDICATORS.map((i) => all[i.id] ?? null)];
};
const DATE = { v: 46001, z: 'dd/mm/yyyy' }; // 10/12/2025
const quote = (text: string) => (/[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** A data folder with the e2e plan and roster, and `files` under raw/mini-2025/2025/. */
function dataDirWith(name: string, files: Record<string, Uint8Array | string>): string {
  const dir = join(tmp, name);
  cpSync(join(fixtures, 'plans'), join(dir, 'plans'), { recursive: true });
  cpSync(join(fixtures, 'reference'), join(dir, 'reference'), { recursive: true });
  mkdirSync(join(dir, 'raw/mini-2025/2025'), { recursive: true });
  for (const [file, bytes] of Object.entries(files)) writeFileSync(join(dir, 'raw/mini-2025/2025', file), bytes);
  return dir;
}

async function ingest(dataDir: string): Promise<{ report: IngestReport; out: string }> {
  const out = join(dataDir, 'out');
  await runIngest({ dataDir, outDir: out, buildDate: BUILD_DATE });
  return { report: JSON.parse(readFileSync(join(out, 'mini-2025', 'ingest-report.json'), 'utf8')) as IngestReport, out: join(out, 'mini-2025') };
}

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
  const con = await instance.connect();
  try {
    return (await con.runAndReadAll(sql)).getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

let report: IngestReport;
let outDir: string;
const byName = (name: string) => report.files.find((f) => f.file.endsWith(`/${name}`))!;
const problemsOf = (name: string) => report.problems.filter((p) => p.file.endsWith(`/${name}`));

beforeAll(async () => {
  const ward = await makeWorkbook([
    {
      name: 'Báo cáo',
      rows: [
        ['BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA'],
        ['Năm 2025'],
        [],
        ['STT', ...HEADERS, 'Số điện thoại người lập'],
        // Codes typed as numbers (Excel drops the leading zeros), a date cell, a formula's cached value.
        [1, ...row([2025, 1000001, 'Trường Tiểu học Gia Thụy', 1, 145, DATE], { so_cbgvnv: { formula: '20+20', result: 40 } }), '0912 345 678'],
        // Codes as text, a date as text, a score cell formatted as a percentage.
        [2, ...row([2025, { v: '01000002', z: '@' }, 'Trường THCS Ngọc Lâm', 'THCS', { v: '00145', z: '@' }, '20/12/2025'], { diem_cds_day_hoc: { v: 0.855, z: '0.0%' } }), '0987 654 321'],
        [null, 'Tổng cộng', null, null, null, null, null, null, { formula: 'SUM(I5:I6)', result: 80 }],
        [],
        [null, 'Người lập biểu', null, null, null, 'Thủ trưởng đơn vị'],
      ],
      merges: ['A1:Z1', 'A2:Z2'],
    },
    { name: 'Hướng dẫn', rows: [['Cột', 'Cách ghi'], ['Mã trường', 'Văn bản, 8 ký tự']] },
  ]);
  const errors = await makeWorkbook([
    {
      name: 'Báo cáo',
      rows: [
        HEADERS,
        row([2025, '01000004', 'Trường THCS Thượng Thanh', 2, '00127', DATE], { so_cbgvnv: 40, so_cbgvnv_ky_nang_so: 50 }),
        row([2025, '01000005', 'Trường Tiểu học Đức Giang', 1, '00127', DATE], { so_gv: '12 người', diem_cds_quan_tri: { formula: '1/0', result: { error: '#DIV/0!' } as never } }),
      ],
    },
    { name: 'Trường tư', rows: [HEADERS, row([2025, '01000003', 'Trường Mầm non Hoa Sữa', 45, '00145', DATE])] },
  ]);
  const csvText = [HEADERS.map(quote).join(','), ['2025', '01000003', 'Trường Mầm non Hoa Sữa', '45', '00145', '05/12/2025', ...INDICATORS.map((i) => (i.id === 'diem_cds_day_hoc' ? 'KAD' : String(DEFAULTS[i.id])))].join(','), ''].join('\n');
  const dataDir = dataDirWith('mixed', {
    '01-phuong.xlsx': ward,
    '02-loi.xlsx': errors,
    '03-cu.xls': makeLegacyXls([HEADERS, ['2025', '01000003']]),
    '04-mat-khau.xlsx': makeEncryptedContainer(),
    '05-doi-ten.csv': await makeWorkbook([{ name: 'Sheet1', rows: [HEADERS, row([2025, '01000004', 'Trường THCS Thượng Thanh', 2, '00127', { v: 46002, z: 'dd/mm/yyyy' }])] }]),
    '06-doi-ten.xlsx': csvText,
    '07-hong.xlsx': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]),
    '08-trang-web.xls': '<html><body><table><tr><td>Mã trường</td><td>Năm báo cáo</td></tr></table></body></html>',
  });
  ({ report, out: outDir } = await ingest(dataDir));
});

describe('workbooks in the ingest', () => {
  it('accounts for every row of every workbook as for a CSV', () => {
    const rows = Object.fromEntries(report.files.map((f) => [f.file.split('/').pop(), [f.status, f.sheet, f.rows_read, f.accepted, f.superseded, f.conflict, f.rejected]]));
    expect(rows).toEqual({
      '01-phuong.xlsx': ['read', 'Báo cáo', 2, 2, 0, 0, 0],
      '02-loi.xlsx': ['read', 'Báo cáo', 2, 0, 0, 0, 2],
      '03-cu.xls': ['rejected', null, 0, 0, 0, 0, 0],
      '04-mat-khau.xlsx': ['rejected', null, 0, 0, 0, 0, 0],
      // Read by its bytes, dated a day later than 02-loi's row of the same school: it wins over nothing (that row was rejected).
      '05-doi-ten.csv': ['read', 'Sheet1', 1, 1, 0, 0, 0],
      '06-doi-ten.xlsx': ['read', null, 1, 1, 0, 0, 0],
      '07-hong.xlsx': ['rejected', null, 0, 0, 0, 0, 0],
      '08-trang-web.xls': ['rejected', null, 0, 0, 0, 0, 0],
    });
    for (const f of report.files) expect(f.rows_read, f.file).toBe(f.accepted + f.superseded + f.conflict + f.rejected);
  });

  it('skips title, blank, footer and signature rows of a sheet as in a CSV', () => {
    expect(byName('01-phuong.xlsx')).toMatchObject({ header_line: 4, encoding: null, delimiter: null, skipped_lines: { title: 2, blank: 2, numbering: 0, repeated_header: 0, footer: 2 } });
  });

  it('gives each problem its line and column and its sheet and cell', () => {
    const at = (name: string) => problemsOf(name).map((p) => [p.code, p.line, p.column, p.cell, p.value]);
    const C = (id: string) => column(id) + 1;
    expect(at('02-loi.xlsx')).toEqual([
      ['sheet-ignored', null, null, null, 'Trường tư'],
      ['count-exceeds-denominator', 2, C('so_cbgvnv_ky_nang_so'), "'Báo cáo'!I2", '50'],
      // A formula's cached error reads as Excel shows it, so the CSV rule for Excel errors applies.
      ['excel-error-value', 3, C('diem_cds_quan_tri'), "'Báo cáo'!R3", '#DIV/0!'],
      ['bad-number', 3, C('so_gv'), "'Báo cáo'!S3", '12 người'],
    ]);
    // Excel dropped the codes' leading zeros; the roster recovers them, and says so once for the file.
    expect(at('01-phuong.xlsx')).toEqual([
      ['personal-data-column', 4, HEADERS.length + 2, "'Báo cáo'!AB4", 'Số điện thoại người lập'],
      ['excel-number-code', 5, C('ma_truong') + 1, "'Báo cáo'!C5", '1000001'],
    ]);
    expect(problemsOf('01-phuong.xlsx')[1]).toMatchObject({ count: 2, lines: [5, 5] });
  });

  const fileCases = [
    { file: '03-cu.xls', code: 'legacy-xls', severity: 'file-error', hint: 'Lưu thành → "Sổ làm việc Excel (.xlsx)"' },
    { file: '04-mat-khau.xlsx', code: 'encrypted-workbook', severity: 'file-error', hint: 'xóa mật khẩu' },
    { file: '05-doi-ten.csv', code: 'workbook-named-csv', severity: 'warning', hint: 'giữ đuôi .xlsx' },
    { file: '06-doi-ten.xlsx', code: 'csv-named-workbook', severity: 'warning', hint: 'Đặt đuôi .csv' },
    { file: '07-hong.xlsx', code: 'unreadable-workbook', severity: 'file-error', hint: 'lưu lại thành .xlsx' },
    { file: '08-trang-web.xls', code: 'unreadable-workbook', severity: 'file-error', hint: 'lưu lại thành .xlsx' },
  ];
  it.each(fileCases)('$file: $code, naming what to do', ({ file, code, severity, hint }) => {
    const problem = problemsOf(file).find((p) => p.code === code);
    expect(problem).toMatchObject({ severity, value: file, line: null, cell: null });
    expect(problem!.hint_vi).toContain(hint);
  });

  it('drops a personal-data column of a workbook unread: its values are in no output file', () => {
    for (const name of readdirSync(outDir)) {
      const bytes = readFileSync(join(outDir, name));
      for (const phone of ['0912 345 678', '0987 654 321']) expect(bytes.includes(Buffer.from(phone)), `${phone} in ${name}`).toBe(false);
    }
  });

  it('stores the workbook values like CSV values (codes re-padded, percent score, formula result, date cell)', async () => {
    const rows = await query(`SELECT school_code, ward_code, indicator, status, value FROM read_parquet('${join(outDir, 'observations.parquet')}')
      WHERE school_code IN ('01000001', '01000002') AND indicator IN ('so_cbgvnv', 'diem_cds_day_hoc', 'diem_cds_quan_tri', 'co_ke_hoach') ORDER BY school_code, indicator`);
    expect(rows).toEqual([
      { school_code: '01000001', ward_code: '00145', indicator: 'co_ke_hoach', status: 'value', value: 1 },
      { school_code: '01000001', ward_code: '00145', indicator: 'diem_cds_day_hoc', status: 'value', value: 70 },
      { school_code: '01000001', ward_code: '00145', indicator: 'diem_cds_quan_tri', status: 'value', value: 65.5 },
      { school_code: '01000001', ward_code: '00145', indicator: 'so_cbgvnv', status: 'value', value: 40 },
      { school_code: '01000002', ward_code: '00145', indicator: 'co_ke_hoach', status: 'value', value: 1 },
      { school_code: '01000002', ward_code: '00145', indicator: 'diem_cds_day_hoc', status: 'value', value: 85.5 },
      { school_code: '01000002', ward_code: '00145', indicator: 'diem_cds_quan_tri', status: 'value', value: 65.5 },
      { school_code: '01000002', ward_code: '00145', indicator: 'so_cbgvnv', status: 'value', value: 40 },
    ]);
    const dates = await query(`SELECT school_code, strftime(report_date, '%d/%m/%Y') AS d, timeliness, source_file, source_line FROM read_parquet('${join(outDir, 'submissions.parquet')}') ORDER BY school_code`);
    expect(dates.map((d) => [d.school_code, d.d, d.timeliness, String(d.source_file).split('/').pop(), d.source_line])).toEqual([
      ['01000001', '10/12/2025', 'on_time', '01-phuong.xlsx', 5],
      ['01000002', '20/12/2025', 'late', '01-phuong.xlsx', 6],
      ['01000003', '05/12/2025', 'on_time', '06-doi-ten.xlsx', 2],
      ['01000004', '11/12/2025', 'on_time', '05-doi-ten.csv', 2],
    ]);
  });
});

describe('the same report as CSV and as a workbook', () => {
  it('gives the same problems (codes, lines, columns) and the same observations', async () => {
    const text = (cell: TestCell) => (cell === null ? '' : typeof cell === 'object' ? String((cell as { v: unknown }).v) : String(cell));
    const rows = [
      HEADERS,
      row([2025, '01000004', 'Trường THCS Thượng Thanh', 2, '00127', '01/12/2025'], { so_cbgvnv_ky_nang_so: 50 }),
      row([2025, '01000005', 'Trường Tiểu học Đức Giang', 'Tiểu học', '00127', '01/12/2025'], { so_gv: '12,5a', diem_cds_quan_tri: 105, co_ke_hoach: 'có lẽ' }),
      row([2025, '09999999', 'Trường lạ', 1, '00127', '01/12/2025']),
      row([2024, '01000001', 'Trường Tiểu học Gia Thụy', 1, '00145', '31/02/2025']),
      row([2025, '01000002', 'THCS Ngọc Lâm', 2, '00127', '01/12/2025'], { so_hoc_sinh: -3, so_phong_hoc: 12.5 }),
      row([2025, '01000003', 'Trường Mầm non Hoa Sữa', 45, '00145', '05/12/2025'], { diem_cds_day_hoc: 'KAD', so_hoc_lieu_so: null }),
    ];
    const csv = rows.map((cells) => cells.map((c) => quote(text(c))).join(',')).join('\n');
    const fromCsv = await ingest(dataDirWith('parity-csv', { 'bao-cao.csv': csv }));
    const fromXlsx = await ingest(dataDirWith('parity-xlsx', { 'bao-cao.xlsx': await makeWorkbook([{ name: 'Sheet1', rows }]) }));
    // Values are compared apart: a typed 12.5 is told as "12,5", the CSV's text as written.
    const positions = (r: IngestReport) => r.problems.map((p) => [p.code, p.line, p.column]);
    expect(positions(fromXlsx.report)).toEqual(positions(fromCsv.report));
    expect(fromXlsx.report.problems.map((p) => p.value)).toEqual(fromCsv.report.problems.map((p) => (p.value === '12.5' ? '12,5' : p.value)));
    expect(positions(fromCsv.report).map(([code]) => code)).toEqual(expect.arrayContaining(['count-exceeds-denominator', 'bad-number', 'score-out-of-range', 'bad-yes-no', 'school-not-in-roster', 'year-outside-plan', 'date-invalid', 'count-negative', 'count-not-whole', 'ward-mismatch', 'name-differs']));
    expect(fromXlsx.report.problems.every((p) => p.line === null || p.cell?.startsWith('Sheet1!'))).toBe(true);
    const observations = (dir: string) => query(`SELECT school_code, indicator, status, value FROM read_parquet('${join(dir, 'observations.parquet')}') ORDER BY ALL`);
    const [a, b] = [await observations(fromCsv.out), await observations(fromXlsx.out)];
    expect(a.length).toBe(20);
    expect(b).toEqual(a);
  });
});

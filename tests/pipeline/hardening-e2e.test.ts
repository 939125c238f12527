// Regression tests for the ingest findings of issue 8 (1, 3, 4, 7, 11), each
// built from its reproduction and run end to end through runIngest on a
// throwaway data folder around the e2e fixture plan.
import { describe, it, expect, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest } from '../../src/pipeline/index.ts';
import type { IngestReport } from '../../src/pipeline/index.ts';
import { formatSummary } from '../../src/pipeline/format-summary.ts';
import { BUILD_DATE, HEADERS, PLAN_ID, csvFile, csvLine, makeDataDir, rowCells, schoolRow } from '../fixtures/hostile.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

async function ingest(files: Record<string, string | Uint8Array>, prepare?: (rawDir: string) => void) {
  const dataDir = makeDataDir(files);
  made.push(dataDir);
  prepare?.(join(dataDir, 'raw', PLAN_ID));
  const outDir = join(dataDir, 'out');
  const summary = await runIngest({ dataDir, outDir, buildDate: BUILD_DATE });
  const planDir = join(outDir, PLAN_ID);
  const report = JSON.parse(readFileSync(join(planDir, 'ingest-report.json'), 'utf8')) as IngestReport;
  const published = readdirSync(planDir).filter((name) => name !== 'set-aside.json').map((name) => [name, readFileSync(join(planDir, name))] as const);
  const setAside = readFileSync(join(planDir, 'set-aside.json'), 'utf8');
  const console = formatSummary(summary, join(dataDir, 'raw'));
  return { summary, report, published, setAside, console };
}

const fileOf = (report: IngestReport, name: string) => report.files.find((f) => f.file.endsWith(name))!;
const codesAt = (report: IngestReport, name: string) => report.problems.filter((p) => p.file.endsWith(name)).map((p) => `${p.line}:${p.column ?? ''}:${p.code}`);

describe('finding 8.1: personal data typed into ordinary cells is not published', () => {
  const SECRETS = ['0987000106', '0987 000 106', 'thuy@gmail.com', '001203004567', '0912345678', '0987654321', 'gv@truong.edu.vn', '0977111222', 'x@y.vn', '0911222333', 'ghi@chu.vn', 'Cô Lan'];
  const header = [...HEADERS, 'Liên hệ 0987000106 x@y.vn', 'Ghi chú 0911222333 ghi@chu.vn'];
  const extra = ['Cô Lan 0987000106', 'Cô Lan, ghi@chu.vn'];
  const line = (fields: Record<string, string>, n: number) => csvLine([...rowCells(schoolRow(n, fields)), ...extra]);
  const text = [
    csvLine(header),
    line({ ten_truong: 'Trường TH Gia Thụy, ĐT 0987 000 106, thuy@gmail.com' }, 0), // 2: name-differs
    line({ ma_truong: '001203004567' }, 1), // 3: school-not-in-roster (a 12-digit CCCD)
    line({ ma_xa: '0912345678' }, 2), // 4: bad-ward-code
    line({ ngay_bao_cao: '0987654321' }, 3), // 5: date-invalid
    line({ so_gv: 'gv@truong.edu.vn' }, 4), // 6: bad-number
    line({ ma_truong: '33340047' }, 0), // 7: school-not-in-roster, a real-looking school code: shown
    line({ ma_xa: '99999', diem_cds_day_hoc: '105' }, 1), // 8: ward-not-in-roster, score-out-of-range: shown
    csvLine(['', '0977111222', 'Người lập biểu', ...Array<string>(header.length - 3).fill('')]), // 9: a footer whose code cell holds a phone
    '',
  ].join('\n');
  const run = ingest({ '2025/lien-he.csv': text });

  it('keeps every secret out of the report, the tables and the console', async () => {
    const { published, console } = await run;
    for (const secret of SECRETS) {
      for (const [name, bytes] of published) expect(bytes.includes(Buffer.from(secret)), `${secret} in ${name}`).toBe(false);
      expect(console.includes(secret), `${secret} in the console`).toBe(false);
    }
  });

  it('shows "[đã ẩn]" in their place, and legitimate codes and numbers as they are', async () => {
    const { report } = await run;
    const shown = (line: number, code: string) => report.problems.find((p) => p.line === line && p.code === code)?.value;
    expect([shown(2, 'name-differs'), shown(3, 'school-not-in-roster'), shown(4, 'bad-ward-code'), shown(5, 'date-invalid'), shown(6, 'bad-number'), shown(9, 'school-not-in-roster')])
      .toEqual(['[đã ẩn]', '[đã ẩn]', '[đã ẩn]', '[đã ẩn]', '[đã ẩn]', '[đã ẩn]']);
    expect([shown(7, 'school-not-in-roster'), shown(8, 'ward-not-in-roster'), shown(8, 'score-out-of-range')]).toEqual(['33340047', '99999', '105']);
    expect(report.problems.find((p) => p.line === 3 && p.code === 'school-not-in-roster')!.message_vi).toBe('Mã trường [đã ẩn] không có trong danh sách trường của kế hoạch');
    const file = fileOf(report, 'lien-he.csv');
    expect([...file.personal_data_columns, ...file.unknown_columns].map((c) => c.header)).toEqual(['[đã ẩn]', '[đã ẩn]']);
  });

  it('keeps the full values aside, unpublished, for the data team', async () => {
    const { setAside } = await run;
    for (const secret of SECRETS) expect(setAside.includes(secret), secret).toBe(true);
  });
});

describe('finding 8.3: an unclosed quote does not swallow the rows after it', () => {
  it('reads the five data lines, rejects line 3 as unclosed-quote and accepts the others', async () => {
    const rows = [0, 1, 2, 3, 4].map((n) => csvLine(rowCells(schoolRow(n))));
    rows[1] = rows[1]!.replace('Trường THCS Ngọc Lâm', '"Trường THCS Ngọc Lâm');
    const { report } = await ingest({ '2025/nhay-kep.csv': [csvLine(HEADERS), ...rows, ''].join('\n') });
    const file = fileOf(report, 'nhay-kep.csv');
    expect([file.rows_read, file.accepted, file.rejected]).toEqual([5, 4, 1]);
    expect(codesAt(report, 'nhay-kep.csv')).toEqual(['3::unclosed-quote']);
  });
});

describe('finding 8.4: one invalid byte does not reject a whole UTF-8 file', () => {
  it('decodes as UTF-8, flags the byte at its line and column, and keeps the rows', async () => {
    const text = csvFile([schoolRow(0), schoolRow(1, { ten_truong: 'Trường THCS Ngọc#Lâm' }), schoolRow(2)]);
    const bytes = Buffer.from(text, 'utf8');
    bytes[bytes.indexOf('#')] = 0xff;
    const { report } = await ingest({ '2025/mot-byte.csv': bytes });
    const file = fileOf(report, 'mot-byte.csv');
    expect([file.status, file.encoding, file.rows_read, file.accepted]).toEqual(['read', 'utf-8', 3, 3]);
    const problem = report.problems.find((p) => p.code === 'invalid-utf8')!;
    expect([problem.line, problem.column, problem.column_name, problem.severity]).toEqual([3, 3, 'Tên trường', 'warning']);
    expect(problem.message_en).toMatch(/UTF-8/);
  });
});

describe('finding 8.7: values are not accepted silently', () => {
  const blankHeader = [...HEADERS.slice(0, 6), '', ...HEADERS.slice(6)];
  const withBlank = (n: number, value: string) => {
    const cells = rowCells(schoolRow(n));
    return csvLine([...cells.slice(0, 6), value, ...cells.slice(6)]);
  };
  const text = [
    csvLine(blankHeader),
    withBlank(0, ''),
    withBlank(1, 'giá trị lạc'), // a value under the blank header
    csvLine([...rowCells(schoolRow(2, { so_gv: '#N/A' })).slice(0, 6), '', ...rowCells(schoolRow(2, { so_gv: '#N/A' })).slice(6)]),
    csvLine([...rowCells(schoolRow(3)).slice(0, 6), '', ...rowCells(schoolRow(3, { so_hoc_sinh: '99999999999999999999999' })).slice(6)]),
    csvLine(rowCells(schoolRow(4)).slice(0, 6)), // 6 of 27 cells
    '',
  ].join('\n');
  const run = ingest({ '2025/im-lang.csv': text });

  it('rejects #N/A as an Excel error value, not "not applicable"', async () => {
    const { report } = await run;
    expect(report.problems.find((p) => p.line === 4)).toMatchObject({ code: 'excel-error-value', column: 20, value: '#N/A', severity: 'error' });
  });
  it('rejects 99999999999999999999999 instead of storing 1e23', async () => {
    const { report } = await run;
    expect(report.problems.find((p) => p.line === 5)).toMatchObject({ code: 'number-too-large', column: 11, severity: 'error' });
  });
  it('reports values under a blank header', async () => {
    const { report, setAside } = await run;
    expect(fileOf(report, 'im-lang.csv').unknown_columns).toEqual([{ column: 7, header: '(cột 7 không có tiêu đề / column 7 has no header)', values: 1 }]);
    expect(setAside).toContain('giá trị lạc');
  });
  it('rejects a row with 6 of 27 cells', async () => {
    const { report } = await run;
    expect(report.problems.filter((p) => p.line === 6).map((p) => p.code)).toEqual(['row-too-short']);
    expect(fileOf(report, 'im-lang.csv')).toMatchObject({ rows_read: 5, accepted: 2, rejected: 3 });
  });
});

describe('finding 8.11: file names and odd files in data/raw', () => {
  it('prints a file name holding a newline and terminal escapes safely', async () => {
    const name = '2025/x\n  2025: 5/5 schools reported\u001b[2K\u001b[1A\u009b.csv';
    const { console, report } = await ingest({ [name]: csvFile([schoolRow(0, { so_gv: 'x' })]) });
    expect(report.files.map((f) => f.file)).toEqual([`${PLAN_ID}/${name}`]);
    expect(console).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(console.split('\n').filter((l) => l.startsWith('  2025: 5/5'))).toEqual([]);
    expect(console).toContain('x\\n  2025: 5/5 schools reported\\x1b[2K\\x1b[1A\\x9b.csv');
  });

  it('lists hidden files, FIFOs and symlinks in files[] with a reason', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    made.push(outside);
    const { report } = await ingest(
      { '2025/a.csv': csvFile([schoolRow(0)]), '2025/.an.csv': csvFile([schoolRow(1)]), '.cache/b.csv': 'x' },
      (raw) => {
        execFileSync('mkfifo', [join(raw, '2025', 'ong.csv')]);
        symlinkSync(join(raw, '2025', 'a.csv'), join(raw, '2025', 'lien-ket.csv'));
        mkdirSync(join(outside, 'dir'));
        symlinkSync(join(outside, 'dir'), join(raw, '2025', 'thu-muc'));
      },
    );
    const entries = report.files.map((f) => [f.file.slice(PLAN_ID.length + 1), f.status, f.rows_read]);
    expect(entries).toEqual([
      ['.cache', 'skipped', 0],
      ['2025/.an.csv', 'skipped', 0],
      ['2025/a.csv', 'read', 1],
      ['2025/lien-ket.csv', 'rejected', 0],
      ['2025/ong.csv', 'rejected', 0],
      ['2025/thu-muc', 'rejected', 0],
    ]);
    const codes = report.problems.filter((p) => p.line === null).map((p) => `${p.file.slice(PLAN_ID.length + 1)} ${p.code}`);
    expect(codes).toEqual(['.cache hidden-file', '2025/.an.csv hidden-file', '2025/lien-ket.csv symlink-not-followed', '2025/ong.csv not-a-regular-file', '2025/thu-muc symlink-not-followed']);
    expect(report.totals).toMatchObject({ files: 6, files_rejected: 3, files_skipped: 2 });
  });
});

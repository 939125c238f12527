// Downloads as CSV: BOM for Excel, RFC 4180 quoting, and text cells that a
// spreadsheet would run as a formula neutralised with a leading quote.
import { describe, expect, it } from 'vitest';
import { BOM, formatCell, neutralizeCell, toCsv } from '../../src/site-data/csv.ts';
import { buildTemplateCsv, templateFilesOf, templateHeaders } from '../../src/site-data/template.ts';
import { IDENTITY_COLUMNS } from '../../src/core/identity-columns.ts';
import { indicatorsOf } from '../../src/core/indicators.ts';
import { readSeedPlan } from '../fixtures/seed-plan.ts';

describe('neutralizeCell', () => {
  it.each([
    { input: '=HYPERLINK("http://x")', expected: `'=HYPERLINK("http://x")` },
    { input: '+84 912', expected: `'+84 912` },
    { input: '-5', expected: `'-5` },
    { input: '@SUM(A1)', expected: `'@SUM(A1)` },
    { input: '\tcmd', expected: `'\tcmd` },
    { input: '\rcmd', expected: `'\rcmd` },
    { input: 'Trường Tiểu học Phố Hiến', expected: 'Trường Tiểu học Phố Hiến' },
    { input: 'a=b', expected: 'a=b' },
    { input: '', expected: '' },
  ])('$input', ({ input, expected }) => {
    expect(neutralizeCell(input)).toBe(expected);
  });
});

describe('formatCell', () => {
  it.each([
    { input: -5, expected: '-5' },
    { input: 72.5, expected: '72.5' },
    { input: null, expected: '' },
    { input: undefined, expected: '' },
    { input: true, expected: 'true' },
    { input: 'Tổng số CBQL, GV, NV', expected: '"Tổng số CBQL, GV, NV"' },
    { input: 'say "hi"', expected: '"say ""hi"""' },
    { input: '=1+1', expected: `'=1+1` },
    { input: '=A1,B2', expected: `"'=A1,B2"` },
    { input: '00145', expected: '00145' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(formatCell(input)).toBe(expected);
  });
});

describe('finding 8.9: a cell holding a list separator cannot become a formula cell', () => {
  const cases = [
    { name: 'the reported ward name', input: "Phường A;=cmd|' /C calc'!A0", neutral: "Phường A;'=cmd|' /C calc'!A0", cell: `"Phường A;'=cmd|' /C calc'!A0"` },
    { name: 'a comma split', input: 'a,=1+1', neutral: "a,'=1+1", cell: `"a,'=1+1"` },
    { name: 'a tab split', input: 'a\t@SUM(A1)', neutral: "a\t'@SUM(A1)", cell: `"a\t'@SUM(A1)"` },
    { name: 'a line break', input: 'a\r\n-2+3', neutral: "a\r\n'-2+3", cell: `"a\r\n'-2+3"` },
    { name: 'spaces after the separator', input: 'a;   +84 912', neutral: "a;   '+84 912", cell: `"a;   '+84 912"` },
    { name: 'leading spaces', input: '  =1+1', neutral: "'  =1+1", cell: "'  =1+1" },
    { name: 'a leading space before @', input: ' @x', neutral: "' @x", cell: "' @x" },
    { name: 'a tab then a formula', input: '\t=1', neutral: "'\t'=1", cell: `"'\t'=1"` },
    { name: 'two names, no formula', input: 'Phường A; Phường B', neutral: 'Phường A; Phường B', cell: '"Phường A; Phường B"' },
    { name: 'a semicolon alone', input: 'a;b', neutral: 'a;b', cell: '"a;b"' },
    { name: 'a tab alone', input: 'a\tb', neutral: 'a\tb', cell: '"a\tb"' },
    { name: 'a dash inside a name', input: 'Trường A - B', neutral: 'Trường A - B', cell: 'Trường A - B' },
    { name: 'an email', input: 'x@y.vn', neutral: 'x@y.vn', cell: 'x@y.vn' },
  ];
  it.each(cases)('$name', ({ input, neutral, cell }) => {
    expect(neutralizeCell(input)).toBe(neutral);
    expect(formatCell(input)).toBe(cell);
  });

  it.each(cases)('$name: no field starts a formula, split the careless way at any separator', ({ input }) => {
    const line = toCsv(['a'], [{ a: input }]).slice(BOM.length).split('\r\n').slice(1).join('\r\n');
    for (const field of line.split(/[;,\t\r\n]/)) expect(field.replace(/^[\s"]*/, '')).not.toMatch(/^[=+\-@]/);
  });
});

describe('toCsv', () => {
  it('starts with a BOM, uses CRLF, keeps column order', () => {
    const csv = toCsv(['ward_code', 'school_name'], [{ school_name: '=cmd|x', ward_code: '00145' }]);
    expect(csv).toBe(`${BOM}ward_code,school_name\r\n00145,'=cmd|x\r\n`);
  });
});

describe('the blank template', () => {
  const plan = readSeedPlan('hung-yen-2026');
  it('holds the identity then the plan\'s indicator headers in Vietnamese, nothing else', () => {
    expect(templateHeaders(plan)).toEqual([...IDENTITY_COLUMNS.map((c) => c.header), ...indicatorsOf(plan).map((i) => i.header)]);
    expect(templateHeaders(plan)).toHaveLength(26);
    const csv = buildTemplateCsv(plan);
    expect(csv.startsWith(`${BOM}Năm báo cáo,Mã trường,Tên trường,Cấp học,Mã xã/phường,Ngày báo cáo,`)).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1);
    expect(csv).toContain('"Tổng số CBQL, GV, NV"');
  });
  it('is served per plan under a name that says the plan', () => {
    expect(templateFilesOf(plan).map((f) => [f.file, f.format, f.contentType])).toEqual([
      ['mau-bao-cao-hung-yen-2026.xlsx', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['mau-bao-cao-hung-yen-2026.csv', 'csv', 'text/csv; charset=utf-8'],
    ]);
  });
});

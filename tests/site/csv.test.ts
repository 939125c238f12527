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

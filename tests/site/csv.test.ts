// Downloads as CSV: BOM for Excel, RFC 4180 quoting, and text cells that a
// spreadsheet would run as a formula neutralised with a leading quote.
import { describe, expect, it } from 'vitest';
import { BOM, formatCell, neutralizeCell, toCsv } from '../../src/site-data/csv.ts';
import { buildTemplateCsv, templateHeaders } from '../../src/site-data/template.ts';
import { IDENTITY_COLUMNS, INDICATORS } from '../../src/core/indicators.ts';

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
  it('holds the identity then the indicator headers in Vietnamese, nothing else', () => {
    expect(templateHeaders()).toEqual([...IDENTITY_COLUMNS.map((c) => c.header), ...INDICATORS.map((i) => i.header)]);
    const csv = buildTemplateCsv();
    expect(csv.startsWith(`${BOM}Năm báo cáo,Mã trường,Tên trường,Cấp học,Mã xã/phường,Ngày báo cáo,`)).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1);
    expect(csv).toContain('"Tổng số CBQL, GV, NV"');
  });
});

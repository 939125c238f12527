// The workbook reader: workbooks written by exceljs (and SheetJS for the
// legacy format) read back with SheetJS into rows of text cells.
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCellRef, columnLetters } from '../../src/core/cell-ref.ts';
import { readWorkbook, sniffContainer } from '../../src/core/read-workbook.ts';
import type { WorkbookSheet } from '../../src/core/read-workbook.ts';
import { cellText, numberText, serialDateText } from '../../src/core/workbook-cell.ts';
import { parseDate, parseScore, parseSchoolCode, parseWardCode } from '../../src/core/parse-values.ts';
import { makeEncryptedContainer, makeLegacyXls, makeWorkbook } from '../fixtures/workbooks.ts';

const sheetsOf = (bytes: Uint8Array): WorkbookSheet[] => {
  const read = readWorkbook(bytes);
  if (!read.ok) throw new Error(`${read.code}: ${read.reason}`);
  return read.sheets;
};

describe('cellText: one workbook value in, the text the shared cell rules read', () => {
  const cases: { name: string; cell: Parameters<typeof cellText>[0]; expected: string; date1904?: boolean }[] = [
    { name: 'no cell', cell: undefined, expected: '' },
    { name: 'text, composed (NFC)', cell: { t: 's', v: 'Tru\u031bo\u031b\u0300ng' }, expected: 'Trường' },
    { name: 'whole number', cell: { t: 'n', v: 1234, z: 'General' }, expected: '1234' },
    { name: 'decimal, written with a comma so it never reads as thousands', cell: { t: 'n', v: 1.234, z: 'General' }, expected: '1,234' },
    { name: 'float noise is cut to 15 digits, as Excel shows', cell: { t: 'n', v: 0.1 + 0.2, z: 'General' }, expected: '0,3' },
    { name: 'a percent format shows the percentage', cell: { t: 'n', v: 0.855, z: '0.0%' }, expected: '85,5%' },
    { name: 'a date format gives dd/mm/yyyy', cell: { t: 'n', v: 46366, z: 'dd/mm/yyyy' }, expected: '10/12/2026' },
    { name: 'a date-time drops the time of day', cell: { t: 'n', v: 46366.979, z: 'd/m/yyyy h:mm' }, expected: '10/12/2026' },
    { name: 'a locale-tagged date format', cell: { t: 'n', v: 46366, z: '[$-42A]dd/mm/yyyy' }, expected: '10/12/2026' },
    { name: 'the 1904 date system', cell: { t: 'n', v: 44904, z: 'dd/mm/yyyy' }, expected: '10/12/2026', date1904: true },
    { name: 'a zero-padded code format pads as shown', cell: { t: 'n', v: 145, z: '00000' }, expected: '00145' },
    { name: 'a code stored as a number keeps its digits (leading zeros are recovered by the roster rule)', cell: { t: 'n', v: 1000101, z: 'General' }, expected: '1000101' },
    { name: 'boolean', cell: { t: 'b', v: true }, expected: 'TRUE' },
    { name: 'an error shows as Excel shows it', cell: { t: 'e', v: 7, w: '#DIV/0!' }, expected: '#DIV/0!' },
    { name: 'a formula never computed is named, not blank', cell: { t: 'z', f: 'B2*2' }, expected: '=B2*2' },
    { name: 'an empty stub', cell: { t: 'z' }, expected: '' },
  ];
  it.each(cases)('$name', ({ cell, expected, date1904 }) => expect(cellText(cell, date1904 ?? false)).toBe(expected));

  it('writes what the shared parsers read back to the same value', () => {
    expect(parseScore(numberText(72.5))).toEqual({ ok: true, value: { status: 'value', value: 72.5 } });
    expect(parseScore(cellText({ t: 'n', v: 0.855, z: '0.0%' }, false))).toEqual({ ok: true, value: { status: 'value', value: 85.5 } });
    expect(parseDate(serialDateText(46366, false))).toEqual({ ok: true, value: '2026-12-10' });
    expect(parseWardCode(cellText({ t: 'n', v: 145, z: 'General' }, false))).toEqual({ ok: true, value: { code: '00145', fromExcelNumber: true } });
    expect(parseSchoolCode(cellText({ t: 'n', v: 33323001, z: 'General' }, false))).toEqual({ ok: true, value: { code: '33323001', fromExcelNumber: false } });
  });
});

describe('formatCellRef', () => {
  const cases = [
    { sheet: 'Sheet1', line: 12, column: 6, expected: 'Sheet1!F12' },
    { sheet: 'Báo cáo', line: 12, column: 6, expected: "'Báo cáo'!F12" },
    { sheet: 'Data', line: 3, column: 28, expected: 'Data!AB3' },
    { sheet: 'A1', line: 3, column: 1, expected: "'A1'!A3" },
    { sheet: "Ward's", line: 3, column: null, expected: "'Ward''s'!3:3" },
    { sheet: 'Sheet1', line: null, column: 2, expected: null },
  ];
  it.each(cases)('$sheet $line $column → $expected', ({ sheet, line, column, expected }) => expect(formatCellRef(sheet, line, column)).toBe(expected));
  it('letters columns as Excel does', () => expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']));
});

describe('readWorkbook', () => {
  it('gives every row with its sheet row number, cells from column A, formulas by their cached value, merged titles once', async () => {
    const bytes = await makeWorkbook([{
      name: 'Báo cáo',
      rows: [
        ['BÁO CÁO KẾT QUẢ', null, null],
        [],
        [null, 'Mã trường', 'Tổng số học sinh', 'Ngày báo cáo'],
        [null, { v: '01000101', z: '@' }, { formula: 'SUM(1,2)', result: 3 }, { v: 46366, z: 'dd/mm/yyyy' }],
        [null, 1000101, { formula: 'C4*2' }, new Date(Date.UTC(2026, 11, 10, 23, 30))],
      ],
      merges: ['A1:D1'],
      hiddenRows: [5],
    }]);
    const [sheet] = sheetsOf(bytes);
    expect(sheet).toEqual({
      name: 'Báo cáo',
      hidden: false,
      rows: [
        { line: 1, endLine: 1, cells: ['BÁO CÁO KẾT QUẢ'] },
        { line: 2, endLine: 2, cells: [] },
        { line: 3, endLine: 3, cells: ['', 'Mã trường', 'Tổng số học sinh', 'Ngày báo cáo'] },
        { line: 4, endLine: 4, cells: ['', '01000101', '3', '10/12/2026'] },
        // A hidden row is read: Excel's own CSV export keeps it too.
        { line: 5, endLine: 5, cells: ['', '1000101', '=C4*2', '10/12/2026'] },
      ],
    });
  });

  it('reads a workbook in the 1904 date system', async () => {
    const bytes = await makeWorkbook([{ name: 'S', rows: [[{ v: 44904, z: 'dd/mm/yyyy' }]] }], { date1904: true });
    expect(sheetsOf(bytes)[0]!.rows).toEqual([{ line: 1, endLine: 1, cells: ['10/12/2026'] }]);
  });

  it('lists every sheet in workbook order and marks hidden ones', async () => {
    const bytes = await makeWorkbook([{ name: 'Hướng dẫn', rows: [['x']] }, { name: 'Danh mục', rows: [['Có']], hidden: true }]);
    expect(sheetsOf(bytes).map((s) => [s.name, s.hidden])).toEqual([['Hướng dẫn', false], ['Danh mục', true]]);
  });

  const failures = [
    { name: 'an Excel 97–2003 .xls', bytes: () => makeLegacyXls([['Mã trường'], ['01000101']]), code: 'legacy-xls' },
    { name: 'a workbook with a password to open', bytes: () => makeEncryptedContainer(), code: 'encrypted-workbook' },
    { name: 'a truncated zip', bytes: () => Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), code: 'unreadable-workbook' },
    { name: 'text', bytes: () => Buffer.from('Mã trường,Năm báo cáo\n'), code: 'unreadable-workbook' },
  ];
  it.each(failures)('says why it cannot read $name ($code)', ({ bytes, code }) => {
    expect(readWorkbook(bytes())).toMatchObject({ ok: false, code });
  });

  it('tells containers apart by their first bytes', async () => {
    const html = Buffer.from('\ufeff\r\n  <html><body><table><tr><td>Mã trường</td></tr></table></body></html>');
    expect([await makeWorkbook([{ name: 'S', rows: [['x']] }]), makeLegacyXls([['x']]), makeEncryptedContainer(), html, Buffer.from('a,b')].map(sniffContainer)).toEqual(['zip', 'ole', 'ole', 'markup', 'other']);
  });

  it('reads the same dates in every time zone (no time-zone drift)', async () => {
    const bytes = await makeWorkbook([{ name: 'S', rows: [[{ v: 46366, z: 'dd/mm/yyyy' }, new Date(Date.UTC(2026, 11, 10)), { v: 46366.99, z: 'dd/mm/yyyy hh:mm' }]] }]);
    const dir = mkdtempSync(join(tmpdir(), 'tz-'));
    const file = join(dir, 'dates.xlsx');
    writeFileSync(file, bytes);
    const script = join(dir, 'read.ts');
    const reader = fileURLToPath(new URL('../../src/core/read-workbook.ts', import.meta.url));
    writeFileSync(script, `import { readFileSync } from 'node:fs';\nimport { readWorkbook } from ${JSON.stringify(reader)};\nconst r = readWorkbook(readFileSync(${JSON.stringify(file)}));\nconsole.log(JSON.stringify(r.ok ? r.sheets[0].rows : r));\n`);
    const outputs = ['Pacific/Kiritimati', 'Asia/Ho_Chi_Minh', 'UTC', 'America/New_York', 'Pacific/Pago_Pago'].map((tz) =>
      execFileSync(process.execPath, [script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' }).trim());
    expect(new Set(outputs)).toEqual(new Set([JSON.stringify([{ cells: ['10/12/2026', '10/12/2026', '10/12/2026'], line: 1, endLine: 1 }])]));
  });
});

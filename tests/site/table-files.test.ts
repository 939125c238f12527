// Downloads as CSV and XLSX (src/site-data/table-files.ts), the workbook read
// back with SheetJS: codes stay text with their leading zeros (issue 6, item 8:
// LibreOffice turned 01000101 into 1000101 and 00145 into 145), numbers stay
// numbers, the notes sheet carries the caveats, and the bytes are deterministic.
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { NOTES_SHEET, tableCsv, tableXlsx, type TableFile } from '../../src/site-data/table-files.ts';

const table: TableFile = {
  sheet: 'Đề xuất khen thưởng',
  columns: [{ header: 'Mã trường' }, { header: 'Mã xã/phường' }, { header: 'Tên' }, { header: 'Điểm', number: true }],
  rows: [['01000101', '00145', '=Trường A', 96.67], ['33340047', '12345', 'Trường B', null]],
  notes: ['Đề xuất, Hội đồng Thi đua – Khen thưởng quyết định.'],
};
const date = new Date('2026-12-20T00:00:00Z');

describe('tableXlsx', () => {
  it('codes are Text cells with their zeros; numbers are numbers; blanks stay blank', async () => {
    const book = XLSX.read(await tableXlsx(table, date), { type: 'buffer', cellNF: true });
    expect(book.SheetNames).toEqual(['Đề xuất khen thưởng', NOTES_SHEET]);
    const sheet = book.Sheets['Đề xuất khen thưởng']!;
    expect([sheet.A2?.t, sheet.A2?.v, sheet.A2?.z]).toEqual(['s', '01000101', '@']);
    expect([sheet.B2?.t, sheet.B2?.v, sheet.B2?.z]).toEqual(['s', '00145', '@']);
    expect([sheet.D2?.t, sheet.D2?.v]).toEqual(['n', 96.67]);
    expect(sheet.D3).toBeUndefined();
    // A formula-like name is a text cell, never a formula.
    expect([sheet.C2?.t, sheet.C2?.v, sheet.C2?.f]).toEqual(['s', '=Trường A', undefined]);
    expect(XLSX.utils.sheet_to_json(book.Sheets[NOTES_SHEET]!, { header: 1 })).toEqual([['Đề xuất, Hội đồng Thi đua – Khen thưởng quyết định.']]);
  });

  it('the same table and date give the same bytes', async () => {
    expect((await tableXlsx(table, date)).equals(await tableXlsx(table, date))).toBe(true);
  });
});

describe('tableCsv', () => {
  it('BOM, CRLF, codes as plain text (the workbook is the file for spreadsheets), formula-like text neutralised', () => {
    expect(tableCsv(table)).toBe('\ufeffMã trường,Mã xã/phường,Tên,Điểm\r\n01000101,00145,\'=Trường A,96.67\r\n33340047,12345,Trường B,\r\n');
  });
});

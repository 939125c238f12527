import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { DEFAULT_FORM, excelSerial, formatReportFile, unaccent, type FileForm } from '../../src/demo/csv-format.ts';
import { decomposeTones, encodeText } from '../../src/demo/encode.ts';
import { templateColumnsOf, type ReportRow } from '../../src/demo/report-row.ts';
import { readSeedPlan } from '../fixtures/seed-plan.ts';

const template = templateColumnsOf(readSeedPlan());

const row: ReportRow = {
  year: 2026, schoolCode: '01004029', schoolName: 'Trường THCS Gia Thụy', level: '2', wardCode: '00145', date: '2026-11-05',
  values: { co_ke_hoach: true, so_hoc_sinh: 1234, diem_cds_day_hoc: 72.5, diem_cds_quan_tri: 'NA', so_cbgvnv: null, co_phan_loai_rac: false },
};

/** The data line (the second line) of a one-row file, split on the delimiter. */
function dataCells(form: Partial<FileForm>): string[] {
  const f = { ...DEFAULT_FORM, ...form };
  const lines = formatReportFile([row], { ...f, columns: ['ma_truong', 'cap_hoc', 'ngay_bao_cao', 'co_ke_hoach', 'so_hoc_sinh', 'diem_cds_day_hoc', 'diem_cds_quan_tri', 'so_cbgvnv', 'co_phan_loai_rac'] }, template).split(f.eol);
  return (lines[1] ?? '').split(f.delimiter);
}

describe('formatReportFile cells', () => {
  const cases: { name: string; form: Partial<FileForm>; expected: string[] }[] = [
    { name: 'plain', form: {}, expected: ['01004029', '2', '05/11/2026', 'Có', '1234', '72.5', 'KAD', '', 'Không'] },
    { name: 'semicolons, decimal comma, thousands dot', form: { delimiter: ';', decimalComma: true, thousands: '.' }, expected: ['01004029', '2', '05/11/2026', 'Có', '1.234', '72,5', 'KAD', '', 'Không'] },
    { name: 'percent scores', form: { delimiter: ';', decimalComma: true, percentScores: true }, expected: ['01004029', '2', '05/11/2026', 'Có', '1234', '72,5%', 'KAD', '', 'Không'] },
    { name: 'thousands space', form: { thousands: ' ' }, expected: ['01004029', '2', '05/11/2026', 'Có', '1 234', '72.5', 'KAD', '', 'Không'] },
    { name: 'float codes keep the zero only as text', form: { floatCodes: true }, expected: ['01004029.0', '2', '05/11/2026', 'Có', '1234', '72.5', 'KAD', '', 'Không'] },
    { name: 'level names, dashes, x for yes', form: { levelStyle: 'name', dateStyle: 'dash', yesNo: ['x', 'Không'], notApplicable: 'N/A' }, expected: ['01004029', 'THCS', '05-11-2026', 'x', '1234', '72.5', 'N/A', '', 'Không'] },
    { name: 'Excel serial dates', form: { dateStyle: 'excel-serial' }, expected: ['01004029', '2', '46331', 'Có', '1234', '72.5', 'KAD', '', 'Không'] },
  ];
  it.each(cases)('$name', ({ form, expected }) => expect(dataCells(form)).toEqual(expected));
});

describe('formatReportFile layout', () => {
  it('quotes a header holding the delimiter and writes title and footer rows', () => {
    const text = formatReportFile([row], { ...DEFAULT_FORM, stt: true, titleRows: ['BÁO CÁO', 'Năm 2026'], footer: true, columns: ['ma_truong', 'so_cbgvnv', 'so_hoc_sinh'] }, template);
    expect(text.split('\r\n')).toEqual([
      'BÁO CÁO,,,', 'Năm 2026,,,', ',,,',
      'STT,Mã trường,"Tổng số CBQL, GV, NV",Tổng số học sinh',
      '1,01004029,,1234',
      'Tổng cộng,,0,1234', ',,,',
      ',Người lập biểu,Thủ trưởng đơn vị,', ',"(Ký, ghi rõ họ tên)","(Ký tên, đóng dấu)",',
      '',
    ]);
  });
  it('writes headers without diacritics', () => expect(unaccent('Điểm chuyển đổi số — dạy, học')).toBe('Diem chuyen doi so - day, hoc'));
  it('counts Excel days from 1899-12-30', () => expect(excelSerial('1900-03-01')).toBe(61));
});

describe('encodeText', () => {
  const text = 'Trường Mầm non Hoa Sữa, Phường Long Biên';
  const cases = [
    { name: 'UTF-8 has no BOM', encoding: 'utf8' as const, head: [0x54], decode: (b: Buffer) => b.toString('utf8') },
    { name: 'UTF-8 with BOM', encoding: 'utf8-bom' as const, head: [0xef, 0xbb, 0xbf], decode: (b: Buffer) => b.subarray(3).toString('utf8') },
    { name: 'UTF-16 LE with BOM', encoding: 'utf16le' as const, head: [0xff, 0xfe], decode: (b: Buffer) => iconv.decode(b.subarray(2), 'utf16le') },
    { name: 'Windows-1258 round-trips after NFC', encoding: 'windows-1258' as const, head: [0x54], decode: (b: Buffer) => iconv.decode(b, 'windows1258').normalize('NFC') },
  ];
  it.each(cases)('$name', ({ encoding, head, decode }) => {
    const bytes = encodeText(text, encoding);
    expect([...bytes.subarray(0, head.length)]).toEqual(head);
    expect(decode(bytes)).toBe(text);
  });
  it('Windows-1258 text carries decomposed tone marks', () => {
    expect(decomposeTones('ờ')).toBe('ơ\u0300');
    expect(decomposeTones('Sữa')).toBe('Sư\u0303a');
    expect(iconv.decode(encodeText('Mầm', 'windows-1258'), 'windows1258')).toBe('Mâ\u0300m');
  });
});

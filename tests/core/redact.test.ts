import { describe, it, expect } from 'vitest';
import { REDACTED, looksPersonal, redactNullable, redactText } from '../../src/core/redact.ts';
import { escapeControl } from '../../src/core/escape-control.ts';

describe('finding 8.1: what a published problem may show', () => {
  const VISIBLE = [
    { name: 'an 8-digit school code', input: '33340047' },
    { name: 'a roster school code', input: '01000001' },
    { name: 'a school code with letters', input: '01TH0001' },
    { name: 'a 5-digit ward code', input: '00145' },
    { name: 'an Excel-stripped ward code', input: '145' },
    { name: 'a score out of range', input: '105' },
    { name: 'a count with a thousands dot', input: '1.234' },
    { name: 'a count with a thousands space', input: '1 234' },
    { name: 'an 8-digit count, grouped', input: '12 500 000' },
    { name: 'a decimal comma', input: '12,5' },
    { name: 'a percentage', input: '85,5%' },
    { name: 'a year', input: '2025' },
    { name: 'a period', input: '2025–2030' },
    { name: 'dd/mm/yyyy', input: '10/12/2026' },
    { name: 'dd-mm-yyyy', input: '10-12-2026' },
    { name: 'dd.mm.yyyy', input: '10.12.2026' },
    { name: 'yyyy-mm-dd', input: '2026-12-10' },
    { name: 'a date with a time', input: '10/12/2026 08:30' },
    { name: 'an impossible date', input: '31/02/2025' },
    { name: 'an Excel serial date', input: '46001' },
    { name: 'an Excel float code', input: '19164390.0' },
    { name: 'an Excel scientific code', input: '1.9164390E+07' },
    { name: 'a rounded Excel code', input: '1.9164E+07' },
    { name: 'an 8-digit hotline', input: '1900 1234' },
    { name: 'a school name', input: 'Trường THCS Ngọc Lâm' },
    { name: 'a not-a-number', input: '12,5a' },
    { name: 'an Excel error', input: '#N/A' },
    { name: 'a header', input: 'Số CBQL, GV, NV hoàn thành phổ cập kỹ năng số' },
    { name: 'a position in another file', input: 'mini-2025/2025/04-trung-lap.csv:4' },
    { name: 'the placeholder itself', input: REDACTED },
    { name: 'empty', input: '' },
  ];
  for (const c of VISIBLE) it(`shows ${c.name}: ${c.input}`, () => expect(redactText(c.input)).toBe(c.input));

  const HIDDEN = [
    { name: 'a mobile number', input: '0987000106' },
    { name: 'a mobile number in groups', input: '0987 000 106' },
    { name: 'a mobile number with dots', input: '0987.000.106' },
    { name: 'a mobile number with dots, ending in zeros', input: '0987.000.000' },
    { name: 'a mobile number with dashes', input: '098-700-0106' },
    { name: 'a mobile number, +84', input: '+84 987 000 106' },
    { name: 'a mobile number, +84 glued', input: '+84987000106' },
    { name: 'a mobile number without its 0', input: '987000106' },
    { name: 'a landline with its area code in brackets', input: '(024) 3826 1234' },
    { name: 'a landline with dots', input: '024.3826.1234' },
    { name: 'a landline glued', input: '02438261234' },
    { name: 'a 12-digit CCCD typed as Mã trường', input: '001203004567' },
    { name: 'a 9-digit CMND', input: '123456789' },
    { name: 'a BHYT card number', input: 'HS4010123456789' },
    { name: 'a 10-digit BHYT number', input: '0123456789' },
    { name: 'a bank account', input: '19034567890123' },
    { name: 'a branch tax code', input: '0101234567-001' },
    { name: 'a CCCD rounded by Excel', input: '1.23456789012E+11' },
    { name: 'a huge number', input: '99999999999999999999999' },
    { name: 'a phone number in Ngày báo cáo', input: '0987654321' },
    { name: 'a phone number after a date', input: '10/12/2026 0987654321' },
    { name: 'a phone number beside a name', input: 'Cô Lan 0987000106' },
    { name: 'a phone number and an e-mail in Tên trường', input: 'Trường TH Gia Thụy, ĐT 0987 000 106, thuy@gmail.com' },
    { name: 'an e-mail in an indicator cell', input: 'gv@truong.edu.vn' },
    { name: 'an e-mail without a dot', input: 'lan@gmail' },
    { name: 'an unknown-column header', input: 'Liên hệ 0987000106 x@y.vn' },
    { name: 'a profile link', input: 'facebook.com/co.lan' },
    { name: 'a web address', input: 'https://example.vn/lan' },
    { name: 'two school codes in one cell (read as one 16-digit run)', input: '33340047 33340048' },
    { name: 'a long decimal tail, as Excel writes a computed score (13 digits in a run)', input: '105,3333333333333' },
  ];
  for (const c of HIDDEN) {
    it(`hides ${c.name}: ${c.input}`, () => {
      expect(looksPersonal(c.input)).toBe(true);
      expect(redactText(c.input)).toBe('[đã ẩn]');
    });
  }

  it('keeps null as null', () => {
    expect([redactNullable(null), redactNullable(undefined), redactNullable('0987000106'), redactNullable('00145')]).toEqual([null, null, REDACTED, '00145']);
  });
});

describe('finding 8.11: escapeControl', () => {
  const cases = [
    { name: 'plain Vietnamese text', input: 'Trường THCS Ngọc Lâm.csv', expected: 'Trường THCS Ngọc Lâm.csv' },
    { name: 'a newline and a carriage return', input: 'a\nb\rc', expected: 'a\\nb\\rc' },
    { name: 'a tab', input: 'a\tb', expected: 'a\\tb' },
    { name: 'an ANSI escape sequence', input: '\u001b[2K\u001b[1A', expected: '\\x1b[2K\\x1b[1A' },
    { name: 'a C1 control (CSI)', input: 'x\u009by', expected: 'x\\x9by' },
    { name: 'DEL and NUL', input: '\u007f\u0000', expected: '\\x7f\\x00' },
    { name: 'a right-to-left override', input: 'abc\u202efdp.csv', expected: 'abc\\u202efdp.csv' },
  ];
  for (const c of cases) it(c.name, () => expect(escapeControl(c.input)).toBe(c.expected));
});

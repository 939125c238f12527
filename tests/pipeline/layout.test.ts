import { describe, it, expect } from 'vitest';
import { IDENTITY_COLUMNS } from '../../src/core/identity-columns.ts';
import { indicatorsOf } from '../../src/core/indicators.ts';
import { locateHeader } from '../../src/pipeline/locate-header.ts';
import { mapColumns as mapColumnsOf } from '../../src/pipeline/map-columns.ts';
import { headerMatcherOf, identityMatcher } from '../../src/pipeline/match-header.ts';
import { parseCsv } from '../../src/pipeline/parse-csv.ts';
import { readSeedPlan } from '../fixtures/seed-plan.ts';

const seed = readSeedPlan();
const matcher = headerMatcherOf(seed);
const matchHeader = (cell: string) => matcher.match(cell);
const mapColumns = (cells: readonly string[]) => mapColumnsOf(cells, matcher);

describe('matchHeader', () => {
  const cases = [
    { name: 'template wording', input: 'Mã trường', expected: { kind: 'column', id: 'ma_truong' } },
    { name: 'no diacritics, upper case', input: 'MA TRUONG', expected: { kind: 'column', id: 'ma_truong' } },
    { name: 'canonical name', input: 'ngay_bao_cao', expected: { kind: 'column', id: 'ngay_bao_cao' } },
    { name: 'line break inside', input: 'Tổng số\nhọc sinh', expected: { kind: 'column', id: 'so_hoc_sinh' } },
    { name: 'unit in brackets', input: 'Năm báo cáo (yyyy)', expected: { kind: 'column', id: 'nam_bao_cao' } },
    { name: 'ward header variant', input: 'Mã xã', expected: { kind: 'column', id: 'ma_xa' } },
    { name: 'dash in a score header', input: 'Diem chuyen doi so - day, hoc', expected: { kind: 'column', id: 'diem_cds_day_hoc' } },
    { name: 'STT', input: 'STT', expected: { kind: 'stt' } },
    { name: 'CCCD', input: 'Số CCCD', expected: { kind: 'personal' } },
    { name: 'Số định danh cá nhân', input: 'Số định danh cá nhân', expected: { kind: 'personal' } },
    { name: 'Họ tên', input: 'Họ và tên', expected: { kind: 'personal' } },
    { name: 'Ngày sinh', input: 'Ngay sinh', expected: { kind: 'personal' } },
    { name: 'Số điện thoại', input: 'SĐT liên hệ', expected: { kind: 'personal' } },
    { name: 'phone lookalike', input: 'Điện thoại hiệu trưởng', expected: { kind: 'personal' } },
    { name: 'school name is not personal', input: 'Tên trường', expected: { kind: 'column', id: 'ten_truong' } },
    { name: 'unknown', input: 'Ghi chú', expected: { kind: 'unknown' } },
    { name: 'blank', input: '  ', expected: { kind: 'blank' } },
  ];
  for (const c of cases) it(c.name, () => expect(matchHeader(c.input)).toEqual(c.expected));
  it('every template header and accepted spelling of the seed plans maps to its own id', () => {
    for (const column of [...IDENTITY_COLUMNS, ...indicatorsOf(seed)]) {
      for (const name of [column.header, column.id, ...column.aliases]) expect(matchHeader(name), name).toEqual({ kind: 'column', id: column.id });
    }
  });
  it('the identity matcher knows no indicator: those are the plan\'s', () => {
    expect(identityMatcher.match('Tổng số học sinh')).toEqual({ kind: 'unknown' });
    expect(identityMatcher.match('Mã trường')).toEqual({ kind: 'column', id: 'ma_truong' });
  });
});

const HEADER = 'STT,Năm báo cáo,Mã trường,Tên trường,Cấp học,Mã xã/phường,Ngày báo cáo,Tổng số học sinh';
const layoutOf = (text: string) => {
  const { rows } = parseCsv(text);
  return locateHeader(rows, (header) => header.cells.indexOf('Mã trường'));
};

describe('locateHeader', () => {
  const cases = [
    {
      name: 'title rows, blank line, footer and signatures',
      input: ['BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO', 'Năm 2026', '', HEADER, '1,2026,01000001,A,1,00145,10/12/2026,10', 'Tổng cộng,,,,,,,10', '', ',Người lập biểu,,,Thủ trưởng đơn vị', ',"(Ký, ghi rõ họ tên)"', ',Nguyễn Thị Hoa'].join('\n'),
      expected: { headerLine: 4, dataLines: [5], skipped: { title: 2, blank: 2, numbering: 0, repeated_header: 0, footer: 4 } },
    },
    {
      name: 'repeated header and a row of column numbers',
      input: [HEADER, '(1),(2),(3),(4),(5),(6),(7),(8)', '1,2026,01000001,A,1,00145,10/12/2026,10', HEADER, '2,2026,01000002,B,1,00145,10/12/2026,10'].join('\n'),
      expected: { headerLine: 1, dataLines: [3, 5], skipped: { title: 0, blank: 0, numbering: 1, repeated_header: 1, footer: 0 } },
    },
    {
      name: 'a row without a code that is not a footer stays a data row (to be rejected, not dropped)',
      input: [HEADER, '1,2026,,A,1,00145,10/12/2026,10'].join('\n'),
      expected: { headerLine: 1, dataLines: [2], skipped: { title: 0, blank: 0, numbering: 0, repeated_header: 0, footer: 0 } },
    },
    {
      name: 'multi-line header cell: data lines are physical lines',
      input: ['Mã trường,Năm báo cáo,"Tổng số', 'học sinh"', '01000001,2026,10'].join('\n'),
      expected: { headerLine: 1, dataLines: [3], skipped: { title: 0, blank: 0, numbering: 0, repeated_header: 0, footer: 0 } },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const layout = layoutOf(c.input)!;
      expect({ headerLine: layout.header.line, dataLines: layout.data.map((r) => r.line), skipped: layout.skipped }).toEqual(c.expected);
    });
  }
  it('no header at all', () => expect(layoutOf('a,b,c\n1,2,3')).toBeNull());
});

describe('mapColumns', () => {
  it('finds template, STT, personal and unknown columns', () => {
    const { map, problems } = mapColumns([...HEADER.split(','), 'Số CCCD', 'Ghi chú']);
    expect(problems).toEqual([]);
    expect(map.byId.get('ma_truong')).toBe(2);
    expect(map.stt).toEqual([0]);
    expect(map.personal).toEqual([{ index: 8, header: 'Số CCCD' }]);
    expect(map.unknown).toEqual([{ index: 9, header: 'Ghi chú' }]);
  });
  it('a missing required column names the column and the accepted headers', () => {
    const { problems } = mapColumns(HEADER.split(',').filter((h) => h !== 'Ngày báo cáo'));
    expect(problems).toEqual([{ code: 'missing-required-column', column: null, columnName: 'Ngày báo cáo', expected: expect.stringContaining('"ngay_bao_cao"') }]);
  });
  it('a column given twice fails the file', () => {
    expect(mapColumns([...HEADER.split(','), 'ma_truong']).problems.map((p) => p.code)).toEqual(['duplicate-column']);
  });
});

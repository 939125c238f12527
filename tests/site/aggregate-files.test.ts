// The aggregated downloads (issue 6, item 8: src/site-data/aggregate-files.ts)
// on the view-model fixture, renamed to real-looking codes (ward 00145, school
// 01000101), written as XLSX and read back with SheetJS: codes stay text with
// their zeros, each row's value/target/status is the view-model's, one row per
// unit × measure × year, same bytes twice.
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { roundTo } from '../../src/core/rules/index.ts';
import { judgeMeasures, phaseInViewOf, schoolUnit, wardUnit } from '../../src/components/unit-view.ts';
import { rankingView, wardUnits } from '../../src/components/ranking-view.ts';
import { schoolTable, wardTable } from '../../src/site-data/aggregate-files.ts';
import { buildLeaderFiles } from '../../src/site-data/leader-files.ts';
import { tableXlsx } from '../../src/site-data/table-files.ts';
import type { SchoolDetail, SiteData } from '../../src/site-data/types.ts';
import { makeSite } from '../components/site-fixture.ts';

const WARD: Record<string, string> = { '00001': '00145', '00002': '00146' };
const SCHOOL: Record<string, string> = { A1: '01000101' };
const renamed = (): SiteData => {
  const site = makeSite();
  const ward = (c: string) => WARD[c] ?? c;
  return {
    ...site,
    wards: site.wards.map((w) => ({ ...w, code: ward(w.code) })),
    schools: site.schools.map((s) => ({ ...s, code: SCHOOL[s.code] ?? s.code, ward: ward(s.ward) })),
    measures: Object.fromEntries(Object.entries(site.measures).map(([id, m]) => [id, {
      ...m,
      byWardYear: m.byWardYear.map((r) => ({ ...r, ward_code: ward(r.ward_code!) })),
      applicableByWard: Object.fromEntries(Object.entries(m.applicableByWard).map(([c, n]) => [ward(c), n])),
    }])),
  };
};
const site = renamed();
const schoolRow = (year: number, value: number) => ({ year, value, numerator: value, denominator: 100, schools_value: 1, schools_missing: 0, schools_na: 0 });
const details: Record<string, SchoolDetail> = Object.fromEntries(site.schools.map((s, i) => [s.code, {
  submissions: [], values: {}, measures: { ai: [schoolRow(2025, 10 + i), schoolRow(2026, 30 + i)], 'ke-hoach': [schoolRow(2025, 100), schoolRow(2026, 100)] },
}]));
const measures = site.plan.criteria.flatMap((c) => c.measures);
const date = new Date('2026-12-20T00:00:00Z');
const sheetRows = async (table: ReturnType<typeof wardTable>) => {
  const book = XLSX.read(await tableXlsx(table, date), { type: 'buffer', cellNF: true });
  return { sheet: book.Sheets[table.sheet]!, rows: XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[table.sheet]!, { defval: null }) };
};

describe('aggregated downloads per ward and per school', () => {
  it('ward table: header row, ward code 00145 a Text cell, one row per ward × measure × year', async () => {
    const table = wardTable(site);
    const { sheet, rows } = await sheetRows(table);
    expect(XLSX.utils.sheet_to_json(sheet, { header: 1 })[0]).toEqual([
      'Mã xã, phường', 'Tên xã, phường', 'Năm', 'Giai đoạn', 'Tiêu chí', 'Mã chỉ số', 'Chỉ số', 'Đơn vị tính', 'Giá trị', 'Giá trị tạm tính (chưa đến hạn)',
      'Chỉ tiêu', 'Năm của chỉ tiêu', 'Chỉ tiêu chính thức (official)', 'Trạng thái', 'Căn cứ đánh giá', 'Hạng tổng hợp', 'Hạng trong tiêu chí', 'Số đơn vị được xếp hạng',
    ]);
    expect([sheet.A2?.t, sheet.A2?.v, sheet.A2?.z]).toEqual(['s', '00145', '@']);
    expect(rows).toHaveLength(2 * measures.length * site.reportYears.length);
  });

  it('a ward row carries the value, target, status and rank the view-models give for 2026', async () => {
    const { rows } = await sheetRows(wardTable(site));
    const phase = phaseInViewOf(site);
    const judged = judgeMeasures('vi', site, phase, wardUnit(site, '00145')).find((m) => m.measure.id === 'ai')!;
    const rank = rankingView('vi', site, { units: wardUnits(site), year: 2026 }).ranked.find((r) => r.code === '00145')!;
    const row = rows.find((r) => r['Mã xã, phường'] === '00145' && r['Mã chỉ số'] === 'ai' && r['Năm'] === 2026)!;
    expect(row['Giá trị']).toBe(roundTo(judged.judgement.latest!.value, judged.judgement.digits));
    expect(row['Chỉ tiêu']).toBe(judged.judgement.target!.value);
    expect(row['Năm của chỉ tiêu']).toBe(judged.judgement.target!.year);
    expect(row['Chỉ tiêu chính thức (official)']).toBe(judged.judgement.target!.official ? 'Có' : 'Không (chỉ tiêu minh họa)');
    expect(row['Trạng thái']).toBe(judged.status.label);
    expect(row['Căn cứ đánh giá']).toBe(judged.status.basis);
    expect(row['Hạng tổng hợp']).toBe(rank.rank);
    // Status in words, never an internal code.
    expect(rows.map((r) => r['Trạng thái'])).not.toContain(judged.status.status);
  });

  it('a measure that does not concern the ward says "Không áp dụng", with no value', async () => {
    const { rows } = await sheetRows(wardTable(site));
    const row = rows.find((r) => r['Mã xã, phường'] === '00146' && r['Mã chỉ số'] === 'su-co' && r['Năm'] === 2026)!;
    expect([row['Giá trị'], row['Trạng thái']]).toEqual([null, 'Không áp dụng']);
  });

  it('a one-ward plan (as Long Biên) has one ward in its ward table', () => {
    const one = { ...site, wards: site.wards.slice(0, 1), schools: site.schools.filter((s) => s.ward === '00145') };
    const rows = wardTable(one).rows;
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(['00145']));
    expect(rows).toHaveLength(measures.length * site.reportYears.length);
  });

  it('school table: code 01000101 a Text cell; its row equals the school view-model; units × measures × years rows', async () => {
    const table = schoolTable(site, details);
    const { sheet, rows } = await sheetRows(table);
    expect([sheet.A2?.t, sheet.A2?.v, sheet.A2?.z]).toEqual(['s', '01000101', '@']);
    expect([sheet.D2?.t, sheet.D2?.v]).toEqual(['s', '00145']);
    expect(rows).toHaveLength(site.schools.length * measures.length * site.reportYears.length);
    const school = site.schools.find((s) => s.code === '01000101')!;
    const judged = judgeMeasures('vi', site, phaseInViewOf(site), schoolUnit(school, details['01000101'])).find((m) => m.measure.id === 'ai')!;
    const row = rows.find((r) => r['Mã trường'] === '01000101' && r['Mã chỉ số'] === 'ai' && r['Năm'] === 2026)!;
    expect([row['Giá trị'], row['Chỉ tiêu'], row['Trạng thái']]).toEqual([roundTo(judged.judgement.latest!.value, judged.judgement.digits), judged.judgement.target!.value, judged.status.label]);
  });

  it('the leader files list both tables as CSV and XLSX, and give the same bytes twice', async () => {
    const first = await buildLeaderFiles(site, details);
    const second = await buildLeaderFiles(site, details);
    expect(first.map((f) => f.entry.file)).toEqual([
      'de-xuat-khen-thuong.csv', 'de-xuat-khen-thuong.xlsx', 'so-lieu-theo-xa-phuong.csv', 'so-lieu-theo-xa-phuong.xlsx', 'so-lieu-theo-truong.csv', 'so-lieu-theo-truong.xlsx',
    ]);
    first.forEach((f, i) => expect(f.bytes.equals(second[i]!.bytes)).toBe(true));
    expect(first.every((f) => f.entry.bytes === f.bytes.length)).toBe(true);
    // The CSV keeps codes as plain text.
    expect(first[2]!.bytes.toString('utf8').split('\r\n')[1]!.startsWith('00145,')).toBe(true);
  });
});

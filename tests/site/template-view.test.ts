// The view-models of the report-template pages (src/components/template-view.ts):
// the seed plan's columns as the pages list them, in both languages, and a
// plan whose column is filled by some school levels only.
import { describe, expect, it } from 'vitest';
import { identityRows, indicatorRows, indicatorsForLevel } from '../../src/components/template-view.ts';
import { readSeedPlan } from '../fixtures/seed-plan.ts';
import { THIRD_PLAN } from '../fixtures/third-plan.ts';
import { parsePlan, type Plan } from '../../src/core/plan-schema.ts';

const seed = readSeedPlan('hung-yen-2026');
const third = (parsePlan(THIRD_PLAN) as { plan: Plan }).plan;

describe('indicatorRows', () => {
  const cases = [
    { name: 'a count with a denominator (vi)', lang: 'vi' as const, plan: seed, id: 'so_cbgvnv_ky_nang_so',
      expected: { header: 'Số CBQL, GV, NV hoàn thành phổ cập kỹ năng số', label: null, id: 'so_cbgvnv_ky_nang_so', type: 'số lượng', unit: 'người', rule: 'không lớn hơn “Tổng số CBQL, GV, NV”', levels: 'Mọi cấp học', accepted: [] } },
    { name: 'lower is better (en)', lang: 'en' as const, plan: seed, id: 'so_su_co_attt',
      expected: { header: 'Số sự cố mất an toàn thông tin', label: 'Information-security incidents', id: 'so_su_co_attt', type: 'count', unit: 'incidents', rule: 'lower is better', levels: 'All school levels', accepted: [] } },
    { name: 'a score with accepted spellings', lang: 'vi' as const, plan: seed, id: 'diem_cds_day_hoc',
      expected: { header: 'Điểm chuyển đổi số — dạy, học', label: null, id: 'diem_cds_day_hoc', type: 'điểm 0–100', unit: 'điểm', rule: '', levels: 'Mọi cấp học', accepted: ['Điểm chuyển đổi số dạy học', 'Điểm CĐS dạy học'] } },
    { name: 'a yes/no column has no unit', lang: 'en' as const, plan: seed, id: 'co_ke_hoach',
      expected: { header: 'Có kế hoạch thực hiện phong trào', label: 'Has its own plan for the movement', id: 'co_ke_hoach', type: 'yes/no', unit: '', rule: '', levels: 'All school levels', accepted: [] } },
    { name: 'a column some levels fill', lang: 'vi' as const, plan: third, id: 'so_tre_biet_boi',
      expected: { header: 'Số trẻ biết bơi', label: null, id: 'so_tre_biet_boi', type: 'số lượng', unit: 'trẻ', rule: 'không lớn hơn “Tổng số trẻ”', levels: 'Nhà trẻ, Mẫu giáo', accepted: ['Trẻ biết bơi'] } },
  ];
  it.each(cases)('$name', ({ lang, plan, id, expected }) => {
    expect(indicatorRows(lang, plan).find((row) => row.id === id)).toEqual(expected);
  });
  it('lists every column of the plan, in template order', () => {
    expect(indicatorRows('vi', seed)).toHaveLength(20);
    expect(indicatorRows('vi', third).map((r) => r.id)).toEqual(['so_tre', 'so_tre_biet_boi', 'co_vuon_rau', 'diem_an_toan']);
  });
});

describe('identityRows', () => {
  it('the six identity columns, whatever the plan', () => {
    expect(identityRows('vi').map((r) => [r.header, r.type])).toEqual([
      ['Năm báo cáo', 'năm'], ['Mã trường', 'chữ'], ['Tên trường', 'chữ'], ['Cấp học', 'mã hoặc tên'], ['Mã xã/phường', 'mã 5 chữ số'], ['Ngày báo cáo', 'ngày dd/mm/yyyy'],
    ]);
    expect(identityRows('en')[1]).toMatchObject({ label: 'School code', rule: 'The school’s code, usually 8 characters; keep leading zeros.' });
  });
});

describe('indicatorsForLevel', () => {
  it.each([
    { level: '45', expected: ['so_tre', 'so_tre_biet_boi', 'co_vuon_rau', 'diem_an_toan'] },
    { level: '5', expected: ['so_tre', 'so_tre_biet_boi', 'co_vuon_rau', 'diem_an_toan'] },
    { level: '12', expected: ['co_vuon_rau', 'diem_an_toan'] },
  ])('a school of level $level fills $expected', ({ level, expected }) => {
    expect(indicatorsForLevel(third, level).map((i) => i.id)).toEqual(expected);
  });
  it('every level fills all 20 of the seed template', () => {
    for (const level of ['1', '2', '3', '45', '6', '12', '23', '123']) expect(indicatorsForLevel(seed, level)).toHaveLength(20);
  });
});

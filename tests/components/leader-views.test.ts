// The leaders' view-models (issue 6, items 5 and 6) on the small site of
// site-fixture.ts: the commendation shortlist (shortlist-view.ts) and the
// review view (review-view.ts, review-summary.ts, review-scoreboard.ts).
// Expected figures are worked by hand from the fixture: ward 00001 scores
// (2·(80 + 3·100)/4 + 100)/3 = 96.67, ward 00002 (60 + 3·100)/4 = 90 and is
// not ranked (2 reporting schools of 3 in 2026).
import { describe, expect, it } from 'vitest';
import { reviewKindsOf, reviewView } from '../../src/components/review-view.ts';
import { shortlistView } from '../../src/components/shortlist-view.ts';
import { makeSite } from './site-fixture.ts';

const awards = [
  { id: 'giay-khen', name: { vi: 'Giấy khen', en: 'Certificate' }, grantor: { vi: 'Giám đốc Sở GDĐT', en: 'Director' }, occasion: 'yearly', units: ['ward'], source: { vi: 'Mục IV.2.a', en: 'IV.2.a' },
    conditions: [{ kind: 'ranked' }, { kind: 'on-time', value: 100 }, { kind: 'no-incident', measure: 'su-co' }] },
  { id: 'bang-khen', name: { vi: 'Bằng khen', en: 'Merit' }, grantor: { vi: 'Chủ tịch UBND tỉnh', en: 'Chair' }, occasion: 'so-ket', units: ['ward'], source: { vi: 'Mục IV.2.b', en: 'IV.2.b' },
    conditions: [{ kind: 'min-score', value: 50 }, { kind: 'on-track', value: 50, official: true }] },
  { id: 'nha-nuoc', name: { vi: 'Cấp Nhà nước', en: 'State' }, grantor: { vi: 'Chủ tịch nước', en: 'President' }, occasion: 'tong-ket', units: ['ward'], source: { vi: 'Mục IV.2.c', en: 'IV.2.c' }, conditions: [] },
];
const site = makeSite('2026-12-20', { awards });

describe('shortlistView', () => {
  const view = shortlistView('vi', site, {});

  it('covers the due year 2026 (not the baseline) and the provisional sơ kết, not the tổng kết', () => {
    expect(view.map((o) => [o.id, o.title, o.provisional])).toEqual([['2026', 'Khen thưởng hằng năm 2026', false], ['so-ket-1', 'Sơ kết — Giai đoạn 1 (2026–2027)', true]]);
    expect(view[1]!.note).toBe('Tạm tính: giai đoạn chưa kết thúc; mới xét số liệu các năm 2026 đã đến hạn (ngày cập nhật 20/12/2026).');
  });

  it('yearly: only the ward meeting every condition, with its figures; each condition says how many miss it', () => {
    const [list] = view[0]!.lists;
    expect(list!.conditions).toEqual([
      { text: 'được xếp hạng', official: false },
      { text: 'báo cáo đúng hạn mọi năm được xét', official: false },
      { text: 'không có sự cố trong các năm được xét', official: false },
    ]);
    expect(list!.columns).toEqual(['Hạng', 'Điểm', 'Đúng hạn', 'Sự cố']);
    expect(list!.candidates.map((c) => [c.code, c.figures])).toEqual([['00001', ['1/1', '96,67', '2026: 100\u00a0%', '2026: 0']]]);
    // Xã Hai: not ranked; B2 late and B3 rejected (1/3 on time); no incident figure (the measure concerns none of its schools).
    expect(list!.failed).toEqual([1, 1, 1]);
  });

  it('review: ordered by score, an unranked ward proposed when no condition asks for a rank; statuses on illustrative targets flagged', () => {
    const [list] = view[1]!.lists;
    expect(list!.candidates.map((c) => [c.name, c.rank, c.figures])).toEqual([
      ['Phường Một', 1, ['1/1', '96,67', '3/3 chỉ số']],
      ['Xã Hai', null, ['chưa xếp hạng', '90,00', '1/2 chỉ số']],
    ]);
    expect(list!.candidates.every((c) => c.unofficial)).toBe(true);
    expect(list!.conditions.map((c) => c.official)).toEqual([false, true]);
  });

  it('English wording', () => {
    const [list] = shortlistView('en', site, {})[0]!.lists;
    expect(list!.conditions.map((c) => c.text)).toEqual(['ranked', 'reported on time every year considered', 'no incidents in the years considered']);
  });
});

describe('reviewView', () => {
  const view = reviewView('vi', site, {}, 'so-ket');

  it('the summary is written from the figures', () => {
    expect(view.summary).toEqual([
      'Sơ kết đánh giá Giai đoạn 1 (2026–2027). Số liệu đến ngày 20/12/2026; các năm đã đến hạn được xét: 2025 (năm gốc), 2026.',
      'Giai đoạn chưa kết thúc: đánh giá theo tốc độ hiện tại, dự báo đến năm 2027.',
      'Toàn kế hoạch: 4 chỉ số: 1 đã đạt, 2 đúng tiến độ, 1 chưa có chỉ tiêu.',
      // Xã Hai's AI share 20 → 30 projects 40 in 2027: P = 20/30 < 0.95, at risk.
      '1/2 xã, phường đạt hoặc đúng tiến độ ở mọi chỉ số có chỉ tiêu; 1/2 có ít nhất một chỉ số chệch hướng, có nguy cơ không đạt hoặc không đạt.',
      'Chỉ số có nhiều xã, phường đạt chỉ tiêu nhất: Có kế hoạch (2/2 xã, phường đạt chỉ tiêu); ít nhất: Tỷ lệ AI (0/2).',
      'Dẫn đầu xếp hạng năm 2026: Phường Một (96,67).',
      'Đề xuất khen thưởng: Bằng khen (xã, phường): 2.',
    ]);
  });

  it('the scoreboard: each criterion’s score and its measures on course, ranked first', () => {
    expect(view.scoreboard.rows.map((r) => [r.name, r.rank, r.scoreText, r.onCourse, r.cells.map((c) => c.text)])).toEqual([
      ['Phường Một', 1, '96,67', '3/3', ['95 · 2/2', '100 · 1/1']],
      ['Xã Hai', null, '90,00', '1/2', ['90 · 1/2', '—']],
    ]);
  });

  it('units by status per measure; statuses present; illustrative targets flagged', () => {
    expect(view.criteria.map((c) => [c.short, c.units])).toEqual([
      ['TC1', [{ on_track: 1, at_risk: 1 }, { met: 2 }]],
      ['TC2', [{ met: 1 }, { no_target: 2 }]],
    ]);
    expect(view.unofficial).toBe(true);
  });

  it('with no due year yet, says so instead of judging', () => {
    const early = reviewView('vi', makeSite('2025-12-10', { awards }), {}, 'so-ket');
    expect(early.summary).toEqual(['Sơ kết đánh giá Giai đoạn 1 (2026–2027). Số liệu đến ngày 10/12/2025; các năm đã đến hạn được xét: —.', 'Chưa có năm nào của giai đoạn đã đến hạn báo cáo có số liệu.']);
  });
});

describe('reviewKindsOf', () => {
  it('the sơ kết only, until the data reach the last phase', () => {
    expect(reviewKindsOf(site)).toEqual(['so-ket']);
    const later = makeSite('2028-12-20', { awards });
    later.reportYears = [2025, 2026, 2027, 2028];
    later.schools[0]!.states['2028'] = 'on_time';
    expect(reviewKindsOf(later)).toEqual(['so-ket', 'tong-ket']);
  });

  it('third-plan build: a plan whose only phase closes with a tổng kết has that review, and no sơ kết', () => {
    const one = makeSite('2026-12-20', { awards });
    const only = { ...one.plan.phases[0]!, review: { ...one.plan.phases[0]!.review, kind: 'tong-ket' as const } };
    one.plan = { ...one.plan, phases: [only] };
    expect(reviewKindsOf(one)).toEqual(['tong-ket']);
  });
});

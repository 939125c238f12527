// The view-models pages and the browser share: statuses in words, the one
// target label, progress rows from specs, the trend's projection, comparable
// distributions, rankings and the method page's parameters.
import { describe, expect, it } from 'vitest';
import { describe as describeStatus, statusCountsText, targetText } from '../../src/components/judgement-view.ts';
import { judgeMeasures, phaseInViewOf, planUnit, wardUnit } from '../../src/components/unit-view.ts';
import { progressView, rowsFromSpecs } from '../../src/components/progress-view.ts';
import { trendProjection, trendView } from '../../src/components/trend-view.ts';
import { distributionView } from '../../src/components/distribution-view.ts';
import { rankingView } from '../../src/components/ranking-view.ts';
import { methodView } from '../../src/components/method-view.ts';
import { rowProblems } from '../../src/components/school-view.ts';
import { judgeSpecOf, type MeasureJudgement } from '../../src/core/rules/index.ts';
import { makeSite } from './site-fixture.ts';

const site = makeSite();
const measure = (id: string) => site.plan.criteria.flatMap((c) => c.measures).find((m) => m.id === id)!;
const phase1 = site.plan.phases[0]!;

describe('targetText', () => {
  it.each([
    { name: 'an illustrative target carries *', value: 50, target: { year: 2027, official: false }, shown: 2027, vi: '50\u00a0%*', en: '50%*' },
    { name: 'its year when not the year shown', value: 50, target: { year: 2027, official: false }, shown: 2026, vi: '50\u00a0%* (2027)', en: '50%* (2027)' },
    { name: 'an official target has no mark', value: 80, target: { year: 2030, official: true }, shown: 'always' as const, vi: '80\u00a0% (2030)', en: '80% (2030)' },
  ] as { name: string; value: number; target: { year: number; official: boolean }; shown: number | 'always'; vi: string; en: string }[])('$name', ({ value, target, shown, vi, en }) => {
    expect(targetText('vi', value, '%', 1, target, shown)).toBe(vi);
    expect(targetText('en', value, '%', 1, target, shown)).toBe(en);
  });
});

describe('statuses in words', () => {
  const base: MeasureJudgement = { status: 'on_track', tags: ['low_evidence'], n: 2, first: { year: 2025, value: 20 }, latest: { year: 2026, value: 35 }, gap: 15, projection: { fromYear: 2026, fromValue: 35, toYear: 2027, value: 50, slope: 15 }, pace: 1, phase: '1', target: { year: 2027, value: 50, phase: '1', source: { vi: 's', en: 's' }, official: false }, year: 2026, digits: 1, provisional: null };
  const say = (lang: 'vi' | 'en', j: Partial<MeasureJudgement>) => describeStatus({ lang, unit: '%', phaseName: lang === 'vi' ? 'Giai đoạn 1' : 'Phase 1', deadline: { month: 12, day: 15 }, judgement: { ...base, ...j } });
  it.each([
    { name: 'judged: the year and the target, with the projection', j: {}, vi: ['Đúng tiến độ', 'số liệu năm 2026 so với chỉ tiêu 50\u00a0%* năm 2027', 'dự báo năm 2027: 50\u00a0%'], en: ['On track', '2026 figure against the 2027 target of 50%*', 'projected for 2027: 50%'] },
    { name: 'not enough data: the gap in percentage points', j: { status: 'not_enough_data', tags: [], projection: null, n: 1 }, vi: ['Chưa đủ số liệu đánh giá tiến độ', 'số liệu năm 2026 so với chỉ tiêu 50\u00a0%* năm 2027', 'còn cách chỉ tiêu 15\u00a0điểm %'], en: ['Not enough data to judge the pace', '2026 figure against the 2027 target of 50%*', '15\u00a0percentage points short of the target'] },
    { name: 'no target', j: { status: 'no_target', target: null, projection: null }, vi: ['Chưa có chỉ tiêu', 'kế hoạch chưa đặt chỉ tiêu cho Giai đoạn 1', null], en: ['No target', 'the plan sets no target for Phase 1', null] },
    { name: 'not yet due: the provisional figure said as such', j: { status: 'not_yet_due', latest: null, first: null, n: 0, year: null, projection: null, provisional: { year: 2026, value: 30.3 } }, vi: ['Chưa đến hạn', 'chỉ tiêu 50\u00a0%* năm 2027; số liệu của Giai đoạn 1 chưa đến hạn; số liệu năm 2026 (30,3\u00a0%) còn tạm thời, chưa đến hạn 15/12/2026', null], en: ['Not yet due', 'target 50%* for 2027; the figures of Phase 1 are not yet due; the 2026 figure (30.3%) is provisional until the 15 December 2026 deadline', null] },
    { name: 'no data', j: { status: 'no_data', latest: null, first: null, n: 0, year: null, projection: null }, vi: ['Chưa có số liệu', 'chưa có số liệu năm nào của Giai đoạn 1 đã đến hạn', null], en: ['No data', 'no figure yet for a due year of Phase 1', null] },
  ] as const)('$name', ({ j, vi, en }) => {
    for (const [lang, expected] of [['vi', vi], ['en', en]] as const) {
      const view = say(lang, j as Partial<MeasureJudgement>);
      expect([view.label, view.basis, view.detail]).toEqual(expected);
    }
  });
  it('issue 6: a status judged against an illustrative target carries the mark; an official one does not', () => {
    expect(say('vi', {}).unofficial).toBe(true);
    expect(say('vi', { target: { ...base.target!, official: true } }).unofficial).toBe(false);
    expect(say('vi', { status: 'no_target', target: null }).unofficial).toBe(false);
  });
  it('says the tags', () => expect(say('vi', { tags: ['worsening', 'low_evidence'] }).tags).toEqual(['đang giảm', 'mới có 2 năm số liệu']));
  it('issue 6: the overview counts statuses over every measure, one denominator', () => {
    const judged = judgeMeasures('vi', site, phase1, planUnit(site));
    expect(judged).toHaveLength(4);
    expect(statusCountsText('vi', judged.map((j) => j.judgement.status))).toBe('4 chỉ số: 1 đã đạt, 2 đúng tiến độ, 1 chưa có chỉ tiêu.');
  });
});

describe('units judged', () => {
  it.each([
    { name: 'after the deadline: the phase of the latest due year', buildDate: '2026-12-20', expected: '1' },
    { name: 'before it too (2026 still open, 2025 due)', buildDate: '2026-11-21', expected: '1' },
  ])('phaseInViewOf: $name', ({ buildDate, expected }) => expect(phaseInViewOf(makeSite(buildDate)).id).toBe(expected));

  it('issue 6: before the deadline, a 2026 figure is provisional and judged on the baseline only', () => {
    const early = makeSite('2026-11-21');
    const [ai] = judgeMeasures('vi', early, early.plan.phases[0]!, planUnit(early));
    expect([ai!.judgement.status, ai!.judgement.year, ai!.judgement.provisional]).toEqual(['not_enough_data', 2025, { year: 2026, value: 35 }]);
  });

  it('a ward is judged on its own rows; a measure that concerns none of its schools is left out', () => {
    const judged = judgeMeasures('vi', site, phase1, wardUnit(site, '00002'));
    expect(judged.map((j) => [j.measure.id, j.judgement.status, j.judged])).toEqual([
      ['ai', 'at_risk', '30\u00a0% (2026)'], ['ke-hoach', 'met', '100\u00a0% (2026)'], ['hoc-lieu', 'no_target', '6\u00a0học liệu/cơ sở (2026)'],
    ]);
  });
});

describe('progress rows', () => {
  it('are the same from the shipped specs (the browser’s path) as at build time', () => {
    const view = progressView('vi', site, [measure('ai'), measure('ke-hoach')], planUnit(site), 2026);
    const shipped = JSON.parse(JSON.stringify(view.metas));
    const rows = (id: string) => site.measures[id]!.byYear;
    expect(rowsFromSpecs('vi', shipped, view.phaseOfYear['2026'], rows, 2026)).toEqual(view.rows);
    expect(view.rows.map((r) => [r.id, r.value, r.target, r.targetLabel, r.status])).toEqual([
      ['ai', 35, 50, '50\u00a0%* (2027)', 'on_track'], ['ke-hoach', 100, 100, '100\u00a0%* (2027)', 'met'],
    ]);
    expect(view.phaseOfYear).toEqual({ 2025: '1', 2026: '1' });
  });
});

describe('trend projection', () => {
  it('issue 6: projects to the phase end at the current pace', () => {
    const { options, spec } = trendView('vi', site, measure('ai'), phase1, site.measures.ai!.byYear);
    expect(options.projection).toEqual({ fromYear: 2026, fromValue: 35, toYear: 2027, value: 50 });
    expect([options.baselineYear, options.phaseTarget, options.years]).toEqual([2025, { year: 2027, value: 50, official: false }, [2025, 2026, 2027, 2028, 2029, 2030]]);
    expect(trendProjection('vi', JSON.parse(JSON.stringify(spec)), site.measures.ai!.byYear)).toEqual({ projection: options.projection });
  });
  it('issue 6: with too few years the page says so instead of guessing', () => {
    const early = makeSite('2026-11-21');
    const { options } = trendView('vi', early, measure('ai'), early.plan.phases[0]!, early.measures.ai!.byYear);
    expect(options.projection).toBeNull();
    expect(options.noProjection).toBe('Chưa dự báo: cần số liệu của ít nhất 2 năm đã đến hạn trong giai đoạn (hiện có 1).');
    expect(options.openYears).toEqual([2026]);
  });
});

describe('distribution', () => {
  it('issue 6: compares counts per school, never raw totals, and marks units the measure does not concern', () => {
    const view = distributionView('vi', site, measure('su-co'), 2026);
    expect(view.rows.map((r) => [r.ward_code, r.value, r.schools_na])).toEqual([['00001', 0, 0], ['00002', null, 1]]);
    expect([view.options.unit, view.options.digits, view.options.reference, view.options.targetLabel]).toEqual(['sự cố/cơ sở', 2, 1, '0\u00a0sự cố/cơ sở* (2027)']);
    expect(view.extra.notApplicable).toEqual(['00002']);
  });
});

describe('rankings', () => {
  it('ranks wards on the composite score with the change since the baseline; a ward with too few reporting schools is listed with the reason', () => {
    const view = rankingView('vi', site);
    expect([view.year, view.previous, view.phase?.id]).toEqual([2026, 2025, '1']);
    // ai 40/50 → 80, ke-hoach 100 (weight 3): (80 + 300)/4 = 95 (weight 2); su-co 0 per school → 100: (2·95 + 100)/3.
    expect(view.ranked.map((r) => [r.rank, r.name, r.scoreText, r.changeText, r.caution])).toEqual([[1, 'Phường Một', '96,67', 'giữ nguyên', null]]);
    expect(view.unranked.map((r) => [r.name, r.reasons])).toEqual([['Xã Hai', ['dưới 3 trường báo cáo']]]);
    expect(view.ranked[0]!.parts.map((p) => `${p.title}: ${p.text}`)).toEqual(['TC1: 63,33/66,67', 'TC2: 33,33/33,33']);
  });
  it('ranks within one criterion', () => {
    const view = rankingView('en', site, { criterion: 'attt' });
    expect(view.ranked.map((r) => [r.name, r.scoreText, r.coverageText])).toEqual([['Phường Một', '100.00', '100%']]);
  });
  it('before the deadline, ranks the latest due year and says which', () => {
    const early = rankingView('vi', makeSite('2026-11-21'));
    expect([early.year, early.previous, early.open]).toEqual([2025, null, 2026]);
    expect(early.ranked.every((r) => r.changeText === 'mới')).toBe(true);
  });
});

describe('method page', () => {
  it('prints the parameters in force, the plan’s own ones included', () => {
    const own = methodView('vi', makeSite('2026-12-20', { method: { onTrack: 0.9, minSchools: 4, ceilings: { 'su-co': 3 } } }).plan);
    expect(own.parameters.map((p) => p.value)).toEqual(['0,9', '0,6', '80\u00a0%', '4', '5', 'theo bình quân một cơ sở có báo cáo', '2; Sự cố: 3', '1–2 bậc', '2025', 'ngày 15/12 của năm báo cáo']);
    expect(own.statuses.map((s) => [s.order, s.status])).toEqual([[1, 'no_target'], [2, 'no_data'], [3, 'met'], [4, 'not_met'], [5, 'not_enough_data'], [6, 'off_track'], [7, 'on_track'], [8, 'at_risk'], [9, 'off_track']]);
    expect(own.statuses[6]!.condition).toBe('Tỷ lệ tiến độ P ≥ 0,9');
  });
});

describe('a rejected report row', () => {
  it('gives the problems logged at its file and line', () => {
    expect(rowProblems(site, { source_file: 'p/2026/x.csv', source_line: 7 }).map((p) => p.message.vi)).toEqual(['Trường thuộc xã 00002']);
  });
});

describe('judgeSpecOf', () => {
  it('ships τ with its year and whether it is official', () => {
    expect(judgeSpecOf(site.plan, measure('ai'), site.plan.phases[1]!, site.buildDate, 'plan').target).toMatchObject({ year: 2030, value: 80, official: true });
  });
});

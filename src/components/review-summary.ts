// The review's summary, written from its figures (never hard-coded): where the
// phase stands, the plan-wide statuses, how many units are met or on track on
// every measure, the measure most and least units have met, each considered
// year's completeness, the ranking's leaders and the shortlist's counts.
import type { Phase } from '../core/plan-schema.ts';
import { hasReported, isBaseline } from '../core/rules/index.ts';
import { pick, type Lang } from '../i18n/index.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { tr } from '../i18n/review.ts';
import type { SiteData } from '../site-data/types.ts';
import { statusCountsText } from './judgement-view.ts';
import type { RankingView } from './ranking-view.ts';
import type { OccasionView } from './shortlist-view.ts';
import type { JudgedMeasure } from './unit-view.ts';

interface SummaryInput {
  phase: Phase;
  years: number[];
  open: boolean;
  plan: JudgedMeasure[];
  units: { judged: JudgedMeasure[] }[];
  ranking: RankingView;
  shortlist: OccasionView | null;
}

const OFF: readonly string[] = ['off_track', 'at_risk', 'not_met'];

export function reviewSummary(lang: Lang, site: SiteData, input: SummaryInput): string[] {
  const n = (v: number) => formatNumber(lang, v);
  const unitsWord = tr(lang, site.unitGroup === 'ward_code' ? 'unit.ward' : 'unit.school');
  const { phase, years } = input;
  const lines = [whereText(lang, site, phase, years)];
  if (years.length === 0) return [...lines, tr(lang, 'review.whereNone')];
  if (input.open) lines.push(tr(lang, 'review.whereOpen', { end: Math.max(...phase.years) }));
  lines.push(tr(lang, 'review.plan', { counts: statusCountsText(lang, input.plan.map((j) => j.judgement.status)) }));
  const targeted = input.units.map((u) => u.judged.filter((j) => j.judgement.status !== 'no_target'));
  const total = input.units.length;
  const on = targeted.filter((js) => js.length > 0 && js.every((j) => j.judgement.status === 'met' || j.judgement.status === 'on_track')).length;
  const off = targeted.filter((js) => js.some((j) => OFF.includes(j.judgement.status))).length;
  lines.push(tr(lang, 'review.units', { on: n(on), off: n(off), total: n(total), units: unitsWord }));
  // Per measure with a target: how many units have met it.
  const met = input.plan
    .filter((j) => j.judgement.status !== 'no_target')
    .map((j) => ({ label: pick(lang, j.measure.label), count: input.units.filter((u) => u.judged.some((x) => x.measure.id === j.measure.id && x.judgement.status === 'met')).length }));
  if (met.length > 1) {
    const sorted = [...met].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'));
    const most = sorted[0]!;
    const least = sorted[sorted.length - 1]!;
    lines.push(tr(lang, 'review.most', { units: unitsWord, measure: most.label, count: n(most.count), total: n(total), least: least.label, leastCount: n(least.count) }));
  }
  for (const year of years) {
    const row = site.completeness.byYear.find((r) => r.year === year);
    if (!row) continue;
    lines.push(tr(lang, 'review.completeness', { year, sent: n(row.on_time + row.late), expected: n(row.expected), onTime: n(row.on_time), late: n(row.late), rejected: n(row.rejected), missing: n(row.not_reported + row.not_yet_due) }));
  }
  if (input.ranking.year !== null && input.ranking.top.length > 0) {
    lines.push(tr(lang, 'review.leaders', { year: input.ranking.year, names: input.ranking.top.slice(0, 3).map((r) => `${r.name} (${r.scoreText})`).join(', ') }));
  }
  if (input.shortlist) {
    const items = input.shortlist.lists.filter((l) => l.candidates.length > 0);
    lines.push(
      items.length === 0
        ? tr(lang, 'review.shortlistNone')
        : tr(lang, 'review.shortlist', { list: items.map((l) => tr(lang, 'review.shortlistItem', { form: pick(lang, l.award.name), units: tr(lang, l.unit === 'ward' ? 'unit.ward' : 'unit.school'), count: n(l.candidates.length) })).join('; ') }),
    );
  }
  return lines;
}

/** "Sơ kết … đánh giá Giai đoạn 1 (2026–2027). Số liệu đến ngày …; các năm đã đến hạn được xét: 2025 (năm gốc), 2026." */
export function whereText(lang: Lang, site: SiteData, phase: Phase, years: readonly number[]): string {
  const list = years.map((y) => (isBaseline(site.plan, y) ? tr(lang, 'review.baseline', { year: y }) : String(y))).join(', ');
  return tr(lang, 'review.where', { review: pick(lang, phase.review.name), phase: pick(lang, phase.name), statedAs: phase.statedAs, date: formatDate(lang, site.buildDate), years: list || '—' });
}

/** Whether any school has an accepted report (a review page has something to say). */
export function hasReports(site: SiteData): boolean {
  return site.schools.some((s) => Object.values(s.states).some(hasReported));
}

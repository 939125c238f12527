// The review view (issue 6, item 6): where a plan stands for its sơ kết or
// tổng kết — each criterion's measures judged plan-wide with their projection
// and the units by status, the scoreboard of units × criteria, completeness,
// the ranking, and a summary written from those figures. Pure; the review
// page and the printable briefing lay it out. In: SiteData, schools.json.
import type { Criterion, Phase } from '../core/plan-schema.ts';
import { isDue, phasesInOrder, STATUSES, windowOf, type Status } from '../core/rules/index.ts';
import { pick, type Lang } from '../i18n/index.ts';
import { tr } from '../i18n/review.ts';
import type { SchoolDetail, SiteData } from '../site-data/types.ts';
import { statusCountsText } from './judgement-view.ts';
import { rankingView, type RankingView } from './ranking-view.ts';
import { reviewSummary } from './review-summary.ts';
import { scoreboardOf, type Scoreboard } from './review-scoreboard.ts';
import { shortlistView, yearsWithReports, type OccasionView } from './shortlist-view.ts';
import { judgeMeasures, planUnit, schoolUnit, wardUnit, phaseInViewOf, type JudgedMeasure } from './unit-view.ts';

export type ReviewKind = 'so-ket' | 'tong-ket';

/** The reviews a plan's pages exist for: the sơ kết where the plan has one, the tổng kết once the data reach the last phase (or from the start when it is the only review). */
export function reviewKindsOf(site: SiteData): ReviewKind[] {
  const phases = phasesInOrder(site.plan);
  const last = phases[phases.length - 1]!;
  const kinds: ReviewKind[] = phases.some((p) => p.review.kind === 'so-ket') ? ['so-ket'] : [];
  // A plan whose only review is a tổng kết (one phase) has that page from the start.
  if (last.review.kind === 'tong-ket' && (kinds.length === 0 || phaseInViewOf(site).id === last.id)) kinds.push('tong-ket');
  return kinds;
}

export interface CriterionReview {
  criterion: Criterion;
  /** "TC1". */
  short: string;
  /** The criterion's measures judged plan-wide. */
  measures: JudgedMeasure[];
  countsText: string;
  /** Per measure (same order), how many units have each status. */
  units: Partial<Record<Status, number>>[];
}

export interface ReviewView {
  kind: ReviewKind;
  phase: Phase;
  title: string;
  /** The phase's due years with reports considered. */
  years: number[];
  /** The phase is not over (judged at the current pace). */
  open: boolean;
  summary: string[];
  criteria: CriterionReview[];
  /** The statuses present on the page, in the table's order (for the legend). */
  statuses: Status[];
  scoreboard: Scoreboard;
  ranking: RankingView;
  shortlist: OccasionView | null;
  unofficial: boolean;
}

/** The units of the plan as judged units: wards, or schools in a one-ward plan. */
function judgedUnitsOf(site: SiteData, details: Record<string, SchoolDetail>) {
  return site.unitGroup === 'ward_code'
    ? site.wards.map((w) => ({ code: w.code, name: w.name, unit: wardUnit(site, w.code) }))
    : site.schools.map((s) => ({ code: s.code, name: s.name, unit: schoolUnit(s, details[s.code]) }));
}

export function reviewView(lang: Lang, site: SiteData, details: Record<string, SchoolDetail>, kind: ReviewKind): ReviewView {
  const phase = site.plan.phases.find((p) => p.review.kind === kind)!;
  const withReports = yearsWithReports(site);
  const years = windowOf(site.plan, phase).filter((y) => isDue(site.plan, y, site.buildDate) && withReports.includes(y));
  const plan = judgeMeasures(lang, site, phase, planUnit(site));
  const units = judgedUnitsOf(site, details).map((u) => ({ ...u, judged: judgeMeasures(lang, site, phase, u.unit) }));
  const criteria = site.plan.criteria.map((criterion, i) => {
    const measures = plan.filter((j) => j.criterion.id === criterion.id);
    return {
      criterion,
      short: `TC${i + 1}`,
      measures,
      countsText: statusCountsText(lang, measures.map((j) => j.judgement.status)),
      units: measures.map((j) => {
        const counts: Partial<Record<Status, number>> = {};
        for (const u of units) {
          const status = u.judged.find((x) => x.measure.id === j.measure.id)?.judgement.status;
          if (status) counts[status] = (counts[status] ?? 0) + 1;
        }
        return counts;
      }),
    };
  });
  const ranking = rankingView(lang, site);
  const shortlist = shortlistView(lang, site, details, kind).find((o) => o.occasion.kind !== 'yearly' && o.occasion.phase === phase.id) ?? null;
  const open = !isDue(site.plan, Math.max(...phase.years), site.buildDate);
  const present = new Set([...plan, ...units.flatMap((u) => u.judged)].map((j) => j.judgement.status));
  return {
    kind,
    phase,
    title: tr(lang, 'review.title', { review: pick(lang, phase.review.name), plan: pick(lang, site.plan.shortTitle) }),
    years,
    open,
    summary: reviewSummary(lang, site, { phase, years, open, plan, units, ranking, shortlist }),
    criteria,
    statuses: STATUSES.filter((s) => present.has(s)),
    scoreboard: scoreboardOf(lang, site, ranking, units),
    ranking,
    shortlist,
    unofficial: plan.some((j) => j.status.unofficial) || units.some((u) => u.judged.some((j) => j.status.unofficial)),
  };
}

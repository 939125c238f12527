// The commendation shortlist as pages and downloads show it: per occasion (each
// due year, each review), per award form and kind of unit, the units that meet
// every condition (src/core/rules/award.ts), ordered by score, each with the
// figures behind it; conditions in words, assumed ones marked †. A proposal:
// the emulation council decides. In: SiteData and schools.json. Pure.
import type { Award, AwardCondition } from '../core/plan-schema.ts';
import { hasReported, meetsAward, occasionsOf, rankYearOf, yearsOf, type Occasion } from '../core/rules/index.ts';
import { pick, type Lang } from '../i18n/index.ts';
import { formatDate, formatNumber, formatYears } from '../i18n/format.ts';
import { tr } from '../i18n/review.ts';
import type { SchoolDetail, SiteData } from '../site-data/types.ts';
import { unitFacts, type AwardUnit, type UnitFacts } from './award-facts.ts';

export interface ConditionView {
  text: string;
  /** Stated in an issued document (else assumed, marked †). */
  official: boolean;
}

export interface CandidateView {
  code: string;
  name: string;
  ward: string | null;
  rank: number | null;
  /** Units of this kind ranked that year. */
  rankedCount: number;
  score: number | null;
  /** The figures behind the proposal, one per column of `AwardListView.columns`. */
  figures: string[];
  /** Some status behind it was judged against an illustrative target. */
  unofficial: boolean;
}

export interface AwardListView {
  award: Award;
  unit: AwardUnit;
  conditions: ConditionView[];
  columns: string[];
  candidates: CandidateView[];
  /** Units of this kind considered. */
  considered: number;
  /** Per condition, how many units miss it. */
  failed: number[];
}

export interface OccasionView {
  /** "2026", "so-ket-1". */
  id: string;
  occasion: Occasion;
  title: string;
  /** The years considered, and a review's provisional note when its phase is not over. */
  note: string;
  provisional: boolean;
  lists: AwardListView[];
}

const pct = (lang: Lang, share: number) => `${formatNumber(lang, 100 * share, 0)}${lang === 'vi' ? '\u00a0%' : '%'}`;

export function conditionText(lang: Lang, site: SiteData, condition: AwardCondition, phaseName: string): string {
  const measure = (id: string) => site.plan.criteria.flatMap((c) => c.measures).find((m) => m.id === id);
  switch (condition.kind) {
    case 'ranked': return tr(lang, 'cond.ranked');
    case 'min-score': return tr(lang, 'cond.min-score', { value: formatNumber(lang, condition.value, 2) });
    case 'max-rank': return tr(lang, 'cond.max-rank', { value: formatNumber(lang, condition.value) });
    case 'on-track': return condition.value >= 100 ? tr(lang, 'cond.on-track.all', { phase: phaseName }) : tr(lang, 'cond.on-track', { value: pct(lang, condition.value / 100), phase: phaseName });
    case 'on-time': return condition.value >= 100 ? tr(lang, 'cond.on-time.all') : tr(lang, 'cond.on-time', { value: pct(lang, condition.value / 100) });
    case 'no-incident': return tr(lang, 'cond.no-incident', { measure: pick(lang, measure(condition.measure)?.label ?? { vi: condition.measure, en: condition.measure }).toLowerCase() });
  }
}

type Column = 'rank' | 'score' | 'onCourse' | 'onTime' | `incidents:${string}`;

function columnsOf(award: Award): Column[] {
  const kinds = new Set(award.conditions.map((c) => c.kind));
  return [
    'rank', 'score',
    ...(kinds.has('on-track') ? (['onCourse'] as const) : []),
    ...(kinds.has('on-time') ? (['onTime'] as const) : []),
    ...award.conditions.flatMap((c) => (c.kind === 'no-incident' ? [`incidents:${c.measure}` as const] : [])),
  ];
}

function figureOf(lang: Lang, column: Column, u: UnitFacts, years: number[]): string {
  if (column === 'rank') return u.row.rank === null ? tr(lang, 'fig.unranked') : tr(lang, 'fig.rankOf', { rank: formatNumber(lang, u.row.rank), count: formatNumber(lang, u.rankedCount) });
  if (column === 'score') return u.row.scoreText;
  if (column === 'onCourse') {
    const on = u.facts.statuses.filter((s) => s === 'met' || s === 'on_track').length;
    return tr(lang, 'fig.onCourseOf', { count: formatNumber(lang, on), total: formatNumber(lang, u.facts.statuses.length) });
  }
  if (column === 'onTime') return years.map((y, i) => tr(lang, 'fig.onTimeYear', { year: y, share: u.facts.onTime[i] === null ? '—' : pct(lang, u.facts.onTime[i]!) })).join('; ');
  const counts = u.facts.incidents[column.slice('incidents:'.length)] ?? [];
  return years.map((y, i) => tr(lang, 'fig.incidentYear', { year: y, value: counts[i] === null || counts[i] === undefined ? '—' : formatNumber(lang, counts[i]!, 2) })).join('; ');
}

const COLUMN_HEAD: Record<'rank' | 'score' | 'onCourse' | 'onTime', Parameters<typeof tr>[1]> = { rank: 'fig.rank', score: 'fig.score', onCourse: 'fig.onCourse', onTime: 'fig.onTime' };

function listOf(lang: Lang, site: SiteData, award: Award, unit: AwardUnit, facts: UnitFacts[], occasion: Occasion, phaseName: string): AwardListView {
  const columns = columnsOf(award);
  const years = yearsOf(occasion);
  const results = facts.map((u) => ({ u, ...meetsAward(award, u.facts) }));
  const candidates = results
    .filter((r) => r.meets)
    .sort((a, b) => (b.u.row.score ?? -1) - (a.u.row.score ?? -1) || a.u.name.localeCompare(b.u.name, 'vi'))
    .map(({ u }) => ({ code: u.code, name: u.name, ward: u.ward, rank: u.row.rank, rankedCount: u.rankedCount, score: u.row.score, figures: columns.map((c) => figureOf(lang, c, u, years)), unofficial: u.judged.some((j) => j.status.unofficial) }));
  const measureLabel = (id: string) => site.plan.criteria.flatMap((c) => c.measures).find((m) => m.id === id);
  return {
    award,
    unit,
    conditions: award.conditions.map((c) => ({ text: conditionText(lang, site, c, phaseName), official: c.official })),
    columns: columns.map((c) => (c.startsWith('incidents:') ? pick(lang, measureLabel(c.slice('incidents:'.length))?.label ?? { vi: c, en: c }) : tr(lang, COLUMN_HEAD[c as keyof typeof COLUMN_HEAD]))),
    candidates,
    considered: facts.length,
    failed: award.conditions.map((_, i) => results.filter((r) => !r.results[i]).length),
  };
}

/** The years with accepted reports. */
export function yearsWithReports(site: SiteData): number[] {
  return site.reportYears.filter((y) => site.schools.some((s) => hasReported(s.states[String(y)])));
}

export function occasionTitle(lang: Lang, site: SiteData, occasion: Occasion): string {
  if (occasion.kind === 'yearly') return tr(lang, 'occasion.yearly', { year: occasion.year });
  const phase = site.plan.phases.find((p) => p.id === occasion.phase)!;
  return tr(lang, `occasion.${occasion.kind}`, { review: pick(lang, phase.review.name), phase: `${pick(lang, phase.name)} (${phase.statedAs})` });
}

export function occasionId(occasion: Occasion): string {
  return occasion.kind === 'yearly' ? String(occasion.year) : `${occasion.kind}-${occasion.phase}`;
}

/** Every occasion the build date reaches, with its lists; `only` keeps one kind (the review page). */
export function shortlistView(lang: Lang, site: SiteData, details: Record<string, SchoolDetail>, only?: Occasion['kind']): OccasionView[] {
  const occasions = occasionsOf(site.plan, site.buildDate, yearsWithReports(site)).filter((o) => !only || o.kind === only);
  return occasions.map((occasion) => {
    const awards = site.plan.awards.filter((a) => a.occasion === occasion.kind);
    const phase = occasion.kind === 'yearly' ? null : site.plan.phases.find((p) => p.id === occasion.phase)!;
    const phaseName = phase ? pick(lang, phase.name) : '';
    const provisional = phase !== null && occasion.kind !== 'yearly' && occasion.years.length < phase.years.length;
    const cache = new Map<AwardUnit, UnitFacts[]>();
    const factsOf = (unit: AwardUnit) => {
      if (!cache.has(unit)) cache.set(unit, unitFacts(lang, site, details, unit, occasion, awards.some((a) => a.conditions.some((c) => c.kind === 'on-track'))));
      return cache.get(unit)!;
    };
    const years = formatYears(yearsOf(occasion));
    return {
      id: occasionId(occasion),
      occasion,
      title: occasionTitle(lang, site, occasion),
      note: provisional ? tr(lang, 'occasion.provisional', { years, date: formatDate(lang, site.buildDate) }) : tr(lang, 'occasion.years', { years, rankYear: rankYearOf(occasion) }),
      provisional,
      lists: awards.flatMap((award) => award.units.map((unit) => listOf(lang, site, award, unit, factsOf(unit), occasion, phaseName))),
    };
  });
}

// Rankings as pages show them: the composite score of every ward (or school)
// for the latest due year, ranked by the rules (src/core/rules/rank.ts), with
// the change since the previous year, each criterion's part beside its
// maximum, coverage, cautions, and the unranked with their reasons; also the
// ranking within one criterion. Pure and isomorphic (schools of a many-ward
// plan come from schools.json, passed in).
import type { MeasureRow } from '../core/measure-sql.ts';
import type { Measure, Phase } from '../core/plan-schema.ts';
import { hasReported, isDue, phaseForYear, planYearsOf, rankChangeOf, rankUnits, scoreUnitOf, type RankChange, type UnitScoreDetail } from '../core/rules/index.ts';
import { levelApplies } from '../core/school-levels.ts';
import type { Lang } from '../i18n/index.ts';
import { formatNumber } from '../i18n/format.ts';
import { tj } from '../i18n/judgement.ts';
import type { SchoolDetail, SiteData } from '../site-data/types.ts';

/** A unit that can be scored: its figure per measure and year, and whether a measure concerns it. */
export interface ScoredUnit {
  code: string;
  name: string;
  /** Reporting schools in a year (wards only). */
  schools?: (year: number) => number;
  row: (measure: Measure, year: number) => MeasureRow | undefined;
  applies: (measure: Measure) => boolean;
}

const reporting = (_site: SiteData, year: number) => (s: SiteData['schools'][number]) => hasReported(s.states[String(year)]);

/** The wards of a plan as scored units. */
export function wardUnits(site: SiteData): ScoredUnit[] {
  return site.wards.map((w) => ({
    code: w.code,
    name: w.name,
    schools: (year) => site.schools.filter((s) => s.ward === w.code).filter(reporting(site, year)).length,
    row: (m, year) => site.measures[m.id]?.byWardYear.find((r) => r.ward_code === w.code && r.year === year),
    applies: (m) => (site.measures[m.id]?.applicableByWard[w.code] ?? 0) > 0,
  }));
}

/** The schools of a plan as scored units: rows from bySchoolYear (one-ward plans) or from schools.json. */
export function schoolUnits(site: SiteData, details?: Record<string, SchoolDetail>): ScoredUnit[] {
  return site.schools.map((s) => ({
    code: s.code,
    name: s.name,
    row: (m, year) => (details ? details[s.code]?.measures[m.id]?.find((r) => r.year === year) : site.measures[m.id]?.bySchoolYear.find((r) => r.school_code === s.code && r.year === year)),
    applies: (m) => levelApplies(s.level, m.levels),
  }));
}

/** The units a plan ranks: wards, or schools in a one-ward plan. */
export function unitsOf(site: SiteData): ScoredUnit[] {
  return site.unitGroup === 'ward_code' ? wardUnits(site) : schoolUnits(site);
}

/** The latest year whose reports are due and that has accepted reports, and the year before it. */
export function rankingYears(site: SiteData): { year: number | null; previous: number | null; open: number | null } {
  const withReports = site.reportYears.filter((y) => site.schools.some(reporting(site, y)));
  const due = withReports.filter((y) => isDue(site.plan, y, site.buildDate));
  const year = due[due.length - 1] ?? null;
  const years = planYearsOf(site.plan);
  const before = year === null ? undefined : years[years.indexOf(year) - 1];
  const open = withReports.filter((y) => !isDue(site.plan, y, site.buildDate)).pop() ?? null;
  return { year, previous: before !== undefined && due.includes(before) ? before : null, open };
}

export interface RankingRow {
  code: string;
  name: string;
  rank: number | null;
  score: number | null;
  /** "72,35". */
  scoreText: string;
  coverage: number | null;
  coverageText: string;
  change: RankChange | null;
  changeText: string;
  /** A caution in words, or null. */
  caution: string | null;
  schools: number | null;
  /** Why it is not ranked, in words. */
  reasons: string[];
  /** Each criterion's part beside its maximum ("TC2: 10,20/11,11"; TCn is the plan's n-th criterion), in plan order. */
  parts: { id: string; title: string; text: string }[];
  detail: UnitScoreDetail;
}

export interface RankingView {
  year: number | null;
  previous: number | null;
  /** A later year with reports that is not yet due (the ranking does not use it). */
  open: number | null;
  phase: Phase | null;
  ranked: RankingRow[];
  unranked: RankingRow[];
  top: RankingRow[];
  bottom: RankingRow[];
}

/** Only the criterion's part counts when ranking within one criterion. */
function scoreOf(site: SiteData, unit: ScoredUnit, year: number, criterionId?: string): UnitScoreDetail {
  const criteria = criterionId ? site.plan.criteria.filter((c) => c.id === criterionId) : site.plan.criteria;
  return scoreUnitOf({ ...site.plan, criteria }, year, { figure: (m) => unit.row(m, year), applies: unit.applies });
}

function rankYear(site: SiteData, units: readonly ScoredUnit[], year: number, criterionId?: string) {
  const scored = new Map(units.map((u) => [u.code, scoreOf(site, u, year, criterionId)]));
  const ranking = rankUnits(
    units.map((u) => ({ code: u.code, name: u.name, score: scored.get(u.code)!.score, coverage: scored.get(u.code)!.coverage, ...(u.schools ? { schools: u.schools(year) } : {}) })),
    site.plan.method,
  );
  return { ranking, scored };
}

export function rankingView(lang: Lang, site: SiteData, options: { units?: ScoredUnit[]; criterion?: string; size?: number } = {}): RankingView {
  const units = options.units ?? unitsOf(site);
  const { year, previous, open } = rankingYears(site);
  const empty = { year, previous, open, phase: null, ranked: [], unranked: [], top: [], bottom: [] };
  if (year === null) return empty;
  const method = site.plan.method;
  const current = rankYear(site, units, year, options.criterion);
  const before = previous === null ? null : rankYear(site, units, previous, options.criterion).ranking;
  const previousRank = new Map(before?.ranked.map((u) => [u.code, u.rank]) ?? []);
  const pct = (v: number | null) => (v === null ? '—' : `${formatNumber(lang, 100 * v, 0)}${lang === 'vi' ? '\u00a0%' : '%'}`);
  const titles = new Map(site.plan.criteria.map((c, i) => [c.id, tj(lang, 'score.partLabel', { n: i + 1 })]));
  const rowOf = (u: { code: string; name: string; score: number | null; coverage: number | null; schools?: number }, rank: number | null, caution: boolean, reasons: string[]): RankingRow => {
    const detail = current.scored.get(u.code)!;
    // Not ranked last year (or no year before this one): "mới", as the method says.
    const change = rank === null ? null : rankChangeOf(rank, previousRank.get(u.code), method.noisePlaces);
    return {
      code: u.code,
      name: u.name,
      rank,
      score: u.score,
      scoreText: u.score === null ? '—' : formatNumber(lang, u.score, 2, true),
      coverage: u.coverage,
      coverageText: pct(u.coverage),
      change,
      changeText: changeText(lang, change),
      caution: caution ? tj(lang, 'score.caution', { count: formatNumber(lang, u.schools ?? 0) }) : null,
      schools: u.schools ?? null,
      reasons,
      parts: detail.criteria.filter((c) => c.score !== null).map((c) => ({ id: c.id, title: titles.get(c.id) ?? c.id, text: tj(lang, 'score.outOf', { score: formatNumber(lang, c.part, 2, true), max: formatNumber(lang, c.max, 2, true) }) })),
      detail,
    };
  };
  const reason = (r: string) => tj(lang, `score.reason.${r}` as 'score.reason.no_score', { min: r === 'few_schools' ? formatNumber(lang, method.minSchools) : pct(method.minCoverage) });
  const ranked = current.ranking.ranked.map((u) => rowOf(u, u.rank, u.caution, []));
  const unranked = current.ranking.unranked.map((u) => rowOf(u, null, false, u.reasons.map(reason)));
  const size = options.size ?? 5;
  return {
    year,
    previous,
    open,
    phase: phaseForYear(site.plan, year) ?? null,
    ranked,
    unranked,
    top: ranked.slice(0, size),
    bottom: ranked.length > size ? ranked.slice(Math.max(size, ranked.length - size)).reverse() : [],
  };
}

export function changeText(lang: Lang, change: RankChange | null): string {
  if (!change) return '';
  if (change.kind === 'new') return tj(lang, 'score.new');
  if (change.places === 0) return tj(lang, 'score.same');
  const text = tj(lang, change.places > 0 ? 'score.up' : 'score.down', { count: formatNumber(lang, Math.abs(change.places)) });
  return change.withinNoise ? `${text} (${tj(lang, 'score.noise')})` : text;
}

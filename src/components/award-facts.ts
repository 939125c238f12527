// The facts an award's conditions are checked on, per unit and occasion: rank
// and score (rankingView), the statuses of the occasion's phase
// (judgeMeasures), the share of schools on time and the incident counts per
// year considered (src/core/rules). In: SiteData, schools.json. Pure.
import type { Award } from '../core/plan-schema.ts';
import { judgedValueOf, phaseForYear, rankYearOf, yearsOf, type AwardFacts, type Occasion } from '../core/rules/index.ts';
import type { Lang } from '../i18n/index.ts';
import type { SchoolDetail, SiteData } from '../site-data/types.ts';
import { rankingView, schoolUnits, wardUnits, type RankingRow, type ScoredUnit } from './ranking-view.ts';
import { judgeMeasures, schoolUnit, wardUnit, type JudgedMeasure } from './unit-view.ts';

export type AwardUnit = Award['units'][number];

export interface UnitFacts {
  code: string;
  name: string;
  /** The ward's name, for a school. */
  ward: string | null;
  row: RankingRow;
  /** How many units of this kind were ranked. */
  rankedCount: number;
  facts: AwardFacts;
  /** The measures judged (with a target), when an on-track condition needs them. */
  judged: JudgedMeasure[];
}

/** The on-time share of a year: schools of `codes` with an on-time report among those expected. */
function onTimeShare(site: SiteData, codes: ReadonlySet<string>, year: number): number | null {
  const expected = site.schools.filter((s) => codes.has(s.code) && s.states[String(year)] !== undefined && s.states[String(year)] !== 'not_expected');
  return expected.length === 0 ? null : expected.filter((s) => s.states[String(year)] === 'on_time').length / expected.length;
}

/** Every unit of a kind with its facts for an occasion; statuses only when `withStatuses`. */
export function unitFacts(lang: Lang, site: SiteData, details: Record<string, SchoolDetail>, kind: AwardUnit, occasion: Occasion, withStatuses: boolean): UnitFacts[] {
  const units: ScoredUnit[] = kind === 'ward' ? wardUnits(site) : schoolUnits(site, details);
  const year = rankYearOf(occasion);
  const years = yearsOf(occasion);
  const ranking = rankingView(lang, site, { units, year });
  const rows = new Map([...ranking.ranked, ...ranking.unranked].map((r) => [r.code, r]));
  const phase = occasion.kind === 'yearly' ? phaseForYear(site.plan, year)! : site.plan.phases.find((p) => p.id === occasion.phase)!;
  const countMeasures = site.plan.criteria.flatMap((c) => c.measures).filter((m) => m.kind === 'total' || m.kind === 'per-school');
  const wardNames = new Map(site.wards.map((w) => [w.code, w.name]));
  return units.map((unit) => {
    const school = kind === 'school' ? site.schools.find((s) => s.code === unit.code)! : null;
    const codes = new Set(school ? [school.code] : site.schools.filter((s) => s.ward === unit.code).map((s) => s.code));
    const judged = withStatuses
      ? judgeMeasures(lang, site, phase, school ? schoolUnit(school, details[school.code]) : wardUnit(site, unit.code)).filter((j) => j.judgement.status !== 'no_target')
      : [];
    const incidents = Object.fromEntries(countMeasures.map((m) => [m.id, years.map((y) => (unit.applies(m) ? judgedValueOf(m.kind, unit.row(m, y), site.plan.method.counts) : null))]));
    const row = rows.get(unit.code)!;
    return {
      code: unit.code,
      name: unit.name,
      ward: school ? (wardNames.get(school.ward) ?? null) : null,
      row,
      rankedCount: ranking.ranked.length,
      facts: { rank: row.rank, score: row.score, statuses: judged.map((j) => j.judgement.status), onTime: years.map((y) => onTimeShare(site, codes, y)), incidents },
      judged,
    };
  });
}

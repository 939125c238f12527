// A unit's measures judged for a phase, as the rows of a page's status table:
// the figure judged (with its year), τ, the status in words, the projection.
// Units: the whole plan, a ward, or a school (its rows from schools.json).
// Pure and isomorphic; pages only lay these rows out.
import type { MeasureRow } from '../core/measure-sql.ts';
import type { Criterion, Measure, Phase } from '../core/plan-schema.ts';
import { hasReported, phaseInView, type MeasureJudgement, type UnitLevel } from '../core/rules/index.ts';
import { levelApplies } from '../core/school-levels.ts';
import type { Lang } from '../i18n/index.ts';
import { formatValue } from '../i18n/format.ts';
import type { SchoolDetail, SiteData, SiteSchool } from '../site-data/types.ts';
import { describeJudgement, judgedUnit, judgeUnit, type StatusView } from './judgement-view.ts';

export interface JudgedUnit {
  level: UnitLevel;
  /** The unit's rows of a measure, one per year. */
  rows: (measure: Measure) => readonly MeasureRow[];
  /** Whether the measure concerns the unit (its schools' levels). */
  applies: (measure: Measure) => boolean;
}

export function planUnit(site: SiteData): JudgedUnit {
  return { level: 'plan', rows: (m) => site.measures[m.id]?.byYear ?? [], applies: () => true };
}

export function wardUnit(site: SiteData, wardCode: string): JudgedUnit {
  return {
    level: 'ward',
    rows: (m) => (site.measures[m.id]?.byWardYear ?? []).filter((r) => r.ward_code === wardCode),
    applies: (m) => (site.measures[m.id]?.applicableByWard[wardCode] ?? 0) > 0,
  };
}

export function schoolUnit(school: SiteSchool, detail: SchoolDetail | undefined): JudgedUnit {
  return { level: 'school', rows: (m) => detail?.measures[m.id] ?? [], applies: (m) => levelApplies(school.level, m.levels) };
}

/** The phase the site judges now (src/core/rules phaseInView). */
export function phaseInViewOf(site: SiteData): Phase {
  const years = site.reportYears.filter((y) => site.schools.some((s) => hasReported(s.states[String(y)])));
  return phaseInView(site.plan, site.buildDate, years);
}

export interface JudgedMeasure {
  criterion: Criterion;
  measure: Measure;
  judgement: MeasureJudgement;
  status: StatusView;
  /** "30,3 % (2026)", or null when nothing was judged. */
  judged: string | null;
  /** The projection to the phase end, in words, or null. */
  projection: string | null;
}

/** Every measure that concerns the unit, judged for `phase`. */
export function judgeMeasures(lang: Lang, site: SiteData, phase: Phase, unit: JudgedUnit): JudgedMeasure[] {
  const { plan } = site;
  return plan.criteria.flatMap((criterion) =>
    criterion.measures.filter(unit.applies).map((measure) => {
      const judgement = judgeUnit(plan, measure, phase, unit.rows(measure), site.buildDate, unit.level);
      const unitText = judgedUnit(lang, measure, plan.method.counts);
      const fmt = (v: number) => formatValue(lang, v, unitText, judgement.digits);
      return {
        criterion,
        measure,
        judgement,
        status: describeJudgement(lang, plan, measure, judgement),
        judged: judgement.latest ? `${fmt(judgement.latest.value)} (${judgement.latest.year})` : null,
        projection: judgement.projection ? `${fmt(judgement.projection.value)} (${judgement.projection.toYear})` : null,
      };
    }),
  );
}

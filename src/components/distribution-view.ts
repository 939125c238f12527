// The distribution chart's rows and options for a measure across units in a
// year: counts compared per school (or per 100 learners), never as raw
// totals; the target is τ of the year's phase, written the one way
// (targetText). comparableRows and targetOfYear run again in the browser.
import type { MeasureRow } from '../core/measure-sql.ts';
import type { Measure, Method } from '../core/plan-schema.ts';
import { isCount, judgedDigitsOf, judgedValueOf, phaseForYear, phaseTarget } from '../core/rules/index.ts';
import { digitsOf } from '../core/rules/targets.ts';
import { levelApplies } from '../core/school-levels.ts';
import { pick, type Lang } from '../i18n/index.ts';
import type { DistributionOptions } from '../charts/distribution.ts';
import type { SiteData } from '../site-data/types.ts';
import { judgedUnit, targetText } from './judgement-view.ts';
import { unitNames, unitRows } from './plan-view.ts';

export interface Comparable {
  kind: Measure['kind'];
  counts: Method['counts'];
  /** The learners indicator the query must sum (counts per 100 learners only). */
  learners?: string;
}

/** Rows as units are compared: a count's value per school (or per 100 learners). */
export function comparableRows<R extends MeasureRow>(rows: readonly R[], how: Comparable): R[] {
  if (!isCount(how.kind)) return [...rows];
  return rows.map((r) => ({ ...r, value: judgedValueOf(how.kind, r, how.counts) }));
}

/**
 * Units the measure does not concern at all (no school at its levels) as
 * "not applicable" rows, never "no data 0/0/0": a preschool has no
 * teaching-score to report. `codes` are those units.
 */
export function withNotApplicable<R extends MeasureRow>(rows: readonly R[], group: 'ward_code' | 'school_code', codes: readonly string[]): R[] {
  const present = new Set(rows.map((r) => r[group]));
  const added = codes.filter((c) => !present.has(c)).map((code) => ({ [group]: code, value: null, numerator: null, denominator: null, schools_value: 0, schools_missing: 0, schools_na: 1 }) as unknown as R);
  return [...rows, ...added];
}

/** The units (wards, or schools in a one-ward plan) the measure concerns no school of. */
export function notApplicableUnits(site: SiteData, measure: Measure): string[] {
  if (site.unitGroup === 'school_code') return site.schools.filter((s) => !levelApplies(s.level, measure.levels)).map((s) => s.code);
  const applicable = site.measures[measure.id]?.applicableByWard ?? {};
  return site.wards.filter((w) => (applicable[w.code] ?? 0) === 0).map((w) => w.code);
}

export type YearTargets = Record<string, { year: number; value: number; official: boolean }>;

/** τ of each report year's phase, by year. */
export function yearTargets(site: SiteData, measure: Measure): YearTargets {
  const entries = site.reportYears.flatMap((y) => {
    const phase = phaseForYear(site.plan, y);
    const target = phase ? phaseTarget(measure, site.plan.phases, phase) : null;
    return target ? [[String(y), { year: target.year, value: target.value, official: target.official }] as const] : [];
  });
  return Object.fromEntries(entries);
}

/** The target options of a year: value and how it is written. */
export function targetOfYear(lang: Lang, targets: YearTargets, year: number, unit: string, digits: number): Pick<DistributionOptions, 'target' | 'targetLabel'> {
  const target = targets[String(year)];
  return target ? { target: target.value, targetLabel: targetText(lang, target.value, unit, digits, target, year) } : { target: null };
}

export function distributionView(lang: Lang, site: SiteData, measure: Measure, year: number) {
  const how: Comparable = { kind: measure.kind, counts: site.plan.method.counts, ...(site.plan.method.counts === 'per-100-learners' && isCount(measure.kind) ? { learners: site.plan.method.learners } : {}) };
  const unit = isCount(measure.kind) ? judgedUnit(lang, measure, how.counts) : pick(lang, measure.unit);
  const digits = isCount(measure.kind) ? judgedDigitsOf(measure.kind) : digitsOf(measure.kind);
  const targets = yearTargets(site, measure);
  const plain = comparableRows((site.measures[measure.id]?.byYear ?? []).filter((r) => r.year === year), how)[0];
  const options: Omit<DistributionOptions, 'document' | 'width'> = {
    lang,
    label: pick(lang, measure.label),
    unit,
    digits,
    direction: measure.direction,
    group: site.unitGroup,
    names: unitNames(site),
    year,
    ...targetOfYear(lang, targets, year, unit, digits),
    reference: plain?.value ?? null,
  };
  const notApplicable = notApplicableUnits(site, measure);
  const rows = withNotApplicable(comparableRows(unitRows(site, measure.id, year), how), site.unitGroup, notApplicable);
  return { rows, options, extra: { targets, comparable: how, notApplicable } };
}

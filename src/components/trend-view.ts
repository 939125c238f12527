// The trend chart's options for a measure: its targets (with the illustrative
// mark), the baseline tick, provisional years, τ of the phase in view and the
// projection to the phase's end at the current pace — or the words saying
// there are too few years. trendProjection runs again in the browser on
// filtered rows, with the spec the page ships.
import type { MeasureRow } from '../core/measure-sql.ts';
import type { Measure, Phase } from '../core/plan-schema.ts';
import { boundsOf, planYearsOf, projectionOf, targetPoints, type JudgeSpec, type Point } from '../core/rules/index.ts';
import { digitsOf } from '../core/rules/targets.ts';
import { pick, type Lang } from '../i18n/index.ts';
import { tj } from '../i18n/judgement.ts';
import type { TrendOptions, TrendProjection } from '../charts/trend.ts';
import type { SiteData } from '../site-data/types.ts';
import { specFor } from './judgement-view.ts';

/** The plotted series' projection: due window years with a value, OLS to the phase end. */
export function trendProjection(lang: Lang, spec: JudgeSpec, rows: readonly (Pick<MeasureRow, 'value'> & { year?: number })[]): { projection: TrendProjection | null; noProjection?: string } {
  const points: Point[] = spec.due.flatMap((year) => {
    const value = rows.find((r) => r.year === year)?.value;
    return value === null || value === undefined ? [] : [{ year, value }];
  });
  const latest = points[points.length - 1];
  if (latest && latest.year >= spec.phaseEnd) return { projection: null };
  const projection = projectionOf(points, spec.phaseEnd, boundsOf(spec.kind));
  if (!projection) return { projection: null, noProjection: tj(lang, 'projection.none', { count: points.length }) };
  return { projection: { fromYear: projection.fromYear, fromValue: projection.fromValue, toYear: projection.toYear, value: projection.value } };
}

export type TrendChartOptions = Omit<TrendOptions, 'document' | 'width'>;

/** Options for trendChart and the spec the browser needs to redo the projection. */
export function trendView(lang: Lang, site: SiteData, measure: Measure, phase: Phase, rows: readonly MeasureRow[]): { options: TrendChartOptions; spec: JudgeSpec } {
  const { plan } = site;
  const spec = specFor(plan, measure, phase, site.buildDate, 'plan');
  const lastYear = site.reportYears[site.reportYears.length - 1] ?? plan.period.start - 1;
  const options: TrendChartOptions = {
    lang,
    label: pick(lang, measure.label),
    unit: pick(lang, measure.unit),
    digits: digitsOf(measure.kind),
    direction: measure.direction,
    targets: targetPoints(measure, plan.phases).map((p) => ({ year: p.year, value: p.value, official: p.official })),
    years: planYearsOf(plan),
    lastYear,
    ...(plan.baselineYear !== undefined ? { baselineYear: plan.baselineYear } : {}),
    openYears: site.reportYears.filter((y) => !spec.due.includes(y) && spec.open.includes(y)),
    phaseTarget: spec.target ? { year: spec.target.year, value: spec.target.value, official: spec.target.official } : null,
    ...trendProjection(lang, spec, rows),
  };
  return { options, spec };
}

// The method page's content for a plan: the status table of
// shared/method/judgement.md with the thresholds in force, and every
// parameter of the plan's method (its own values, else the defaults), so the
// published method is always the one applied. Pure and isomorphic.
import type { Plan } from '../core/plan-schema.ts';
import type { Status } from '../core/rules/index.ts';
import { pick, type Lang } from '../i18n/index.ts';
import { formatNumber } from '../i18n/format.ts';
import { tj, type JudgementKey } from '../i18n/judgement.ts';
import { deadlineText } from './plan-view.ts';

export interface MethodRow {
  order: number;
  condition: string;
  status: Status;
  label: string;
}

export interface MethodView {
  statuses: MethodRow[];
  parameters: { label: string; value: string }[];
  words: string[];
  texts: { pace: string; tags: string; counts: string; projection: string; score: string; coverage: string; rank: string };
}

export function methodView(lang: Lang, plan: Plan): MethodView {
  const m = plan.method;
  const num = (v: number, digits = 2) => formatNumber(lang, v, digits);
  const pct = (v: number) => `${formatNumber(lang, 100 * v, 0)}${lang === 'vi' ? '\u00a0%' : '%'}`;
  const status = (order: number, key: JudgementKey, s: Status, values: Record<string, string> = {}): MethodRow => ({ order, condition: tj(lang, key, values), status: s, label: tj(lang, `status.${s}`) });
  const thresholds = { onTrack: num(m.onTrack), atRisk: num(m.atRisk) };
  const deadline = `${String(plan.deadline.day).padStart(2, '0')}/${String(plan.deadline.month).padStart(2, '0')}`;
  const counts = tj(lang, m.counts === 'per-school' ? 'method.countsPerSchool' : 'method.countsPer100');
  const ceilings = Object.entries(m.ceilings).map(([id, f]) => {
    const measure = plan.criteria.flatMap((c) => c.measures).find((x) => x.id === id);
    return `${measure ? pick(lang, measure.label) : id}: ${num(f)}`;
  });
  return {
    statuses: [
      status(1, 'method.c1', 'no_target'),
      status(2, 'method.c2', 'no_data'),
      status(3, 'method.c3', 'met'),
      status(4, 'method.c4', 'not_met'),
      status(5, 'method.c5', 'not_enough_data'),
      status(6, 'method.c6', 'off_track'),
      status(7, 'method.c7', 'on_track', thresholds),
      status(8, 'method.c8', 'at_risk', thresholds),
      status(9, 'method.c9', 'off_track', thresholds),
    ],
    parameters: [
      { label: tj(lang, 'method.p.onTrack'), value: thresholds.onTrack },
      { label: tj(lang, 'method.p.atRisk'), value: thresholds.atRisk },
      { label: tj(lang, 'method.p.minCoverage'), value: pct(m.minCoverage) },
      { label: tj(lang, 'method.p.minSchools'), value: formatNumber(lang, m.minSchools) },
      { label: tj(lang, 'method.p.cautionSchools'), value: formatNumber(lang, m.cautionSchools) },
      { label: tj(lang, 'method.p.counts'), value: counts },
      { label: tj(lang, 'method.p.ceiling'), value: [num(m.ceiling), ...ceilings].join('; ') },
      { label: tj(lang, 'method.p.noise'), value: tj(lang, 'method.places', { count: `1–${m.noisePlaces}` }) },
      { label: tj(lang, 'method.p.baseline'), value: plan.baselineYear === undefined ? tj(lang, 'method.none') : String(plan.baselineYear) },
      { label: tj(lang, 'method.p.deadline'), value: deadlineText(lang, plan) },
    ],
    words: [
      tj(lang, 'method.wordUnit'),
      tj(lang, 'method.wordMeasure'),
      tj(lang, 'method.wordWindow', { baseline: plan.baselineYear === undefined ? '' : ` (${plan.baselineYear})` }),
      tj(lang, 'method.wordTarget'),
      tj(lang, 'method.wordMeets'),
      tj(lang, 'method.wordDue', { deadline }),
    ],
    texts: {
      pace: tj(lang, 'method.pace'),
      tags: tj(lang, 'method.tags'),
      counts: tj(lang, 'method.counts', { counts }),
      projection: tj(lang, 'method.projection'),
      score: tj(lang, 'method.score', { ceiling: num(m.ceiling) }),
      coverage: tj(lang, 'method.coverage'),
      rank: tj(lang, 'method.rank', { coverage: pct(m.minCoverage), minSchools: formatNumber(lang, m.minSchools), caution: formatNumber(lang, m.cautionSchools), noise: String(m.noisePlaces) }),
    },
  };
}

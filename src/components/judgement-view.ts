// Statuses as pages show them: a measure's judgement for a unit and phase in
// words, always with the year and the target it was judged against, the
// unofficial mark, tags and the projection; and the one way a target is
// written ("50 %* (2027)"). Pure and isomorphic: the browser's filters call
// the same functions. In: SiteData pieces and src/core/rules results.
import type { MeasureRow } from '../core/measure-sql.ts';
import { deadlineOf, type Measure, type Phase, type Plan } from '../core/plan-schema.ts';
import { STATUSES, judgeSpecOf, judgeRows, type JudgeSpec, type MeasureJudgement, type Status, type TargetPoint, type UnitLevel } from '../core/rules/index.ts';
import { pick, type Lang } from '../i18n/index.ts';
import { formatDate, formatNumber, formatValue } from '../i18n/format.ts';
import { tj } from '../i18n/judgement.ts';

export interface StatusView {
  status: Status;
  /** "Đúng tiến độ". */
  label: string;
  /** "đang giảm", "mới có 2 năm số liệu". */
  tags: string[];
  /** What it was judged on: "số liệu năm 2026 so với chỉ tiêu 50 %* năm 2027". */
  basis: string;
  /** The projection or the gap, when the status uses one. */
  detail: string | null;
  /** The gap alone (status "not enough data"), for tables that show the projection in its own column. */
  gap: string | null;
  /** The target judged against is not in an issued document. */
  unofficial: boolean;
}

/** Unit and digits a measure's judged values are written with (counts per institution). */
export function judgedUnit(lang: Lang, measure: Pick<Measure, 'kind' | 'unit'>, counts: Plan['method']['counts']): string {
  const unit = pick(lang, measure.unit);
  if (measure.kind !== 'total') return unit;
  return `${unit}${counts === 'per-100-learners' ? (lang === 'vi' ? '/100 học sinh' : '/100 learners') : lang === 'vi' ? '/cơ sở' : '/institution'}`;
}

/**
 * A target as written everywhere: value, the unofficial mark, and its year
 * when it is not the year shown, or always ("50 %* (2027)").
 */
export function targetText(lang: Lang, value: number, unit: string, digits: number, target: { year: number; official: boolean }, shownYear?: number | 'always'): string {
  const mark = target.official ? '' : tj(lang, 'unofficial.mark');
  const withYear = shownYear === 'always' || (shownYear !== undefined && target.year !== shownYear);
  return `${formatValue(lang, value, unit, digits)}${mark}${withYear ? ` (${target.year})` : ''}`;
}

/** A measure's target point in its display unit and precision. */
export function measureTargetText(lang: Lang, plan: Pick<Plan, 'method'>, measure: Measure, target: TargetPoint, digits: number, shownYear?: number | 'always'): string {
  return targetText(lang, target.value, judgedUnit(lang, measure, plan.method.counts), digits, target, shownYear);
}

export function statusLabel(lang: Lang, status: Status): string {
  return tj(lang, `status.${status}`);
}

/** The judgement spec of a measure for a unit level in a phase (travels to the browser). */
export function specFor(plan: Plan, measure: Measure, phase: Phase, buildDate: string, level: UnitLevel): JudgeSpec {
  return judgeSpecOf(plan, measure, phase, buildDate, level);
}

/** Judge a unit's rows by year for a measure in a phase. */
export function judgeUnit(plan: Plan, measure: Measure, phase: Phase, rows: readonly MeasureRow[], buildDate: string, level: UnitLevel): MeasureJudgement {
  return judgeRows(specFor(plan, measure, phase, buildDate, level), rows);
}

export interface DescribeInput {
  lang: Lang;
  /** The measure's unit in the reader's language, as judged (counts per institution). */
  unit: string;
  phaseName: string;
  deadline: { month: number; day: number };
  judgement: MeasureJudgement;
}

/** A judgement in words. Takes only JSON-able inputs, so the browser can call it too. */
export function describe(input: DescribeInput): StatusView {
  const { lang, unit, judgement: j } = input;
  const fmt = (v: number) => formatValue(lang, v, unit, j.digits);
  const target = j.target ? targetText(lang, j.target.value, unit, j.digits, j.target) : '';
  const phase = input.phaseName;
  let basis: string;
  if (j.status === 'no_target') basis = tj(lang, 'basis.noTarget', { phase });
  else if (j.status === 'not_yet_due') basis = tj(lang, 'basis.notYetDue', { target, targetYear: j.target!.year, phase });
  else if (j.status === 'no_data') basis = tj(lang, 'basis.noData', { phase });
  else basis = tj(lang, 'basis.judged', { year: j.year!, target, targetYear: j.target!.year });
  if (j.provisional) {
    basis += `; ${tj(lang, 'basis.provisional', { year: j.provisional.year, value: fmt(j.provisional.value), deadline: formatDate(lang, deadlineOf(input, j.provisional.year)) })}`;
  }
  const gap = j.status === 'not_enough_data' && j.gap !== null ? tj(lang, 'basis.gap', { gap: formatValue(lang, j.gap, unit === '%' ? tj(lang, 'unit.points') : unit, j.digits) }) : null;
  const detail = gap ?? (j.projection && j.status !== 'no_target' && j.status !== 'met' ? tj(lang, 'basis.projection', { year: j.projection.toYear, value: fmt(j.projection.value) }) : null);
  return {
    status: j.status,
    label: statusLabel(lang, j.status),
    tags: j.tags.map((tag) => tj(lang, `tag.${tag}`)),
    basis,
    detail,
    gap,
    unofficial: j.target !== null && !j.target.official && j.status !== 'no_target',
  };
}

/** Describe a measure's judgement with the plan at hand. */
export function describeJudgement(lang: Lang, plan: Plan, measure: Measure, judgement: MeasureJudgement): StatusView {
  const phase = plan.phases.find((p) => p.id === judgement.phase)!;
  return describe({ lang, unit: judgedUnit(lang, measure, plan.method.counts), phaseName: pick(lang, phase.name), deadline: plan.deadline, judgement });
}

/** "13 chỉ số: 2 đã đạt, 3 đúng tiến độ, …" in the table's order. */
export function statusCountsText(lang: Lang, statuses: readonly Status[]): string {
  const list = STATUSES.filter((s) => statuses.includes(s)).map((s) => `${formatNumber(lang, statuses.filter((x) => x === s).length)} ${statusLabel(lang, s).toLowerCase()}`);
  return tj(lang, 'judgement.counts', { count: formatNumber(lang, statuses.length), list: list.join(', ') });
}

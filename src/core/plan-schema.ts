// The schema of a plan file (data/plans/<plan-id>/plan.json). Plan files enter
// as unknown JSON and leave as a typed Plan, or as a list of friendly problems.
import { z } from 'zod';
import { LEVELS } from './school-levels.ts';
import { checkPlan } from './plan-checks.ts';
import { LEVEL_DIGITS, levelsSchema, templateSchema } from './template-schema.ts';

const text = z.object({
  /** Vietnamese wording (shown by default). */
  vi: z.string().min(1),
  /** English wording (shown under /en/). */
  en: z.string().min(1),
});

const year = z.number().int().min(2000).max(2100);

const targetSchema = z
  .object({
    /** The year the target is for; give either year or phase. */
    year: year.optional(),
    /** The phase (by id) the target is for, judged on the phase's last year. */
    phase: z.string().optional(),
    /** Target value, in the measure's unit. */
    value: z.number(),
    /** Where the number comes from: the document's clause, or "plan parameter". */
    source: text,
    /** True only when the number is quoted from an issued document. Default false. */
    official: z.boolean().default(false),
  })
  .refine((t) => (t.year === undefined) !== (t.phase === undefined), {
    message: 'a target names exactly one of "year" or "phase"',
  });

const measureSchema = z
  .object({
    /** Stable id, unique in the plan (used in URLs and data files). */
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: text,
    /**
     * How school reports combine into the figure:
     * ratio = Σnumerator / Σdenominator × 100; share-yes = % of reporting schools
     * answering yes; mean = mean of school scores; total = Σ count;
     * per-school = Σ count / reporting schools.
     */
    kind: z.enum(['ratio', 'share-yes', 'mean', 'total', 'per-school']),
    /** The plan's template indicator measured (the numerator for a ratio); checked in plan-checks.ts. */
    indicator: z.string(),
    /** For kind ratio: the plan's template indicator that is the denominator. */
    denominator: z.string().optional(),
    /** Display unit: "%", "điểm", "sáng kiến"… Default "%". */
    unit: text.default({ vi: '%', en: '%' }),
    /** Which way is better. Default "up". */
    direction: z.enum(['up', 'down']).default('up'),
    /** School-level digits the measure applies to (1,2,3,4,5,6). Default all. */
    levels: levelsSchema.default([...LEVEL_DIGITS]),
    /** Targets by year or phase. Default none. */
    targets: z.array(targetSchema).default([]),
    /** Weight in the criterion's composite score. Default 1. */
    weight: z.number().positive().default(1),
  })
  .refine((m) => (m.kind === 'ratio') === (m.denominator !== undefined), {
    message: 'a ratio names a "denominator"; other kinds do not',
  });

const criterionSchema = z.object({
  /** Stable id, unique in the plan (used in URLs). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Who the criterion is for, as the seed document groups them. */
  subject: z.enum(['organisation', 'individual']),
  /** The criterion as the seed document words it. */
  title: text,
  /** The movement it belongs to (e.g. "Bình dân học vụ số"); default the plan's. */
  movement: text.optional(),
  /** Weight in the plan's composite score. Default 1. */
  weight: z.number().positive().default(1),
  measures: z.array(measureSchema).min(1),
});

const phaseSchema = z.object({
  /** Stable id ("1", "2"), used in URLs. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: text,
  /** The years as the document states them, e.g. "2027–2030". */
  statedAs: z.string(),
  /** The report years whose data belong to this phase (no year in two phases). */
  years: z.array(year).min(1),
  /** The review that closes the phase. */
  review: z.object({ kind: z.enum(['so-ket', 'tong-ket']), year, name: text }),
});

// ---- Judgement method and baseline (issue 6; shared/method/judgement.md) ----
// Kept in one block: each field is optional in plan.json and defaults to the
// method's published value; the method page prints the values in force.

const methodSchema = z
  .object({
    /** Pace P at or above this is "on track". Default 0.95. */
    onTrack: z.number().gt(0).default(0.95),
    /** Pace P at or above this (below onTrack) is "at risk", below it "off track". Default 0.6. */
    atRisk: z.number().min(0).default(0.6),
    /** A unit is ranked only with at least this coverage, 0–1. Default 0.8. */
    minCoverage: z.number().min(0).max(1).default(0.8),
    /** A ward is ranked only with at least this many reporting schools. Default 3. */
    minSchools: z.number().int().min(1).default(3),
    /** A ranked ward with fewer reporting schools than this carries a caution. Default 5. */
    cautionSchools: z.number().int().min(1).default(5),
    /** How counts are compared across units and with their targets. Default "per-school". */
    counts: z.enum(['per-school', 'per-100-learners']).default('per-school'),
    /** The template indicator counted as learners, for counts per 100 learners. Default "so_hoc_sinh". */
    learners: z.string().default('so_hoc_sinh'),
    /** f: a lower-is-better measure scores 0 at this value or above (in the compared unit). Default 2. */
    ceiling: z.number().positive().default(2),
    /** f for single measures, by measure id. Default none. */
    ceilings: z.record(z.string(), z.number().positive()).default({}),
    /** A change of rank of at most this many places is said to be within noise. Default 2. */
    noisePlaces: z.number().int().min(0).default(2),
  })
  .refine((m) => m.atRisk < m.onTrack, { message: '"atRisk" must be below "onTrack"' })
  .refine((m) => m.cautionSchools >= m.minSchools, { message: '"cautionSchools" must be at least "minSchools"' });

const judgementFields = {
  /** The year before the first phase, reported with the same template (năm gốc). Default none. */
  baselineYear: year.optional(),
  /** Parameters of the judgement method. Default: the values of shared/method/judgement.md. */
  method: methodSchema.prefault({}),
};

function checkBaseline(
  plan: { baselineYear?: number; period: { start: number }; method: { counts: string; learners: string }; template: { indicators: readonly { id: string; kind: string }[] } },
  ctx: z.RefinementCtx,
): void {
  if (plan.baselineYear !== undefined && plan.baselineYear >= plan.period.start) {
    ctx.addIssue({ code: 'custom', path: ['baselineYear'], message: `the baseline year must come before the period's start (${plan.period.start})` });
  }
  const learners = plan.template.indicators.find((i) => i.id === plan.method.learners);
  if (plan.method.counts === 'per-100-learners' && learners?.kind !== 'count') {
    ctx.addIssue({ code: 'custom', path: ['method', 'learners'], message: `"${plan.method.learners}" is not a count of the plan's template: counts per 100 learners need one` });
  }
}
// ---- end of the judgement block ----

// ---- Award forms (issue 6, item 5; shared/method/judgement.md "Commendation shortlist") ----
// The forms a plan names (who grants them, on which occasion, to which units)
// and the conditions the site checks to propose units to the emulation
// council. The seed plans name the forms but no numeric condition: every
// condition carries `official` (default false = assumed by the site, marked *).

const conditionFlag = {
  /** True only when the condition is stated in an issued document. Default false (assumed, shown with *). */
  official: z.boolean().default(false),
};

const awardConditionSchema = z.discriminatedUnion('kind', [
  /** Ranked (coverage and reporting schools as the method requires). */
  z.object({ kind: z.literal('ranked'), ...conditionFlag }),
  /** Composite score at least `value` (0–100). */
  z.object({ kind: z.literal('min-score'), value: z.number().min(0).max(100), ...conditionFlag }),
  /** Rank at most `value` (1 = first). */
  z.object({ kind: z.literal('max-rank'), value: z.number().int().min(1), ...conditionFlag }),
  /** At least `value` % of the measures with a target met or on track for the phase. Default 100 (every one). */
  z.object({ kind: z.literal('on-track'), value: z.number().min(0).max(100).default(100), ...conditionFlag }),
  /** At least `value` % of the unit's schools reported on time, every year considered. Default 100. */
  z.object({ kind: z.literal('on-time'), value: z.number().min(0).max(100).default(100), ...conditionFlag }),
  /** The count measure `measure` (e.g. information-security incidents) is 0 every year considered. */
  z.object({ kind: z.literal('no-incident'), measure: z.string(), ...conditionFlag }),
]);

const awardSchema = z.object({
  /** Stable id, unique in the plan (used in downloads). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The form as the plan writes it ("Giấy khen của Giám đốc Sở GDĐT"). */
  name: text,
  /** Who grants it ("Giám đốc Sở GDĐT"). */
  grantor: text,
  /** When: each year, at the interim review or at the final review. */
  occasion: z.enum(['yearly', 'so-ket', 'tong-ket']),
  /** Which units may receive it. */
  units: z.array(z.enum(['ward', 'school'])).min(1),
  /** Where the plan names the form and how the site placed it (clause, reading). */
  source: text,
  /** Every condition a unit must meet to be proposed. Default none. */
  conditions: z.array(awardConditionSchema).default([]),
});

function checkAwards(plan: { awards: { id: string; conditions: { kind: string; measure?: string }[] }[]; criteria: { measures: { id: string; kind: string }[] }[] }, ctx: z.RefinementCtx): void {
  const ids = plan.awards.map((a) => a.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) ctx.addIssue({ code: 'custom', path: ['awards'], message: `award ${id} is defined twice` });
  const measures = new Map(plan.criteria.flatMap((c) => c.measures).map((m) => [m.id, m.kind]));
  plan.awards.forEach((award, i) =>
    award.conditions.forEach((c, k) => {
      if (c.kind !== 'no-incident') return;
      const kind = measures.get(c.measure!);
      if (kind !== 'total' && kind !== 'per-school') ctx.addIssue({ code: 'custom', path: ['awards', i, 'conditions', k, 'measure'], message: kind ? `"${c.measure}" is not a count measure (total or per-school)` : `no measure "${c.measure}" in the plan` });
    }),
  );
}
// ---- end of the award block ----

export const planSchema = z
  .object({
    /** Must equal the folder name. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: text,
    /** Short name for navigation. */
    shortTitle: text,
    /** The movements the plan carries out. */
    movements: z.array(text).min(1),
    issuer: text,
    /** The issued document; number and date are null until recorded from the document itself. */
    document: z.object({
      number: z.string().nullable(),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
      note: text.optional(),
    }),
    period: z.object({ start: year, end: year }),
    phases: z.array(phaseSchema).min(1),
    /** Reports are due on or before this day of the reported year (inclusive). */
    deadline: z.object({
      month: z.number().int().min(1).max(12),
      day: z.number().int().min(1).max(31),
      /** The deadline as the document words it ("trước ngày 15/12 hằng năm"). Default: none (the plan states none). */
      statedAs: text.optional(),
      /** True where the document states no deadline and this one is assumed. Default false. */
      assumed: z.boolean().default(false),
    }),
    /** Two-digit province code of the 2025 list. */
    province: z.string().regex(/^\d{2}$/),
    /** Five-digit codes of the communes/wards covered (2025 list). */
    wards: z.array(z.string().regex(/^\d{5}$/)).min(1),
    /** The report template: its indicator columns (template-schema.ts). */
    template: templateSchema,
    criteria: z.array(criterionSchema).min(1),
    /** True while the plan's reports are generated demo data. Default false. */
    demo: z.boolean().default(false),
    ...judgementFields,
    /** The award forms the plan names, with the conditions checked for the shortlist. Default none. */
    awards: z.array(awardSchema).default([]),
  })
  // Calendar and measures against the template: plan-checks.ts; the baseline year: the judgement block above.
  .superRefine((plan, ctx) => {
    checkBaseline(plan, ctx);
    checkAwards(plan, ctx);
    checkPlan(plan, ctx);
  });

export type Plan = z.infer<typeof planSchema>;
export type Criterion = Plan['criteria'][number];
export type Measure = Criterion['measures'][number];
export type Phase = Plan['phases'][number];
export type LocalText = z.infer<typeof text>;
export type Method = Plan['method'];
export type Award = Plan['awards'][number];
export type AwardCondition = Award['conditions'][number];

/** Parse a plan; problems come back as "path: message" lines. */
export function parsePlan(input: unknown): { plan: Plan } | { problems: string[] } {
  const result = planSchema.safeParse(input);
  if (result.success) return { plan: result.data };
  return {
    problems: result.error.issues.map((issue) => `${issue.path.join('.') || '(plan)'}: ${issue.message}`),
  };
}

/** The phase a report year belongs to. */
export function phaseOfYear(plan: Plan, reportYear: number): Phase | undefined {
  return plan.phases.find((p) => p.years.includes(reportYear));
}

/** The deadline for reports on `reportYear` (src/core/deadline.ts). */
export { deadlineOf } from './deadline.ts';

export { LEVELS };

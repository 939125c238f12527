// Computes every figure the pages show for one plan, from its DuckDB file,
// with the shared SQL of src/core/measure-sql.ts (the browser runs the same
// text, so the two never disagree). In: an open database, the plan and the
// build date. Out: the plan's SiteData (less downloads and ingest report)
// and the per-school details.
import { buildCompletenessQuery, buildMeasureQuery, type CompletenessRow, type GroupKey, type MeasureRow } from '../core/measure-sql.ts';
import { deadlineOf, type Measure, type Plan } from '../core/plan-schema.ts';
import { planYearsOf, reportStateOf as ruleState, reportYearsOf as rulesReportYears, type ReportStateResult } from '../core/rules/index.ts';
import { levelApplies } from '../core/school-levels.ts';
import type { Database, Row } from './duckdb.ts';
import type { MeasureFigures, ReportCell, ReportState, SchoolDetail, SchoolSubmission, SiteData, SiteSchool, SiteWard } from './types.ts';

export type CollectedPlan = Omit<SiteData, 'ingest' | 'downloads' | 'templates'>;

/** Round to 4 decimals: more than any page shows, fewer bytes than a double. */
function round(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value * 1e4) / 1e4 : null;
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** A query row as a MeasureRow: keys present only for the grouping columns. */
export function toMeasureRow(row: Row): MeasureRow {
  const out: MeasureRow = {
    value: round(row.value),
    numerator: round(row.numerator),
    denominator: round(row.denominator),
    schools_value: Number(row.schools_value ?? 0),
    schools_missing: Number(row.schools_missing ?? 0),
    schools_na: Number(row.schools_na ?? 0),
  };
  if (row.year !== undefined) out.year = Number(row.year);
  if (row.ward_code !== undefined) out.ward_code = text(row.ward_code);
  if (row.school_code !== undefined) out.school_code = text(row.school_code);
  if (row.level_code !== undefined) out.level_code = text(row.level_code);
  if (row.learners !== undefined) out.learners = round(row.learners);
  return out;
}

function toCompletenessRow(row: Row): CompletenessRow {
  const out: CompletenessRow = {
    year: Number(row.year),
    expected: Number(row.expected),
    on_time: Number(row.on_time),
    late: Number(row.late),
    rejected: Number(row.rejected),
    not_yet_due: Number(row.not_yet_due),
    not_reported: Number(row.not_reported),
  };
  if (row.ward_code !== undefined) out.ward_code = text(row.ward_code);
  return out;
}

/** Years of the plan (baseline first) that have begun by the build date. */
export function reportYearsOf(plan: Plan, buildDate: string): number[] {
  return rulesReportYears(plan, buildDate);
}

/** A school's report state for a year: the rule of src/core/rules/report-state.ts. */
export function reportStateOf(timeliness: string | undefined, plan: Plan, year: number, buildDate: string, rejectedCodes: readonly string[] = []): ReportStateResult {
  const accepted = timeliness === 'on_time' || timeliness === 'late' ? timeliness : null;
  return ruleState({ accepted, rejectedCodes }, deadlineOf(plan, year), buildDate);
}

/** The learners indicator a plan divides counts by, when it compares counts per 100 learners. */
export const learnersOf = (plan: Plan): string | undefined => (plan.method.counts === 'per-100-learners' ? plan.method.learners : undefined);

async function measureRows(db: Database, measure: Measure, groupBy: GroupKey[], years: number[], learners?: string): Promise<MeasureRow[]> {
  return (await db.all(buildMeasureQuery(measure, groupBy, { years }, '', { learners }))).map(toMeasureRow);
}

export async function collectPlan(db: Database, plan: Plan, buildDate: string): Promise<{ site: CollectedPlan; schools: Record<string, SchoolDetail> }> {
  const periodYears = planYearsOf(plan);
  const reportYears = reportYearsOf(plan, buildDate);

  const wards: SiteWard[] = (await db.all('SELECT ward_code, ward_name, ward_type FROM wards ORDER BY ward_code')).map((r) => ({
    code: text(r.ward_code),
    name: text(r.ward_name),
    type: text(r.ward_type),
  }));
  const roster = await db.all('SELECT school_code, school_name, level_code, ward_code FROM schools ORDER BY school_code');
  const submissions = await db.all(
    `SELECT year::INTEGER AS year, school_code, strftime(report_date, '%Y-%m-%d') AS report_date, timeliness, status, source_file, source_line::INTEGER AS source_line
     FROM submissions ORDER BY school_code, year, report_date, source_file, source_line`,
  );
  const rejections = await db.all(
    `SELECT year::INTEGER AS year, school_code, problem_codes::VARCHAR AS problem_codes, source_file, source_line::INTEGER AS source_line
     FROM rejections ORDER BY school_code, year, source_file, source_line`,
  );
  const accepted = new Map<string, string>();
  const refused = new Map<string, string[]>();
  const refuse = (key: string, codes: string[]) => refused.set(key, [...(refused.get(key) ?? []), ...codes]);
  for (const s of submissions) {
    if (s.status === 'accepted') accepted.set(`${text(s.school_code)}|${s.year}`, text(s.timeliness));
    if (s.status === 'conflict') refuse(`${text(s.school_code)}|${s.year}`, ['duplicate-conflict']);
  }
  for (const r of rejections) refuse(`${text(r.school_code)}|${r.year}`, text(r.problem_codes).split(','));
  const yearsWithReports = [...new Set(submissions.filter((s) => s.status === 'accepted').map((s) => Number(s.year)))].filter((y) => periodYears.includes(y));
  const latestYear = yearsWithReports.length ? Math.max(...yearsWithReports) : null;

  const schools: SiteSchool[] = roster.map((r) => {
    const code = text(r.school_code);
    const states: Record<string, ReportState> = {};
    const rejectedCodes: Record<string, string[]> = {};
    for (const year of reportYears) {
      const result = reportStateOf(accepted.get(`${code}|${year}`), plan, year, buildDate, refused.get(`${code}|${year}`));
      states[year] = result.state;
      if (result.state === 'rejected') rejectedCodes[year] = result.codes;
    }
    const school: SiteSchool = { code, name: text(r.school_name), level: text(r.level_code), ward: text(r.ward_code), states };
    if (Object.keys(rejectedCodes).length > 0) school.rejectedCodes = rejectedCodes;
    return school;
  });

  const unitGroup = plan.wards.length > 1 ? 'ward_code' : 'school_code';
  const measures: Record<string, MeasureFigures> = {};
  const details: Record<string, SchoolDetail> = Object.fromEntries(schools.map((s) => [s.code, { submissions: [], values: {}, measures: {} }]));
  for (const criterion of plan.criteria) {
    for (const measure of criterion.measures) {
      const learners = learnersOf(plan);
      const bySchoolYear = await measureRows(db, measure, ['school_code', 'year'], periodYears, learners);
      const applicableByWard: Record<string, number> = {};
      for (const school of schools) if (levelApplies(school.level, measure.levels)) applicableByWard[school.ward] = (applicableByWard[school.ward] ?? 0) + 1;
      measures[measure.id] = {
        byYear: await measureRows(db, measure, ['year'], periodYears, learners),
        byWardYear: await measureRows(db, measure, ['ward_code', 'year'], periodYears, learners),
        byLevelYear: await measureRows(db, measure, ['level_code', 'year'], periodYears, learners),
        bySchoolYear: unitGroup === 'school_code' ? bySchoolYear : [],
        applicableByWard,
      };
      for (const row of bySchoolYear) {
        const detail = details[row.school_code ?? ''];
        if (!detail) continue;
        const { school_code: _omit, ...rest } = row;
        (detail.measures[measure.id] ??= []).push(rest);
      }
    }
  }

  for (const s of submissions) {
    const detail = details[text(s.school_code)];
    if (!detail) continue;
    const submission: SchoolSubmission = {
      year: Number(s.year),
      report_date: text(s.report_date),
      timeliness: text(s.timeliness),
      status: s.status === 'superseded' || s.status === 'conflict' ? s.status : 'accepted',
      source_file: text(s.source_file),
      source_line: Number(s.source_line),
    };
    detail.submissions.push(submission);
  }
  for (const r of rejections) {
    const detail = details[text(r.school_code)];
    if (!detail) continue;
    detail.submissions.push({
      year: Number(r.year), report_date: '', timeliness: '', status: 'rejected',
      source_file: text(r.source_file), source_line: Number(r.source_line), codes: text(r.problem_codes).split(','),
    });
  }
  const cells = await db.all('SELECT year::INTEGER AS year, school_code, indicator, status, value FROM observations ORDER BY school_code, year, indicator');
  for (const c of cells) {
    const detail = details[text(c.school_code)];
    if (!detail) continue;
    const cell: ReportCell = c.status === 'value' ? (round(c.value) ?? 'missing') : c.status === 'not_applicable' ? 'na' : 'missing';
    (detail.values[String(c.year)] ??= {})[text(c.indicator)] = cell;
  }

  const completeness = reportYears.length
    ? {
        byYear: (await db.all(buildCompletenessQuery(reportYears, plan.deadline, buildDate, false))).map(toCompletenessRow),
        byWardYear: (await db.all(buildCompletenessQuery(reportYears, plan.deadline, buildDate, true))).map(toCompletenessRow),
      }
    : { byYear: [], byWardYear: [] };

  return {
    site: { schemaVersion: 1, buildDate, plan, reportYears, latestYear, unitGroup, wards, schools, measures, completeness },
    schools: details,
  };
}

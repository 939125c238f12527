// The ingest report of one plan (docs/ingest-report.md): every file with its
// rows accounted for (rows_read = accepted + superseded + conflict + rejected),
// completeness by year, problem counts by code, and every problem (at most
// MAX_LISTED per file and code in full, see problems.ts). Headers from the
// files are published after the rule of src/core/redact.ts.
import { deadlineOf } from '../core/deadline.ts';
import { redactText } from '../core/redact.ts';
import type { Plan } from '../core/plan-schema.ts';
import type { Encoding } from './decode-text.ts';
import type { LayoutCounts } from './locate-header.ts';
import type { Problem } from './problems.ts';
import type { FileRead } from './read-report.ts';
import type { ResolvedReport, SubmissionStatus } from './resolve-duplicates.ts';
import type { RejectedReport } from './validate-row.ts';
import { reportStateOf, reportYearsOf, timelinessOf, type ReportState } from '../core/rules/index.ts';

export interface FileEntry {
  file: string;
  status: 'read' | 'rejected' | 'skipped';
  encoding: Encoding | null;
  delimiter: 'comma' | 'semicolon' | 'tab' | null;
  /** The sheet read, for a workbook (null for a CSV). */
  sheet: string | null;
  header_line: number | null;
  rows_read: number;
  accepted: number;
  superseded: number;
  conflict: number;
  rejected: number;
  skipped_lines: LayoutCounts;
  personal_data_columns: { column: number; header: string }[];
  /** Columns not in the template; their values go to set-aside.json, which is never published. */
  unknown_columns: { column: number; header: string; values: number }[];
}

export interface YearEntry {
  year: number;
  deadline: string;
  schools_expected: number;
  schools_reported: number;
  on_time: number;
  late: number;
  /** Schools whose every report for the year was rejected (or tied on date): sent, but rejected. */
  rejected: number;
  not_yet_due: number;
  not_reported: number;
}

export interface Totals {
  files: number;
  files_rejected: number;
  files_skipped: number;
  rows_read: number;
  accepted: number;
  superseded: number;
  conflict: number;
  rejected: number;
  errors: number;
  warnings: number;
}

export interface IngestReport {
  format: 1;
  plan: string;
  build_date: string;
  totals: Totals;
  years: YearEntry[];
  problem_counts: Record<string, number>;
  files: FileEntry[];
  problems: Problem[];
}

const DELIMITER_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

function fileEntry(read: FileRead, statuses: Map<number, SubmissionStatus>): FileEntry {
  const count = (status: SubmissionStatus) => [...statuses.values()].filter((s) => s === status).length;
  const rowsRead = read.rows.length;
  const accepted = count('accepted');
  const superseded = count('superseded');
  const conflict = count('conflict');
  return {
    file: read.file,
    status: read.status,
    encoding: read.encoding,
    delimiter: read.delimiter ? DELIMITER_NAMES[read.delimiter] : null,
    sheet: read.sheet,
    header_line: read.headerLine,
    rows_read: rowsRead,
    accepted,
    superseded,
    conflict,
    // Every row not in a submission was rejected (by a row error or with its file).
    rejected: rowsRead - accepted - superseded - conflict,
    skipped_lines: read.skipped,
    personal_data_columns: read.personalColumns.map(({ column, header }) => ({ column, header: redactText(header) })),
    unknown_columns: read.unknownColumns.map(({ column, header, values }) => ({ column, header: redactText(header), values: values.length })),
  };
}

/** Completeness per year: each roster school's report state (src/core/rules/report-state.ts), counted. */
function yearEntries(plan: Plan, buildDate: string, schoolCodes: readonly string[], resolved: readonly ResolvedReport[], rejected: readonly RejectedReport[]): YearEntry[] {
  const years = new Set<number>(reportYearsOf(plan, buildDate));
  for (const { report } of resolved) years.add(report.year);
  const key = (school: string, year: number) => `${school}\u0000${year}`;
  const accepted = new Map<string, ResolvedReport['report']>();
  const refused = new Map<string, string[]>();
  for (const { report, status } of resolved) {
    if (status === 'accepted') accepted.set(key(report.schoolCode, report.year), report);
    if (status === 'conflict') refused.set(key(report.schoolCode, report.year), [...(refused.get(key(report.schoolCode, report.year)) ?? []), 'duplicate-conflict']);
  }
  for (const r of rejected) refused.set(key(r.schoolCode, r.year), [...(refused.get(key(r.schoolCode, r.year)) ?? []), ...r.codes]);
  return [...years].sort((a, b) => a - b).map((year) => {
    const deadline = deadlineOf(plan, year);
    const counts: Record<ReportState, number> = { on_time: 0, late: 0, rejected: 0, not_yet_due: 0, not_reported: 0, not_expected: 0 };
    for (const school of schoolCodes) {
      const report = accepted.get(key(school, year));
      const facts = { accepted: report ? timelinessOf(report.reportDate, report.deadline) : null, rejectedCodes: refused.get(key(school, year)) ?? [] };
      counts[reportStateOf(facts, deadline, buildDate).state] += 1;
    }
    return {
      year, deadline, schools_expected: schoolCodes.length, schools_reported: counts.on_time + counts.late,
      on_time: counts.on_time, late: counts.late, rejected: counts.rejected, not_yet_due: counts.not_yet_due, not_reported: counts.not_reported,
    };
  });
}

export function buildReport(input: {
  plan: Plan;
  buildDate: string;
  schoolCodes: readonly string[];
  reads: readonly FileRead[];
  resolved: readonly ResolvedReport[];
  rejected?: readonly RejectedReport[];
  problems: Problem[];
}): IngestReport {
  const byFile = new Map<string, Map<number, SubmissionStatus>>();
  for (const { report, status } of input.resolved) {
    const statuses = byFile.get(report.file) ?? new Map<number, SubmissionStatus>();
    statuses.set(report.line, status);
    byFile.set(report.file, statuses);
  }
  const files = input.reads.map((read) => fileEntry(read, byFile.get(read.file) ?? new Map()));
  const sum = (key: 'rows_read' | 'accepted' | 'superseded' | 'conflict' | 'rejected') => files.reduce((n, f) => n + f[key], 0);
  const problemCounts: Record<string, number> = {};
  for (const problem of [...input.problems].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))) {
    problemCounts[problem.code] = (problemCounts[problem.code] ?? 0) + problem.count;
  }
  const bySeverity = (warning: boolean) => input.problems.filter((p) => (p.severity === 'warning') === warning).reduce((n, p) => n + p.count, 0);
  return {
    format: 1,
    plan: input.plan.id,
    build_date: input.buildDate,
    totals: {
      files: files.length,
      files_rejected: files.filter((f) => f.status === 'rejected').length,
      files_skipped: files.filter((f) => f.status === 'skipped').length,
      rows_read: sum('rows_read'),
      accepted: sum('accepted'),
      superseded: sum('superseded'),
      conflict: sum('conflict'),
      rejected: sum('rejected'),
      errors: bySeverity(false),
      warnings: bySeverity(true),
    },
    years: yearEntries(input.plan, input.buildDate, input.schoolCodes, input.resolved, input.rejected ?? []),
    problem_counts: problemCounts,
    files,
    problems: input.problems,
  };
}

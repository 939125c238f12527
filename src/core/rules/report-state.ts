// A school's report state for a year, written once for TypeScript and once as
// SQL fragments (the ingest's submissions table and the completeness query),
// with a test that runs both on the same cases. States, in order of precedence:
// not expected → on time / late (an accepted report) → sent but rejected (every
// report it sent was rejected or tied on date) → not yet due → not reported.

export const REPORT_STATES = ['on_time', 'late', 'rejected', 'not_yet_due', 'not_reported', 'not_expected'] as const;
export type ReportState = (typeof REPORT_STATES)[number];
export type Timeliness = 'on_time' | 'late';

/** On time when dated on or before the deadline (both YYYY-MM-DD; the day itself counts). */
export function timelinessOf(reportDate: string, deadline: string): Timeliness {
  return reportDate <= deadline ? 'on_time' : 'late';
}

/** The same rule in SQL, over DATE (or ISO text) expressions. */
export function timelinessSql(reportDate: string, deadline: string): string {
  return `CASE WHEN ${reportDate} <= ${deadline} THEN 'on_time' ELSE 'late' END`;
}

/** Not yet due while the build date is on or before the deadline. */
export function isNotYetDue(deadline: string, buildDate: string): boolean {
  return buildDate <= deadline;
}

export function notYetDueSql(deadline: string, buildDate: string): string {
  return `${buildDate} <= ${deadline}`;
}

/** The school has an accepted report for the year (on time or late): it is a reporting school. */
export function hasReported(state: ReportState | undefined): boolean {
  return state === 'on_time' || state === 'late';
}

export interface ReportFacts {
  /** False when the plan does not expect a report from the school for the year. Default true. */
  expected?: boolean;
  /** The accepted report's timeliness, when there is one. */
  accepted?: Timeliness | null;
  /** Problem codes of the reports it sent that were rejected (or tied on date: duplicate-conflict). */
  rejectedCodes?: readonly string[];
}

export interface ReportStateResult {
  state: ReportState;
  /** For "rejected": the problem codes, sorted, each once. */
  codes: string[];
}

export function reportStateOf(facts: ReportFacts, deadline: string, buildDate: string): ReportStateResult {
  if (facts.expected === false) return { state: 'not_expected', codes: [] };
  if (facts.accepted) return { state: facts.accepted, codes: [] };
  const codes = [...new Set(facts.rejectedCodes ?? [])].sort();
  if (codes.length > 0) return { state: 'rejected', codes };
  return { state: isNotYetDue(deadline, buildDate) ? 'not_yet_due' : 'not_reported', codes: [] };
}

/**
 * reportStateOf as a SQL CASE over an expected school: `accepted` is the
 * accepted report's timeliness (NULL when none), `sent` is true when a
 * rejected or conflicting report exists.
 */
export function reportStateSql(e: { accepted: string; sent: string; deadline: string; buildDate: string }): string {
  return `CASE WHEN ${e.accepted} IS NOT NULL THEN ${e.accepted}
    WHEN coalesce(${e.sent}, false) THEN 'rejected'
    WHEN ${notYetDueSql(e.deadline, e.buildDate)} THEN 'not_yet_due'
    ELSE 'not_reported' END`;
}

// Stage 6, duplicates: the plan's valid reports in, each with its status out.
// Same school and year sent more than once (shared/spec section 4): the latest
// ngay_bao_cao wins (accepted), earlier ones are superseded (warning); when the
// latest date is shared by two or more reports, those are a conflict (error)
// and none of the school's reports for that year is accepted.
import type { ProblemLog } from './problems.ts';
import type { ValidReport } from './validate-row.ts';

export type SubmissionStatus = 'accepted' | 'superseded' | 'conflict';

export interface ResolvedReport {
  report: ValidReport;
  status: SubmissionStatus;
}

const where = (r: ValidReport) => `${r.file}:${r.line}`;

/** Order by date, newest first; then by file and line so the outcome is stable. */
function newestFirst(a: ValidReport, b: ValidReport): number {
  if (a.reportDate !== b.reportDate) return a.reportDate < b.reportDate ? 1 : -1;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line;
}

/** Resolve duplicates across all files of a plan; problems go to the log. */
export function resolveDuplicates(reports: readonly ValidReport[], log: ProblemLog): ResolvedReport[] {
  const groups = new Map<string, ValidReport[]>();
  for (const report of reports) {
    const key = `${report.schoolCode}\u0000${report.year}`;
    const group = groups.get(key);
    if (group) group.push(report);
    else groups.set(key, [report]);
  }
  const resolved: ResolvedReport[] = [];
  for (const group of groups.values()) {
    if (group.length === 1) {
      resolved.push({ report: group[0]!, status: 'accepted' });
      continue;
    }
    group.sort(newestFirst);
    const latest = group[0]!.reportDate;
    const tied = group.filter((r) => r.reportDate === latest);
    for (const report of group) {
      const year = String(report.year);
      if (tied.length > 1 && report.reportDate === latest) {
        const others = tied.filter((r) => r !== report).map(where).join(', ');
        log.add({ file: report.file, line: report.line, code: 'duplicate-conflict', value: year, params: { other: others } });
        resolved.push({ report, status: 'conflict' });
      } else if (report === group[0] && tied.length === 1) {
        resolved.push({ report, status: 'accepted' });
      } else {
        const winners = tied.map(where).join(', ');
        log.add({ file: report.file, line: report.line, code: 'duplicate-superseded', value: year, params: { other: winners } });
        resolved.push({ report, status: 'superseded' });
      }
    }
  }
  return resolved;
}

// What `npm run data` prints: per plan a summary (files, rows accounted for,
// schools expected vs reported by year, problems by code) and one grep-able
// line per problem, `file:line:column: severity: English / Tiếng Việt [code]`,
// at most MAX_LINES per plan, then where the full list is. Every line is
// printed with its control characters escaped: a file name may hold a newline
// or terminal escapes that would forge a line (issue 8, finding 11).
import { escapeControl } from '../core/escape-control.ts';
import type { IngestSummary, PlanSummary } from './index.ts';
import type { Problem } from './problems.ts';

const MAX_LINES = 20;

/**
 * One grep-able line: `data/raw/p/2025/x.csv:14:3: error: "12,5a" is not a number / … [bad-number]`;
 * a workbook's cell follows its position: `data/raw/p/2025/x.xlsx:14:3 (Sheet1!C14): error: …`.
 */
export function formatProblem(problem: Problem, rawDir: string): string {
  const at = [`${rawDir}/${problem.file}`, problem.line, problem.column].filter((part) => part !== null).join(':');
  const position = problem.cell ? `${at} (${problem.cell})` : at;
  const severity = problem.severity === 'warning' ? 'warning' : 'error';
  const count = problem.count > 1 && !problem.more ? ` (×${problem.count})` : '';
  return escapeControl(`${position}: ${severity}: ${problem.message_en} / ${problem.message_vi}${count} [${problem.code}]`);
}

function formatPlan(plan: PlanSummary, rawDir: string): string[] {
  if (!plan.ok || !plan.report) {
    return [...plan.configProblems, `${plan.plan}: not ingested, its configuration has errors; the previous output is kept`];
  }
  const { totals, years, problem_counts: counts, problems } = plan.report;
  const lines = [
    `${plan.plan}: ${totals.files} files (${totals.files_rejected} rejected, ${totals.files_skipped} skipped), ${totals.rows_read} rows read: ` +
      `${totals.accepted} accepted, ${totals.superseded} superseded, ${totals.conflict} conflict, ${totals.rejected} rejected`,
  ];
  for (const y of years) {
    const missing = y.not_yet_due > 0 ? `${y.not_yet_due} not yet due` : `${y.not_reported} not reported`;
    const rejected = y.rejected > 0 ? `, ${y.rejected} sent but rejected` : '';
    lines.push(`  ${y.year}: ${y.schools_reported}/${y.schools_expected} schools reported (${y.on_time} on time, ${y.late} late)${rejected}, ${missing}`);
  }
  const codes = Object.entries(counts).map(([code, n]) => `${code} ${n}`);
  lines.push(`  problems: ${codes.length > 0 ? codes.join(', ') : 'none'}`);
  // Errors first, then warnings, each in file order.
  const ordered = [...problems.filter((p) => p.severity !== 'warning'), ...problems.filter((p) => p.severity === 'warning')];
  for (const problem of ordered.slice(0, MAX_LINES)) lines.push(formatProblem(problem, rawDir));
  if (ordered.length > MAX_LINES) lines.push(`  … ${ordered.length - MAX_LINES} more problems`);
  if (ordered.length > 0 && plan.outDir) lines.push(`  full list: ${plan.outDir}/ingest-report.json`);
  return lines;
}

export function formatSummary(summary: IngestSummary, rawDir: string): string {
  const lines = [`build date ${summary.buildDate}${summary.strict ? ' (strict)' : ''}`];
  for (const plan of summary.plans) lines.push('', ...formatPlan(plan, rawDir));
  lines.push('', `${summary.errors} errors, ${summary.warnings} warnings${summary.strict && summary.errors > 0 ? ': failing (--strict)' : ''}`);
  return lines.map(escapeControl).join('\n');
}

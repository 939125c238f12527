// The ingest's checks on report files, from their bytes: read each
// (read-report), validate its rows, resolve duplicates across them and
// account for every row (build-report). Runs in Node and the browser: the
// ingest (ingest-plan.ts) validates with validateFileRows, and the check page
// (/<plan>/kiem-tra/) runs checkFiles, so both find the same problems.
import { buildReport } from './build-report.ts';
import type { IngestReport } from './build-report.ts';
import type { LoadedPlan } from './load-plan.ts';
import { checkRowShape } from './check-row-shape.ts';
import { headerMatcherOf } from './match-header.ts';
import { ProblemLog } from './problems.ts';
import type { Problem, ProblemInput } from './problems.ts';
import { readReport } from './read-report.ts';
import type { FileRead } from './read-report.ts';
import { resolveDuplicates } from './resolve-duplicates.ts';
import type { ResolvedReport } from './resolve-duplicates.ts';
import { validateRow } from './validate-row.ts';
import type { RejectedReport, ValidReport } from './validate-row.ts';

/** A plan as the checks need it: its configuration, roster and wards, and the date reports are judged on. */
export interface PlanChecks {
  loaded: LoadedPlan;
  /** YYYY-MM-DD: a report dated later is rejected (the ingest's build date; today on the check page). */
  buildDate: string;
}

/** Validate the data rows of a file read by readReport; problems go to the log, rows rejected after naming a school and year to `rejected`. */
export function validateFileRows(read: FileRead, folderYear: number | null, checks: PlanChecks, log: ProblemLog, rejected?: RejectedReport[]): ValidReport[] {
  if (read.status !== 'read' || !read.columns) return [];
  const wardCodes = new Set(checks.loaded.plan.wards);
  const ctx = { file: read.file, folderYear, loaded: checks.loaded, wardCodes, buildDate: checks.buildDate, columns: read.columns, headerCells: read.headerCells, log, rejected };
  const valid: ValidReport[] = [];
  for (const row of read.rows) {
    const broken = checkRowShape(row, read.file, read.columns, read.headerCells);
    if (broken) {
      log.add(broken);
      continue;
    }
    const report = validateRow(row, ctx);
    if (report) valid.push(report);
  }
  return valid;
}

export interface SourceFile {
  /** The file's name (a path relative to data/raw in the ingest). */
  file: string;
  /** The year folder it is filed under, or null when none is known. */
  folderYear: number | null;
  bytes: Uint8Array;
}

export interface CheckResult {
  /** Each file as read, its data rows with their cells (personal-data cells blanked). */
  reads: FileRead[];
  resolved: ResolvedReport[];
  /** Every problem, in the ingest report's order. */
  problems: Problem[];
  /** The accounting the ingest report would give these files alone. */
  report: IngestReport;
  /** Every occurrence of a problem with its cell (a warning's entry folds them), at most MAX_OCCURRENCES. */
  occurrences: Occurrence[];
}

export type Occurrence = Pick<ProblemInput, 'file' | 'code'> & { line: number | null; column: number | null };

/** Enough to mark every cell of a large bad file, bounded so a hostile file cannot exhaust the page. */
export const MAX_OCCURRENCES = 100_000;

/** Check files together, as the ingest would if they were the plan's only files. */
export function checkFiles(sources: readonly SourceFile[], checks: PlanChecks): CheckResult {
  const occurrences: Occurrence[] = [];
  const log = new ProblemLog((input) => {
    if (occurrences.length < MAX_OCCURRENCES) occurrences.push({ file: input.file, code: input.code, line: input.line ?? null, column: input.column ?? null });
  });
  const matcher = headerMatcherOf(checks.loaded.plan);
  const reads: FileRead[] = [];
  const valid: ValidReport[] = [];
  const rejected: RejectedReport[] = [];
  for (const source of sources) {
    const read = readReport(source.bytes, source.file, log, matcher);
    reads.push(read);
    for (const report of validateFileRows(read, source.folderYear, checks, log, rejected)) valid.push(report);
  }
  const resolved = resolveDuplicates(valid, log);
  const problems = log.all();
  const report = buildReport({ plan: checks.loaded.plan, buildDate: checks.buildDate, schoolCodes: checks.loaded.schools.map((s) => s.code), reads, resolved, rejected, problems });
  return { reads, resolved, problems, report, occurrences };
}

// The Reporting page's list of problems for data officers, bounded so that a
// hostile file cannot flood the page (issue 8, finding 8; budgets in
// docs/ingest-report.md): per file at most PAGE_PER_FILE entries (errors
// first, then by line), on the page at most PAGE_TOTAL; each file keeps its
// counts, and what is not listed is counted and pointed to the downloadable
// ingest-report.json. In: the IngestSummary. Out: the view-model the page lays out.
import type { IngestFile, IngestSummary, Problem } from './types.ts';

export const PAGE_PER_FILE = 20;
export const PAGE_TOTAL = 500;

/** A problem to show, or what is not shown: a file's entries beyond PAGE_PER_FILE (`file`), or every file's past PAGE_TOTAL (`file` null). */
export type ProblemItem = { kind: 'problem'; problem: Problem } | { kind: 'unlisted'; file: string | null; files: number; entries: number; occurrences: number };

export interface FileRow {
  path: string;
  status: string;
  read: number | null;
  accepted: number | null;
  superseded: number | null;
  conflict: number | null;
  rejected: number | null;
  /** Occurrences of problems in the file (an entry counts its `count`). */
  problems: number;
}

export interface ProblemList {
  items: ProblemItem[];
  /** Entries listed on the page, and in the report. */
  listed: number;
  entries: number;
  /** Occurrences in the report (each entry counts its `count`). */
  occurrences: number;
  files: FileRow[];
}

const SEVERITY = { error: 0, warning: 1, info: 2 } as const;
const occurrencesOf = (problems: readonly Problem[]) => problems.reduce((n, p) => n + p.count, 0);

/** Errors before warnings; within each, listed entries by line, a `more` entry last. */
function pageOrder(a: Problem, b: Problem): number {
  return SEVERITY[a.severity] - SEVERITY[b.severity] || Number(a.more) - Number(b.more) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** Files with a rejection first, then by how many problems, then by path. */
function fileOrder(a: IngestFile, b: IngestFile): number {
  const rejected = (f: IngestFile) => Number(f.status === 'rejected');
  return rejected(b) - rejected(a) || occurrencesOf(b.problems) - occurrencesOf(a.problems) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

export function buildProblemList(ingest: IngestSummary): ProblemList {
  const files = [...ingest.files].sort(fileOrder);
  const groups: { file: string; problems: Problem[] }[] = [{ file: '', problems: ingest.other }, ...files.map((f) => ({ file: f.path, problems: f.problems }))];
  const items: ProblemItem[] = [];
  const past = { kind: 'unlisted', file: null, files: 0, entries: 0, occurrences: 0 } satisfies ProblemItem;
  let listed = 0;
  for (const group of groups) {
    if (group.problems.length === 0) continue;
    if (listed >= PAGE_TOTAL) {
      past.files++;
      past.entries += group.problems.length;
      past.occurrences += occurrencesOf(group.problems);
      continue;
    }
    const ordered = [...group.problems].sort(pageOrder);
    const shown = ordered.slice(0, Math.min(PAGE_PER_FILE, PAGE_TOTAL - listed));
    for (const problem of shown) items.push({ kind: 'problem', problem });
    listed += shown.length;
    const rest = ordered.slice(shown.length);
    if (rest.length > 0) items.push({ kind: 'unlisted', file: group.file, files: 1, entries: rest.length, occurrences: occurrencesOf(rest) });
  }
  if (past.files > 0) items.push(past);
  const all = groups.flatMap((g) => g.problems);
  return {
    items,
    listed,
    entries: all.length,
    occurrences: occurrencesOf(all),
    files: files.map((f) => ({ path: f.path, status: f.status, read: f.read, accepted: f.accepted, superseded: f.superseded, conflict: f.conflict, rejected: f.rejected, problems: occurrencesOf(f.problems) })),
  };
}

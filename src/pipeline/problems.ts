// The problem log of one plan's ingest: every problem with its position
// (file relative to data/raw, physical line, 1-based column and its header),
// code, severity and bilingual wording. Errors are kept one per cell or row;
// a warning is said once per file and code, with a count and its first lines.
import { describeProblem } from '../core/messages.ts';
import type { DescribedProblem, MessageParams, ProblemCode } from '../core/messages.ts';

export interface Problem extends DescribedProblem {
  file: string;
  line: number | null;
  column: number | null;
  column_name: string | null;
  value: string | null;
  /** Rows (or occurrences) this entry stands for: 1 for errors. */
  count: number;
  /** Lines where it occurs (for warnings, the first MAX_LINES). */
  lines: number[];
}

export interface ProblemInput {
  file: string;
  line?: number | null;
  column?: number | null;
  columnName?: string | null;
  code: ProblemCode;
  value?: string | null;
  params?: MessageParams;
}

const MAX_LINES = 100;

/** Warnings about a header are said once per column, the others once per file. */
const PER_COLUMN: ReadonlySet<string> = new Set(['personal-data-column', 'unknown-column']);

function warningKey(input: ProblemInput): string {
  return [input.file, input.code, PER_COLUMN.has(input.code) ? String(input.column) : ''].join('\u0000');
}

export class ProblemLog {
  private readonly entries: Problem[] = [];
  private readonly warnings = new Map<string, Problem>();

  add(input: ProblemInput): void {
    const value = input.value ?? null;
    const described = describeProblem(input.code, { value: value ?? undefined, column: input.columnName ?? undefined, ...input.params });
    const line = input.line ?? null;
    if (described.severity === 'warning') {
      const seen = this.warnings.get(warningKey(input));
      if (seen) {
        seen.count++;
        if (line !== null && seen.lines.length < MAX_LINES) seen.lines.push(line);
        return;
      }
    }
    const problem: Problem = {
      file: input.file,
      line,
      column: input.column ?? null,
      column_name: input.columnName ?? null,
      ...described,
      value,
      count: 1,
      lines: line === null ? [] : [line],
    };
    this.entries.push(problem);
    if (described.severity === 'warning') this.warnings.set(warningKey(input), problem);
  }

  /** Every problem, sorted by file, line, column and code. */
  all(): Problem[] {
    const order = (n: number | null) => (n === null ? -1 : n);
    return [...this.entries].sort(
      (a, b) =>
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        order(a.line) - order(b.line) ||
        order(a.column) - order(b.column) ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
  }
}

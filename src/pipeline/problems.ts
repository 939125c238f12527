// The problem log of one plan's ingest: every problem with its position
// (file relative to data/raw, physical line, 1-based column and its header,
// and for a workbook the cell, `'Báo cáo'!F12`), code, severity and bilingual wording. Errors are kept one per cell or row;
// a warning is said once per file and code, with a count and its first lines.
// What is published goes through the rule of src/core/redact.ts (the value,
// the header, the other cell named); the full texts are kept in redactions()
// for set-aside.json. Per file and code, the first MAX_LISTED entries are
// listed in full (and at most MAX_LISTED_PER_PLAN row problems in all), the
// rest are counted in one entry per file and code, with their lines as ranges.
import { formatCellRef } from '../core/cell-ref.ts';
import { describeMore, describeProblem, MESSAGES } from '../core/messages.ts';
import type { DescribedProblem, MessageParams, ProblemCode } from '../core/messages.ts';
import { redactNullable } from '../core/redact.ts';
import { addLine, formatRanges, mergeRanges } from './line-ranges.ts';
import type { LineRange } from './line-ranges.ts';

export interface Problem extends DescribedProblem {
  file: string;
  line: number | null;
  column: number | null;
  column_name: string | null;
  /** For a file read from a workbook: the sheet and cell (`Sheet1!F12`), or the row (`Sheet1!12:12`); else null. */
  cell: string | null;
  value: string | null;
  /** Rows (or occurrences) this entry stands for: 1 for an error listed in full. */
  count: number;
  /** Lines where it occurs (for warnings, the first MAX_LINES; empty for a `more` entry). */
  lines: number[];
  /** Only on the entry that stands for the occurrences beyond those listed: their lines, merged. */
  line_ranges?: LineRange[];
  /** True on that entry. */
  more?: true;
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

/** A text hidden from a published problem, kept whole for the data team (set-aside.json). */
export interface Redaction {
  file: string;
  line: number | null;
  column: number | null;
  code: ProblemCode;
  field: 'value' | 'column_name' | 'other';
  value: string;
}

const MAX_LINES = 100;
/** Entries listed in full per file and code (docs/ingest-report.md, "Limits"). */
export const MAX_LISTED = 50;
/** Row and cell problems listed in full per plan; a whole-file problem is always listed. */
export const MAX_LISTED_PER_PLAN = 10_000;

/** Warnings about a header are said once per column, the others once per file. */
const PER_COLUMN: ReadonlySet<string> = new Set(['personal-data-column', 'unknown-column']);

interface Overflow {
  file: string;
  code: ProblemCode;
  count: number;
  ranges: LineRange[];
  /** The first overflowing entry's header, for the hint ("Điền {column}…"). */
  column: string | undefined;
  /** True once a line could not be kept in `ranges` (the count stays exact). */
  truncated: boolean;
}

const key = (...parts: (string | number | null | undefined)[]) => parts.map(String).join('\u0000');

export class ProblemLog {
  private readonly entries: Problem[] = [];
  private readonly warnings = new Map<string, Problem>();
  private readonly listed = new Map<string, number>();
  private readonly overflow = new Map<string, Overflow>();
  private readonly hidden: Redaction[] = [];
  private listedRows = 0;
  private readonly sheets = new Map<string, string>();

  /** The file was read from this workbook sheet: its problems from now on carry their cell. */
  placeInSheet(file: string, sheet: string): void {
    this.sheets.set(file, sheet);
  }

  private readonly onAdd: ((input: ProblemInput) => void) | undefined;

  /** `onAdd` sees every occurrence, before a warning is folded into its file's entry (the check page marks each cell). */
  constructor(onAdd?: (input: ProblemInput) => void) {
    this.onAdd = onAdd;
  }

  add(input: ProblemInput): void {
    this.onAdd?.(input);
    const line = input.line ?? null;
    const severity = MESSAGES[input.code].severity;
    const warningKey = key(input.file, input.code, PER_COLUMN.has(input.code) ? input.column : '');
    if (severity === 'warning') {
      const seen = this.warnings.get(warningKey);
      if (seen) {
        seen.count++;
        if (line !== null && seen.lines.length < MAX_LINES) seen.lines.push(line);
        return;
      }
    }
    const group = key(input.file, input.code);
    const listed = this.listed.get(group) ?? 0;
    if (listed >= MAX_LISTED || (line !== null && this.listedRows >= MAX_LISTED_PER_PLAN)) return this.addOverflow(group, input, line);
    this.listed.set(group, listed + 1);
    if (line !== null) this.listedRows++;
    const problem = this.describe(input, line);
    this.entries.push(problem);
    if (severity === 'warning') this.warnings.set(warningKey, problem);
  }

  private describe(input: ProblemInput, line: number | null): Problem {
    const column = input.column ?? null;
    const published = (field: Redaction['field'], text: string | null | undefined) => {
      const shown = redactNullable(text);
      if (shown !== (text ?? null)) this.hidden.push({ file: input.file, line, column, code: input.code, field, value: text! });
      return shown;
    };
    const value = published('value', input.value);
    const columnName = published('column_name', input.columnName);
    const other = published('other', input.params?.other);
    const params: MessageParams = { ...input.params, value: value ?? undefined, column: columnName ?? undefined, other: other ?? undefined };
    const sheet = this.sheets.get(input.file);
    // The sheet's name is a text of the file too: it is published under the same rule.
    const cell = sheet === undefined ? null : formatCellRef(redactNullable(sheet) ?? sheet, line, column);
    return { file: input.file, line, column, column_name: columnName, cell, ...describeProblem(input.code, params), value, count: 1, lines: line === null ? [] : [line] };
  }

  private addOverflow(group: string, input: ProblemInput, line: number | null): void {
    let more = this.overflow.get(group);
    if (!more) {
      more = { file: input.file, code: input.code, count: 0, ranges: [], column: redactNullable(input.columnName) ?? undefined, truncated: false };
      this.overflow.set(group, more);
    }
    more.count++;
    if (line !== null) more.truncated = !addLine(more.ranges, line) || more.truncated;
  }

  /** Every problem, sorted by file, line, column and code; a file's `more` entries after its listed ones. */
  all(): Problem[] {
    const more = [...this.overflow.values()].map((o): Problem => {
      const { ranges, truncated } = mergeRanges(o.ranges);
      return {
        file: o.file, line: ranges[0]?.[0] ?? null, column: null, column_name: null, cell: null,
        ...describeMore(o.code, o.count, formatRanges(ranges, truncated || o.truncated), { column: o.column }),
        value: null, count: o.count, lines: [], line_ranges: ranges, more: true,
      };
    });
    const order = (n: number | null) => (n === null ? -1 : n);
    return [...this.entries, ...more].sort(
      (a, b) =>
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        Number(a.more ?? false) - Number(b.more ?? false) ||
        order(a.line) - order(b.line) ||
        order(a.column) - order(b.column) ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
  }

  /** The texts hidden from published problems, in the order they were met. */
  redactions(): Redaction[] {
    return [...this.hidden];
  }
}

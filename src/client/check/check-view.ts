// The check page's view of a check (checkFiles' result): per file, its facts
// and row accounting, its problems numbered with their position and wording
// in the page's language, and the table as read with every problem's cells
// marked. A cell of a personal-data column is never shown; any other cell or
// header is shown as a published problem may show it (src/core/redact.ts).
// Pure (no DOM): render-check.ts lays it out, tests read it.
import type { HasTemplate } from '../../core/indicators.ts';
import { MESSAGES, type Severity } from '../../core/messages.ts';
import { redactText } from '../../core/redact.ts';
import type { Lang } from '../../i18n/index.ts';
import { tc } from '../../i18n/check.ts';
import { formatNumber } from '../../i18n/format-number.ts';
import type { CheckResult, Occurrence } from '../../pipeline/check-files.ts';
import { headerMatcherOf, type HeaderMatch } from '../../pipeline/match-header.ts';
import type { Problem } from '../../pipeline/problems.ts';
import type { FileRead } from '../../pipeline/read-report.ts';

export interface ProblemView {
  /** 1-based, unique on the page: the mark in the table says it, `#check-problem-<n>` links to it. */
  n: number;
  code: string;
  severity: Severity;
  message: string;
  hint: string;
  /** "dòng 12, cột 5 (Tổng số học sinh)", "cả tệp"… */
  where: string;
  /** The position as the ingest report gives it. */
  file: string;
  line: number | null;
  column: number | null;
}

export interface Mark {
  n: number;
  severity: 'error' | 'warning';
}

export type ColumnKind = HeaderMatch['kind'];

export interface ColumnView {
  header: string;
  kind: ColumnKind;
  marks: Mark[];
}

export interface CellView {
  text: string;
  /** A personal-data cell: never shown, whatever it held. */
  hidden: boolean;
  marks: Mark[];
}

export type RowOutcome = 'accepted' | 'superseded' | 'conflict' | 'rejected';

export interface RowView {
  line: number;
  outcome: RowOutcome;
  cells: CellView[];
  /** Problems of the whole row (no column). */
  marks: Mark[];
}

export interface FileView {
  file: string;
  rejected: boolean;
  /** Encoding, delimiter and header line, once the file could be decoded and its header found. */
  facts: string | null;
  summary: string;
  errors: number;
  warnings: number;
  problems: ProblemView[];
  table: { headerLine: number; columns: ColumnView[]; headerMarks: Mark[]; rows: RowView[] } | null;
}

export interface CheckView {
  files: FileView[];
  /** Years with reports that would be accepted. */
  years: string[];
  errors: number;
  warnings: number;
}

const ENCODINGS: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 (BOM)', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1258': 'Windows-1258', tcvn3: 'TCVN3' };
const DELIMITERS = { vi: { ',': 'dấu phẩy', ';': 'dấu chấm phẩy', '\t': 'tab' }, en: { ',': 'comma', ';': 'semicolon', '\t': 'tab' } };
/** Warnings said once per column (problems.ts) are found again by their column. */
const PER_COLUMN = new Set(['personal-data-column', 'unknown-column']);

const key = (...parts: (string | number | null)[]) => parts.map(String).join('\u0000');

function describeWhere(lang: Lang, problem: Problem): string {
  if (problem.line === null) return tc(lang, 'check.position.file');
  if (problem.count > 1 && problem.lines.length > 1) {
    const lines = problem.lines.slice(0, 20).join(', ') + (problem.lines.length > 20 || problem.count > problem.lines.length ? '…' : '');
    return tc(lang, 'check.position.lines', { count: formatNumber(lang, problem.count), lines });
  }
  const named = problem.column_name ? ` (${problem.column_name})` : '';
  // A workbook's problem is placed as Excel names a cell: 'Báo cáo'!F12.
  if (problem.cell) return tc(lang, 'check.position.cell', { cell: problem.cell }) + named;
  const parts = [tc(lang, 'check.position.line', { line: problem.line })];
  if (problem.column !== null) parts.push(tc(lang, 'check.position.column', { column: problem.column }) + named);
  return parts.join(', ');
}

/** Which numbered problem an occurrence belongs to: its own entry, or the entry a warning was folded into. */
function indexProblems(problems: readonly ProblemView[], source: readonly Problem[]) {
  const exact = new Map<string, ProblemView>();
  const folded = new Map<string, ProblemView>();
  source.forEach((p, i) => {
    const view = problems[i]!;
    exact.set(key(p.file, p.line, p.column, p.code), view);
    const fold = key(p.file, p.code, PER_COLUMN.has(p.code) ? p.column : null);
    if (!folded.has(fold)) folded.set(fold, view);
  });
  return (o: Occurrence) => exact.get(key(o.file, o.line, o.column, o.code)) ?? folded.get(key(o.file, o.code, PER_COLUMN.has(o.code) ? o.column : null));
}

function fileTable(read: FileRead, plan: HasTemplate, outcomes: Map<string, RowOutcome>, marks: readonly { o: Occurrence; mark: Mark }[]) {
  if (read.headerLine === null) return null;
  const matcher = headerMatcherOf(plan);
  const width = Math.max(read.headerCells.length, ...read.rows.map((r) => r.cells.length));
  const columns: ColumnView[] = Array.from({ length: width }, (_, i) => {
    const header = read.headerCells[i] ?? '';
    return { header: redactText(header.replace(/\s+/g, ' ').trim()), kind: matcher.match(header).kind, marks: [] };
  });
  const headerMarks: Mark[] = [];
  const rows: RowView[] = read.rows.map((row) => ({
    line: row.line,
    outcome: outcomes.get(key(read.file, row.line)) ?? 'rejected',
    // What a published problem may not show is not shown here either (src/core/redact.ts).
    cells: columns.map((column, i) => ({ text: column.kind === 'personal' ? '' : redactText(row.cells[i] ?? ''), hidden: column.kind === 'personal', marks: [] })),
    marks: [],
  }));
  const byLine = new Map(rows.map((r) => [r.line, r]));
  for (const { o, mark } of marks) {
    if (o.line === read.headerLine) {
      const column = o.column === null ? undefined : columns[o.column - 1];
      (column ? column.marks : headerMarks).push(mark);
      continue;
    }
    const row = o.line === null ? undefined : byLine.get(o.line);
    if (!row) continue;
    const cell = o.column === null ? undefined : row.cells[o.column - 1];
    (cell ? cell.marks : row.marks).push(mark);
  }
  return { headerLine: read.headerLine, columns, headerMarks, rows };
}

/** The view of a check for a page in `lang`; problem numbers start at 1. */
export function buildCheckView(result: CheckResult, plan: HasTemplate, lang: Lang): CheckView {
  const n = (value: number) => formatNumber(lang, value);
  const views: ProblemView[] = result.problems.map((p, i) => ({
    n: i + 1, code: p.code, severity: p.severity,
    message: lang === 'vi' ? p.message_vi : p.message_en,
    hint: lang === 'vi' ? p.hint_vi : p.hint_en,
    where: describeWhere(lang, p),
    file: p.file, line: p.line, column: p.column,
  }));
  const problemOf = indexProblems(views, result.problems);
  const outcomes = new Map(result.resolved.map((r) => [key(r.report.file, r.report.line), r.status as RowOutcome]));
  const files: FileView[] = result.reads.map((read, i) => {
    const entry = result.report.files[i]!;
    const own = result.problems.flatMap((p, j) => (p.file === read.file ? [views[j]!] : []));
    const marks = result.occurrences.flatMap((o) => {
      const problem = o.file === read.file ? problemOf(o) : undefined;
      return problem ? [{ o, mark: { n: problem.n, severity: MESSAGES[o.code].severity === 'warning' ? 'warning' as const : 'error' as const } }] : [];
    });
    const facts = read.headerLine === null ? null
      : read.sheet !== null ? tc(lang, 'check.fileFactsSheet', { sheet: read.sheet, header: read.headerLine })
      : read.encoding && read.delimiter ? tc(lang, 'check.fileFacts', { encoding: ENCODINGS[read.encoding] ?? read.encoding, delimiter: DELIMITERS[lang][read.delimiter], header: read.headerLine })
      : null;
    const summary = entry.status === 'rejected'
      ? tc(lang, 'check.fileRejected')
      : tc(lang, 'check.fileSummary', { read: n(entry.rows_read), accepted: n(entry.accepted), superseded: n(entry.superseded), conflict: n(entry.conflict), rejected: n(entry.rejected) });
    return {
      file: read.file,
      rejected: entry.status === 'rejected',
      facts,
      summary,
      errors: own.filter((p) => p.severity !== 'warning').length,
      warnings: own.filter((p) => p.severity === 'warning').length,
      problems: own,
      table: fileTable(read, plan, outcomes, marks),
    };
  });
  const years = result.report.years
    .filter((y) => y.schools_reported > 0)
    .map((y) => tc(lang, 'check.yearSummary', { year: y.year, accepted: n(y.schools_reported), onTime: n(y.on_time), late: n(y.late) }));
  return { files, years, errors: result.report.totals.errors, warnings: result.report.totals.warnings };
}

// Reads the ingest's report (out/data/<plan-id>/ingest-report.json, format 1:
// files[] with row counts, problems[] with file/line/column, code, severity,
// message_vi/en, hint_vi/en) into the summary the Reporting page shows data
// officers. The file enters as unknown; fields are picked defensively, so a
// new field never breaks the site and a missing one shows as blank. Every text
// of a problem passes the rule of src/core/redact.ts again (whatever wrote the
// report), and file names have their control characters escaped.
import { escapeControl } from '../core/escape-control.ts';
import { redactNullable, redactText } from '../core/redact.ts';
import type { IngestFile, IngestSummary, Problem } from './types.ts';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** A bilingual text given as {vi, en} or as separate `<key>_vi` / `<key>_en` fields. */
function text(raw: Obj, key: string): { vi: string; en: string } | null {
  const nested = raw[key];
  const vi = isObj(nested) ? str(nested.vi) : str(raw[`${key}_vi`] ?? (typeof nested === 'string' ? nested : ''));
  const en = isObj(nested) ? str(nested.en) : str(raw[`${key}_en`]);
  return vi || en ? { vi: redactText(vi || en), en: redactText(en || vi) } : null;
}

const isRange = (v: unknown): v is [number, number] => Array.isArray(v) && v.length === 2 && num(v[0]) !== null && num(v[1]) !== null;

export function readProblem(raw: unknown, file = ''): Problem | null {
  if (!isObj(raw)) return null;
  const severity = str(raw.severity);
  const line = num(raw.line);
  const lines = Array.isArray(raw.lines) ? raw.lines.map(num).filter((n): n is number => n !== null) : line !== null ? [line] : [];
  return {
    file: escapeControl(str(raw.file ?? raw.path) || file),
    line,
    column: num(raw.column),
    columnName: redactNullable(str(raw.column_name) || null),
    // A sheet's name is a text of the file: shown under the same rule as the other texts.
    cell: redactNullable(str(raw.cell) || null),
    code: str(raw.code),
    severity: severity === 'warning' || severity === 'info' ? severity : 'error',
    message: text(raw, 'message') ?? { vi: '', en: '' },
    hint: text(raw, 'hint'),
    value: raw.value === null || raw.value === undefined ? null : redactText(str(raw.value)),
    count: num(raw.count) ?? Math.max(1, lines.length),
    lines,
    more: raw.more === true,
    lineRanges: Array.isArray(raw.line_ranges) ? raw.line_ranges.filter(isRange).map(([a, b]) => [a, b] as [number, number]) : [],
  };
}

function readFile(raw: unknown): IngestFile | null {
  if (!isObj(raw)) return null;
  const path = escapeControl(str(raw.file ?? raw.path));
  const problems = Array.isArray(raw.problems) ? raw.problems.map((p) => readProblem(p, path)).filter((p): p is Problem => p !== null) : [];
  return {
    path,
    status: str(raw.status) || 'read',
    encoding: str(raw.encoding),
    read: num(raw.rows_read ?? raw.read),
    accepted: num(raw.accepted),
    superseded: num(raw.superseded),
    conflict: num(raw.conflict),
    rejected: num(raw.rejected),
    problems,
  };
}

/** The summary of an ingest report; null when the input is not a report at all. */
export function readIngestReport(raw: unknown): IngestSummary | null {
  if (!isObj(raw)) return null;
  const files = (Array.isArray(raw.files) ? raw.files : []).map(readFile).filter((f): f is IngestFile => f !== null);
  const byPath = new Map(files.map((f) => [f.path, f]));
  const other: Problem[] = [];
  for (const problem of (Array.isArray(raw.problems) ? raw.problems : []).map((p) => readProblem(p)).filter((p): p is Problem => p !== null)) {
    const file = byPath.get(problem.file);
    if (file) file.problems.push(problem);
    else other.push(problem);
  }
  const totals = isObj(raw.totals) ? raw.totals : {};
  return {
    totals: {
      files: num(totals.files),
      rowsRead: num(totals.rows_read),
      accepted: num(totals.accepted),
      superseded: num(totals.superseded),
      conflict: num(totals.conflict),
      rejected: num(totals.rejected),
      errors: num(totals.errors),
      warnings: num(totals.warnings),
    },
    files,
    other,
  };
}

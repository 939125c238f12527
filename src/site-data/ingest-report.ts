// Reads the ingest's report (out/data/<plan-id>/ingest-report.json) into the
// summary the Reporting page shows data officers. The file enters as unknown;
// fields are picked defensively so a new field in the ingest never breaks
// the site, and a missing one shows as blank.
import type { IngestFile, IngestSummary, Problem } from './types.ts';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

function text(v: unknown, fallbackEn?: unknown): { vi: string; en: string } | null {
  if (isObj(v)) {
    const vi = str(v.vi);
    const en = str(v.en) || vi;
    return vi || en ? { vi: vi || en, en } : null;
  }
  if (typeof v === 'string' && v) return { vi: v, en: str(fallbackEn) || v };
  return null;
}

function first(obj: Obj, ...keys: string[]): unknown {
  for (const key of keys) if (obj[key] !== undefined) return obj[key];
  return undefined;
}

export function readProblem(raw: unknown, file = ''): Problem | null {
  if (!isObj(raw)) return null;
  const severity = str(first(raw, 'severity', 'level'));
  const message = text(first(raw, 'message', 'messageVi', 'message_vi'), first(raw, 'messageEn', 'message_en'));
  return {
    file: str(first(raw, 'file', 'path', 'source_file')) || file,
    line: num(first(raw, 'line', 'source_line')),
    column: num(first(raw, 'column', 'col')),
    code: str(first(raw, 'code')),
    severity: severity === 'warning' || severity === 'info' ? severity : 'error',
    message: message ?? { vi: '', en: '' },
    hint: text(first(raw, 'hint', 'hintVi', 'hint_vi'), first(raw, 'hintEn', 'hint_en')),
  };
}

function readCounts(raw: Obj): Pick<IngestFile, 'read' | 'accepted' | 'superseded' | 'rejected'> {
  const counts = isObj(raw.rows) ? raw.rows : isObj(raw.counts) ? raw.counts : raw;
  return {
    read: num(first(counts, 'read', 'rowsRead', 'rows_read')),
    accepted: num(first(counts, 'accepted', 'rowsAccepted')),
    superseded: num(first(counts, 'superseded', 'rowsSuperseded')),
    rejected: num(first(counts, 'rejected', 'rowsRejected')),
  };
}

function readFile(raw: unknown): IngestFile | null {
  if (!isObj(raw)) return null;
  const path = str(first(raw, 'path', 'file', 'source_file'));
  const problems = Array.isArray(raw.problems) ? raw.problems.map((p) => readProblem(p, path)).filter((p): p is Problem => p !== null) : [];
  return { path, ...readCounts(raw), problems };
}

/** The summary of an ingest report; null when the input is not a report at all. */
export function readIngestReport(raw: unknown): IngestSummary | null {
  if (!isObj(raw)) return null;
  const files = (Array.isArray(raw.files) ? raw.files : []).map(readFile).filter((f): f is IngestFile => f !== null);
  const loose = Array.isArray(raw.problems) ? raw.problems.map((p) => readProblem(p)).filter((p): p is Problem => p !== null) : [];
  // Problems listed at the top level but naming a known file are shown with that file.
  const byPath = new Map(files.map((f) => [f.path, f]));
  const other: Problem[] = [];
  for (const problem of loose) {
    const file = byPath.get(problem.file);
    if (file && !file.problems.some((p) => p.line === problem.line && p.column === problem.column && p.code === problem.code)) file.problems.push(problem);
    else if (!file) other.push(problem);
  }
  return { files, other };
}

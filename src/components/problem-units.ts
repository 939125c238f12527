// Which schools (and so which wards) each problem of the ingest report is
// about: its file and line(s) against the rows each school sent (its
// submissions and rejected rows, from schools.json). A warning said once for
// many lines is about every school whose row it lists; a file-level problem,
// or a row whose school could not be told (a code not in the roster), is
// about none. Pure: the school, ward and Reporting pages lay the result out.
import type { Problem, SchoolDetail, SchoolSubmission, SiteData } from '../site-data/types.ts';

type Row = Pick<SchoolSubmission, 'source_file' | 'source_line'>;

/** Where a problem is, as data officers look it up: `file:line:column`, and the workbook cell when there is one. */
export function positionOf(problem: Problem): string {
  return [problem.file, problem.line, problem.column].filter((x) => x !== null && x !== '').join(':') + (problem.cell ? ` (${problem.cell})` : '');
}

/** The lines a problem stands for: its own, the lines of a warning said once, the ranges of a `more` entry. */
function coversLine(problem: Problem, line: number): boolean {
  if (problem.line === line || problem.lines.includes(line)) return true;
  return problem.more && problem.lineRanges.some(([first, last]) => line >= first && line <= last);
}

/** Every problem of the report, with the file it belongs to (the Reporting page's "other" problems have none). */
function allProblems(site: Pick<SiteData, 'ingest'>): Problem[] {
  return site.ingest?.files.flatMap((f) => f.problems) ?? [];
}

/** The problems about a set of rows, in the ingest report's order. */
export function problemsOfRows(site: Pick<SiteData, 'ingest'>, rows: readonly Row[]): Problem[] {
  const byFile = new Map<string, number[]>();
  for (const row of rows) {
    const lines = byFile.get(row.source_file) ?? [];
    lines.push(row.source_line);
    byFile.set(row.source_file, lines);
  }
  return allProblems(site).filter((p) => byFile.get(p.file)?.some((line) => coversLine(p, line)) ?? false);
}

/** A school's problems: those about any row it sent, accepted, replaced, tied or rejected. */
export function schoolProblems(site: Pick<SiteData, 'ingest'>, detail: Pick<SchoolDetail, 'submissions'>): Problem[] {
  return problemsOfRows(site, detail.submissions);
}

export interface PlacedProblem {
  problem: Problem;
  /** The roster schools it is about, by code (none for a file-level problem). */
  schools: string[];
}

/** Each problem with the schools it is about. */
export function placeProblems(problems: readonly Problem[], details: Record<string, Pick<SchoolDetail, 'submissions'>>): PlacedProblem[] {
  const rowsByFile = new Map<string, { line: number; school: string }[]>();
  for (const [school, detail] of Object.entries(details)) {
    for (const row of detail.submissions) {
      const rows = rowsByFile.get(row.source_file) ?? [];
      rows.push({ line: row.source_line, school });
      rowsByFile.set(row.source_file, rows);
    }
  }
  return problems.map((problem) => {
    const rows = rowsByFile.get(problem.file) ?? [];
    const schools = [...new Set(rows.filter((r) => coversLine(problem, r.line)).map((r) => r.school))].sort();
    return { problem, schools };
  });
}

export interface WardProblems {
  ward: string;
  /** Each problem about a school of the ward, with those schools (code and name). */
  problems: { problem: Problem; schools: { code: string; name: string }[] }[];
}

/**
 * The listed problems by ward (wards in roster order), and those about no
 * school. A problem about schools of two wards is under both.
 */
export function groupByWard(
  problems: readonly Problem[],
  site: Pick<SiteData, 'wards' | 'schools'>,
  details: Record<string, Pick<SchoolDetail, 'submissions'>>,
): { wards: WardProblems[]; unplaced: Problem[] } {
  const schoolOf = new Map(site.schools.map((s) => [s.code, s]));
  const byWard = new Map<string, WardProblems>();
  const unplaced: Problem[] = [];
  for (const { problem, schools } of placeProblems(problems, details)) {
    const known = schools.map((code) => schoolOf.get(code)).filter((s) => s !== undefined);
    if (known.length === 0) unplaced.push(problem);
    for (const ward of new Set(known.map((s) => s.ward))) {
      const group = byWard.get(ward) ?? { ward, problems: [] };
      group.problems.push({ problem, schools: known.filter((s) => s.ward === ward).map((s) => ({ code: s.code, name: s.name })) });
      byWard.set(ward, group);
    }
  }
  const wards = site.wards.map((w) => byWard.get(w.code)).filter((g) => g !== undefined);
  return { wards, unplaced };
}

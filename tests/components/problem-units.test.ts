// Issue 7.4: which schools and wards each problem of the ingest report is
// about (its file and lines against the rows each school sent), table by
// table; a problem about no school stays apart.
import { describe, expect, it } from 'vitest';
import { groupByWard, placeProblems, positionOf, schoolProblems } from '../../src/components/problem-units.ts';
import type { Problem, SchoolDetail, SiteData } from '../../src/site-data/types.ts';

const problem = (over: Partial<Problem>): Problem => ({
  file: 'p/2026/a.csv', line: null, column: null, columnName: null, cell: null, code: 'bad-number', severity: 'error',
  message: { vi: 'm', en: 'm' }, hint: null, value: null, count: 1, lines: [], more: false, lineRanges: [], ...over,
});
const row = (source_file: string, source_line: number, status: 'accepted' | 'rejected' = 'accepted') => ({ year: 2026, report_date: '', timeliness: '', status, source_file, source_line });

const details: Record<string, Pick<SchoolDetail, 'submissions'>> = {
  S1: { submissions: [row('p/2026/a.csv', 2)] },
  S2: { submissions: [row('p/2026/a.csv', 3, 'rejected')] },
  S3: { submissions: [row('p/2026/b.xlsx', 5), row('p/2025/c.csv', 9)] },
};
const site: Pick<SiteData, 'wards' | 'schools'> = {
  wards: [{ code: 'W1', name: 'Xã Một', type: 'Xã' }, { code: 'W2', name: 'Phường Hai', type: 'Phường' }],
  schools: [
    { code: 'S1', name: 'Trường A', level: '1', ward: 'W1', states: {} },
    { code: 'S2', name: 'Trường B', level: '2', ward: 'W1', states: {} },
    { code: 'S3', name: 'Trường C', level: '1', ward: 'W2', states: {} },
  ],
};

describe('placeProblems', () => {
  it.each([
    { name: 'an error on a row is about the school of that row', p: problem({ line: 3, column: 5 }), schools: ['S2'] },
    { name: 'a warning said once is about every school whose line it lists', p: problem({ code: 'excel-number-code', severity: 'warning', line: 2, lines: [2, 3], count: 2 }), schools: ['S1', 'S2'] },
    { name: 'a `more` entry is about the schools in its line ranges', p: problem({ line: 2, more: true, lineRanges: [[3, 4]], count: 2 }), schools: ['S1', 'S2'] },
    { name: 'a workbook problem is found by its sheet row', p: problem({ file: 'p/2026/b.xlsx', line: 5, column: 14, cell: "'Tổng hợp'!N5" }), schools: ['S3'] },
    { name: 'a whole-file problem is about no school', p: problem({ code: 'header-not-found', severity: 'error' }), schools: [] },
    { name: 'a row no school sent (a code not in the roster) is about none', p: problem({ code: 'school-not-in-roster', line: 7 }), schools: [] },
    { name: 'the same line of another file is another row', p: problem({ file: 'p/2025/c.csv', line: 2 }), schools: [] },
  ])('$name', ({ p, schools }) => {
    expect(placeProblems([p], details)[0]!.schools).toEqual(schools);
  });
});

describe('schoolProblems and groupByWard', () => {
  const problems = [problem({ line: 2 }), problem({ line: 3, code: 'ward-mismatch' }), problem({ file: 'p/2026/b.xlsx', line: 5 }), problem({ code: 'header-not-found' })];
  const ingest = { ingest: { totals: {} as never, other: [], files: [{ path: 'p/2026/a.csv', status: 'read', encoding: 'utf-8', read: 2, accepted: 1, superseded: 0, conflict: 0, rejected: 1, problems: problems.filter((p) => p.file === 'p/2026/a.csv') }, { path: 'p/2026/b.xlsx', status: 'read', encoding: '', read: 1, accepted: 1, superseded: 0, conflict: 0, rejected: 0, problems: [problems[2]!] }] } };
  it('a school has the problems of the rows it sent', () => {
    expect(schoolProblems(ingest, details.S2!).map((p) => p.code)).toEqual(['ward-mismatch']);
    expect(schoolProblems(ingest, details.S3!).map((p) => p.line)).toEqual([5]);
  });
  it('groups by ward in roster order, the schools named, the rest apart', () => {
    const grouped = groupByWard(problems, site, details);
    expect(grouped.wards.map((w) => [w.ward, w.problems.map((p) => [p.problem.line, p.schools.map((s) => s.name)])])).toEqual([
      ['W1', [[2, ['Trường A']], [3, ['Trường B']]]],
      ['W2', [[5, ['Trường C']]]],
    ]);
    expect(grouped.unplaced.map((p) => p.code)).toEqual(['header-not-found']);
  });
  it('positions read as file:line:column, with the workbook cell', () => {
    expect(positionOf(problem({ line: 3, column: 5 }))).toBe('p/2026/a.csv:3:5');
    expect(positionOf(problem({ file: 'p/2026/b.xlsx', line: 5, column: 14, cell: "'Tổng hợp'!N5" }))).toBe("p/2026/b.xlsx:5:14 ('Tổng hợp'!N5)");
    expect(positionOf(problem({}))).toBe('p/2026/a.csv');
  });
});

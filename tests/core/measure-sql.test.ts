// Runs the shared measure SQL on real DuckDB (node-api) over tiny inline tables
// (observations, and the wide reports table derived from them as the ingest does).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { buildApplicableQuery, buildJudgedTableSql, buildMeasureQuery, buildMeasuresQuery, buildCompletenessQuery, buildReportsTableSql, levelPattern, groupMeasuresRows } from '../../src/core/measure-sql.ts';
import type { Measure } from '../../src/core/plan-schema.ts';

let con: DuckDBConnection;

// Two wards. W1: school A 9/10 staff, school B 1/90 → ward ratio 10/100 = 10 %
// (the mean of school rates would be 45.6 %). W2: C has a blank numerator,
// D is a preschool where the score is not applicable.
const OBS = `
  ('A','W1','2', 'so_cbgvnv_ky_nang_so', 'value', 9), ('A','W1','2', 'so_cbgvnv', 'value', 10), ('A','W1','2','diem_cds_day_hoc','value',80), ('A','W1','2','co_ke_hoach','value',1),
  ('B','W1','12','so_cbgvnv_ky_nang_so', 'value', 1), ('B','W1','12','so_cbgvnv', 'value', 90), ('B','W1','12','diem_cds_day_hoc','value',40), ('B','W1','12','co_ke_hoach','value',0),
  ('C','W2','1', 'so_cbgvnv_ky_nang_so', 'missing', NULL), ('C','W2','1','so_cbgvnv','value', 30), ('C','W2','1','diem_cds_day_hoc','missing',NULL), ('C','W2','1','co_ke_hoach','missing',NULL),
  ('D','W2','45','so_cbgvnv_ky_nang_so', 'value', 5), ('D','W2','45','so_cbgvnv', 'value', 20), ('D','W2','45','diem_cds_day_hoc','not_applicable',NULL), ('D','W2','45','co_ke_hoach','value',1)`;

beforeAll(async () => {
  const instance = await DuckDBInstance.create(':memory:');
  con = await instance.connect();
  await con.run(`CREATE TABLE observations AS SELECT 2026::SMALLINT AS year, * FROM (VALUES ${OBS})
    t(school_code, ward_code, level_code, indicator, status, value)`);
  await con.run(`CREATE TABLE reports AS ${buildReportsTableSql(['so_cbgvnv_ky_nang_so', 'so_cbgvnv', 'diem_cds_day_hoc', 'co_ke_hoach'].map((id) => ({ id })))}`);
  await con.run(`CREATE TABLE schools AS SELECT * FROM (VALUES ('A','W1','2'),('B','W1','12'),('C','W2','1'),('D','W2','45'))
    t(school_code, ward_code, level_code)`);
  // C sent two reports tied on date (conflict); D sent one that was rejected.
  await con.run(`CREATE TABLE submissions AS SELECT * FROM (VALUES
    (2026::SMALLINT,'A','on_time','accepted'), (2026::SMALLINT,'B','late','accepted'), (2026::SMALLINT,'B','on_time','superseded'),
    (2026::SMALLINT,'C','on_time','conflict'), (2026::SMALLINT,'C','on_time','conflict'))
    t(year, school_code, timeliness, status)`);
  await con.run(`CREATE TABLE rejections AS SELECT * FROM (VALUES (2026::SMALLINT, 'D', 'ward-mismatch'), (2025::SMALLINT, 'A', 'bad-date'))
    t(year, school_code, problem_codes)`);
});
afterAll(() => con?.closeSync());

const measure = (over: Partial<Measure>): Measure => ({
  id: 'm', label: { vi: 'm', en: 'm' }, kind: 'ratio', indicator: 'so_cbgvnv_ky_nang_so', denominator: 'so_cbgvnv',
  unit: { vi: '%', en: '%' }, direction: 'up', levels: ['1', '2', '3', '4', '5', '6'], targets: [], weight: 1, ...over,
});

async function rows(query: { sql: string; params: (string | number)[] }) {
  const reader = await con.runAndReadAll(query.sql, query.params);
  return reader.getRowObjectsJson();
}

describe('buildMeasureQuery', () => {
  const cases = [
    { name: 'ratio by ward is a sum over sums', m: measure({}), by: ['ward_code'] as const,
      expected: [{ ward_code: 'W1', value: 10, numerator: 10, denominator: 100, schools_value: 2, schools_missing: 0, schools_na: 0 },
                 { ward_code: 'W2', value: 25, numerator: 5, denominator: 20, schools_value: 1, schools_missing: 1, schools_na: 0 }] },
    { name: 'mean keeps not-applicable apart from missing', m: measure({ kind: 'mean', indicator: 'diem_cds_day_hoc', denominator: undefined }), by: [] as const,
      expected: [{ value: 60, numerator: 120, denominator: null, schools_value: 2, schools_missing: 1, schools_na: 1 }] },
    { name: 'share-yes counts yes over answered', m: measure({ kind: 'share-yes', indicator: 'co_ke_hoach', denominator: undefined }), by: [] as const,
      expected: [{ value: 2 / 3 * 100, numerator: 2, denominator: null, schools_value: 3, schools_missing: 1, schools_na: 0 }] },
    { name: 'measure levels exclude preschools', m: measure({ levels: ['1', '2', '3', '6'] }), by: [] as const,
      expected: [{ value: 10, numerator: 10, denominator: 100, schools_value: 2, schools_missing: 1, schools_na: 0 }] },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const result = await rows(buildMeasureQuery(c.m, c.by));
      expect(result).toEqual(c.expected.map((e) => ({ ...e, value: expect.closeTo(e.value, 9) })));
    });
  }

  it('filters by ward and level through parameters only', async () => {
    const query = buildMeasureQuery(measure({}), ['school_code'], { wards: ["W1' OR 1=1 --"], levels: ['2'] });
    expect(query.sql).not.toContain('W1');
    expect(await rows(query)).toEqual([]);
    const w1 = await rows(buildMeasureQuery(measure({}), ['school_code'], { wards: ['W1'], levels: ['1'] }));
    expect(w1.map((r) => r.school_code)).toEqual(['B']);
  });
});

describe('levelPattern', () => {
  it.each([
    { measure: ['1', '2'], filter: undefined, expected: '[12]' },
    { measure: ['1', '2'], filter: ['2', '3'], expected: '[2]' },
    { measure: ['4', '5'], filter: ['1'], expected: '[^0-9]' },
  ])('$measure ∩ $filter → $expected', ({ measure, filter, expected }) => {
    expect(levelPattern(measure, filter)).toBe(expected);
  });
});

describe('buildCompletenessQuery', () => {
  it('splits on time, late, sent but rejected, not yet due and not reported', async () => {
    const before = await rows(buildCompletenessQuery([2026], { month: 12, day: 15 }, '2026-11-21', true));
    expect(before).toEqual([
      { year: 2026, ward_code: 'W1', expected: 2, on_time: 1, late: 1, rejected: 0, not_yet_due: 0, not_reported: 0 },
      { year: 2026, ward_code: 'W2', expected: 2, on_time: 0, late: 0, rejected: 2, not_yet_due: 0, not_reported: 0 },
    ]);
    const after = await rows(buildCompletenessQuery([2025, 2026], { month: 12, day: 15 }, '2026-12-16', false, { levels: ['2'] }));
    expect(after).toEqual([
      { year: 2025, expected: 2, on_time: 0, late: 0, rejected: 1, not_yet_due: 0, not_reported: 1 },
      { year: 2026, expected: 2, on_time: 1, late: 1, rejected: 0, not_yet_due: 0, not_reported: 0 },
    ]);
  });

  it('issue 6: a school whose only report was rejected is "sent but rejected", before and after the deadline', async () => {
    for (const buildDate of ['2026-11-21', '2027-01-20']) {
      const [row] = await rows(buildCompletenessQuery([2026], { month: 12, day: 15 }, buildDate, false, { schools: ['D'] }));
      expect(row).toMatchObject({ expected: 1, rejected: 1, not_yet_due: 0, not_reported: 0 });
    }
  });

  it('a school that sent nothing is not yet due, then not reported', async () => {
    await con.run(`INSERT INTO schools VALUES ('E', 'W2', '1')`);
    try {
      const at = async (buildDate: string) => (await rows(buildCompletenessQuery([2026], { month: 12, day: 15 }, buildDate, false, { schools: ['E'] })))[0];
      expect(await at('2026-12-15')).toMatchObject({ not_yet_due: 1, not_reported: 0 });
      expect(await at('2026-12-16')).toMatchObject({ not_yet_due: 0, not_reported: 1 });
    } finally {
      await con.run(`DELETE FROM schools WHERE school_code = 'E'`);
    }
  });
});

describe('learners of count measures', () => {
  it('sums learners over the schools with a value, only for counts and when asked, null when one lacks them', async () => {
    await con.run(`CREATE TABLE learners_obs AS SELECT * FROM (VALUES
      ('A','W1','2','so_sang_kien','value',3), ('A','W1','2','so_hoc_sinh','value',400),
      ('B','W1','12','so_sang_kien','value',1), ('B','W1','12','so_hoc_sinh','value',600),
      ('C','W2','1','so_sang_kien','value',2), ('C','W2','1','so_hoc_sinh','missing',NULL),
      ('D','W2','45','so_sang_kien','missing',NULL), ('D','W2','45','so_hoc_sinh','value',100)) t(school_code, ward_code, level_code, indicator, status, value)`);
    await con.run(`INSERT INTO observations SELECT 2027::SMALLINT, * FROM learners_obs`);
    const ids = ['so_cbgvnv_ky_nang_so', 'so_cbgvnv', 'diem_cds_day_hoc', 'co_ke_hoach', 'so_sang_kien', 'so_hoc_sinh'].map((id) => ({ id }));
    await con.run(`DROP TABLE reports; CREATE TABLE reports AS ${buildReportsTableSql(ids)}`);
    try {
      const perSchool = measure({ kind: 'per-school', indicator: 'so_sang_kien', denominator: undefined });
      const got = await rows(buildMeasureQuery(perSchool, ['ward_code'], { years: [2027] }, '', { learners: 'so_hoc_sinh' }));
      expect(got.map((r) => [r.ward_code, r.value, r.learners])).toEqual([['W1', 2, 1000], ['W2', 2, null]]);
      const unasked = await rows(buildMeasureQuery(perSchool, ['ward_code'], { years: [2027] }));
      expect('learners' in unasked[0]!).toBe(false);
      const ratio = await rows(buildMeasureQuery(measure({}), [], { years: [2026] }, '', { learners: 'so_hoc_sinh' }));
      expect('learners' in ratio[0]!).toBe(false);
    } finally {
      const back = ['so_cbgvnv_ky_nang_so', 'so_cbgvnv', 'diem_cds_day_hoc', 'co_ke_hoach'].map((id) => ({ id }));
      await con.run(`DELETE FROM observations WHERE year = 2027; DROP TABLE learners_obs; DROP TABLE reports; CREATE TABLE reports AS ${buildReportsTableSql(back)}`);
    }
  });
});

describe('buildMeasuresQuery over the judged table', () => {
  const measures = [
    measure({ id: 'a' }),
    measure({ id: 'b', kind: 'mean', indicator: 'diem_cds_day_hoc', denominator: undefined, levels: ['1', '2', '3', '6'] }),
    measure({ id: 'c', kind: 'share-yes', indicator: 'co_ke_hoach', denominator: undefined }),
    measure({ id: 'd', levels: ['4', '5'] }),
    measure({ id: 'e', kind: 'total', indicator: 'so_cbgvnv', denominator: undefined, levels: ['2'] }),
  ];
  beforeAll(async () => {
    await con.run(`CREATE TABLE judged AS ${buildJudgedTableSql(measures)}`);
  });
  afterAll(async () => {
    await con.run('DROP TABLE judged');
  });
  // B teaches levels 1 and 2, D levels 4 and 5: a filter on level 1 keeps B
  // for a measure of every level, and for none of measure e's (level 2 only).
  it.each([
    { name: 'plan-wide', by: [] as const, filters: {} },
    { name: 'by ward, one level', by: ['ward_code'] as const, filters: { levels: ['1', '2'] } },
    { name: 'by ward, level 1 only', by: ['ward_code'] as const, filters: { levels: ['1'] } },
    { name: 'by level, level 4', by: ['level_code'] as const, filters: { levels: ['4'] } },
    { name: 'by school, one ward', by: ['school_code'] as const, filters: { wards: ['W2'] } },
  ])('gives each measure the rows of buildMeasureQuery: $name', async ({ by, filters }) => {
    const groups = groupMeasuresRows(await rows(buildMeasuresQuery(measures, by, filters)), measures.length);
    expect(groups.length).toBeGreaterThan(0);
    for (const [i, m] of measures.entries()) {
      const alone = await rows(buildMeasureQuery(m, by, filters));
      const split = groups.map((g) => g[i]!);
      // A group where the measure has no school in view is absent from the single query.
      const keyOf = (r: Record<string, unknown>) => JSON.stringify(by.map((k) => r[k]));
      const present = new Set(alone.map(keyOf));
      expect(split.filter((r) => present.has(keyOf(r as unknown as Record<string, unknown>)))).toEqual(alone);
      for (const r of split.filter((r) => !present.has(keyOf(r as unknown as Record<string, unknown>)))) {
        expect([r.value, r.schools_value, r.schools_missing, r.schools_na]).toEqual([null, 0, 0, 0]);
      }
    }
  });

  it('refuses a measure listed twice, in the table and in the query', () => {
    expect(() => buildJudgedTableSql([measures[0]!, measures[0]!])).toThrow(/twice/);
    expect(() => buildMeasuresQuery([measures[0]!, measures[0]!], ['year'])).toThrow(/twice/);
  });

  it('takes measure ids and filter values as parameters only', () => {
    const query = buildMeasuresQuery([measures[0]!], ['ward_code'], { wards: ["W1' OR 1=1 --"] });
    expect(query.sql).not.toContain('W1');
    expect(query.sql).not.toContain("'a'");
    expect(query.params).toEqual(expect.arrayContaining(['a', "W1' OR 1=1 --"]));
  });
});

describe('buildApplicableQuery', () => {
  // Roster: A (W1, level 2), B (W1, 12), C (W2, 1), D (W2, 45).
  const cases = [
    { name: 'by ward, every level', measures: [['1', '2', '3', '4', '5', '6']], group: 'ward_code' as const, filters: {},
      expected: [{ ward_code: 'W1', n_0: 2 }, { ward_code: 'W2', n_0: 2 }] },
    { name: "by ward, a measure's own levels", measures: [['1', '2', '3', '6']], group: 'ward_code' as const, filters: {},
      expected: [{ ward_code: 'W1', n_0: 2 }, { ward_code: 'W2', n_0: 1 }] },
    { name: 'the level filter narrows each measure', measures: [['1', '2', '3', '6'], ['4', '5']], group: 'ward_code' as const, filters: { levels: ['1'] },
      expected: [{ ward_code: 'W1', n_0: 1, n_1: 0 }, { ward_code: 'W2', n_0: 1, n_1: 0 }] },
    { name: 'one ward, ungrouped, several measures', measures: [['1', '2'], ['4', '5'], ['3']], group: null, filters: { wards: ['W2'] },
      expected: [{ n_0: 1, n_1: 1, n_2: 0 }] },
    { name: 'by school', measures: [['2']], group: 'school_code' as const, filters: { wards: ['W1'] },
      expected: [{ school_code: 'A', n_0: 1 }, { school_code: 'B', n_0: 1 }] },
  ];
  it.each(cases)('$name', async ({ measures, group, filters, expected }) => {
    expect(await rows(buildApplicableQuery(measures.map((levels) => ({ levels: levels as Measure['levels'] })), group, filters))).toEqual(expected);
  });

  it('takes filter values as parameters only', () => {
    const query = buildApplicableQuery([{ levels: ['1'] }], 'ward_code', { wards: ["W1' OR 1=1 --"] });
    expect(query.sql).not.toContain('W1');
    expect(query.params).toContain("W1' OR 1=1 --");
  });
});

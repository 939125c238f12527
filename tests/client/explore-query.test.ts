// The Explore page's SQL and result, on real DuckDB (node-api) over tiny
// tables: one scan for the measures chosen, grouped by the unit and the year,
// filters as parameters only; the result table's rows; the CSV in long form,
// formula-like names neutralised.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { buildJudgedTableSql, buildReportsTableSql, type Query } from '../../src/core/measure-sql.ts';
import { toMeasure } from '../../src/client/filter-config.ts';
import { exploreQueries, resultCsv, showSql, toResult, type ExploreConfig } from '../../src/client/explore-query.ts';
import type { ExploreState } from '../../src/client/explore-state.ts';

let con: DuckDBConnection;
const OBS = `
  (2025,'A','W1','1','so_cbgvnv_ky_nang_so','value',9), (2025,'A','W1','1','so_cbgvnv','value',10),
  (2025,'B','W2','2','so_cbgvnv_ky_nang_so','value',1), (2025,'B','W2','2','so_cbgvnv','value',10),
  (2026,'A','W1','1','so_cbgvnv_ky_nang_so','value',10), (2026,'A','W1','1','so_cbgvnv','value',10)`;

beforeAll(async () => {
  const instance = await DuckDBInstance.create(':memory:');
  con = await instance.connect();
  await con.run(`ATTACH ':memory:' AS d`);
  await con.run(`CREATE TABLE d.observations AS SELECT year::SMALLINT AS year, * EXCLUDE (year) FROM (VALUES ${OBS}) t(year, school_code, ward_code, level_code, indicator, status, value)`);
  await con.run(`USE d`);
  await con.run(`CREATE TABLE d.reports AS ${buildReportsTableSql([{ id: 'so_cbgvnv_ky_nang_so' }, { id: 'so_cbgvnv' }])}`);
  await con.run(`CREATE TABLE d.judged AS ${buildJudgedTableSql(Object.values(config.measures).map(toMeasure), 'd.')}`);
  await con.run(`CREATE TABLE d.wards AS SELECT * FROM (VALUES ('W1', 'Phường Một'), ('W2', '=HYPERLINK("x")')) t(ward_code, ward_name)`);
});
afterAll(() => con?.closeSync());

const rows = async (q: Query) => (await con.runAndReadAll(q.sql, q.params)).getRowObjectsJS() as Record<string, unknown>[];
const config: ExploreConfig = {
  lang: 'vi',
  planId: 'p',
  dbUrl: '/p/loc/p.duckdb',
  engine: { wasm: { wire: 1, bytes: 1 }, worker: { wire: 1, bytes: 1 }, database: { wire: 1, bytes: 1 } },
  options: { years: [2025, 2026], levels: ['1', '2'], wards: ['W1', 'W2'], measures: ['ks'], groups: ['ward_code', 'year'] },
  measures: { ks: { id: 'ks', kind: 'ratio', indicator: 'so_cbgvnv_ky_nang_so', denominator: 'so_cbgvnv', levels: ['1', '2'], direction: 'up', targets: [], label: 'Kỹ năng số', unit: '%', digits: 1 } },
  levelNames: { '1': 'Tiểu học', '2': 'THCS' },
};
const state = (over: Partial<ExploreState>): ExploreState => ({ years: [], levels: [], wards: [], measures: ['ks'], group: 'ward_code', ...over });

async function run(s: ExploreState) {
  const q = exploreQueries(s, config);
  return toResult(s, config, await rows(q.main), q.names ? ((await rows(q.names)) as { code: unknown; name: unknown }[]) : []);
}

describe('exploreQueries', () => {
  it.each([
    { name: 'by ward and year', s: state({}), expected: [['W1', 2025, 90], ['W1', 2026, 100], ['W2', 2025, 10]] },
    // A year with reports but none at the level chosen is a year without data, never 0.
    { name: 'by year, one level', s: state({ group: 'year', levels: ['2'] }), expected: [['2025', 2025, 10], ['2026', 2026, null]] },
    { name: 'by level, one year', s: state({ group: 'level_code', years: [2025] }), expected: [['1', 2025, 90], ['2', 2025, 10]] },
    { name: 'two wards chosen of two', s: state({ wards: ['W2'] }), expected: [['W2', 2025, 10]] },
  ])('$name', async ({ s, expected }) => {
    const result = await run(s);
    expect(result.rows.map((r) => [r.code, r.year, r.figures[0]!.value])).toEqual(expected);
  });

  it('names units from the database, levels from the plan', async () => {
    expect((await run(state({}))).rows.map((r) => r.name)).toEqual(['Phường Một', 'Phường Một', '=HYPERLINK("x")']);
    expect((await run(state({ group: 'level_code' }))).rows.map((r) => r.name)).toEqual(['Tiểu học', 'Tiểu học', 'THCS']);
  });

  it('keeps every chosen value out of the SQL text', () => {
    const q = exploreQueries(state({ wards: ["W1') OR 1=1 --"], years: [2025] }), config);
    expect(q.main.sql).not.toContain('OR 1=1');
    expect(q.main.params).toContain("W1') OR 1=1 --");
    expect(showSql(q.main)).toMatch(/-- \? = "ks", "\[0-9\]", "ks", 2025, "W1'\) OR 1=1 --"$/);
  });

  it('refuses a question without a measure', () => {
    expect(() => exploreQueries(state({ measures: [] }), config)).toThrow('choose at least one measure');
  });
});

describe('resultCsv', () => {
  it('one line per unit, year and measure, with the raw figures; formula-like names neutralised', async () => {
    const csv = resultCsv(await run(state({})));
    const lines = csv.replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('group,code,name,year,measure_id,measure,unit,value,numerator,denominator,schools_value,schools_missing,schools_na');
    expect(lines[1]).toBe('ward_code,W1,Phường Một,2025,ks,Kỹ năng số,%,90,9,10,1,0,0');
    expect(lines[3]).toBe(`ward_code,W2,"'=HYPERLINK(""x"")",2025,ks,Kỹ năng số,%,10,1,10,1,0,0`);
    expect(csv.startsWith('\ufeff')).toBe(true);
  });
});

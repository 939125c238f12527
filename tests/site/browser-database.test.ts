// The database the browser attaches: written from a real ingest (the e2e
// fixture, ENUM text columns and all), it holds only the tables and columns
// the browser reads, comes out byte-identical when written twice, and answers
// every measure and completeness query exactly as the full database does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { runIngest } from '../../src/pipeline/index.ts';
import { buildCompletenessQuery, buildMeasureQuery, buildMeasuresQuery, groupMeasuresRows, type Filters, type GroupKey, type Query } from '../../src/core/measure-sql.ts';
import { parsePlan, type Plan } from '../../src/core/plan-schema.ts';
import { BROWSER_TABLES, JUDGED_TABLE, writeBrowserDatabase } from '../../src/site-data/browser-database.ts';

const dataDir = fileURLToPath(new URL('../fixtures/e2e/data', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'browser-db-'));
const full = join(tmp, 'out', 'mini-2025', 'mini-2025.duckdb');
const slim = join(tmp, 'slim.duckdb');
const plan = (parsePlan(JSON.parse(readFileSync(join(dataDir, 'plans', 'mini-2025', 'plan.json'), 'utf8'))) as { plan: Plan }).plan;
let con: DuckDBConnection;
let close: () => void;

beforeAll(async () => {
  await runIngest({ dataDir, outDir: join(tmp, 'out'), buildDate: '2026-11-21' });
  await writeBrowserDatabase(full, slim, plan.criteria.flatMap((c) => c.measures));
  const instance = await DuckDBInstance.create(':memory:');
  con = await instance.connect();
  await con.run(`ATTACH '${full}' AS f (READ_ONLY)`);
  await con.run(`ATTACH '${slim}' AS d (READ_ONLY)`);
  close = () => (con.closeSync(), instance.closeSync());
});
afterAll(() => {
  close?.();
  rmSync(tmp, { recursive: true, force: true });
});

async function rows(sql: string, params: (string | number)[] = []) {
  return (await con.runAndReadAll(sql, params)).getRowObjectsJS();
}
const on = (schema: 'f.' | 'd.', build: (schema: string) => Query) => build(schema);

describe('writeBrowserDatabase', () => {
  it('holds only the tables and columns the browser reads', async () => {
    const columns = await rows("SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = 'd' ORDER BY table_name, column_index");
    const byTable: Record<string, string[]> = {};
    for (const c of columns) (byTable[String(c.table_name)] ??= []).push(String(c.column_name));
    expect(Object.keys(byTable).sort()).toEqual([...Object.keys(BROWSER_TABLES), JUDGED_TABLE].sort());
    for (const [table, wanted] of Object.entries(BROWSER_TABLES)) if (wanted !== '*') expect(byTable[table]).toEqual(wanted);
    const fullReports = await rows("SELECT column_name FROM duckdb_columns() WHERE database_name = 'f' AND table_name = 'reports' ORDER BY column_index");
    expect(byTable.reports).toEqual(fullReports.map((c) => String(c.column_name)));
  });

  it('keeps every row of the tables it copies', async () => {
    for (const table of Object.keys(BROWSER_TABLES)) {
      const [a] = await rows(`SELECT count(*)::INTEGER AS n FROM f.${table}`);
      const [b] = await rows(`SELECT count(*)::INTEGER AS n FROM d.${table}`);
      expect(b!.n, table).toBe(a!.n);
    }
  });

  it('is smaller than the full database and byte-identical when written again', async () => {
    expect(statSync(slim).size).toBeLessThan(statSync(full).size);
    const again = join(tmp, 'again.duckdb');
    await writeBrowserDatabase(full, again, plan.criteria.flatMap((c) => c.measures));
    expect(readFileSync(again).equals(readFileSync(slim))).toBe(true);
  });

  it('answers every measure and completeness query as the full database does', async () => {
    const measures = plan.criteria.flatMap((c) => c.measures);
    const years = plan.phases.flatMap((p) => p.years);
    const questions: ((schema: string) => Query)[] = [
      ...measures.flatMap((m) => [
        (s: string) => buildMeasureQuery(m, ['ward_code', 'year'], {}, s),
        (s: string) => buildMeasureQuery(m, ['school_code'], { levels: ['1'], years: [years[0]!] }, s),
        (s: string) => buildMeasureQuery(m, ['level_code', 'year'], {}, s),
      ]),
      (s) => buildCompletenessQuery(years, plan.deadline, '2026-11-21', true, {}, s),
    ];
    for (const build of questions) {
      const a = on('f.', build);
      expect(await rows(on('d.', build).sql, a.params), a.sql).toEqual(await rows(a.sql, a.params));
    }
  });

  // The judged table: its several-measures aggregate gives each measure the rows
  // of buildMeasureQuery on the full database (a group where a measure has no
  // school in view has its empty row: no value, no school counted).
  it.each([
    { name: 'by year', by: ['year'] as GroupKey[], filters: {} as Filters },
    { name: 'by ward and year, two levels', by: ['ward_code', 'year'] as GroupKey[], filters: { levels: ['1', '2'] } },
    { name: 'by school, one ward, one year', by: ['school_code'] as GroupKey[], filters: { years: plan.phases[0]!.years.slice(0, 1) } as Filters, oneWard: true },
    { name: 'by level, preschool only', by: ['level_code'] as GroupKey[], filters: { levels: ['1'] } },
  ])('judges every measure as the full database does: $name', async ({ by, filters: given, oneWard }) => {
    const [first] = await rows('SELECT min(ward_code::VARCHAR) AS w FROM f.schools');
    const filters: Filters = oneWard ? { ...given, wards: [String(first!.w)] } : given;
    const measures = plan.criteria.flatMap((c) => c.measures);
    const q = buildMeasuresQuery(measures, by, filters, 'd.');
    const groups = groupMeasuresRows(await rows(q.sql, q.params), measures.length);
    expect(groups.length).toBeGreaterThan(0);
    const keyOf = (r: Record<string, unknown>) => JSON.stringify(by.map((k) => r[k]));
    for (const [i, m] of measures.entries()) {
      const a = buildMeasureQuery(m, by, filters, 'f.');
      const alone = await rows(a.sql, a.params);
      const split = groups.map((g) => g[i]! as unknown as Record<string, unknown>);
      const present = new Set(alone.map(keyOf));
      expect(split.filter((r) => present.has(keyOf(r))), m.id).toEqual(alone);
      for (const r of split.filter((r) => !present.has(keyOf(r)))) expect([r.value, r.schools_value, r.schools_missing, r.schools_na]).toEqual([null, 0, 0, 0]);
    }
  });

  it('sorts codes as the full database does (ENUM dictionaries kept in order)', async () => {
    const order = async (db: string) => (await rows(`SELECT school_code::VARCHAR AS c FROM ${db}.schools ORDER BY school_code`)).map((r) => r.c);
    expect(await order('d')).toEqual(await order('f'));
  });
});

// The shipped .duckdb files open in the WASM engine the browser uses, and the
// shared measure and completeness SQL give the same rows there as in
// @duckdb/node-api (the engine that wrote them). Node only: the blocking bundle.
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as duckdbWasm from '@duckdb/duckdb-wasm/blocking';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { buildCompletenessQuery, buildJudgedTableSql, buildMeasureQuery, buildMeasuresQuery, type GroupKey, type Query } from '../../src/core/measure-sql.ts';
import { parsePlan, type Plan } from '../../src/core/plan-schema.ts';

const require = createRequire(import.meta.url);
const wasmDist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
const dataDir = inject('dataDir');
const buildDate = inject('buildDate');

function readPlans(): Plan[] {
  return readdirSync('data/plans').map((id) => {
    const parsed = parsePlan(JSON.parse(readFileSync(join('data/plans', id, 'plan.json'), 'utf8')));
    if (!('plan' in parsed)) throw new Error(`${id}: ${parsed.problems.join('; ')}`);
    return parsed.plan;
  });
}

type Row = Record<string, unknown>;
let wasm: duckdbWasm.DuckDBBindings;
let wasmConn: duckdbWasm.DuckDBConnection;
const nodeConns: DuckDBConnection[] = [];

beforeAll(async () => {
  wasm = await duckdbWasm.createDuckDB(
    {
      mvp: { mainModule: join(wasmDist, 'duckdb-mvp.wasm'), mainWorker: join(wasmDist, 'duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: join(wasmDist, 'duckdb-eh.wasm'), mainWorker: join(wasmDist, 'duckdb-node-eh.worker.cjs') },
    },
    new duckdbWasm.VoidLogger(),
    duckdbWasm.NODE_RUNTIME,
  );
  await wasm.instantiate(() => undefined);
  wasm.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  wasmConn = wasm.connect();
  wasmConn.query('SET autoinstall_known_extensions=false');
  wasmConn.query('SET autoload_known_extensions=false');
});

afterAll(() => {
  wasmConn?.close();
  for (const conn of nodeConns) conn.closeSync();
});

function runWasm(q: Query): Row[] {
  const statement = wasmConn.prepare(q.sql);
  try {
    return statement.query(...q.params).toArray().map((row) => row.toJSON() as Row);
  } finally {
    statement.close();
  }
}

async function openNode(file: string): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
  const conn = await instance.connect();
  nodeConns.push(conn);
  // The path is ours (the test's data folder), not input from a visitor.
  await conn.run(`ATTACH '${file.replaceAll("'", "''")}' AS d (READ_ONLY)`);
  return conn;
}

async function runNode(conn: DuckDBConnection, q: Query): Promise<Row[]> {
  return (await conn.runAndReadAll(q.sql, q.params)).getRowObjectsJS() as Row[];
}

/** Numbers compared to 9 digits (float sums may differ in the last bits between engines). */
function comparable(rows: Row[]): Row[] {
  return rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'number' || typeof v === 'bigint' ? Number(Number(v).toPrecision(9)) : v])),
  );
}

const GROUPINGS: GroupKey[][] = [[], ['year'], ['ward_code', 'year'], ['school_code', 'year'], ['level_code']];

describe.each(readPlans().map((plan) => [plan.id, plan] as const))('%s.duckdb in DuckDB-WASM', (id, plan) => {
  const file = join(dataDir, id, `${id}.duckdb`);
  let node: DuckDBConnection;

  beforeAll(async () => {
    wasm.registerFileBuffer(`${id}.duckdb`, new Uint8Array(readFileSync(file)));
    wasmConn.query('DETACH DATABASE IF EXISTS d');
    wasmConn.query(`ATTACH '${id}.duckdb' AS d (READ_ONLY)`);
    node = await openNode(file);
  });

  it('has the tables, with rows', () => {
    const tables = runWasm({ sql: "SELECT table_name FROM duckdb_tables() WHERE database_name = 'd' ORDER BY 1", params: [] });
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['indicators', 'observations', 'reports', 'schools', 'submissions', 'wards']));
    expect(runWasm({ sql: 'SELECT count(*) AS n FROM d.observations', params: [] })[0]?.n).toBeGreaterThan(0);
  });

  const measures = plan.criteria.flatMap((c) => c.measures);
  const years = plan.phases.flatMap((p) => p.years);
  it.each(measures.map((m) => ({ mid: m.id, m })))('measure $mid: same rows as node-api', async ({ m }) => {
    for (const groupBy of GROUPINGS) {
      const q = buildMeasureQuery(m, groupBy, {}, 'd.');
      expect(comparable(runWasm(q)), `${m.id} by [${groupBy}]`).toEqual(comparable(await runNode(node, q)));
    }
    const filtered = buildMeasureQuery(m, ['ward_code'], { years: [years[0]!], levels: ['1', '2'], wards: plan.wards.slice(0, 3) }, 'd.');
    expect(comparable(runWasm(filtered))).toEqual(comparable(await runNode(node, filtered)));
  });

  it('all measures in one scan: same rows as node-api', async () => {
    // The judged table the browser database holds (src/site-data/browser-database.ts), built here in each engine from d.reports.
    const judged = `CREATE OR REPLACE TEMP TABLE judged AS ${buildJudgedTableSql(measures, 'd.')}`;
    wasmConn.query(judged);
    await node.run(judged);
    const q = buildMeasuresQuery(measures, ['year'], { levels: ['1', '2', '3'] }, '');
    const rows = runWasm(q);
    expect(rows.length).toBeGreaterThan(0);
    expect(comparable(rows)).toEqual(comparable(await runNode(node, q)));
  });

  it('completeness: same rows as node-api', async () => {
    for (const byWard of [false, true]) {
      const q = buildCompletenessQuery(years, plan.deadline, buildDate, byWard, {}, 'd.');
      const rows = runWasm(q);
      expect(rows.length).toBeGreaterThan(0);
      expect(comparable(rows)).toEqual(comparable(await runNode(node, q)));
    }
  });
});

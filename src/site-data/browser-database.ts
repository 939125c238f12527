// The database file the browser attaches (DuckDB-WASM fetches it whole): only
// the tables and columns the browser's SQL reads — the filters' measures and
// completeness (src/core/measure-sql.ts) and the Explore page's names — and
// `judged`, each report judged for each of the plan's measures
// (buildJudgedTableSql), which the several-measures query reads. In:
// the ingest's <plan-id>.duckdb; out: a smaller .duckdb, byte-identical for
// identical input (text columns stay ENUM types, as the ingest writes them:
// src/pipeline/write-database-file.ts explains why).
import { DuckDBInstance } from '@duckdb/node-api';
import { rmSync } from 'node:fs';
import { buildJudgedTableSql } from '../core/measure-sql.ts';
import type { Measure } from '../core/plan-schema.ts';

/** Table → the columns the browser reads ('*' = every column). */
export const BROWSER_TABLES: Record<string, readonly string[] | '*'> = {
  reports: '*',
  schools: ['school_code', 'school_name', 'ward_code', 'level_code'],
  submissions: ['year', 'school_code', 'timeliness', 'status'],
  // A report sent but rejected (completeness's "rejected" state).
  rejections: ['year', 'school_code'],
  wards: ['ward_code', 'ward_name'],
};

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected identifier in the ingest database: ${name}`);
  return name;
};

/** The table the browser's database adds: every report judged for every measure of the plan. */
export const JUDGED_TABLE = 'judged';

/** Write the browser's database at `target` from the ingest's database at `source`, judging reports for `measures` (the plan's). */
export async function writeBrowserDatabase(source: string, target: string, measures: readonly Measure[]): Promise<void> {
  rmSync(target, { force: true });
  rmSync(`${target}.wal`, { force: true });
  const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false', threads: '1' });
  const con = await instance.connect();
  try {
    await con.run(`ATTACH ${quote(source)} AS src (READ_ONLY)`);
    await con.run(`ATTACH ${quote(target)} AS web`);
    // ALP leaves uninitialised bytes in DOUBLE segments (write-database-file.ts): store them plainly.
    await con.run(`SET disabled_compression_methods = 'alp,alprd'`);
    const columns = (
      await con.runAndReadAll(
        `SELECT table_name, column_name, data_type FROM duckdb_columns() WHERE database_name = 'src' ORDER BY table_name, column_index`,
      )
    ).getRowObjectsJS() as { table_name: string; column_name: string; data_type: string }[];
    const types = (await con.runAndReadAll(`SELECT type_name FROM duckdb_types() WHERE database_name = 'src' AND logical_type = 'ENUM' ORDER BY type_name`)).getRowObjectsJS() as { type_name: string }[];
    const wantedTypes = new Set<string>();
    for (const [table, wanted] of Object.entries(BROWSER_TABLES)) {
      for (const c of columns.filter((c) => c.table_name === table && (wanted === '*' || wanted.includes(c.column_name)))) wantedTypes.add(c.data_type);
    }
    for (const { type_name } of types.filter((t) => wantedTypes.has(t.type_name))) {
      const name = ident(type_name);
      // The same dictionary in the same order: ENUM values sort by their position.
      await con.run(`CREATE TYPE web.${name} AS ENUM (SELECT unnest(enum_range(NULL::src.main.${name})))`);
    }
    for (const [table, wanted] of Object.entries(BROWSER_TABLES)) {
      const present = columns.filter((c) => c.table_name === table);
      if (present.length === 0) throw new Error(`${source}: table ${table} is missing (run npm run data again)`);
      const chosen = wanted === '*' ? present : wanted.map((name) => present.find((c) => c.column_name === name) ?? missing(source, table, name));
      const select = chosen
        .map((c) => (wantedTypes.has(c.data_type) && types.some((t) => t.type_name === c.data_type) ? `CAST(${ident(c.column_name)} AS web.${ident(c.data_type)}) AS ${ident(c.column_name)}` : ident(c.column_name)))
        .join(', ');
      await con.run(`CREATE TABLE web.${ident(table)} AS SELECT ${select} FROM src.main.${ident(table)} ORDER BY ALL`);
    }
    // From the browser's own reports (its ENUM types), ordered by measure, year and school.
    await con.run(`CREATE TABLE web.${JUDGED_TABLE} AS ${buildJudgedTableSql(measures, 'web.')}`);
    await con.run('DETACH web');
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

function missing(source: string, table: string, column: string): never {
  throw new Error(`${source}: column ${table}.${column} is missing (run npm run data again)`);
}

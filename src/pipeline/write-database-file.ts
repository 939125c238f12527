// The DuckDB database file of a plan: the in-memory tables of write-tables.ts
// in, `<plan-id>.duckdb` out, byte-identical for identical input.
//
// Why text columns are ENUM types in this file (and VARCHAR in Parquet):
// DuckDB 1.5.5 writes uninitialised heap bytes into the slack of compressed
// VARCHAR segments and samples FSST symbol tables at random, so a file with a
// VARCHAR column differs from run to run even single-threaded and sorted
// (duckdb/duckdb#23382; measured here: a few hundred bytes per file). An ENUM
// column is stored as small integers with its dictionary in the catalog, and
// the file then comes out identical. ENUM values compare, join and print as
// text (`WHERE ward_code = '00145'` works unchanged).
import type { DuckDBConnection } from '@duckdb/node-api';
import { DATABASE_ONLY_TABLES, TABLES, sqlString } from './table-schema.ts';

/** Copy every table into a fresh database file, text columns as ENUM types. */
export async function writeDatabaseFile(con: DuckDBConnection, path: string): Promise<void> {
  const described = await con.runAndReadAll(
    `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_catalog = current_database() ORDER BY table_name, ordinal_position`,
  );
  const columns = described.getRowObjectsJS() as { table_name: string; column_name: string; data_type: string }[];
  // One ENUM type per column name, shared by every table that has the column,
  // so joins (observations.school_code = schools.school_code) compare like types.
  const textColumns = [...new Set(columns.filter((c) => c.data_type === 'VARCHAR').map((c) => c.column_name))].sort();
  // ALP leaves uninitialised bytes in DOUBLE segments too (measured): store them plainly.
  await con.run(`SET disabled_compression_methods = 'alp,alprd'`);
  await con.run(`ATTACH ${sqlString(path)} AS ingest_out`);
  try {
    const enumColumns = new Set<string>();
    for (const column of textColumns) {
      const tables = columns.filter((c) => c.column_name === column).map((c) => c.table_name);
      const union = tables.map((table) => `SELECT ${column} AS v FROM ${table}`).join(' UNION ');
      const count = await con.runAndReadAll(`SELECT count(DISTINCT v) AS n FROM (${union}) WHERE v IS NOT NULL`);
      if (Number(count.getRowsJS()[0]?.[0] ?? 0) === 0) continue;
      await con.run(`CREATE TYPE ingest_out.${column}_t AS ENUM (SELECT DISTINCT v FROM (${union}) WHERE v IS NOT NULL ORDER BY v)`);
      enumColumns.add(column);
    }
    for (const [table, definition] of Object.entries({ ...TABLES, ...DATABASE_ONLY_TABLES })) {
      const select = columns
        .filter((c) => c.table_name === table)
        .map((c) => (enumColumns.has(c.column_name) ? `CAST(${c.column_name} AS ingest_out.${c.column_name}_t) AS ${c.column_name}` : c.column_name))
        .join(', ');
      await con.run(`CREATE TABLE ingest_out.${table} AS SELECT ${select} FROM ${table} ORDER BY ${definition.key}`);
    }
  } finally {
    await con.run('DETACH ingest_out');
  }
}

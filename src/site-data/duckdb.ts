// Read-only access to a plan's DuckDB file with @duckdb/node-api. Extensions
// are never installed or loaded: the build must not reach the network.
import { DuckDBInstance } from '@duckdb/node-api';
import type { Query } from '../core/measure-sql.ts';

export type Row = Record<string, unknown>;

export interface Database {
  all(query: Query | string): Promise<Row[]>;
  close(): void;
}

export async function openDatabase(path: string): Promise<Database> {
  const instance = await DuckDBInstance.create(path, {
    access_mode: 'READ_ONLY',
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    threads: '2',
  });
  const connection = await instance.connect();
  await connection.run('SET autoinstall_known_extensions=false');
  await connection.run('SET autoload_known_extensions=false');
  return {
    async all(query) {
      const { sql, params } = typeof query === 'string' ? { sql: query, params: [] } : query;
      const reader = await connection.runAndReadAll(sql, params);
      return reader.getRowObjectsJson() as Row[];
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

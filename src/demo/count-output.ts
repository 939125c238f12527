// Count what an ingest wrote: rows of observations and submissions in its
// Parquet files (read with DuckDB), so throughput figures come from the output.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

export interface OutputCounts {
  observations: number | null;
  submissions: number | null;
  /** Submissions by status (accepted, superseded, conflict). */
  byStatus: Record<string, number>;
  files: string[];
}

/** Every file named `name` under `dir`. */
function findFiles(dir: string, name: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return findFiles(path, name);
    return entry === name ? [path] : [];
  });
}

export async function countIngestOutput(outDir: string): Promise<OutputCounts> {
  const observations = findFiles(outDir, 'observations.parquet');
  const submissions = findFiles(outDir, 'submissions.parquet');
  const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
  const connection = await instance.connect();
  const list = (paths: string[]) => `[${paths.map((p) => `'${p.replace(/'/g, "''")}'`).join(', ')}]`;
  const count = async (paths: string[]) => {
    if (paths.length === 0) return null;
    const reader = await connection.runAndReadAll(`SELECT count(*)::DOUBLE AS n FROM read_parquet(${list(paths)})`);
    return Number(reader.getRowObjectsJS()[0]?.['n'] ?? 0);
  };
  const byStatus: Record<string, number> = {};
  if (submissions.length > 0) {
    const reader = await connection.runAndReadAll(`SELECT status, count(*)::DOUBLE AS n FROM read_parquet(${list(submissions)}) GROUP BY status ORDER BY status`);
    for (const row of reader.getRowObjectsJS()) byStatus[String(row['status'])] = Number(row['n']);
  }
  const result = { observations: await count(observations), submissions: await count(submissions), byStatus, files: [...observations, ...submissions] };
  connection.closeSync();
  instance.closeSync();
  return result;
}

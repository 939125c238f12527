// Stage 7, write: a plan's resolved reports, roster, wards and the indicator
// catalogue in; the five tables of docs/data-model.md out, as Parquet files and
// one DuckDB database file, rows sorted by key so equal input gives equal bytes.
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { INDICATORS } from '../core/indicators.ts';
import type { RosterSchool, Ward } from './load-plan.ts';
import type { ResolvedReport } from './resolve-duplicates.ts';
import { STATUS } from './validate-row.ts';
import { writeDatabaseFile } from './write-database-file.ts';
import { TABLES, sqlString } from './table-schema.ts';

export interface PlanTables {
  planId: string;
  resolved: readonly ResolvedReport[];
  schools: readonly RosterSchool[];
  wards: readonly Ward[];
}

const STATUS_NAMES = ['value', 'missing', 'not_applicable'] as const;

async function appendReports(con: DuckDBConnection, resolved: readonly ResolvedReport[]): Promise<void> {
  const observations = await con.createAppender('observations');
  const submissions = await con.createAppender('submissions_staged');
  for (const { report, status } of resolved) {
    submissions.appendSmallInt(report.year);
    submissions.appendVarchar(report.schoolCode);
    submissions.appendVarchar(report.wardCode);
    submissions.appendVarchar(report.levelCode);
    submissions.appendVarchar(report.reportDate);
    submissions.appendVarchar(report.deadline);
    submissions.appendVarchar(report.reportDate <= report.deadline ? 'on_time' : 'late');
    submissions.appendVarchar(status);
    submissions.appendVarchar(report.file);
    submissions.appendInteger(report.line);
    submissions.endRow();
    if (status !== 'accepted') continue;
    for (let i = 0; i < INDICATORS.length; i++) {
      observations.appendSmallInt(report.year);
      observations.appendVarchar(report.schoolCode);
      observations.appendVarchar(report.wardCode);
      observations.appendVarchar(report.levelCode);
      observations.appendVarchar(INDICATORS[i]!.id);
      const cellStatus = report.statuses[i]!;
      observations.appendVarchar(STATUS_NAMES[cellStatus]!);
      if (cellStatus === STATUS.value) observations.appendDouble(report.values[i]!);
      else observations.appendNull();
      observations.appendVarchar(report.file);
      observations.appendInteger(report.line);
      observations.endRow();
    }
  }
  observations.closeSync();
  submissions.closeSync();
}

async function appendReference(con: DuckDBConnection, tables: PlanTables): Promise<void> {
  const schools = await con.createAppender('schools');
  for (const s of tables.schools) {
    for (const text of [s.code, s.name, s.level, s.ward]) schools.appendVarchar(text);
    schools.endRow();
  }
  schools.closeSync();
  const wards = await con.createAppender('wards');
  for (const w of tables.wards) {
    for (const text of [w.code, w.name, w.type, w.provinceCode, w.provinceName]) wards.appendVarchar(text);
    wards.endRow();
  }
  wards.closeSync();
  const indicators = await con.createAppender('indicators');
  for (const indicator of INDICATORS) {
    for (const text of [indicator.id, indicator.kind, indicator.header, indicator.labelEn]) indicators.appendVarchar(text);
    if (indicator.denominator) indicators.appendVarchar(indicator.denominator);
    else indicators.appendNull();
    indicators.appendBoolean(indicator.lowerIsBetter === true);
    indicators.endRow();
  }
  indicators.closeSync();
}

/** Write the plan's Parquet files and `<plan-id>.duckdb` into `dir`. */
export async function writeTables(dir: string, tables: PlanTables): Promise<void> {
  // Single-threaded and offline: the same input gives the same bytes, and no
  // extension is ever fetched (shared/NOTES.md).
  const instance = await DuckDBInstance.create(':memory:', {
    threads: '1',
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const con = await instance.connect();
  try {
    for (const [name, table] of Object.entries(TABLES)) await con.run(`CREATE TABLE ${name} (${table.columns})`);
    await con.run(`CREATE TABLE submissions_staged (${TABLES.submissions.columns.replace(/DATE/g, 'VARCHAR')})`);
    await appendReports(con, tables.resolved);
    await appendReference(con, tables);
    await con.run('INSERT INTO submissions SELECT * FROM submissions_staged');
    await con.run('DROP TABLE submissions_staged');
    for (const [name, table] of Object.entries(TABLES)) {
      const path = join(dir, `${name}.parquet`);
      await con.run(`COPY (SELECT * FROM ${name} ORDER BY ${table.key}) TO ${sqlString(path)} (FORMAT parquet)`);
    }
    await writeDatabaseFile(con, join(dir, `${tables.planId}.duckdb`));
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

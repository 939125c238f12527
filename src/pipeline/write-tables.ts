// Stage 7, write: a plan's resolved reports, roster, wards and its template's
// indicators in; the five tables of docs/data-model.md out, as Parquet files and
// one DuckDB database file, rows sorted by key so equal input gives equal bytes.
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Indicator } from '../core/indicators.ts';
import type { RosterSchool, Ward } from './load-plan.ts';
import type { ResolvedReport } from './resolve-duplicates.ts';
import type { RejectedReport } from './validate-row.ts';
import { timelinessSql } from '../core/rules/index.ts';
import { STATUS } from './validate-row.ts';
import { writeDatabaseFile } from './write-database-file.ts';
import { buildReportsTableSql } from '../core/measure-sql.ts';
import { TABLES, sqlString } from './table-schema.ts';

export interface PlanTables {
  planId: string;
  /** The plan's template indicators (indicatorsOf(plan)), in the order of each report's statuses and values. */
  indicators: readonly Indicator[];
  resolved: readonly ResolvedReport[];
  /** Rows rejected after naming a roster school and a year. Default none. */
  rejected?: readonly RejectedReport[];
  schools: readonly RosterSchool[];
  wards: readonly Ward[];
}

// One staged row per report (identity, then a status and a value per
// indicator); SQL turns it into the long observations table. Appending one
// row per report rather than per cell is what keeps a national run (≈1M
// observations) fast.
const statusColumn = (i: number) => `s${i}`;
const valueColumn = (i: number) => `v${i}`;
const stagedReportsColumns = (indicators: readonly Indicator[]) =>
  [
    'year SMALLINT, school_code VARCHAR, ward_code VARCHAR, level_code VARCHAR, report_date VARCHAR, deadline VARCHAR, status VARCHAR, source_file VARCHAR, source_line INTEGER',
    ...indicators.map((_, i) => `${statusColumn(i)} UTINYINT, ${valueColumn(i)} DOUBLE`),
  ].join(', ');

async function appendReports(con: DuckDBConnection, resolved: readonly ResolvedReport[], count: number): Promise<void> {
  const staged = await con.createAppender('reports_staged');
  for (const { report, status } of resolved) {
    staged.appendSmallInt(report.year);
    for (const text of [report.schoolCode, report.wardCode, report.levelCode, report.reportDate, report.deadline, status, report.file]) staged.appendVarchar(text);
    staged.appendInteger(report.line);
    for (let i = 0; i < count; i++) {
      const cellStatus = report.statuses[i]!;
      staged.appendUTinyInt(cellStatus);
      if (cellStatus === STATUS.value) staged.appendDouble(report.values[i]!);
      else staged.appendNull();
    }
    staged.endRow();
  }
  staged.closeSync();
}

/** Long observations from the staged reports: one SELECT per indicator. */
function observationsFromStaged(indicators: readonly Indicator[]): string {
  const statusName = (i: number) =>
    `CASE ${statusColumn(i)} WHEN ${STATUS.value} THEN 'value' WHEN ${STATUS.missing} THEN 'missing' ELSE 'not_applicable' END`;
  return indicators.map(
    (indicator, i) =>
      `SELECT year, school_code, ward_code, level_code, ${sqlString(indicator.id)} AS indicator, ${statusName(i)} AS status, ` +
      `${valueColumn(i)} AS value, source_file, source_line FROM reports_staged WHERE status = 'accepted'`,
  ).join(' UNION ALL ');
}

async function appendRejections(con: DuckDBConnection, rejected: readonly RejectedReport[]): Promise<void> {
  const table = await con.createAppender('rejections');
  for (const r of rejected) {
    table.appendSmallInt(r.year);
    for (const text of [r.schoolCode, r.wardCode, r.levelCode, [...new Set(r.codes)].sort().join(','), r.file]) table.appendVarchar(text);
    table.appendInteger(r.line);
    table.endRow();
  }
  table.closeSync();
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
  const appendText = (text: string | undefined) => (text === undefined ? indicators.appendNull() : indicators.appendVarchar(text));
  for (const indicator of tables.indicators) {
    for (const text of [indicator.id, indicator.kind, indicator.header, indicator.labelEn]) indicators.appendVarchar(text);
    appendText(indicator.denominator);
    indicators.appendBoolean(indicator.lowerIsBetter);
    appendText(indicator.unit?.vi);
    appendText(indicator.unit?.en);
    indicators.appendVarchar(indicator.levels.join(''));
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
    await con.run(`CREATE TABLE reports_staged (${stagedReportsColumns(tables.indicators)})`);
    await appendReports(con, tables.resolved, tables.indicators.length);
    await appendReference(con, tables);
    await appendRejections(con, tables.rejected ?? []);
    await con.run(`INSERT INTO observations ${observationsFromStaged(tables.indicators)}`);
    await con.run(
      `INSERT INTO submissions SELECT year, school_code, ward_code, level_code, CAST(report_date AS DATE), CAST(deadline AS DATE), ` +
        `${timelinessSql('report_date', 'deadline')}, status, source_file, source_line FROM reports_staged`,
    );
    await con.run('DROP TABLE reports_staged');
    for (const [name, table] of Object.entries(TABLES)) {
      const path = join(dir, `${name}.parquet`);
      await con.run(`COPY (SELECT * FROM ${name} ORDER BY ${table.key}) TO ${sqlString(path)} (FORMAT parquet)`);
    }
    await con.run(`CREATE TABLE reports AS ${buildReportsTableSql(tables.indicators)}`);
    await writeDatabaseFile(con, join(dir, `${tables.planId}.duckdb`));
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

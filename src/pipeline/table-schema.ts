// The output tables of docs/data-model.md: their columns, DuckDB types and
// sort keys, shared by the Parquet and the database-file writers.

/** Table name → its CREATE columns and its sort key (docs/data-model.md). */
export const TABLES = {
  observations: {
    columns: 'year SMALLINT, school_code VARCHAR, ward_code VARCHAR, level_code VARCHAR, indicator VARCHAR, status VARCHAR, value DOUBLE, source_file VARCHAR, source_line INTEGER',
    key: 'year, school_code, indicator',
  },
  submissions: {
    columns: 'year SMALLINT, school_code VARCHAR, ward_code VARCHAR, level_code VARCHAR, report_date DATE, deadline DATE, timeliness VARCHAR, status VARCHAR, source_file VARCHAR, source_line INTEGER',
    key: 'year, school_code, source_file, source_line',
  },
  rejections: {
    columns: 'year SMALLINT, school_code VARCHAR, ward_code VARCHAR, level_code VARCHAR, problem_codes VARCHAR, source_file VARCHAR, source_line INTEGER',
    key: 'year, school_code, source_file, source_line',
  },
  schools: { columns: 'school_code VARCHAR, school_name VARCHAR, level_code VARCHAR, ward_code VARCHAR', key: 'school_code' },
  wards: { columns: 'ward_code VARCHAR, ward_name VARCHAR, ward_type VARCHAR, province_code VARCHAR, province_name VARCHAR', key: 'ward_code' },
  indicators: {
    columns: 'indicator VARCHAR, kind VARCHAR, header_vi VARCHAR, label_en VARCHAR, denominator VARCHAR, lower_is_better BOOLEAN, unit_vi VARCHAR, unit_en VARCHAR, levels VARCHAR',
    key: 'indicator',
  },
} as const;

export type TableName = keyof typeof TABLES;

/**
 * Tables only the database file carries, derived from the tables above in SQL:
 * `reports` is observations made wide, what the measure SQL reads
 * (src/core/measure-sql.ts buildReportsTableSql).
 */
export const DATABASE_ONLY_TABLES = {
  reports: { key: 'year, school_code' },
} as const;

export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

// The shape of the JSON the build prepares for the pages (out/site/<plan-id>.json
// and out/site/<plan-id>/schools.json). Types only: pages and the browser may
// import them without pulling in Node modules.
import type { Plan } from '../core/plan-schema.ts';
import type { CompletenessRow, MeasureRow } from '../core/measure-sql.ts';
import type { ReportState } from '../core/rules/report-state.ts';

export type { ReportState };

export interface SiteWard {
  code: string;
  name: string;
  /** "Phường" or "Xã". */
  type: string;
}

export interface SiteSchool {
  code: string;
  name: string;
  level: string;
  ward: string;
  /** Report state for each report year ("2026": "on_time"…), by src/core/rules/report-state.ts. */
  states: Record<string, ReportState>;
  /** For each year whose state is "rejected": the problem codes that rejected its reports. */
  rejectedCodes?: Record<string, string[]>;
}

export interface MeasureFigures {
  /** Plan-wide, one row per year with reports. */
  byYear: MeasureRow[];
  /** One row per ward and year. */
  byWardYear: MeasureRow[];
  /** One row per school-level code and year. */
  byLevelYear: MeasureRow[];
  /** One row per school and year, kept here only for one-ward plans (ranked across schools). */
  bySchoolYear: MeasureRow[];
  /** Roster schools the measure applies to, per ward (coverage's denominator). */
  applicableByWard: Record<string, number>;
}

export interface Problem {
  file: string;
  line: number | null;
  column: number | null;
  /** The column's header as written in the file, when known. */
  columnName: string | null;
  /** For a workbook: the sheet and cell (`Sheet1!F12`) or row (`Sheet1!12:12`). */
  cell: string | null;
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: { vi: string; en: string };
  hint: { vi: string; en: string } | null;
  /** The offending cell's text, when given. */
  value: string | null;
  /** How many rows share this problem (said once), and their lines. */
  count: number;
  lines: number[];
  /** True on the entry that stands for a file's occurrences of a code beyond those listed in full. */
  more: boolean;
  /** That entry's lines, as [first, last] ranges. */
  lineRanges: [number, number][];
}

export interface IngestFile {
  path: string;
  /** "read", "rejected" (the whole file) or "skipped" (a hidden file, not a report). */
  status: string;
  encoding: string;
  read: number | null;
  accepted: number | null;
  superseded: number | null;
  conflict: number | null;
  rejected: number | null;
  problems: Problem[];
}

export interface IngestSummary {
  totals: { files: number | null; rowsRead: number | null; accepted: number | null; superseded: number | null; conflict: number | null; rejected: number | null; errors: number | null; warnings: number | null };
  files: IngestFile[];
  /** Problems not tied to one report file (plan, roster). */
  other: Problem[];
}

export interface DownloadFile {
  /** File name under /<plan>/du-lieu/tai-ve/. */
  file: string;
  /** The table, or 'database' / 'ingest-report'. */
  table: string;
  format: 'csv' | 'parquet' | 'duckdb' | 'json';
  bytes: number;
}

export interface TemplateDownload {
  /** File name under /<plan>/mau-bao-cao/. */
  file: string;
  /** The ward whose schools are filled in, or null for the blank template. */
  ward: string | null;
  format: 'csv' | 'xlsx';
  /** The year a pre-filled row carries. */
  year: number;
  /** Schools filled in. */
  schools: number;
  bytes: number;
}

export interface SiteData {
  schemaVersion: 1;
  buildDate: string;
  plan: Plan;
  /** Years of the plan (baseline year first, when the plan has one) up to the build date's year. */
  reportYears: number[];
  /** The latest year with an accepted report, or null. */
  latestYear: number | null;
  /** What "across units" means: wards, or schools in a one-ward plan. */
  unitGroup: 'ward_code' | 'school_code';
  wards: SiteWard[];
  schools: SiteSchool[];
  measures: Record<string, MeasureFigures>;
  completeness: { byYear: CompletenessRow[]; byWardYear: CompletenessRow[] };
  ingest: IngestSummary | null;
  downloads: DownloadFile[];
  /** The report templates: blank, then one pair (CSV, XLSX) per ward. */
  templates: TemplateDownload[];
}

export interface SchoolSubmission {
  year: number;
  /** YYYY-MM-DD, or '' for a rejected row (its date may be what was wrong). */
  report_date: string;
  timeliness: string;
  status: 'accepted' | 'superseded' | 'conflict' | 'rejected';
  source_file: string;
  source_line: number;
  /** For a rejected row: the problem codes that rejected it. */
  codes?: string[];
}

/** One cell of an accepted report: a number, "missing" (blank) or "na" (not applicable). */
export type ReportCell = number | 'missing' | 'na';

export interface SchoolDetail {
  submissions: SchoolSubmission[];
  /** Accepted report cells by year, then indicator. */
  values: Record<string, Record<string, ReportCell>>;
  /** The school's figure for each measure, one row per year. */
  measures: Record<string, MeasureRow[]>;
}

/** out/site/index.json: the plans built, in display order. */
export interface SiteIndex {
  buildDate: string;
  plans: { id: string; title: { vi: string; en: string }; shortTitle: { vi: string; en: string }; demo: boolean }[];
}

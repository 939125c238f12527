// Where the site's inputs and prepared data live. SITE_DATA_IN overrides the
// ingest's output folder (tests and throwaway fixtures); SITE_DATA_OUT the
// folder the pages read.
import { join, resolve } from 'node:path';

export const PLANS_DIR = resolve(process.env.SITE_PLANS_DIR ?? 'data/plans');
export const INGEST_DIR = resolve(process.env.SITE_DATA_IN ?? 'out/data');
export const SITE_DIR = resolve(process.env.SITE_DATA_OUT ?? 'out/site');

/** The tables the ingest writes (docs/data-model.md), in download order. */
export const TABLES = ['observations', 'submissions', 'rejections', 'schools', 'wards', 'indicators'] as const;

/** The database the browser attaches (src/site-data/browser-database.ts), under a site-data folder. */
export function browserDatabasePath(siteDir: string, planId: string): string {
  return join(siteDir, planId, 'browser', `${planId}.duckdb`);
}

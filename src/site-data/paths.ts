// Where the site's inputs and prepared data live. SITE_DATA_IN overrides the
// ingest's output folder (tests and throwaway fixtures); SITE_DATA_OUT the
// folder the pages read.
import { resolve } from 'node:path';

export const PLANS_DIR = resolve(process.env.SITE_PLANS_DIR ?? 'data/plans');
export const INGEST_DIR = resolve(process.env.SITE_DATA_IN ?? 'out/data');
export const SITE_DIR = resolve(process.env.SITE_DATA_OUT ?? 'out/site');

/** The tables the ingest writes (docs/data-model.md), in download order. */
export const TABLES = ['observations', 'submissions', 'rejections', 'schools', 'wards', 'indicators'] as const;

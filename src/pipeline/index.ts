// The ingest: data/plans, data/reference and data/raw in; per plan, the tables
// of docs/data-model.md and ingest-report.json out, swapped in atomically.
// Stages: load-plan → list-files → read-raw-file → read-report (decode, parse-csv,
// locate-header, map-columns) → validate-row → resolve-duplicates →
// write-tables → build-report; output-dir makes the swap atomic.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isCalendarDate } from '../core/calendar-date.ts';
import type { IngestReport } from './build-report.ts';
import { ingestPlan } from './ingest-plan.ts';
import { loadPlan, loadWardReference } from './load-plan.ts';
import { createStaging, discardStaging, swapIn } from './output-dir.ts';

export interface IngestOptions {
  /** Folder holding plans/, reference/ and raw/. */
  dataDir: string;
  /** Output folder; each plan is written to <outDir>/<plan-id>/. */
  outDir: string;
  /** YYYY-MM-DD: reports dated later are rejected; decides "not yet due". */
  buildDate: string;
  /** When true, exitCode is 1 if any error-severity problem exists. Default false. */
  strict?: boolean;
  /** Plan ids to ingest. Default: every folder under plans/. */
  plans?: string[];
  /** Progress lines. Default: none. */
  log?: (line: string) => void;
  /** Called after each plan is staged, before anything is swapped in; a throw aborts the run (tests use it). */
  onStaged?: (planId: string, dir: string) => void | Promise<void>;
}

export interface PlanSummary {
  plan: string;
  /** False when plan.json, the roster or the ward list failed: nothing was written for it. */
  ok: boolean;
  /** Friendly "data/plans/<id>/plan.json: path: message" lines. */
  configProblems: string[];
  report: IngestReport | null;
  /** Where the plan's output is, once swapped in. */
  outDir: string | null;
}

export interface IngestSummary {
  buildDate: string;
  strict: boolean;
  plans: PlanSummary[];
  errors: number;
  warnings: number;
  /** 1 when a plan's configuration failed, or (strict) when any error exists. */
  exitCode: 0 | 1;
}

async function listPlanIds(dataDir: string): Promise<string[]> {
  const entries = await readdir(join(dataDir, 'plans'), { withFileTypes: true });
  return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
}

export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
  if (!isCalendarDate(options.buildDate)) throw new Error(`build date must be a calendar date as YYYY-MM-DD: ${options.buildDate}`);
  const log = options.log ?? (() => {});
  const strict = options.strict ?? false;
  const shown = options.dataDir.replace(/[\\/]+$/, '');
  const planIds = options.plans && options.plans.length > 0 ? [...options.plans].sort() : await listPlanIds(options.dataDir);
  const reference = await loadWardReference(options.dataDir, shown);
  const summaries: PlanSummary[] = [];
  const staging = await createStaging(options.outDir);
  try {
    for (const planId of planIds) {
      const loaded = 'wards' in reference ? await loadPlan(options.dataDir, shown, planId, reference.wards) : reference;
      if ('problems' in loaded) {
        summaries.push({ plan: planId, ok: false, configProblems: loaded.problems, report: null, outDir: null });
        continue;
      }
      log(`${planId}: reading ${shown}/raw/${planId}/`);
      const dir = join(staging, planId);
      const report = await ingestPlan({ dataDir: options.dataDir, dir, loaded: loaded.loaded, buildDate: options.buildDate });
      await options.onStaged?.(planId, dir);
      summaries.push({ plan: planId, ok: true, configProblems: [], report, outDir: join(options.outDir, planId) });
    }
    await swapIn(staging, options.outDir, summaries.filter((s) => s.ok).map((s) => s.plan));
  } catch (error) {
    await discardStaging(staging);
    throw error;
  }
  const errors = summaries.reduce((n, s) => n + (s.report?.totals.errors ?? 0), 0);
  const warnings = summaries.reduce((n, s) => n + (s.report?.totals.warnings ?? 0), 0);
  const failedConfig = summaries.some((s) => !s.ok);
  return { buildDate: options.buildDate, strict, plans: summaries, errors, warnings, exitCode: failedConfig || (strict && errors > 0) ? 1 : 0 };
}

export type { IngestReport } from './build-report.ts';
export type { Problem } from './problems.ts';

// The demo data set: rosters and yearly reports of the two seed plans, built
// deterministically from a fixed seed (no clock) and written under an output root.
import { fileURLToPath } from 'node:url';
import { indicatorsOf } from '../core/indicators.ts';
import type { Plan } from '../core/plan-schema.ts';
import { readPlan, readPlanWards } from './wards.ts';
import { formatRoster, type School } from './roster.ts';
import { buildHungYenReports, buildHungYenRoster } from './hung-yen.ts';
import { buildLongBienReports, buildLongBienRoster } from './long-bien.ts';
import { renderReportFile, type ReportFile } from './report-files.ts';
import { replaceFiles, type OutputFile } from './write-files.ts';

export const DEMO_SEED = 20_261_120;
/** The demo's "as of" date: no 2026 report is dated after it. */
export const DEMO_AS_OF = '2026-11-20';
export const DEMO_PLANS = ['hung-yen-2026', 'long-bien-2025'] as const;

/** What the generator owns under the output root (deleted and recreated on every run). */
export const GENERATED_PATHS = [
  ...DEMO_PLANS.map((id) => `data/raw/${id}`),
  ...DEMO_PLANS.map((id) => `data/plans/${id}/schools.csv`),
];

/** The project's data folder (plans and the ward reference list are read from it). */
export const PROJECT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export interface DemoData {
  rosters: Record<string, School[]>;
  reports: ReportFile[];
  files: OutputFile[];
}

/** Build every generated file in memory; `dataDir` holds plans/ and reference/. */
export async function buildDemo(dataDir: string = PROJECT_DATA_DIR, seed: number = DEMO_SEED): Promise<DemoData> {
  const hungYen = readPlan(dataDir, 'hung-yen-2026');
  const hungYenWards = readPlanWards(dataDir, hungYen);
  const hungYenRoster = buildHungYenRoster(seed, hungYen, hungYenWards);
  const longBien = readPlan(dataDir, 'long-bien-2025');
  const longBienRoster = buildLongBienRoster(longBien);
  const reports = [
    ...buildHungYenReports(seed, hungYen, hungYenWards, hungYenRoster),
    ...buildLongBienReports(seed, longBien, longBienRoster),
  ];
  const rosters = { [hungYen.id]: hungYenRoster, [longBien.id]: longBienRoster };
  const plans: Record<string, Plan> = { [hungYen.id]: hungYen, [longBien.id]: longBien };
  const date = new Date(`${DEMO_AS_OF}T00:00:00Z`);
  const files: OutputFile[] = Object.entries(rosters).map(([id, roster]) => ({ path: `data/plans/${id}/schools.csv`, bytes: Buffer.from(formatRoster(roster), 'utf8') }));
  for (const report of reports) {
    const plan = plans[report.path.split('/')[0]!]!;
    files.push({ path: `data/raw/${report.path}`, bytes: await renderReportFile(report, { date, period: plan.period, indicators: indicatorsOf(plan) }) });
  }
  return { rosters, reports, files };
}

/** Build and write the demo data under `outRoot` (the repository root by default). */
export async function generateDemo(outRoot: string, dataDir: string = PROJECT_DATA_DIR): Promise<DemoData> {
  const demo = await buildDemo(dataDir);
  replaceFiles(outRoot, GENERATED_PATHS, demo.files);
  return demo;
}

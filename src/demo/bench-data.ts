// Data folders for the ingest benchmark (layout of data/: plans/, raw/,
// reference/): Hưng Yên at its real size, and a synthetic national data set.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { indicatorsOf } from '../core/indicators.ts';
import { parsePlan } from '../core/plan-schema.ts';
import { DEMO_AS_OF, DEMO_SEED, PROJECT_DATA_DIR } from './generate.ts';
import { readPlan, readPlanWards, formatWardList } from './wards.ts';
import { formatRoster } from './roster.ts';
import { buildHungYenReports, buildHungYenRoster } from './hung-yen.ts';
import { renderReportFile, renderReportText, type ReportFile } from './report-files.ts';
import { buildNationalReports, buildNationalRoster, buildNationalWards, NATIONAL_PLAN_ID, NATIONAL_SIZE } from './national.ts';

export interface BenchData {
  /** The data folder to pass to the ingest as --data. */
  dataDir: string;
  planId: string;
  wards: number;
  schools: number;
  files: number;
  /** Data rows written (report rows, not title, header or footer lines). */
  rows: number;
  bytes: number;
}

function write(path: string, content: string | Buffer): number {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return typeof content === 'string' ? Buffer.byteLength(content) : content.length;
}

function writeReports(dataDir: string, files: readonly ReportFile[], totals: { files: number; rows: number; bytes: number }): void {
  for (const file of files) {
    totals.bytes += write(join(dataDir, 'raw', file.path), renderReportText(file));
    totals.files += 1;
    totals.rows += file.rows.length;
  }
}

/** Hưng Yên at its real size: the real plan, the demo roster and the demo 2026 reports (workbooks included). */
export async function writeHungYenBenchData(root: string): Promise<BenchData> {
  const dataDir = join(root, 'data');
  rmSync(dataDir, { recursive: true, force: true });
  const plan = readPlan(PROJECT_DATA_DIR, 'hung-yen-2026');
  const wards = readPlanWards(PROJECT_DATA_DIR, plan);
  const roster = buildHungYenRoster(DEMO_SEED, plan, wards);
  copyFileSync(join(PROJECT_DATA_DIR, 'plans', plan.id, 'plan.json'), join(mkdirp(join(dataDir, 'plans', plan.id)), 'plan.json'));
  copyFileSync(join(PROJECT_DATA_DIR, 'reference', 'wards-2025.csv'), join(mkdirp(join(dataDir, 'reference')), 'wards-2025.csv'));
  write(join(dataDir, 'plans', plan.id, 'schools.csv'), formatRoster(roster));
  const totals = { files: 0, rows: 0, bytes: 0 };
  const context = { date: new Date(`${DEMO_AS_OF}T00:00:00Z`), period: plan.period, indicators: indicatorsOf(plan) };
  for (const file of buildHungYenReports(DEMO_SEED, plan, wards, roster)) {
    totals.bytes += write(join(dataDir, 'raw', file.path), await renderReportFile(file, context));
    totals.files += 1;
    totals.rows += file.rows.length;
  }
  return { dataDir, planId: plan.id, wards: wards.length, schools: roster.length, ...totals };
}

/** The national synthetic set; the plan copies Hưng Yên's criteria and covers every ward. */
export function writeNationalBenchData(root: string): BenchData {
  const dataDir = join(root, 'data');
  rmSync(dataDir, { recursive: true, force: true });
  const wards = buildNationalWards(DEMO_SEED);
  const roster = buildNationalRoster(DEMO_SEED, wards);
  const source = JSON.parse(readFileSync(join(PROJECT_DATA_DIR, 'plans', 'hung-yen-2026', 'plan.json'), 'utf8')) as Record<string, unknown>;
  const plan = {
    ...source,
    id: NATIONAL_PLAN_ID,
    title: { vi: 'Dữ liệu tổng hợp toàn quốc để đo hiệu năng (không phải số liệu thật)', en: 'Synthetic national data set for benchmarking (not real data)' },
    shortTitle: { vi: 'Đo hiệu năng toàn quốc', en: 'National benchmark' },
    province: wards[0]?.provinceCode ?? '01',
    wards: wards.map((w) => w.code),
    demo: true,
  };
  const parsed = parsePlan(plan);
  if ('problems' in parsed) throw new Error(`synthetic plan invalid: ${parsed.problems.join('; ')}`);
  write(join(dataDir, 'plans', NATIONAL_PLAN_ID, 'plan.json'), JSON.stringify(plan, null, 2) + '\n');
  write(join(dataDir, 'reference', 'wards-2025.csv'), formatWardList(wards));
  write(join(dataDir, 'plans', NATIONAL_PLAN_ID, 'schools.csv'), formatRoster(roster));
  const totals = { files: 0, rows: 0, bytes: 0 };
  buildNationalReports(DEMO_SEED, parsed.plan, wards, roster, (files) => writeReports(dataDir, files, totals));
  if (wards.length !== NATIONAL_SIZE.wards || roster.length !== NATIONAL_SIZE.schools) throw new Error('national set has the wrong size');
  return { dataDir, planId: NATIONAL_PLAN_ID, wards: wards.length, schools: roster.length, ...totals };
}

function mkdirp(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

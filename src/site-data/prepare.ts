// Prepares everything the pages read, for every plan under data/plans/:
// out/site/<plan-id>.json (figures), out/site/<plan-id>/schools.json (per
// school), out/site/<plan-id>/csv/<table>.csv (downloads) and out/site/index.json.
// In: the ingest's output (out/data/<plan-id>/). A plan with a broken plan.json
// or no output is left out (logged); throws only when no plan is left.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan, type Plan } from '../core/plan-schema.ts';
import { collectPlan } from './collect.ts';
import { toCsv } from './csv.ts';
import { openDatabase, type Database } from './duckdb.ts';
import { readIngestReport } from './ingest-report.ts';
import type { DownloadFile, SiteData, SiteIndex } from './types.ts';

export interface PrepareOptions {
  plansDir: string;
  ingestDir: string;
  siteDir: string;
  buildDate: string;
  log?: (line: string) => void;
}

/**
 * Every plan under plansDir, parsed. A plan whose plan.json fails is left out
 * with its problems ("data/plans/<id>/plan.json: path: message"), so one broken
 * plan never stops the others from being published.
 */
export function readPlans(plansDir: string): { plans: Plan[]; problems: string[] } {
  const plans: Plan[] = [];
  const problems: string[] = [];
  const ids = readdirSync(plansDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(plansDir, d.name, 'plan.json')))
    .map((d) => d.name)
    .sort();
  for (const id of ids) {
    const name = `data/plans/${id}/plan.json`;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(plansDir, id, 'plan.json'), 'utf8'));
    } catch (error) {
      problems.push(`${name}: not valid JSON: ${(error as Error).message}`);
      continue;
    }
    const parsed = parsePlan(json);
    if ('problems' in parsed) problems.push(...parsed.problems.map((line) => `${name}: ${line}`));
    else if (parsed.plan.id !== id) problems.push(`${name}: id: must equal the folder name "${id}"`);
    else plans.push(parsed.plan);
  }
  return { plans, problems };
}

async function writeTableCsv(db: Database, table: string, path: string): Promise<void> {
  const columns = (await db.all(`SELECT column_name FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`)).map((r) => String(r.column_name));
  const rows = await db.all(`SELECT * FROM ${table} ORDER BY ALL`);
  writeFileSync(path, toCsv(columns, rows));
}

const size = (path: string) => statSync(path).size;

async function preparePlan(plan: Plan, options: PrepareOptions): Promise<void> {
  const ingestDir = join(options.ingestDir, plan.id);
  const dbPath = join(ingestDir, `${plan.id}.duckdb`);
  if (!existsSync(dbPath)) throw new Error(`no ingest output for plan ${plan.id}: ${dbPath} is missing; run npm run data first`);
  const outDir = join(options.siteDir, plan.id);
  mkdirSync(join(outDir, 'csv'), { recursive: true });
  const db = await openDatabase(dbPath);
  try {
    const { site, schools } = await collectPlan(db, plan, options.buildDate);
    const downloads: DownloadFile[] = [{ file: `${plan.id}.duckdb`, table: 'database', format: 'duckdb', bytes: size(dbPath) }];
    const tables = (await db.all('SELECT table_name FROM information_schema.tables ORDER BY table_name')).map((r) => String(r.table_name));
    for (const table of ['observations', 'submissions', 'schools', 'wards', 'indicators'].filter((t) => tables.includes(t))) {
      const csvPath = join(outDir, 'csv', `${table}.csv`);
      await writeTableCsv(db, table, csvPath);
      downloads.push({ file: `${table}.csv`, table, format: 'csv', bytes: size(csvPath) });
      const parquet = join(ingestDir, `${table}.parquet`);
      if (existsSync(parquet)) downloads.push({ file: `${table}.parquet`, table, format: 'parquet', bytes: size(parquet) });
    }
    const reportPath = join(ingestDir, 'ingest-report.json');
    const ingest = existsSync(reportPath) ? readIngestReport(JSON.parse(readFileSync(reportPath, 'utf8'))) : null;
    if (existsSync(reportPath)) downloads.push({ file: 'ingest-report.json', table: 'ingest-report', format: 'json', bytes: size(reportPath) });
    const data: SiteData = { ...site, ingest, downloads };
    writeFileSync(join(options.siteDir, `${plan.id}.json`), JSON.stringify(data));
    writeFileSync(join(outDir, 'schools.json'), JSON.stringify(schools));
    options.log?.(`site-data: ${plan.id}: ${site.schools.length} schools, ${site.wards.length} wards, latest year ${site.latestYear ?? '—'}`);
  } finally {
    db.close();
  }
}

export async function prepareSiteData(options: PrepareOptions): Promise<SiteIndex> {
  const read = readPlans(options.plansDir);
  for (const line of read.problems) options.log?.(`site-data: ${line}`);
  // A plan the ingest stopped for its configuration may have no output yet: it is left out, the others go on.
  const plans = read.plans.filter((plan) => {
    const has = existsSync(join(options.ingestDir, plan.id, `${plan.id}.duckdb`));
    if (!has) options.log?.(`site-data: ${plan.id}: no ingest output in ${join(options.ingestDir, plan.id)} (run npm run data; see its summary): not published`);
    return has;
  });
  for (const id of new Set(read.problems.map((line) => line.split('/')[2]))) options.log?.(`site-data: ${id}: not published, its plan.json has errors`);
  if (plans.length === 0) throw new Error(`no plan to publish: ${[...read.problems, 'run npm run data first'].join('; ')}`);
  rmSync(options.siteDir, { recursive: true, force: true });
  mkdirSync(options.siteDir, { recursive: true });
  for (const plan of plans) await preparePlan(plan, options);
  const index: SiteIndex = {
    buildDate: options.buildDate,
    plans: plans.map((p) => ({ id: p.id, title: p.title, shortTitle: p.shortTitle, demo: p.demo })),
  };
  writeFileSync(join(options.siteDir, 'index.json'), JSON.stringify(index, null, 1));
  return index;
}

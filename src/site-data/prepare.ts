// Prepares everything the pages read, for every plan under data/plans/:
// out/site/<plan-id>.json (figures), out/site/<plan-id>/schools.json (per
// school), out/site/<plan-id>/csv/<table>.csv (downloads), out/site/<plan-id>/mau/
// (the report templates, blank and per ward), the database the browser
// attaches (out/site/<plan-id>/browser/<plan-id>.duckdb), what DuckDB-WASM
// costs to load (out/site/engine.json) and out/site/index.json.
// In: the ingest's output (out/data/<plan-id>/). A plan with a broken plan.json,
// no output, or output of another template is left out (logged), so one broken
// plan never stops the others; throws only when no plan is left.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { indicatorsOf } from '../core/indicators.ts';
import { parsePlan, type Plan } from '../core/plan-schema.ts';
import { writeBrowserDatabase } from './browser-database.ts';
import { collectPlan } from './collect.ts';
import { toCsv } from './csv.ts';
import { openDatabase, type Database } from './duckdb.ts';
import { measureEngineAssets } from './engine-assets.ts';
import { readIngestReport } from './ingest-report.ts';
import { browserDatabasePath } from './paths.ts';
import { buildTemplateFiles } from './template-files.ts';
import { buildLeaderFiles } from './leader-files.ts';
import { resolveSiteBuildDate } from './build-date.ts';
import type { DownloadFile, SiteData, SiteIndex } from './types.ts';

export interface PrepareOptions {
  plansDir: string;
  ingestDir: string;
  siteDir: string;
  /** The build date asked for; it must equal the ingest's. Default: the ingest's (ingest-report.json build_date). */
  buildDate?: string;
  log?: (line: string) => void;
}

/**
 * Every plan under plansDir, parsed; a plan whose plan.json fails comes back
 * in `broken` with its problems ("data/plans/<id>/plan.json: path: message").
 */
export function readPlans(plansDir: string): { plans: Plan[]; broken: { id: string; problems: string[] }[] } {
  const plans: Plan[] = [];
  const broken: { id: string; problems: string[] }[] = [];
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
      broken.push({ id, problems: [`${name}: not valid JSON: ${(error as Error).message}`] });
      continue;
    }
    const parsed = parsePlan(json);
    if ('problems' in parsed) broken.push({ id, problems: parsed.problems.map((line) => `${name}: ${line}`) });
    else if (parsed.plan.id !== id) broken.push({ id, problems: [`${name}: id: must equal the folder name "${id}"`] });
    else plans.push(parsed.plan);
  }
  return { plans, broken };
}

/** Why the plan's ingest output cannot be published with its plan.json, or null when it can. */
async function staleOutput(db: Database, plan: Plan): Promise<string | null> {
  const columns = await db.all(`SELECT column_name FROM information_schema.columns WHERE table_name = 'reports'`);
  const stored = new Set(columns.map((c) => String(c.column_name)).filter((c) => !c.endsWith('__na') && !['year', 'school_code', 'ward_code', 'level_code'].includes(c)));
  const wanted = new Set(indicatorsOf(plan).map((i) => i.id));
  const tables = (await db.all('SELECT table_name FROM information_schema.tables')).map((r) => String(r.table_name));
  if (!tables.includes('rejections')) return 'its ingest output predates the rejections table; run npm run data';
  const missing = [...wanted].filter((id) => !stored.has(id));
  const dropped = [...stored].filter((id) => !wanted.has(id)).sort();
  if (missing.length === 0 && dropped.length === 0) return null;
  const differences = [missing.length ? `lacks ${missing.join(', ')}` : '', dropped.length ? `has ${dropped.join(', ')}, no longer in the template` : ''];
  return `its ingest output ${differences.filter(Boolean).join(' and ')}: the template changed since; run npm run data`;
}

async function writeTableCsv(db: Database, table: string, path: string): Promise<void> {
  const columns = (await db.all(`SELECT column_name FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`)).map((r) => String(r.column_name));
  const rows = await db.all(`SELECT * FROM ${table} ORDER BY ALL`);
  writeFileSync(path, toCsv(columns, rows));
}

const size = (path: string) => statSync(path).size;

/** The build_date each plan's ingest report names (null when it names none or has no report). */
export function readIngestDates(plans: readonly Plan[], ingestDir: string): { plan: string; date: string | null }[] {
  return plans.map((plan) => {
    const path = join(ingestDir, plan.id, 'ingest-report.json');
    const raw = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { build_date?: unknown }) : {};
    return { plan: plan.id, date: typeof raw.build_date === 'string' ? raw.build_date : null };
  });
}

/** Prepare one plan's page data; false (logged) when its output cannot be published. */
async function preparePlan(plan: Plan, options: PrepareOptions & { buildDate: string }): Promise<boolean> {
  const ingestDir = join(options.ingestDir, plan.id);
  const dbPath = join(ingestDir, `${plan.id}.duckdb`);
  if (!existsSync(dbPath)) {
    options.log?.(`site-data: ${plan.id}: not published: no ingest output (${dbPath}); run npm run data and read its summary`);
    return false;
  }
  const db = await openDatabase(dbPath);
  try {
    const stale = await staleOutput(db, plan);
    if (stale) {
      options.log?.(`site-data: ${plan.id}: not published: ${stale}`);
      return false;
    }
    const outDir = join(options.siteDir, plan.id);
    mkdirSync(join(outDir, 'csv'), { recursive: true });
    const { site, schools } = await collectPlan(db, plan, options.buildDate);
    const downloads: DownloadFile[] = [{ file: `${plan.id}.duckdb`, table: 'database', format: 'duckdb', bytes: size(dbPath) }];
    const tables = (await db.all('SELECT table_name FROM information_schema.tables ORDER BY table_name')).map((r) => String(r.table_name));
    for (const table of ['observations', 'submissions', 'rejections', 'schools', 'wards', 'indicators'].filter((t) => tables.includes(t))) {
      const csvPath = join(outDir, 'csv', `${table}.csv`);
      await writeTableCsv(db, table, csvPath);
      downloads.push({ file: `${table}.csv`, table, format: 'csv', bytes: size(csvPath) });
      const parquet = join(ingestDir, `${table}.parquet`);
      if (existsSync(parquet)) downloads.push({ file: `${table}.parquet`, table, format: 'parquet', bytes: size(parquet) });
    }
    const reportPath = join(ingestDir, 'ingest-report.json');
    const ingest = existsSync(reportPath) ? readIngestReport(JSON.parse(readFileSync(reportPath, 'utf8'))) : null;
    if (existsSync(reportPath)) downloads.push({ file: 'ingest-report.json', table: 'ingest-report', format: 'json', bytes: size(reportPath) });
    const templateFiles = await buildTemplateFiles({ plan, indicators: indicatorsOf(plan), wards: site.wards, schools: site.schools, buildDate: options.buildDate });
    mkdirSync(join(outDir, 'mau'), { recursive: true });
    for (const { entry, bytes } of templateFiles) writeFileSync(join(outDir, 'mau', entry.file), bytes);
    const templates = templateFiles.map((f) => f.entry);
    // The shortlist and the aggregated tables read the page data itself (src/components view-models).
    for (const { entry, bytes } of await buildLeaderFiles({ ...site, ingest, downloads: [], templates }, schools)) {
      writeFileSync(join(outDir, 'csv', entry.file), bytes);
      downloads.push(entry);
    }
    const data: SiteData = { ...site, ingest, downloads, templates };
    writeFileSync(join(options.siteDir, `${plan.id}.json`), JSON.stringify(data));
    writeFileSync(join(outDir, 'schools.json'), JSON.stringify(schools));
    // Both connections are read-only: the browser's copy is written from the same file.
    const browserDb = browserDatabasePath(options.siteDir, plan.id);
    mkdirSync(dirname(browserDb), { recursive: true });
    await writeBrowserDatabase(dbPath, browserDb, plan.criteria.flatMap((c) => c.measures));
    options.log?.(`site-data: ${plan.id}: ${site.schools.length} schools, ${site.wards.length} wards, latest year ${site.latestYear ?? '—'}`);
    return true;
  } finally {
    db.close();
  }
}

export async function prepareSiteData(options: PrepareOptions): Promise<SiteIndex> {
  const read = readPlans(options.plansDir);
  for (const { id, problems } of read.broken) {
    for (const line of problems) options.log?.(`site-data: ${line}`);
    options.log?.(`site-data: ${id}: not published: its plan.json has errors`);
  }
  // The ingest's build date, or the one asked for when they agree (src/site-data/build-date.ts).
  const buildDate = resolveSiteBuildDate(options.buildDate, readIngestDates(read.plans, options.ingestDir));
  rmSync(options.siteDir, { recursive: true, force: true });
  mkdirSync(options.siteDir, { recursive: true });
  const plans: Plan[] = [];
  for (const plan of read.plans) if (await preparePlan(plan, { ...options, buildDate })) plans.push(plan);
  if (plans.length === 0) throw new Error('no plan to publish: every plan has a broken plan.json or no ingest output (run npm run data first)');
  const engine = await measureEngineAssets(Object.fromEntries(plans.map((p) => [p.id, browserDatabasePath(options.siteDir, p.id)])));
  writeFileSync(join(options.siteDir, 'engine.json'), JSON.stringify(engine, null, 1));
  const index: SiteIndex = {
    buildDate,
    plans: plans.map((p) => ({ id: p.id, title: p.title, shortTitle: p.shortTitle, demo: p.demo })),
  };
  writeFileSync(join(options.siteDir, 'index.json'), JSON.stringify(index, null, 1));
  return index;
}

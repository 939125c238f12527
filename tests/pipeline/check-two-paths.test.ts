// Two paths, one set of problems: every ingest fixture and every demo report
// goes through the Node ingest (runIngest, which writes ingest-report.json)
// and through the check page's entry (checkFiles, with the plan as the page
// gets it: buildCheckData → JSON → loadedPlanOf); the problems (codes, lines,
// columns, wording) and the row accounting must be the same. The browser half
// (the same entry bundled in the built page, in Chromium) is
// tests/browser/check-page.test.ts.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngest } from '../../src/pipeline/index.ts';
import type { IngestReport } from '../../src/pipeline/index.ts';
import { buildCheckData, loadedPlanOf } from '../../src/pipeline/check-data.ts';
import { checkFiles, type SourceFile } from '../../src/pipeline/check-files.ts';
import { listRawFiles } from '../../src/pipeline/list-files.ts';
import { loadPlan, loadWardReference } from '../../src/pipeline/load-plan.ts';

const BUILD_DATE = '2026-11-21';
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'check-two-paths-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** tests/fixtures/encodings/* as a year-less raw folder of the e2e plan (they report its school 01000001). */
function encodingsDataDir(): string {
  const dir = join(tmp, 'encodings-data');
  cpSync(join(fixtures, 'e2e/data/plans'), join(dir, 'plans'), { recursive: true });
  cpSync(join(fixtures, 'e2e/data/reference'), join(dir, 'reference'), { recursive: true });
  mkdirSync(join(dir, 'raw/mini-2025'), { recursive: true });
  for (const name of readdirSync(join(fixtures, 'encodings'))) cpSync(join(fixtures, 'encodings', name), join(dir, 'raw/mini-2025', name));
  return dir;
}

const datasets = [
  { name: 'tests/fixtures/e2e', dataDir: () => join(fixtures, 'e2e/data'), plans: ['mini-2025'] },
  { name: 'tests/fixtures/encodings', dataDir: encodingsDataDir, plans: ['mini-2025'] },
  { name: 'the demo data (data/raw)', dataDir: () => fileURLToPath(new URL('../../data', import.meta.url)), plans: ['hung-yen-2026', 'long-bien-2025'] },
];

/** The check page's path: the plan as shipped in JSON, every file of the plan's raw folder with its year folder. */
async function checkAsThePage(dataDir: string, planId: string) {
  const reference = await loadWardReference(dataDir, dataDir);
  if (!('wards' in reference)) throw new Error(reference.problems.join('\n'));
  const loaded = await loadPlan(dataDir, dataDir, planId, reference.wards);
  if (!('loaded' in loaded)) throw new Error(loaded.problems.join('\n'));
  const shipped = JSON.parse(JSON.stringify(buildCheckData(loaded.loaded)));
  const sources: SourceFile[] = (await listRawFiles(join(dataDir, 'raw'), planId)).map((raw) => ({
    file: raw.file, folderYear: raw.folderYear, bytes: new Uint8Array(readFileSync(raw.path)),
  }));
  const result = checkFiles(sources, { loaded: loadedPlanOf(shipped), buildDate: BUILD_DATE });
  return { sources, result: JSON.parse(JSON.stringify(result.report)) as IngestReport };
}

describe.each(datasets)('$name: the ingest and the check page find the same problems', ({ dataDir, plans }) => {
  let dir: string;
  const reports = new Map<string, IngestReport>();
  beforeAll(async () => {
    dir = dataDir();
    const out = join(tmp, `out-${Math.random().toString(36).slice(2)}`);
    const summary = await runIngest({ dataDir: dir, outDir: out, buildDate: BUILD_DATE, plans });
    expect(summary.plans.every((p) => p.ok)).toBe(true);
    for (const plan of plans) reports.set(plan, JSON.parse(readFileSync(join(out, plan, 'ingest-report.json'), 'utf8')));
  });

  it.each(plans)('%s', async (planId) => {
    const ingest = reports.get(planId)!;
    const { sources, result } = await checkAsThePage(dir, planId);
    expect(sources.length).toBeGreaterThan(0);
    expect(ingest.problems.length).toBeGreaterThan(0);
    // The positions first (a readable diff), then everything the report holds.
    const where = (r: IngestReport) => r.problems.map((p) => `${p.file}:${p.line ?? ''}:${p.column ?? ''} ${p.code}`);
    expect(where(result)).toEqual(where(ingest));
    expect(result.problems).toEqual(ingest.problems);
    expect(result.files).toEqual(ingest.files);
    expect(result.totals).toEqual(ingest.totals);
    expect(result.years).toEqual(ingest.years);
  });
});

// Finding 8 of issue 8 (output amplification): a flood of broken rows must not
// flood the report, the console or the Reporting page. Budgets: docs/ingest-report.md.
import { describe, it, expect, afterAll } from 'vitest';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runIngest } from '../../src/pipeline/index.ts';
import type { IngestReport } from '../../src/pipeline/index.ts';
import { formatSummary } from '../../src/pipeline/format-summary.ts';
import { MAX_LISTED } from '../../src/pipeline/problems.ts';
import { readIngestReport } from '../../src/site-data/ingest-report.ts';
import { buildProblemList, PAGE_PER_FILE, PAGE_TOTAL } from '../../src/site-data/problem-list.ts';
import { BUILD_DATE, PLAN_ID, brokenRowsFile, makeDataDir } from '../fixtures/hostile.ts';

const KB = 1024;
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

async function flood(files: Record<string, string>) {
  const dataDir = makeDataDir(files);
  made.push(dataDir);
  const outDir = join(dataDir, 'out');
  const summary = await runIngest({ dataDir, outDir, buildDate: BUILD_DATE });
  const path = join(outDir, PLAN_ID, 'ingest-report.json');
  const report = JSON.parse(readFileSync(path, 'utf8')) as IngestReport;
  const page = buildProblemList(readIngestReport(report)!);
  return { summary, report, bytes: statSync(path).size, page, pageBytes: Buffer.byteLength(JSON.stringify(page)) };
}

describe('finding 8.8: a file of broken rows does not flood the output', () => {
  const ROWS = 40_000;
  const run = flood({ '2025/lu-loi.csv': brokenRowsFile(ROWS, 8) });

  it(`keeps the report of ${ROWS.toLocaleString('en')} broken rows under 512 KB, with exact counts`, async () => {
    const { report, bytes } = await run;
    expect(bytes).toBeLessThan(512 * KB);
    expect(report.files[0]).toMatchObject({ rows_read: ROWS, accepted: 0, rejected: ROWS });
    // Each row has at least one error; the entries' counts add up to the counts by code.
    const counted = report.problems.reduce((n, p) => n + p.count, 0);
    expect(Object.values(report.problem_counts).reduce((a, b) => a + b, 0)).toBe(counted);
    expect(report.totals.errors).toBe(counted);
    expect(counted).toBeGreaterThanOrEqual(ROWS);
    for (const [code, n] of Object.entries(report.problem_counts)) {
      expect(report.problems.filter((p) => p.code === code && !p.more), code).toHaveLength(Math.min(n, MAX_LISTED));
    }
  });

  it('keeps the Reporting page to PAGE_PER_FILE entries and under 64 KB of data', async () => {
    const { page, pageBytes } = await run;
    expect(page.listed).toBe(PAGE_PER_FILE);
    expect(page.occurrences).toBeGreaterThanOrEqual(ROWS);
    expect(pageBytes).toBeLessThan(64 * KB);
  });

  it('keeps the console to a screenful', async () => {
    const { summary } = await run;
    expect(formatSummary(summary, 'data/raw').split('\n').length).toBeLessThan(40);
  });
});

describe('finding 8.8: many flooded files do not flood the page', () => {
  const FILES = 40;
  const files = Object.fromEntries(Array.from({ length: FILES }, (_, i) => [`2025/lu-${String(i).padStart(2, '0')}.csv`, brokenRowsFile(300, i)]));
  const run = flood(files);

  it(`lists at most PAGE_TOTAL entries of ${FILES} files, under 600 KB of page data, the report under ${FILES} × 512 KB`, async () => {
    const { page, pageBytes, bytes, report } = await run;
    expect(page.listed).toBe(PAGE_TOTAL);
    const shownFiles = new Set(page.items.flatMap((item) => (item.kind === 'problem' ? [item.problem.file] : [])));
    const rest = page.items.at(-1)!;
    expect(rest).toMatchObject({ kind: 'unlisted', file: null });
    expect(shownFiles.size + (rest.kind === 'unlisted' ? rest.files : 0)).toBe(FILES);
    // Past the plan's MAX_LISTED_PER_PLAN, a file's problems are only counted (its `more` entries).
    expect(report.problems.filter((p) => p.file.endsWith('lu-39.csv')).every((p) => p.more)).toBe(true);
    expect(pageBytes).toBeLessThan(600 * KB);
    expect(bytes).toBeLessThan(FILES * 512 * KB);
    expect(report.totals).toMatchObject({ files: FILES, rows_read: FILES * 300, rejected: FILES * 300 });
  });
});

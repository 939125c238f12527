// Finding 8 of issue 8 (output amplification): a flood of broken rows must not
// flood the report, the console or the Reporting page. Budgets: docs/ingest-report.md.
import { describe, it, expect, afterAll } from 'vitest';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runIngest } from '../../src/pipeline/index.ts';
import type { IngestReport } from '../../src/pipeline/index.ts';
import { formatSummary } from '../../src/pipeline/format-summary.ts';
import { BUILD_DATE, PLAN_ID, brokenRowsFile, makeDataDir } from '../fixtures/hostile.ts';

const ROWS = 40_000;
const dataDir = makeDataDir({ '2025/lu-loi.csv': brokenRowsFile(ROWS, 8) });
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('finding 8.8: a file of broken rows does not flood the output', () => {
  it(`keeps the report of ${ROWS.toLocaleString('en')} broken rows under 512 KB, with exact counts`, async () => {
    const outDir = join(dataDir, 'out');
    const summary = await runIngest({ dataDir, outDir, buildDate: BUILD_DATE });
    const path = join(outDir, PLAN_ID, 'ingest-report.json');
    const bytes = statSync(path).size;
    const report = JSON.parse(readFileSync(path, 'utf8')) as IngestReport;
    expect(bytes).toBeLessThan(512 * 1024);
    const file = report.files[0]!;
    expect(file).toMatchObject({ rows_read: ROWS, accepted: 0, rejected: ROWS });
    // Every row is in some problem's count; the counts by code add up to the entries' counts.
    const counted = report.problems.reduce((n, p) => n + p.count, 0);
    expect(Object.values(report.problem_counts).reduce((a, b) => a + b, 0)).toBe(counted);
    expect(report.totals.errors).toBeGreaterThanOrEqual(ROWS);
    expect(formatSummary(summary, 'data/raw').split('\n').length).toBeLessThan(40);
  });
});

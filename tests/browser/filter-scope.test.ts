// Everything on a filterable page follows the filter, or says it does not
// (issue 9, item 4): headings naming the year, the overview's status table,
// the charts and their ranked tables, year sections and level rows, the print;
// judgements and rankings of the whole plan say so. Filtered figures are
// compared with the shared SQL's own answer, run with @duckdb/node-api on the
// shipped database, and judged by the same rules (src/core/rules).
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { buildMeasureQuery, type MeasureRow, type Query } from '../../src/core/measure-sql.ts';
import { phaseForYear } from '../../src/core/rules/index.ts';
import { describeJudgement, judgeUnit } from '../../src/components/judgement-view.ts';
import { formatFigure, onPercentScale } from '../../src/components/plan-view.ts';
import { digitsOf, formatValue } from '../../src/i18n/format.ts';
import { t } from '../../src/i18n/index.ts';
import { launch, waitFor, watch, type Browser } from './browser.ts';
import { readSite } from './site-pages.ts';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
const root = inject('siteRoot');
const longBien = readSite(inject('siteDataDir'), 'long-bien-2025');
const hungYen = readSite(inject('siteDataDir'), 'hung-yen-2026');
let browser: Browser;
const connections: Record<string, DuckDBConnection> = {};

beforeAll(async () => {
  browser = await launch();
  for (const plan of ['long-bien-2025', 'hung-yen-2026']) {
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    // The shipped file: what the browser attaches.
    await conn.run(`ATTACH '${join(root, plan, 'loc', `${plan}.duckdb`)}' AS d (READ_ONLY)`);
    connections[plan] = conn;
  }
});
afterAll(async () => {
  await browser?.close();
  for (const conn of Object.values(connections)) conn.closeSync();
});

async function sql(plan: string, query: Query): Promise<MeasureRow[]> {
  return (await connections[plan]!.runAndReadAll(query.sql, query.params)).getRowObjectsJS() as unknown as MeasureRow[];
}

async function redrawn(page: Page, count = 1): Promise<void> {
  await waitFor(page, (n) => performance.getEntriesByName('filters:redrawn').length >= n, `redraw ${count}`, 90_000, count);
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
/** The first ranked row of a distribution chart's data table: [unit, rank, value]. */
const firstRanked = (page: Page, section: string) =>
  page.locator(`${section} [data-chart="distribution"] details tbody tr`).first().evaluate((tr) => [...tr.children].slice(0, 3).map((c) => c.textContent));

describe('the overview after year=2025 (/long-bien-2025/)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.context.newPage();
    const log = watch(page, origin);
    await page.goto(`${siteUrl}long-bien-2025/?year=2025`, { waitUntil: 'load' });
    await redrawn(page);
    expect(log.consoleErrors).toEqual([]);
  });
  afterAll(() => page?.close());

  it('the headline heading names 2025, not 2026', async () => {
    expect(clean(await page.textContent('main h2[data-year-template]'))).toBe(t('vi', 'headline.title', { year: 2025 }));
  });

  it("the status table shows the SQL's 2025 figures, judged by the rules on them", async () => {
    const plan = longBien.plan;
    const others = plan.criteria.flatMap((c) => c.measures).filter((m) => !onPercentScale(m));
    const phase = phaseForYear(plan, 2025)!;
    const expected = [];
    for (const m of others) {
      const rows = await sql('long-bien-2025', buildMeasureQuery(m, ['year'], {}, 'd.'));
      const status = describeJudgement('vi', plan, m, judgeUnit(plan, m, phase, rows, longBien.buildDate, 'plan'));
      expect(rows.some((r) => r.year === 2025)).toBe(true);
      expected.push([m.label.vi, formatFigure('vi', m, rows.find((r) => r.year === 2025)).text, status.label]);
    }
    const table = page.locator('[data-chart="headline-table"] table');
    expect(clean(await table.locator('caption').textContent())).toBe(t('vi', 'headline.title', { year: 2025 }));
    const shown = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.children[0]!.textContent, tr.children[1]!.textContent, tr.querySelector('a.status')?.textContent]));
    expect(shown).toEqual(expected);
  });

  it('the whole-plan judgement and ranking say they do not follow the filter', async () => {
    const notes = await page.$$eval('[data-unfiltered]', (ps) => ps.filter((p) => !(p as HTMLElement).hidden).map((p) => p.textContent));
    expect(notes.length).toBeGreaterThanOrEqual(2);
    expect(notes.every((n) => /^Không theo bộ lọc/.test(n ?? ''))).toBe(true);
  });

  it('prints with the filter named, every redrawn block under its filter line', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.isVisible('form[data-filters]')).toBe(false);
      expect(clean(await page.textContent('[data-filters-print]'))).toBe(
        'Số liệu của bản in này theo bộ lọc: Năm báo cáo 2025. Phần ghi “không theo bộ lọc” là của toàn kế hoạch.',
      );
      expect(await page.isVisible('[data-filters-print]')).toBe(true);
      const labels = await page.$$eval('[data-chart]:not([data-chart="partial-note"])', (blocks) => blocks.map((b) => b.querySelector('.chart-filtered')?.textContent ?? ''));
      expect(labels.length).toBeGreaterThanOrEqual(3);
      expect(labels.every((l) => l === 'Đang lọc: Năm báo cáo 2025')).toBe(true);
      expect(await page.isVisible('[data-unfiltered]:not([hidden])')).toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

/** A Hưng Yên measure whose chart shows the SQL's value as it is (a rate or a score, not a count per school). */
const rateMeasure = () => {
  for (const criterion of hungYen.plan.criteria) {
    const measure = criterion.measures.find((m) => m.kind === 'ratio' || m.kind === 'share-yes' || m.kind === 'mean');
    if (measure) return { criterion, measure };
  }
  throw new Error('no rate measure');
};

describe('a criterion page after level=1 (/hung-yen-2026/tieu-chi/…, precomputed)', () => {
  it("the distribution's first-ranked ward is the SQL's, and the heading names the year", async () => {
    const { criterion, measure } = rateMeasure();
    const year = hungYen.latestYear!;
    const rows = await sql('hung-yen-2026', buildMeasureQuery(measure, ['ward_code'], { years: [year], levels: ['1'] }, 'd.'));
    const valued = rows.filter((r) => r.value !== null);
    const best = measure.direction === 'down' ? Math.min(...valued.map((r) => r.value!)) : Math.max(...valued.map((r) => r.value!));
    const names = new Map(hungYen.wards.map((w) => [w.code, w.name]));
    const top = valued.filter((r) => r.value === best).map((r) => names.get(String(r.ward_code)));

    const page = await browser.context.newPage();
    await page.goto(`${siteUrl}hung-yen-2026/tieu-chi/${criterion.id}/?level=1`, { waitUntil: 'load' });
    await redrawn(page);
    expect(await page.getAttribute('form[data-filters]', 'data-answered-by')).toBe('answers');
    const [name, rank, value] = await firstRanked(page, `section[aria-labelledby="${measure.id}"]`);
    expect(rank).toBe('1');
    expect(top).toContain(name);
    expect(value).toBe(formatValue('vi', best, measure.unit.vi, digitsOf(measure.kind)));
    // The targets and the criterion's judgement are the plan's: said not to follow the filter.
    expect(await page.locator(`section[aria-labelledby="${measure.id}"] [data-unfiltered]`).first().isVisible()).toBe(true);
    await page.close();
  });
});

describe('a criterion page after level=1 and one ward (DuckDB-WASM answers)', () => {
  it("the ward's figure in the chart is the SQL's", async () => {
    const { criterion, measure } = rateMeasure();
    const year = hungYen.latestYear!;
    const ward = hungYen.wards[3]!;
    const [row] = await sql('hung-yen-2026', buildMeasureQuery(measure, ['ward_code'], { years: [year], levels: ['1'], wards: [ward.code] }, 'd.'));
    const page = await browser.context.newPage();
    await page.goto(`${siteUrl}hung-yen-2026/tieu-chi/${criterion.id}/?level=1&ward=${ward.code}`, { waitUntil: 'load' });
    await redrawn(page);
    expect(await page.getAttribute('form[data-filters]', 'data-answered-by')).toBe('engine');
    const [name, rank, value] = await firstRanked(page, `section[aria-labelledby="${measure.id}"]`);
    expect(name).toBe(ward.name);
    if (row?.value === null || row === undefined) {
      expect(rank).toBe('');
    } else {
      expect([rank, value]).toEqual(['1', formatValue('vi', row.value, measure.unit.vi, digitsOf(measure.kind))]);
    }
    await page.close();
  });
});

describe('a ward page after year=2025 and a level (/long-bien-2025/xa-phuong/00145/)', () => {
  it('shows the year chosen only, and the schools of the level chosen', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${siteUrl}long-bien-2025/xa-phuong/00145/?year=2025&level=4`, { waitUntil: 'load' });
    await redrawn(page);
    const years = await page.$$eval('details[data-filter-year]', (ds) => ds.filter((d) => !(d as HTMLElement).hidden).map((d) => d.getAttribute('data-filter-year')));
    expect(years).toEqual(['2025']);
    const columns = await page.$$eval('#ward-schools thead th', (ths) => ths.filter((th) => !(th as HTMLElement).hidden).map((th) => th.textContent));
    expect(columns.some((c) => c?.includes('2026'))).toBe(false);
    const levels = await page.$$eval('#ward-schools tbody tr', (trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => tr.getAttribute('data-filter-level')));
    expect(levels.length).toBeGreaterThan(0);
    expect(levels.every((l) => l?.includes('4'))).toBe(true);
    expect(clean(await page.textContent('main h2[data-count-template]'))).toBe(t('vi', 'ward.schools', { count: levels.length }));
    await page.close();
  });
});

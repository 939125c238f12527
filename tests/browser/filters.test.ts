// The filter journey on the built site: DuckDB-WASM stays away until a filter
// is used; a filter redraws charts from the shipped database and says so; the
// URL carries the view, and loading that URL shows it again.
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, waitFor, watch, type Browser } from './browser.ts';
import { pageTypes } from './site-pages.ts';
import { CSP, startServer } from '../../scripts/serve.ts';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
const overview = `${siteUrl}hung-yen-2026/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const isEngine = (url: string) => /\.(wasm|duckdb)(\?|$)/.test(url) || /duckdb-browser-.*\.worker/.test(url);

/** Wait until the page has redrawn `count` times in all; fail fast when the form reports a failure. */
async function redrawn(page: Page, count = 1): Promise<void> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const { marks, failed } = await page.evaluate(() => ({
      marks: performance.getEntriesByName('filters:redrawn').length,
      failed: document.querySelector('form[data-filters]')?.getAttribute('aria-busy') !== 'true' && /Không tải được|could not be loaded/.test(document.querySelector('[data-filters-status]')?.textContent ?? '')
        ? document.querySelector('[data-filters-status]')?.textContent
        : null,
    }));
    if (marks >= count) return;
    if (failed) throw new Error(`the filters failed: ${failed}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for redraw ${count}`);
    await page.waitForTimeout(100);
  }
}

/** The SVG markup of every chart block, in page order. */
// The charts' own SVGs (role=img), not the legend swatches: a redraw may drop a legend item.
const chartSvgs = (page: Page) => page.$$eval('[data-chart] svg[role="img"]', (svgs) => svgs.map((svg) => svg.outerHTML));

describe('filters on the overview', () => {
  it('loads no .wasm and no .duckdb until a filter is used', async () => {
    const page = await browser.context.newPage();
    const log = watch(page, origin);
    await page.goto(overview, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    expect(await page.isVisible('form[data-filters]')).toBe(true);
    expect(log.requests.filter(isEngine)).toEqual([]);

    await page.selectOption('select[name=level]', '1');
    await redrawn(page);
    const engine = log.requests.filter(isEngine);
    expect(engine.some((u) => u.endsWith('.wasm'))).toBe(true);
    expect(engine.some((u) => u.endsWith('/hung-yen-2026.duckdb'))).toBe(true);
    expect(log.consoleErrors).toEqual([]);
    expect(log.offsite).toEqual([]);
    expect(log.failures).toEqual([]);
    await page.close();
  });

  it('a filter changes a chart and the URL; reloading that URL shows the same view', async () => {
    const page = await browser.context.newPage();
    const log = watch(page, origin);
    await page.goto(overview, { waitUntil: 'load' });
    const before = await chartSvgs(page);
    expect(before.length).toBeGreaterThan(0);

    await page.selectOption('select[name=level]', '1');
    await redrawn(page);
    const after = await chartSvgs(page);
    expect(after).not.toEqual(before);
    expect(new URL(page.url()).searchParams.get('level')).toBe('1');
    const status = await page.textContent('[data-filters-status]');
    expect(status).toMatch(/biểu đồ/);
    expect(await page.getAttribute('[data-filters-status]', 'aria-live')).toBe('polite');

    await page.selectOption('select[name=ward]', '11953');
    await redrawn(page, 2);
    const narrowed = await chartSvgs(page);
    expect(page.url()).toContain('?level=1&ward=11953');

    await page.reload({ waitUntil: 'load' });
    await redrawn(page);
    expect(await page.inputValue('select[name=level]')).toBe('1');
    expect(await page.inputValue('select[name=ward]')).toBe('11953');
    expect(await chartSvgs(page)).toEqual(narrowed);

    // The back button goes to the previous view.
    await page.goBack();
    await redrawn(page, 2);
    expect(new URL(page.url()).search).toBe('?level=1');
    expect(await page.inputValue('select[name=ward]')).toBe('');

    // "Clear filters": the build-time charts come back.
    await page.click('form[data-filters] button[type=reset]');
    await waitFor(page, () => !location.search && document.querySelector('form[data-filters]')?.getAttribute('aria-busy') !== 'true', 'filters cleared');
    expect(await chartSvgs(page)).toEqual(before);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it('is usable with the keyboard alone', async () => {
    const page = await browser.context.newPage();
    await page.goto(overview, { waitUntil: 'load' });
    await page.focus('select[name=level]');
    await page.keyboard.press('ArrowDown');
    await waitFor(page, () => location.search.includes('level='), 'the URL to follow the keyboard');
    const labelled = await page.$$eval('form[data-filters] select', (selects) => selects.every((s) => (s as HTMLSelectElement).labels?.length === 1));
    expect(labelled).toBe(true);
    await page.close();
  });

  it('ignores URL values the page does not offer', async () => {
    const page = await browser.context.newPage();
    const log = watch(page, origin);
    await page.goto(`${overview}?level=%3Cb%3E&ward=nowhere`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).search).toBe('');
    expect(log.requests.filter(isEngine)).toEqual([]);
    await page.close();
  });
});

describe('filters on a criterion page', () => {
  it('redraw the trend and the ranking from the database', async () => {
    const page = await browser.context.newPage();
    const log = watch(page, origin);
    await page.goto(`${siteUrl}hung-yen-2026/tieu-chi/ky-nang-so/`, { waitUntil: 'load' });
    const kinds = await page.$$eval('[data-chart]', (blocks) => blocks.map((b) => b.getAttribute('data-chart')));
    expect(kinds).toEqual(expect.arrayContaining(['trend', 'distribution']));
    const before = await chartSvgs(page);
    await page.selectOption('select[name=level]', '2');
    await redrawn(page);
    const after = await chartSvgs(page);
    expect(after.length).toBe(before.length);
    expect(after.filter((svg, i) => svg !== before[i]).length).toBeGreaterThan(0);
    expect(await page.$$eval('[data-chart] .chart-filtered', (notes) => notes.length)).toBe(kinds.length);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('every page with filters redraws all its charts', () => {
  const withForm = ['overview', 'phase', 'criterion', 'ward', 'completeness', 'overview (en)', 'overview, one-ward plan'];
  const pages = pageTypes(inject('siteDataDir')).filter((p) => withForm.includes(p.name));

  it.each(pages)('$name (/$path)', async ({ path }) => {
    const page = await browser.context.newPage();
    const log = watch(page, origin);
    await page.goto(siteUrl + path, { waitUntil: 'load' });
    const charts = await page.locator('[data-chart]').count();
    const select = page.locator('form[data-filters] select').first();
    const value = await select.evaluate((s) => [...(s as HTMLSelectElement).options].map((o) => o.value).find(Boolean) ?? '');
    await select.selectOption(value);
    await redrawn(page);
    expect(await page.locator('[data-chart] .chart-filtered').count()).toBe(charts);
    expect(await page.textContent('[data-filters-status]')).toMatch(/^(Đã cập nhật biểu đồ|Charts updated)/);
    expect(log.consoleErrors).toEqual([]);
    expect(log.failures).toEqual([]);
    await page.close();
  });
});

describe('when DuckDB-WASM cannot start', () => {
  it('gives up with a clear message and keeps the build-time charts', async () => {
    // A host whose policy forbids compiling WebAssembly: the engine never starts.
    const strict = await startServer({ root: inject('siteRoot'), port: 0, csp: CSP.replace(" 'wasm-unsafe-eval'", '') });
    const page = await browser.context.newPage();
    try {
      await page.goto(`${strict.url}hung-yen-2026/`, { waitUntil: 'load' });
      const before = await chartSvgs(page);
      await page.selectOption('select[name=level]', '1');
      const status = await waitFor(
        page,
        () => {
          const text = document.querySelector('[data-filters-status]')?.textContent ?? '';
          return /Không tải được/.test(text) ? text : '';
        },
        'the failure message',
        90_000,
      );
      expect(status).toMatch(/stalled for 30 s/);
      expect(status).toMatch(/wasm-unsafe-eval/);
      expect(await chartSvgs(page)).toEqual(before);
      expect(await page.getAttribute('form[data-filters]', 'aria-busy')).toBeNull();
    } finally {
      await page.close();
      await strict.close();
    }
  });
});

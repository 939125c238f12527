// The filter journey on the built site: the first filter answers from the
// page's precomputed answers (fetched when the visitor reaches for the form),
// with no DuckDB-WASM; a combination not precomputed loads the engine, with a
// progress bar of its true size; a repeat visit warms the engine only when it
// is cached; the URL carries the view, and loading that URL shows it again.
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, waitFor, watch, type Browser } from './browser.ts';
import { pageTypes } from './site-pages.ts';
import { CSP, startServer } from '../../scripts/serve.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { brotliAsServed } from '../../src/publish/precompress.ts';

/** A response's bytes as sent (Node's fetch would decompress them). */
function rawGet(url: string): Promise<{ encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

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

/** Which source answered the last redraw ('answers', 'engine' or 'both'). */
const answeredBy = (page: Page) => page.getAttribute('form[data-filters]', 'data-answered-by');

describe('filters on the overview', () => {
  it('answers the first filter from the precomputed answers, fetched on focus, without the engine', async () => {
    const page = await browser.context.newPage();
    const log = watch(page, origin);
    await page.goto(overview, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(await page.isVisible('form[data-filters]')).toBe(true);
    expect(log.requests.filter((u) => u.endsWith('/loc.json'))).toEqual([]);

    await page.focus('select[name=level]');
    await waitFor(page, () => performance.getEntriesByName('filters:intent').length > 0, 'the intent mark');
    await page.selectOption('select[name=level]', '1');
    await redrawn(page);
    expect(log.requests.filter((u) => u.endsWith('/loc.json'))).toEqual([`${overview}loc.json`]);
    expect(log.requests.filter(isEngine)).toEqual([]);
    expect(await answeredBy(page)).toBe('answers');
    expect(log.consoleErrors).toEqual([]);
    expect(log.failures).toEqual([]);
    await page.close();
  });

  it('loads DuckDB-WASM for a combination not precomputed, with a progress bar of its true size', async () => {
    const page = await browser.context.newPage();
    const log = watch(page, origin);
    await page.goto(`${overview}?level=1`, { waitUntil: 'load' });
    await redrawn(page);
    expect(await answeredBy(page)).toBe('answers');
    const label = await page.textContent('[data-filters-engine] label');
    // The size comes from the built files (src/site-data/engine-assets.ts): about 5 MB of wasm at brotli 11.
    const mb = Number(/\(([\d,]+) MB\)/.exec(label ?? '')?.[1]?.replace(',', '.'));
    expect(mb).toBeGreaterThan(4.5);
    expect(mb).toBeLessThan(6);
    await page.selectOption('select[name=ward]', '11953');
    await waitFor(page, () => !document.querySelector<HTMLElement>('[data-filters-engine]')?.hidden, 'the progress bar');
    await redrawn(page, 2);
    expect(await answeredBy(page)).toBe('engine');
    expect(await page.isVisible('[data-filters-engine]')).toBe(false);
    const engine = log.requests.filter(isEngine);
    expect(engine.some((u) => u.endsWith('.wasm'))).toBe(true);
    expect(engine.some((u) => u.endsWith('/hung-yen-2026/loc/hung-yen-2026.duckdb'))).toBe(true);
    expect(engine.some((u) => u.includes('mvp'))).toBe(false);
    expect(log.consoleErrors).toEqual([]);
    expect(log.offsite).toEqual([]);
    expect(log.failures).toEqual([]);
    await page.close();
  });

  it('serves the wasm at brotli 11 and the browser database compressed', async () => {
    const root = inject('siteRoot');
    const wasm = readdirSync(join(root, '_astro')).find((f) => f.endsWith('.wasm'))!;
    expect(readdirSync(join(root, '_astro')).filter((f) => f.endsWith('.wasm'))).toEqual([wasm]);
    const served = await rawGet(`${siteUrl}_astro/${wasm}`);
    expect(served.encoding).toBe('br');
    // The same bytes as the build's brotli at quality 11 for the file (its content cache gives them at once).
    expect(served.body.equals(await brotliAsServed(readFileSync(join(root, '_astro', wasm)), `_astro/${wasm}`))).toBe(true);
    expect(served.body.length).toBeLessThan(5.2e6);
    const db = await rawGet(`${overview}loc/hung-yen-2026.duckdb`);
    expect(db.encoding).toBe('br');
    expect(db.body.length).toBeLessThan(100_000);
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
    // The engine draws what the precomputed answers drew: the same SVGs for the same view.
    const fromAnswers = after;
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

    // The back button goes to the previous view (now drawn by the engine, already loaded).
    await page.goBack();
    await redrawn(page, 2);
    expect(new URL(page.url()).search).toBe('?level=1');
    expect(await page.inputValue('select[name=ward]')).toBe('');
    expect(await chartSvgs(page)).toEqual(fromAnswers);

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
    // Every block but the open-year note (it stands alone) says it is filtered.
    expect(await page.$$eval('[data-chart] .chart-filtered', (notes) => notes.length)).toBe(kinds.filter((k) => k !== 'partial-note').length);
    expect(await answeredBy(page)).toBe('answers');
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
    // Every block but the open-year note (a note stands alone) gets the "filtered" line.
    const blocks = await page.locator('[data-chart]:not([data-chart="partial-note"])').count();
    const select = page.locator('form[data-filters] select[name=level]');
    const value = await select.evaluate((s) => [...(s as HTMLSelectElement).options].map((o) => o.value).find(Boolean) ?? '');
    await select.selectOption(value);
    await redrawn(page);
    expect(await page.locator('[data-chart] .chart-filtered').count()).toBe(blocks);
    expect(await page.textContent('[data-filters-status]')).toMatch(/^(Đã cập nhật biểu đồ và bảng|Charts and tables updated)/);
    expect(await answeredBy(page)).toBe('answers');
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
      await redrawn(page);
      // A combination not precomputed needs the engine, which cannot start here.
      await page.selectOption('select[name=ward]', '11953');
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

  it('a browser without WebAssembly exceptions gets the precomputed answers and a clear message for the rest', async () => {
    // A fresh profile: this browser has never loaded the engine.
    const alone = await launch();
    const page = await alone.context.newPage();
    const log = watch(page, origin);
    // DuckDB-WASM detects exceptions by validating a tiny module: make every validation fail.
    await page.addInitScript(() => {
      WebAssembly.validate = () => false;
    });
    try {
      await page.goto(overview, { waitUntil: 'load' });
      await page.selectOption('select[name=level]', '1');
      await redrawn(page);
      expect(await answeredBy(page)).toBe('answers');
      await page.selectOption('select[name=ward]', '11953');
      const status = await waitFor(page, () => (/WebAssembly/.test(document.querySelector('[data-filters-status]')?.textContent ?? '') ? document.querySelector('[data-filters-status]')?.textContent : ''), 'the message');
      expect(status).toMatch(/không chạy được DuckDB-WASM/);
      expect(status).toMatch(/chọn từng mục lọc một vẫn có kết quả/);
      expect(log.requests.filter(isEngine)).toEqual([]);
    } finally {
      await alone.close();
    }
  });
});

describe('a repeat visit', () => {
  it('warms the engine on focus only when it is already cached', async () => {
    const fresh = await launch();
    try {
      const first = await fresh.context.newPage();
      const log = watch(first, origin);
      await first.goto(overview, { waitUntil: 'load' });
      await first.focus('select[name=level]');
      await first.waitForTimeout(1500);
      expect(log.requests.filter(isEngine)).toEqual([]);
      await first.selectOption('select[name=level]', '1');
      await redrawn(first);
      await first.selectOption('select[name=ward]', '11953');
      await redrawn(first, 2);
      await first.close();

      const again = await fresh.context.newPage();
      const log2 = watch(again, origin);
      await again.goto(overview, { waitUntil: 'load' });
      await again.focus('select[name=level]');
      const init = await waitFor(again, () => performance.getEntriesByName('duckdb:init')[0]?.duration ?? 0, 'the engine warmed');
      expect(init).toBeGreaterThan(0);
      expect(log2.consoleErrors).toEqual([]);
      expect(log2.failures).toEqual([]);
      await again.close();
    } finally {
      await fresh.close();
    }
  });
});

// The site built with BASE_PATH=/thi-dua-so/ and served only under that path:
// pages load, every link and asset stays under the base and resolves, nothing
// 404s, and the filters find DuckDB-WASM and the database there too.
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import { launch, waitFor, watch, type Browser } from './browser.ts';
import { pageTypes } from './site-pages.ts';

const baseUrl = inject('baseSiteUrl');
const basePath = inject('basePath');
const origin = new URL(baseUrl).origin;
const pages = pageTypes(inject('siteDataDir'));
let browser: Browser;
/** Same-origin URLs referenced by the pages visited, checked once at the end. */
const referenced = new Set<string>();

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe(`under ${basePath}`, () => {
  it.each(pages)('$name loads, and its links and assets stay under the base', async ({ path }) => {
    const page = await browser.context.newPage();
    const log = watch(page, origin);
    const response = await page.goto(baseUrl + path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    expect(response?.status()).toBe(200);
    expect(log.failures).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.offsite).toEqual([]);
    expect(log.requests.filter((u) => !u.startsWith(origin + basePath))).toEqual([]);
    const urls = await page.$$eval('a[href], link[href], script[src], img[src], iframe[src], form[action]', (nodes) =>
      nodes.map((n) => (n as HTMLAnchorElement).href || (n as HTMLScriptElement).src || (n as HTMLFormElement).action),
    );
    const local = urls.filter((u) => u.startsWith(origin)).map((u) => u.split('#')[0]!);
    expect(local.filter((u) => !u.startsWith(origin + basePath))).toEqual([]);
    for (const url of local) referenced.add(url);
    await page.close();
  });

  it('every link and asset those pages reference resolves', async () => {
    expect(referenced.size).toBeGreaterThan(20);
    const broken: string[] = [];
    for (const url of referenced) {
      const response = await fetch(url, { method: 'HEAD' });
      if (response.status !== 200) broken.push(`${response.status} ${url}`);
    }
    expect(broken).toEqual([]);
  });

  it('the filters load their answers, DuckDB-WASM and the database from under the base', async () => {
    const page = await browser.context.newPage();
    const log = watch(page, origin);
    await page.goto(`${baseUrl}en/hung-yen-2026/`, { waitUntil: 'load' });
    await page.selectOption('select[name=level]', '2');
    await waitFor(page, () => performance.getEntriesByName('filters:redrawn').length > 0, 'a redraw', 90_000);
    // The English page reads the Vietnamese page's answers (same questions).
    expect(log.requests.filter((u) => u.endsWith('loc.json'))).toEqual([`${baseUrl}hung-yen-2026/loc.json`]);
    // A combination not precomputed: the engine.
    await page.selectOption('select[name=ward]', '11953');
    await waitFor(page, () => performance.getEntriesByName('filters:redrawn').length > 1, 'a second redraw', 90_000);
    const engine = log.requests.filter((u) => /\.(wasm|duckdb|json)$/.test(u));
    expect(engine.length).toBeGreaterThanOrEqual(3);
    expect(engine.every((u) => u.startsWith(origin + basePath))).toBe(true);
    expect(log.failures).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it('nothing is served outside the base path', async () => {
    const response = await fetch(`${origin}/hung-yen-2026/`);
    expect(response.status).toBe(404);
  });
});

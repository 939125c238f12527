// npx node scripts/bench-site.ts [--rebuild] [--site DIR] [--site-data DIR] [--changes N]
// The site on a slow phone: serves the built site (dist/, built first when
// missing or with --rebuild) with scripts/serve.ts, and in headless Chromium
// throttled like slow 4G (150 ms latency, 1.6 Mbps down, 750 kbps up) with
// the CPU slowed 4×, measures for each page type the bytes on the wire before
// any interaction and the time to the first chart; then, on Hưng Yên's pages,
// the first filter (DuckDB-WASM download, start, query, redraw) and the
// latency of later filter changes. Prints measured figures only.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { startServer } from './serve.ts';
import { launch } from '../tests/browser/browser.ts';
import { pageTypes, readSite, type PageType } from '../tests/browser/site-pages.ts';

const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };
const CPU_SLOWDOWN = 4;
const BUDGET = { overviewBytes: 150 * 1024, firstChartMs: 1500, filterChangeMs: 100 };
const PLAN = 'hung-yen-2026';

const { values: args } = parseArgs({
  options: {
    rebuild: { type: 'boolean', default: false },
    site: { type: 'string', default: 'dist' },
    'site-data': { type: 'string', default: process.env.SITE_DATA_OUT ?? 'out/site' },
    changes: { type: 'string', default: '9' },
  },
});
const siteDir = resolve(args.site);
const siteDataDir = resolve(args['site-data']);

function run(what: string, script: string, extra: string[] = []): void {
  console.log(`bench-site: ${what}…`);
  const result = spawnSync(process.execPath, [script, ...extra], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${script} failed (exit ${result.status})`);
}

if (args.rebuild || !existsSync(join(siteDir, 'index.html')) || !existsSync(join(siteDataDir, `${PLAN}.json`))) {
  run('ingest', 'scripts/ingest.ts');
  run('build', 'scripts/build-site.ts', siteDir === resolve('dist') ? [] : ['--outDir', siteDir]);
}

/** A page with the slow-phone conditions and a log of bytes on the wire (CDP). */
async function openThrottled(context: BrowserContext, cache: 'cold' | 'warm' = 'cold') {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: cache === 'cold' });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const wire = { bytes: 0, requests: 0 };
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
    wire.bytes += event.encodedDataLength;
    wire.requests += 1;
  });
  // Playwright also sees the DuckDB worker's requests (the .wasm), which the page's CDP session does not.
  const all: { url: string; bytes: number; ms: number }[] = [];
  page.on('requestfinished', (request) => {
    void request.sizes().then((sizes) => {
      const timing = request.timing();
      all.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize, ms: timing.responseEnd });
    });
  });
  // When the first chart's SVG enters the DOM, and the frame after (painted).
  await page.addInitScript(() => {
    const marks: Record<string, number> = {};
    (window as unknown as { __bench: Record<string, number> }).__bench = marks;
    new MutationObserver((_records, observer) => {
      if (!document.querySelector('[data-chart] svg, figure.chart svg')) return;
      marks.chartInDom = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => (marks.chartPainted = performance.now())));
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) marks.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  return { page, cdp, wire, all };
}

/** Wait until no request has finished for `quietMs` (the page is done loading). */
async function settle(page: Page, wire: { requests: number }, quietMs = 1500): Promise<void> {
  let seen = -1;
  while (seen !== wire.requests) {
    seen = wire.requests;
    await page.waitForTimeout(quietMs);
  }
}

interface PageFigures {
  name: string;
  path: string;
  bytes: number;
  requests: number;
  fcp: number | null;
  lcp: number | null;
  chartInDom: number | null;
  chartPainted: number | null;
}

async function measurePage(context: BrowserContext, baseUrl: string, type: PageType): Promise<PageFigures> {
  const { page, cdp, wire } = await openThrottled(context);
  await page.goto(baseUrl + type.path, { waitUntil: 'load', timeout: 120_000 });
  await settle(page, wire);
  const marks = await page.evaluate(() => {
    const bench = (window as unknown as { __bench?: Record<string, number> }).__bench ?? {};
    return { chartInDom: bench.chartInDom, chartPainted: bench.chartPainted, lcp: bench.lcp, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime };
  });
  await cdp.detach();
  await page.close();
  const at = (v: number | undefined) => (v === undefined ? null : Math.round(v));
  return { ...type, bytes: wire.bytes, requests: wire.requests, fcp: at(marks.fcp), lcp: at(marks.lcp), chartInDom: at(marks.chartInDom), chartPainted: at(marks.chartPainted) };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
}

async function waitForRedraws(page: Page, count: number): Promise<void> {
  const deadline = Date.now() + 300_000;
  while ((await page.evaluate(() => performance.getEntriesByName('filters:redrawn').length)) < count) {
    const status = await page.evaluate(() => document.querySelector('[data-filters-status]')?.textContent ?? '');
    if (/Không tải được|could not be loaded/.test(status)) throw new Error(`the filter failed: ${status}`);
    if (Date.now() > deadline) throw new Error('no redraw within 300 s');
    await page.waitForTimeout(50);
  }
}

interface FilterFigures {
  name: string;
  charts: number;
  firstRedrawMs: number;
  engineStartMs: number;
  bytesForFilter: number;
  wasmBytes: number;
  /** From the .wasm request's start to its last byte. */
  wasmMs: number | null;
  /** Filter change → charts redrawn, per later change. */
  changes: number[];
  /** Filter change → last query of the change answered, per later change. */
  changeQueries: number[];
  /** Each DuckDB statement of the later changes. */
  queries: number[];
}

/** First filter use, then `n` more changes, on a page with a filter form. */
async function measureFilters(context: BrowserContext, url: string, name: string, n: number, cache: 'cold' | 'warm'): Promise<FilterFigures> {
  const { page, cdp, wire, all } = await openThrottled(context, cache);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await settle(page, wire);
  const before = all.length;
  const levels = await page.$$eval('select[name=level] option', (options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  const wards = await page.$$eval('select[name=ward] option', (options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  await page.selectOption('select[name=level]', levels[0]!);
  await waitForRedraws(page, 1);
  await settle(page, wire, 500);
  const firstRedrawMs = (await measures(page, 'filters:redraw'))[0]!;
  const engineStartMs = (await measures(page, 'duckdb:init'))[0]!;
  const loaded = all.slice(before);
  const bytesForFilter = loaded.reduce((sum, r) => sum + r.bytes, 0);
  const wasm = loaded.find((r) => r.url.endsWith('.wasm'));
  const queriesBefore = (await measures(page, 'duckdb:query')).length;
  for (let i = 1; i <= n; i++) {
    // Alternate the level and walk the wards: each change is a new view.
    if (i % 2 && wards.length) await page.selectOption('select[name=ward]', wards[i % wards.length]!);
    else await page.selectOption('select[name=level]', levels[i % levels.length]!);
    await waitForRedraws(page, i + 1);
  }
  const changes = (await measures(page, 'filters:redraw')).slice(1);
  const changeQueries = (await measures(page, 'filters:query')).slice(1);
  const queries = (await measures(page, 'duckdb:query')).slice(queriesBefore);
  const charts = await page.locator('[data-chart]').count();
  await cdp.detach();
  await page.close();
  return { name, charts, firstRedrawMs, engineStartMs, bytesForFilter, wasmBytes: wasm?.bytes ?? 0, wasmMs: wasm?.ms ?? null, changes, changeQueries, queries };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number | null) => (value === null ? '—' : `${Math.round(value)} ms`);
const pad = (text: string, width: number) => text.padEnd(width);
const padStart = (text: string, width: number) => text.padStart(width);

// The build precompressed the site (.br/.gz beside the files), as a host with static compression serves it.
const server = await startServer({ root: siteDir, port: 0 });
const browser = await launch();
try {
  const types = pageTypes(siteDataDir, PLAN);
  const version = browser.context.browser()?.version() ?? 'Chromium';
  console.log(`\nSite benchmark: ${siteDir} served by scripts/serve.ts (brotli), Chromium ${version}, headless`);
  console.log(`Throttled: latency ${NETWORK.latency} ms, down ${(NETWORK.downloadThroughput * 8) / 1e6} Mbps, up ${(NETWORK.uploadThroughput * 8) / 1e3} kbps, CPU ${CPU_SLOWDOWN}× slower; cold cache each page.\n`);
  const rows: PageFigures[] = [];
  for (const type of types) rows.push(await measurePage(browser.context, server.url, type));

  const header = [pad('page', 26), padStart('bytes before use', 17), padStart('requests', 9), padStart('FCP', 9), padStart('first chart in DOM', 19), padStart('first chart painted', 20), padStart('LCP', 9)];
  console.log(header.join(' '));
  for (const r of rows) {
    console.log([pad(r.name, 26), padStart(kb(r.bytes), 17), padStart(String(r.requests), 9), padStart(ms(r.fcp), 9), padStart(ms(r.chartInDom), 19), padStart(ms(r.chartPainted), 20), padStart(ms(r.lcp), 9)].join(' '));
  }
  console.log('Times from navigation start. "First chart painted": the second animation frame after the first chart SVG entered the DOM; "—": the page has no chart.');

  const n = Number(args.changes);
  const site = readSite(siteDataDir, PLAN);
  const filterPages = [
    { name: 'overview', url: `${server.url}${PLAN}/` },
    { name: 'criterion', url: `${server.url}${PLAN}/tieu-chi/${site.plan.criteria[1]!.id}/` },
  ];
  const filters: FilterFigures[] = [];
  for (const p of filterPages) {
    // A fresh profile for each: nothing of DuckDB-WASM in the HTTP cache.
    const fresh = await launch();
    try {
      filters.push(await measureFilters(fresh.context, p.url, `${p.name}, first visit`, n, 'cold'));
      if (p.name === 'overview') filters.push(await measureFilters(fresh.context, p.url, `${p.name}, repeat visit (cached engine)`, n, 'warm'));
    } finally {
      await fresh.close();
    }
  }
  console.log(`\nFilters on ${PLAN} (${site.schools.length} schools, ${site.wards.length} wards), same throttling:`);
  for (const f of filters) {
    console.log(`  ${f.name} (${f.charts} charts redrawn):`);
    console.log(`    first filter → redrawn charts: ${ms(f.firstRedrawMs)} (of which DuckDB-WASM start + database attach: ${ms(f.engineStartMs)})`);
    console.log(`    loaded for it: ${kb(f.bytesForFilter)} (the .wasm: ${kb(f.wasmBytes)} in ${ms(f.wasmMs)})`);
    console.log(`    later filter change → all its queries answered: median ${ms(median(f.changeQueries))} of ${f.changeQueries.length} (min ${ms(Math.min(...f.changeQueries))}, max ${ms(Math.max(...f.changeQueries))})`);
    console.log(`    later filter change → charts redrawn (queries + Plot + DOM): median ${ms(median(f.changes))} (min ${ms(Math.min(...f.changes))}, max ${ms(Math.max(...f.changes))})`);
    console.log(`    one DuckDB query (prepared statement, worker round trip): median ${ms(median(f.queries))} of ${f.queries.length}`);
  }
  console.log('  "Loaded for it": response bodies + headers of every request after the first change, the worker\'s included (Playwright request sizes).');

  const overview = rows.find((r) => r.name === 'overview')!;
  const slowestChart = Math.max(...rows.map((r) => r.chartPainted ?? 0));
  const change = median(filters.flatMap((f) => f.changeQueries));
  const redraw = median(filters.flatMap((f) => f.changes));
  const pagesMeasured = filters.map((f) => f.name).join('; ');
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  console.log('\nBudgets:');
  console.log(`  ${verdict(overview.bytes <= BUDGET.overviewBytes)}  overview before interaction ≤ ${kb(BUDGET.overviewBytes)}: ${kb(overview.bytes)}`);
  console.log(`  ${verdict(slowestChart < BUDGET.firstChartMs)}  first chart painted < ${BUDGET.firstChartMs} ms (slowest page type): ${ms(slowestChart)}`);
  console.log(`  ${verdict(change < BUDGET.filterChangeMs)}  query latency of a filter change after DuckDB is ready < ${BUDGET.filterChangeMs} ms (median over ${pagesMeasured}): ${ms(change)}`);
  console.log(`  ${verdict(redraw < BUDGET.filterChangeMs)}  the same, up to the charts redrawn: ${ms(redraw)}`);
} finally {
  await browser.close();
  await server.close();
}

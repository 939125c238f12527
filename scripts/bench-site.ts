// npx node scripts/bench-site.ts [--rebuild] [--site DIR] [--site-data DIR] [--changes N]
// The site on a slow phone: serves the built site (dist/, built first when
// missing or with --rebuild) with scripts/serve.ts, and in headless Chromium
// throttled like slow 4G (150 ms latency, 1.6 Mbps down, 750 kbps up) with
// the CPU slowed 4×, measures for each page type the bytes on the wire before
// any interaction and the time to the first chart; then, on Hưng Yên's pages,
// the first filter (precomputed answers), DuckDB-WASM's start on a first and
// a repeat visit and the latency of later filter changes it answers. Prints
// each figure beside its budget (PASS/FAIL); measured, never asserted.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { startServer } from './serve.ts';
import { launch } from '../tests/browser/browser.ts';
import { pageTypes, readSite, type PageType } from '../tests/browser/site-pages.ts';

const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };
const CPU_SLOWDOWN = 4;
/** Issue 9, item 7. */
const BUDGET = { overviewBytes: 100 * 1024, firstChartMs: 600, firstFilterMs: 1000, engineFirstMs: 30_000, engineRepeatMs: 4000, filterChangeMs: 100 };
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

/** The demo's build date, as `npm start` pins it (package.json), so the bench measures the site a visitor of the demo sees; BUILD_DATE overrides. */
const BUILD_DATE = process.env.BUILD_DATE ?? '2026-12-20';

if (args.rebuild || !existsSync(join(siteDir, 'index.html')) || !existsSync(join(siteDataDir, `${PLAN}.json`))) {
  run(`ingest (build date ${BUILD_DATE})`, 'scripts/ingest.ts', ['--build-date', BUILD_DATE]);
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
  blocks: number;
  /** First filter of the visit: change → page redrawn (the form reached for THINK_MS before). */
  firstMs: number;
  /** The same with the change at once after reaching for the form (nothing fetched ahead). */
  firstAtOnceMs: number | null;
  /** Which source answered the first filter ('answers', 'engine', 'both'). */
  firstAnsweredBy: string;
  /** Bytes fetched for the first filter (answers, drawing code). */
  firstBytes: number;
  /** DuckDB-WASM: requested → ready with the database attached. */
  engineMs: number | null;
  engineBytes: number;
  /** Later changes answered by the engine: change → page redrawn. */
  changes: number[];
  /** The queries of those changes. */
  changeQueries: number[];
  /** Their drawing (answers in → page written). */
  changeDraws: number[];
  /** Each DuckDB-WASM statement of those changes (worker round trip and rows). */
  statements: number[];
}

/** A person takes about this long between reaching for a list and choosing in it. */
const THINK_MS = 1000;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

async function openPage(context: BrowserContext, url: string, cache: 'cold' | 'warm') {
  const opened = await openThrottled(context, cache);
  await opened.page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await settle(opened.page, opened.wire);
  return opened;
}

const optionsOf = (page: Page, name: string) => page.$$eval(`select[name=${name}] option`, (options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));

/**
 * First visit to a page with a filter form: the first filter (one choice,
 * precomputed); the same at once on a fresh page; then combinations not
 * precomputed (level and ward), which load DuckDB-WASM, then `n` more.
 */
async function measureFilters(context: BrowserContext, url: string, name: string, n: number, cache: 'cold' | 'warm'): Promise<FilterFigures> {
  const { page, cdp, all } = await openPage(context, url, cache);
  const before = all.length;
  const levels = await optionsOf(page, 'level');
  const wards = await optionsOf(page, 'ward');
  await page.focus('select[name=level]');
  await page.waitForTimeout(THINK_MS);
  await page.selectOption('select[name=level]', levels[0]!);
  await waitForRedraws(page, 1);
  const firstMs = (await measures(page, 'filters:redraw'))[0]!;
  const firstAnsweredBy = (await page.getAttribute('form[data-filters]', 'data-answered-by')) ?? '';
  await page.waitForTimeout(500);
  const firstBytes = all.slice(before).reduce((sum, r) => sum + r.bytes, 0);
  let engineMs: number | null = null;
  let engineBytes = 0;
  const changes: number[] = [];
  const changeQueries: number[] = [];
  const changeDraws: number[] = [];
  let statements: number[] = [];
  if (wards.length) {
    const beforeEngine = all.length;
    await page.selectOption('select[name=ward]', wards[0]!);
    await waitForRedraws(page, 2);
    engineMs = (await measures(page, 'duckdb:init'))[0] ?? null;
    await page.waitForTimeout(500);
    engineBytes = all.slice(beforeEngine).reduce((sum, r) => sum + r.bytes, 0);
    const statementsBefore = (await measures(page, 'duckdb:query')).length;
    for (let i = 1; i <= n; i++) {
      // Level and ward both chosen: each view is a combination DuckDB-WASM answers.
      if (i % 2) await page.selectOption('select[name=ward]', wards[(i * 7) % wards.length]!);
      else await page.selectOption('select[name=level]', levels[i % levels.length]!);
      await waitForRedraws(page, i + 2);
      if ((await page.getAttribute('form[data-filters]', 'data-answered-by')) === 'answers') continue;
      changes.push((await measures(page, 'filters:redraw')).at(-1)!);
      changeQueries.push((await measures(page, 'filters:query')).at(-1)!);
      changeDraws.push((await measures(page, 'filters:draw')).at(-1)!);
    }
    statements = (await measures(page, 'duckdb:query')).slice(statementsBefore);
  }
  const blocks = await page.locator('[data-chart]').count();
  await cdp.detach();
  await page.close();
  // Worst case: the visitor chooses the instant the form gets focus (answers and drawing code not yet here).
  const atOnce = await openPage(context, url, cache);
  await atOnce.page.focus('select[name=level]');
  await atOnce.page.selectOption('select[name=level]', levels[0]!);
  await waitForRedraws(atOnce.page, 1);
  const firstAtOnceMs = (await measures(atOnce.page, 'filters:redraw'))[0] ?? null;
  await atOnce.cdp.detach();
  await atOnce.page.close();
  return { name, blocks, firstMs, firstAtOnceMs, firstAnsweredBy, firstBytes, engineMs, engineBytes, changes, changeQueries, changeDraws, statements };
}

/** A repeat visit (same profile, HTTP cache kept): reaching for the form warms the cached engine. */
async function measureRepeat(context: BrowserContext, url: string): Promise<number | null> {
  const { page, cdp } = await openPage(context, url, 'warm');
  await page.focus('select[name=level]');
  const deadline = Date.now() + 60_000;
  let ready: number | undefined;
  while (!(ready = (await measures(page, 'duckdb:init'))[0]) && Date.now() < deadline) await page.waitForTimeout(100);
  await cdp.detach();
  await page.close();
  return ready ?? null;
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
  console.log(`\nSite benchmark: ${siteDir} served by scripts/serve.ts (the build's precompressed .br files), Chromium ${version}, headless`);
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
  let repeatMs: number | null = null;
  for (const p of filterPages) {
    // A fresh profile for each: nothing of DuckDB-WASM in the HTTP cache.
    const fresh = await launch();
    try {
      filters.push(await measureFilters(fresh.context, p.url, `${p.name}, first visit`, n, 'cold'));
      if (p.name === 'overview') repeatMs = await measureRepeat(fresh.context, p.url);
    } finally {
      await fresh.close();
    }
  }
  console.log(`\nFilters on ${PLAN} (${site.schools.length} schools, ${site.wards.length} wards), same throttling:`);
  for (const f of filters) {
    console.log(`  ${f.name} (${f.blocks} blocks):`);
    console.log(`    first filter (one choice, ${THINK_MS} ms after reaching for the form) → page redrawn: ${ms(f.firstMs)}, answered by: ${f.firstAnsweredBy}, fetched: ${kb(f.firstBytes)}`);
    console.log(`    the same, chosen at once on reaching for the form: ${ms(f.firstAtOnceMs)}`);
    console.log(`    a combination not precomputed: DuckDB-WASM requested → ready: ${ms(f.engineMs)}, fetched: ${kb(f.engineBytes)}`);
    if (f.changes.length) {
      console.log(`    later changes answered by DuckDB-WASM → page redrawn: median ${ms(median(f.changes))}, p95 ${ms(percentile(f.changes, 95))} of ${f.changes.length} (queries alone: median ${ms(median(f.changeQueries))}, p95 ${ms(percentile(f.changeQueries, 95))}; drawing: median ${ms(median(f.changeDraws))}, p95 ${ms(percentile(f.changeDraws, 95))})`);
      console.log(`      ${(f.statements.length / f.changes.length).toFixed(1)} DuckDB-WASM statements per change, each (worker round trip and rows): median ${ms(median(f.statements))}, p95 ${ms(percentile(f.statements, 95))}`);
    }
  }
  console.log(`  overview, repeat visit (same profile): reaching for the form warms the cached engine, ready in ${ms(repeatMs)}`);
  console.log('  "Fetched": response bodies + headers of every request for it, the worker\'s included (Playwright request sizes).');

  const overview = rows.find((r) => r.name === 'overview')!;
  const first = Math.max(...filters.map((f) => f.firstMs));
  const engine = Math.max(...filters.map((f) => f.engineMs ?? Number.POSITIVE_INFINITY));
  const later = filters.flatMap((f) => f.changes);
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  const line = (ok: boolean, what: string, figure: string) => console.log(`  ${verdict(ok)}  ${what}: ${figure}`);
  console.log('\nBudgets (measured on this machine at this moment; a shared machine makes every time longer):');
  line(overview.bytes <= BUDGET.overviewBytes, `overview before interaction ≤ ${kb(BUDGET.overviewBytes)}`, kb(overview.bytes));
  line((overview.chartPainted ?? Infinity) <= BUDGET.firstChartMs, `overview first chart painted ≤ ${BUDGET.firstChartMs} ms`, ms(overview.chartPainted));
  line(first <= BUDGET.firstFilterMs, `first filter on a first visit ≤ ${BUDGET.firstFilterMs} ms (slowest of ${filters.map((f) => f.name).join('; ')})`, ms(first));
  line(engine <= BUDGET.engineFirstMs, `DuckDB ready on a first visit ≤ ${BUDGET.engineFirstMs / 1000} s`, ms(engine));
  line((repeatMs ?? Infinity) <= BUDGET.engineRepeatMs, `DuckDB ready on a repeat visit ≤ ${BUDGET.engineRepeatMs / 1000} s`, ms(repeatMs));
  line(percentile(later, 95) <= BUDGET.filterChangeMs, `filter change after DuckDB is ready ≤ ${BUDGET.filterChangeMs} ms at the 95th percentile (${later.length} changes)`, ms(percentile(later, 95)));
} finally {
  await browser.close();
  await server.close();
}

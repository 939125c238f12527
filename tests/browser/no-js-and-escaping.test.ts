// Without JavaScript the pages still carry their charts (inline SVG) and
// tables, and the filter form stays hidden. Names from the data never become
// markup: neither in the built pages nor when the browser redraws a chart.
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import { launch, waitFor, watch, type Browser } from './browser.ts';
import { readSite } from './site-pages.ts';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
const site = readSite(inject('siteDataDir'), 'hung-yen-2026');

describe('with JavaScript disabled', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    { name: 'overview', path: 'hung-yen-2026/' },
    { name: 'criterion', path: `hung-yen-2026/tieu-chi/${site.plan.criteria[1]!.id}/` },
  ])('the $name page shows SVG charts and tables, and no filter form', async ({ path }) => {
    const page = await browser.context.newPage();
    await page.goto(siteUrl + path, { waitUntil: 'load' });
    expect(await page.locator('[data-chart] svg[role="img"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-chart] table').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-chart] .chart-summary').first().textContent()).not.toBe('');
    expect(await page.isVisible('form[data-filters]')).toBe(false);
    await page.close();
  });
});

describe('names stay text', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a school name with "&" shows as written on its page', async () => {
    const school = site.schools.find((s) => /[&<>"']/.test(s.name));
    expect(school, 'the demo data has a school name with & in it').toBeDefined();
    const page = await browser.context.newPage();
    await page.goto(`${siteUrl}hung-yen-2026/truong/${encodeURIComponent(school!.code)}/`, { waitUntil: 'load' });
    const h1 = page.locator('h1').first();
    expect(await h1.textContent()).toContain(school!.name);
    expect(await h1.evaluate((node) => node.children.length)).toBe(0);
    await page.close();
  });

  it('a redrawn chart puts a name with markup in as text', async () => {
    const page = await browser.context.newPage();
    const log = watch(page, origin);
    await page.goto(`${siteUrl}hung-yen-2026/tieu-chi/${site.plan.criteria[1]!.id}/`, { waitUntil: 'load' });
    const evil = '<img src=x onerror="window.__markup=1">';
    // Give one ward a name with markup in the chart's data-options, as if the data held it.
    const ward = await page.evaluate((name) => {
      const block = document.querySelector<HTMLElement>('[data-chart="distribution"]')!;
      const options = JSON.parse(block.dataset.options!) as { names: Record<string, string> };
      const code = Object.keys(options.names)[0]!;
      options.names[code] = name;
      block.dataset.options = JSON.stringify(options);
      return code;
    }, evil);
    await page.selectOption('select[name=ward]', ward);
    await waitFor(page, () => performance.getEntriesByName('filters:redrawn').length > 0, 'a redraw', 90_000);
    const block = page.locator('[data-chart="distribution"]').first();
    expect(await block.locator('img').count()).toBe(0);
    expect(await block.textContent()).toContain(evil);
    expect(await page.evaluate(() => (window as { __markup?: number }).__markup)).toBeUndefined();
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });
});

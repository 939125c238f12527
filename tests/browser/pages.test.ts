// Every page type of the built site loads cleanly (no console error, no request
// to another origin, nothing missing) and passes axe-core without a serious or
// critical violation.
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import { launch, runAxe, watch, type Browser } from './browser.ts';
import { pageTypes } from './site-pages.ts';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
const pages = pageTypes(inject('siteDataDir'));
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('each page type loads cleanly', () => {
  it.each(pages)('$name (/$path)', async ({ path }) => {
    const page = await browser.context.newPage();
    const log = watch(page, origin);
    const response = await page.goto(siteUrl + path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    expect(response?.status()).toBe(200);
    expect(log.consoleErrors).toEqual([]);
    expect(log.offsite).toEqual([]);
    expect(log.failures).toEqual([]);
    expect(await page.locator('h1').count()).toBeGreaterThan(0);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await page.close();
  });
});

describe('axe-core: no serious or critical violation', () => {
  it.each(pages)('$name (/$path)', async ({ path }) => {
    const page = await browser.context.newPage();
    await page.goto(siteUrl + path, { waitUntil: 'load' });
    const violations = await runAxe(page);
    const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(grave, JSON.stringify(grave, null, 2)).toEqual([]);
    await page.close();
  });
});

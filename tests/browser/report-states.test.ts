// Issue 7.4 in Chromium, on the built site: a school whose only report was
// rejected says so on its page, with the problem, where it is and how to fix
// it; its ward's page lists it; the Reporting page filters its problems to a
// ward and a school (with JavaScript; without, each ward has its section).
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import { launch, waitFor, watch, type Browser } from './browser.ts';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const MISMATCH = 'Trường thuộc Xã Tiền Hải (12970) theo danh sách, nhưng báo cáo ghi Xã Đông Tiền Hải (12988)';
const FIX = 'Sửa mã xã/phường cho đúng danh sách trường.';

describe('a school whose only report was rejected (33340047, ward mismatch)', () => {
  it('its page says "sent but rejected" for 2026, with the problem, its position and the fix', async () => {
    const page = await browser.context.newPage();
    const log = watch(page, origin);
    await page.goto(`${siteUrl}hung-yen-2026/truong/33340047/`, { waitUntil: 'load' });
    const row = page.locator('tbody tr', { has: page.locator('th', { hasText: /^2026$/ }) }).first();
    expect(await row.textContent()).toContain('Đã gửi nhưng bị loại');
    const problem = page.locator('#van-de ~ ol.problem-list li[data-code="ward-mismatch"]');
    expect(await problem.count()).toBe(1);
    const text = await problem.textContent();
    expect(text).toContain('hung-yen-2026/2026/xa-tien-hai-tong-hop.csv:7:5');
    expect(text).toContain(MISMATCH);
    expect(text).toContain(FIX);
    expect(await page.getAttribute('a[href$="/hung-yen-2026/kiem-tra/"]', 'href')).toBe('/hung-yen-2026/kiem-tra/');
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it('the English page says it in English', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${siteUrl}en/hung-yen-2026/truong/33340047/`, { waitUntil: 'load' });
    const text = await page.locator('#van-de ~ ol.problem-list li[data-code="ward-mismatch"]').textContent();
    expect(text).toContain('The roster places the school in Xã Tiền Hải (12970), but the row says Xã Đông Tiền Hải (12988)');
    expect(text).toContain("Correct the ward code to the roster's.");
    expect(await page.locator('tbody tr', { has: page.locator('th', { hasText: /^2026$/ }) }).first().textContent()).toContain('Sent but rejected');
    await page.close();
  });

  it('its ward page lists its state and its problem, linked to the school', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${siteUrl}hung-yen-2026/xa-phuong/12970/`, { waitUntil: 'load' });
    const school = page.locator('tbody tr', { has: page.locator('a[href$="/truong/33340047/"]') }).first();
    expect(await school.textContent()).toContain('Đã gửi nhưng bị loại');
    const problem = page.locator('#van-de ~ ol.problem-list li[data-code="ward-mismatch"]');
    expect(await problem.textContent()).toContain(MISMATCH);
    expect(await problem.locator('a[href$="/truong/33340047/"]').textContent()).toBe('Trường THCS Tiền Hải');
    await page.close();
  });
});

describe('the Reporting page filters its problems by ward and school', () => {
  const visible = (selector: string) => `[...document.querySelectorAll('${selector}')].filter((e) => e.checkVisibility())`;

  it('with JavaScript: choosing a ward shows only its problems, then a school only that school\'s', async () => {
    const page = await browser.context.newPage();
    const log = watch(page, origin);
    await page.goto(`${siteUrl}hung-yen-2026/bao-cao/`, { waitUntil: 'load' });
    await waitFor(page, () => document.querySelector<HTMLFieldSetElement>('form[data-problem-filter] fieldset')?.disabled === false, 'the problem filter');
    const all = await page.evaluate(`${visible('section[data-ward] li[data-code]')}.length`);
    await page.selectOption('form[data-problem-filter] select[name=ward]', '12970');
    const shown = await page.evaluate(`${visible('section[data-ward] li[data-code]')}.map((li) => li.textContent)`) as string[];
    expect(shown.length).toBe(1);
    expect(shown[0]).toContain(MISMATCH);
    expect(Number(all)).toBeGreaterThan(shown.length);
    expect(await page.textContent('[data-problem-filter-status]')).toBe('Đang hiện 1 vấn đề.');
    // Another ward's school cannot be chosen; this ward's can.
    const schools = await page.$$eval('select[name=school] option', (options) => (options as HTMLOptionElement[]).filter((o) => !o.hidden && o.value).map((o) => o.value));
    expect(schools).toEqual(['33340047']);
    await page.selectOption('form[data-problem-filter] select[name=school]', '33340047');
    expect(await page.evaluate(`${visible('section[data-ward] li[data-code]')}.length`)).toBe(1);
    // A ward whose schools' reports have no problem shows none.
    await page.selectOption('form[data-problem-filter] select[name=ward]', '11953');
    expect(await page.evaluate(`${visible('section[data-ward] li[data-code]')}.length`)).toBe(0);
    expect(await page.textContent('[data-problem-filter-status]')).toBe('Đang hiện 0 vấn đề.');
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it('follows the page\'s own ward filter (?ward=)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${siteUrl}hung-yen-2026/bao-cao/?ward=12970`, { waitUntil: 'load' });
    await waitFor(page, () => document.querySelector<HTMLElement>('form[data-problem-filter]')?.dataset.shownCount === '1', 'the problems of ward 12970 only');
    expect(await page.inputValue('form[data-problem-filter] select[name=ward]')).toBe('12970');
    await page.close();
  });

  it('without JavaScript: every ward with problems has its section, linked from the list of wards', async () => {
    const noJs = await launch({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.goto(`${siteUrl}hung-yen-2026/bao-cao/`, { waitUntil: 'load' });
      expect(await page.isVisible('form[data-problem-filter]')).toBe(false);
      expect(await page.getAttribute('nav.problem-wards a[href="#van-de-12970"]', 'href')).toBe('#van-de-12970');
      expect(await page.locator('section#van-de-12970 li[data-code="ward-mismatch"]').textContent()).toContain(MISMATCH);
    } finally {
      await noJs.close();
    }
  });
});

// The check page (/<plan>/kiem-tra/) in Chromium, on the built site: once it
// is ready, checking a file makes no request at all; personal-data columns
// are named, their values never reach the page; the problems it finds for
// every ingest fixture and every demo report are those the same entry finds
// in Node (tests/pipeline/check-two-paths.test.ts ties that entry to the
// ingest); a 1,237-school file is checked in a few seconds; and the page's
// weight before a file is dropped is measured. Without JavaScript it explains
// how to check by hand.
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launch, waitFor, watch, type Browser } from './browser.ts';
import { loadedPlanOf, type CheckData } from '../../src/pipeline/check-data.ts';
import { checkFiles } from '../../src/pipeline/check-files.ts';
import { buildRosterReport } from '../fixtures/roster-report.ts';

const siteUrl = inject('siteUrl');
const siteRoot = inject('siteRoot');
const origin = new URL(siteUrl).origin;
const root = fileURLToPath(new URL('../../', import.meta.url));
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Upload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const upload = (path: string, name = basename(path)): Upload => ({ name, mimeType: path.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv', buffer: readFileSync(path) });

/** Open a check page and wait until it says it is ready (nothing more to fetch). */
async function openCheckPage(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(siteUrl + path, { waitUntil: 'load' });
  await waitFor(page, () => document.querySelector('form[data-check]')?.getAttribute('data-state') === 'ready', 'the checker to be ready');
  return page;
}

/** Pick files (and a year folder) and wait for the check to be shown. */
async function check(page: Page, files: Upload[], year = ''): Promise<void> {
  const before = await page.evaluate(() => Number(document.querySelector<HTMLElement>('form[data-check]')!.dataset.checked ?? '0'));
  await page.selectOption('select[name=year]', year);
  await page.setInputFiles('#check-file', files);
  const deadline = Date.now() + 60_000;
  while ((await page.evaluate(() => Number(document.querySelector<HTMLElement>('form[data-check]')!.dataset.checked ?? '0'))) <= before) {
    if (Date.now() > deadline) throw new Error(`no check result; status: ${await page.textContent('[data-check-status]')}`);
    await page.waitForTimeout(50);
  }
}

/** The problems the page lists, as "file:line:column code". */
const shownProblems = (page: Page) =>
  page.$$eval('section.check-file', (sections) =>
    sections.flatMap((section) => [...section.querySelectorAll<HTMLElement>('li[data-code]')].map((li) => `${(section as HTMLElement).dataset.file}:${li.dataset.line}:${li.dataset.column} ${li.dataset.code}`)),
  );

const checkData = (planId: string): CheckData => JSON.parse(readFileSync(join(siteRoot, planId, 'kiem-tra', 'danh-sach-truong.json'), 'utf8'));

/** The same entry in Node, with the plan the page fetched and the page's date. */
function nodeProblems(planId: string, files: Upload[], year: string, today: string): string[] {
  const result = checkFiles(files.map((f) => ({ file: f.name, folderYear: year === '' ? null : Number(year), bytes: new Uint8Array(f.buffer) })), { loaded: loadedPlanOf(checkData(planId)), buildDate: today });
  return result.problems.map((p) => `${p.file}:${p.line ?? ''}:${p.column ?? ''} ${p.code}`);
}

const filesIn = (dir: string) => readdirSync(dir).filter((name) => statSync(join(dir, name)).isFile()).sort().map((name) => join(dir, name));

describe('nothing leaves the computer', () => {
  it('once the page is ready, checking files makes no request', async () => {
    const page = await openCheckPage('hung-yen-2026/kiem-tra/');
    const log = watch(page, origin);
    await check(page, [upload(join(root, 'data/raw/hung-yen-2026/2026/xa-tien-hai-tong-hop.csv'))]);
    // A workbook too: SheetJS is part of what was loaded before the page said it was ready.
    await check(page, [upload(join(root, 'data/raw/hung-yen-2026/2026/xa-tien-hoa-tong-hop.xlsx'))]);
    expect(await page.textContent('li[data-code="count-exceeds-denominator"]')).toContain("ô 'Tổng hợp'!U14");
    await check(page, filesIn(join(root, 'data/raw/hung-yen-2026/2026')).slice(0, 20).map((path) => upload(path)), '2026');
    expect(await page.locator('section.check-file').count()).toBe(20);
    expect(log.requests).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it('personal-data columns are named, their values never shown', async () => {
    const page = await openCheckPage('hung-yen-2026/kiem-tra/');
    const fixture = join(root, 'tests/fixtures/check/ca-nhan-cccd-sdt.csv');
    await check(page, [upload(fixture)]);
    const html = await page.content();
    const text = await page.locator('body').innerText();
    for (const header of ['Số CCCD', 'Họ và tên hiệu trưởng', 'Số điện thoại liên hệ']) expect(text).toContain(header);
    for (const value of ['034203004567', '034203009876', 'Nguyễn Thị Bích', 'Trần Văn Cường', '0912 345 678', '0987654321']) {
      expect(html, value).not.toContain(value);
    }
    expect(await shownProblems(page)).toEqual([
      'ca-nhan-cccd-sdt.csv:1:7 personal-data-column',
      'ca-nhan-cccd-sdt.csv:1:8 personal-data-column',
      'ca-nhan-cccd-sdt.csv:1:9 personal-data-column',
      'ca-nhan-cccd-sdt.csv:3:10 bad-number',
    ]);
    // The bad cell is marked in the table, by a symbol and a link to its problem, not by colour alone.
    const mark = page.locator('tr[data-line="3"] td.cell-error a.mark-error');
    expect(await mark.textContent()).toBe('✖4');
    expect(await mark.getAttribute('aria-label')).toBe('lỗi 4');
    expect(await mark.getAttribute('href')).toBe('#check-problem-4');
    await page.close();
  });
});

describe('the page finds the problems the same entry finds in Node', () => {
  const fixtures = join(root, 'tests/fixtures');
  const groups = [
    ...['2025', '2026'].map((year) => ({ name: `demo long-bien-2025/${year}`, planId: 'long-bien-2025', dir: join(root, 'data/raw/long-bien-2025', year), year })),
    { name: 'demo hung-yen-2026/2026', planId: 'hung-yen-2026', dir: join(root, 'data/raw/hung-yen-2026/2026'), year: '2026' },
    ...['2025', '2026'].map((year) => ({ name: `tests/fixtures/e2e ${year}`, planId: 'long-bien-2025', dir: join(fixtures, 'e2e/data/raw/mini-2025', year), year })),
    { name: 'tests/fixtures/encodings', planId: 'long-bien-2025', dir: join(fixtures, 'encodings'), year: '' },
    { name: 'tests/fixtures/check', planId: 'hung-yen-2026', dir: join(fixtures, 'check'), year: '' },
  ];
  it.each(groups)('$name', async ({ planId, dir, year }) => {
    const files = filesIn(dir).map((path) => upload(path));
    const page = await openCheckPage(`${planId}/kiem-tra/`);
    await check(page, files, year);
    const today = await page.evaluate(() => document.querySelector<HTMLElement>('form[data-check]')!.dataset.today!);
    expect(await page.locator('section.check-file').count()).toBe(files.length);
    expect(await shownProblems(page)).toEqual(nodeProblems(planId, files, year, today));
    await page.close();
  });
});

describe('measured', () => {
  it('checks the whole Hưng Yên roster in one file (1,237 schools) in seconds', async () => {
    const { csv, schools } = buildRosterReport(join(root, 'data/plans/hung-yen-2026'), 2026);
    expect(schools).toBe(1237);
    const page = await openCheckPage('hung-yen-2026/kiem-tra/');
    const started = Date.now();
    await check(page, [{ name: 'toan-tinh-2026.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }], '2026');
    const wall = Date.now() - started;
    const inPage = await page.evaluate(() => performance.getEntriesByName('check:run').map((e) => e.duration)[0] ?? null);
    expect(await page.locator('tr.row-accepted').count()).toBe(1237);
    expect(await page.locator('li[data-code]').count()).toBe(0);
    console.log(`check page: 1,237-school file checked in ${wall} ms from setInputFiles to the table shown (check + layout in the page: ${Math.round(inPage ?? -1)} ms)`);
    expect(wall).toBeLessThan(20_000);
    await page.close();
  });

  it('is small before a file is dropped: HTML, CSS and JS of the first view, then the checker and the roster (as transferred)', async () => {
    // A fresh profile: nothing cached from the other tests.
    const fresh = await launch();
    const page = await fresh.context.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const urls = new Map<string, string>();
    const bytes = new Map<string, number>();
    cdp.on('Network.responseReceived', (e: { requestId: string; response: { url: string } }) => void urls.set(e.requestId, e.response.url));
    cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => void bytes.set(e.requestId, e.encodedDataLength));
    await page.goto(`${siteUrl}hung-yen-2026/kiem-tra/`, { waitUntil: 'load' });
    await waitFor(page, () => document.querySelector('form[data-check]')?.getAttribute('data-state') === 'ready', 'the checker to be ready');
    await page.waitForTimeout(300);
    // The first view (HTML, CSS, the page's script) and what is loaded right after, before any file: the checker and the plan's data.
    const later = (url: string) => /\/run-check\.[^/]*\.js$|\/danh-sach-truong\.json$/.test(url);
    let first = 0;
    let checker = 0;
    for (const [id, n] of bytes) {
      if (later(urls.get(id) ?? '')) checker += n;
      else first += n;
    }
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`check page, as transferred (brotli): first view ${kb(first)}; then, before any file, the checker and the roster ${kb(checker)}; ${kb(first + checker)} in all until ready`);
    expect(first).toBeLessThan(25 * 1024);
    // SheetJS (the ingest's workbook reader) is most of it; docs/site.md, "Budgets".
    expect(first + checker).toBeLessThan(160 * 1024);
    await fresh.close();
  });
});

describe('without JavaScript', () => {
  it('explains how to check by hand and links the template; no form', async () => {
    const noJs = await launch({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.goto(`${siteUrl}hung-yen-2026/kiem-tra/`, { waitUntil: 'load' });
      expect(await page.isVisible('[data-check-manual] ol li')).toBe(true);
      expect(await page.locator('[data-check-manual] li').count()).toBe(5);
      expect(await page.isVisible('form[data-check]')).toBe(false);
      expect(await page.getAttribute('a[href$="/hung-yen-2026/mau-bao-cao/"]', 'href')).toBe('/hung-yen-2026/mau-bao-cao/');
    } finally {
      await noJs.close();
    }
  });
  it('the English page says the same in English', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${siteUrl}en/hung-yen-2026/kiem-tra/`, { waitUntil: 'load' });
    expect(await page.textContent('h1')).toContain('Check a report file before sending it');
    await waitFor(page, () => document.querySelector('form[data-check]')?.getAttribute('data-state') === 'ready', 'the checker to be ready');
    expect(await page.textContent('[data-check-status]')).toBe('Ready: pick or drop a file.');
    await page.close();
  });
});

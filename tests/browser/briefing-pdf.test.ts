// The printable briefing (issue 6, item 7) printed to PDF by Chromium
// (page.pdf with the page's own @page size) for both plans, read back with a
// real PDF reader (poppler's pdfinfo and pdftotext, page by page): the page
// count, the page numbers of the @page margin box, the cover, each criterion
// starting its own page, and every unit's name in the scoreboard.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type Browser } from './browser.ts';
import { readSite } from './site-pages.ts';

const siteUrl = inject('siteUrl');
const siteDataDir = inject('siteDataDir');
const work = mkdtempSync(join(tmpdir(), 'thi-dua-so-pdf-'));
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

const pagesOf = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
const textOf = (pdf: string, n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe.each(['hung-yen-2026', 'long-bien-2025'])('%s/so-ket/in/ printed to PDF', (planId) => {
  const pdf = join(work, `${planId}.pdf`);
  const site = readSite(siteDataDir, planId);
  let pages: string[] = [];

  beforeAll(async () => {
    const page = await browser.context.newPage();
    await page.goto(`${siteUrl}${planId}/so-ket/in/`);
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.close();
    const count = pagesOf(pdf);
    pages = Array.from({ length: count }, (_, i) => textOf(pdf, i + 1));
    console.log(`briefing ${planId}: ${count} A4 pages`);
  });

  it('is A4, with a page count that fits a cover, the summary, a page per criterion and the scoreboard', () => {
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))!;
    expect([Math.round(Number(size[1])), Math.round(Number(size[2]))]).toEqual([595, 842]);
    expect(pages.length).toBeGreaterThanOrEqual(2 + site.plan.criteria.length + 1);
    expect(pages.length).toBeLessThanOrEqual(2 + 2 * site.plan.criteria.length + 6);
  });

  it('numbers its pages from the @page margin box ("n / total"), except the cover', () => {
    expect(squash(pages[0]!)).not.toMatch(new RegExp(`\\b1 / ${pages.length}\\b`));
    pages.slice(1).forEach((text, i) => expect(squash(text), `page ${i + 2}`).toContain(`${i + 2} / ${pages.length}`));
  });

  it('has a cover with the plan, the document (or "chưa cập nhật"), the data date and whether targets are official', () => {
    const cover = squash(pages[0]!);
    expect(cover).toContain('Báo cáo tóm tắt Sơ kết năm 2027');
    expect(cover).toContain(site.plan.document.number ?? 'chưa cập nhật');
    expect(cover).toContain(site.buildDate.split('-').reverse().join('/'));
    expect(cover).toContain('chỉ tiêu minh họa, chưa có trong văn bản ban hành');
    expect(cover).toContain('Dữ liệu minh họa');
  });

  it('starts each criterion on its own page, in the plan order', () => {
    const starts = site.plan.criteria.map((c, i) => pages.findIndex((text) => squash(text).trimStart().startsWith(`Tiêu chí ${i + 1}. ${c.title.vi.slice(0, 30)}`)));
    expect(starts.every((p) => p > 0)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('names every unit of the scoreboard (every ward, or every school of a one-ward plan)', () => {
    const all = squash(pages.join(' '));
    const names = site.unitGroup === 'ward_code' ? site.wards.map((w) => w.name) : site.schools.map((s) => s.name);
    expect(names.filter((n) => !all.includes(n))).toEqual([]);
  });
});

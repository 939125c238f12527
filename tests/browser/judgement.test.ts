// The judgement layer on the built site (issue 6), built after the 15/12/2026
// deadline: statuses with their year and target linked to the method page,
// projections on both plans' trend charts, shared ranks, the unofficial-target
// note wherever a status is shown, sent-but-rejected schools, preschools not
// applicable; and, in Chromium, a filter that redraws a trend keeps a
// projection and the progress statuses.
import { describe, expect, inject, it, afterAll, beforeAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { launch, watch, type Browser } from './browser.ts';
import { readSite } from './site-pages.ts';

const DIST = inject('siteRoot');
const siteUrl = inject('siteUrl');
const siteDataDir = inject('siteDataDir');
const page = (path: string) => parseHTML(readFileSync(join(DIST, path, 'index.html'), 'utf8')).document;
const text = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((e) => e.textContent!.replace(/[ \t\r\n]+/g, ' ').trim());

describe('issue 6 on the built demo', () => {
  const plans = ['hung-yen-2026', 'long-bien-2025'];

  it.each(plans.flatMap((plan) => [`${plan}/phuong-phap`, `en/${plan}/phuong-phap`]))('%s: the method page prints the thresholds in force', (path) => {
    const doc = page(path);
    const english = path.startsWith('en/');
    expect(text(doc, 'h1')).toEqual([english ? 'How progress is judged, projected and ranked' : 'Phương pháp đánh giá, dự báo và xếp hạng']);
    const params = text(doc, '#tham-so ~ .table-scroll td');
    expect(params.slice(0, 3)).toEqual(english ? ['0.95', '0.6', '80%'] : ['0,95', '0,6', '80\u00a0%']);
    for (const id of ['met', 'on_track', 'at_risk', 'off_track', 'not_met', 'not_enough_data', 'no_data', 'not_yet_due', 'no_target']) expect(doc.getElementById(id), id).not.toBeNull();
  });

  it.each(plans.flatMap((plan) => [`${plan}`, `${plan}/giai-doan/1`, `${plan}/xa-phuong/${readSite(siteDataDir, plan).wards[0]!.code}`, `en/${plan}/tieu-chi/ky-nang-so`]))(
    '%s: every status links to the method page, says what it was judged on, and the illustrative targets are noted',
    (path) => {
      const doc = page(path);
      const statuses = [...doc.querySelectorAll('a.status')];
      expect(statuses.length).toBeGreaterThan(0);
      const plan = path.replace(/^en\//, '').split('/')[0]!;
      for (const a of statuses) expect(a.getAttribute('href')).toMatch(new RegExp(`/${plan}/phuong-phap/#[a-z_]+$`));
      expect(doc.querySelector('.unofficial-note')?.textContent).toMatch(path.startsWith('en/') ? /Illustrative target, not in an issued document/ : /Chỉ tiêu minh họa, chưa có trong văn bản ban hành/);
      // Beside each status, in its words or its row: the year judged and the target (illustrative: *).
      for (const a of statuses) expect((a.closest('tr') ?? a.closest('p'))!.textContent).toMatch(/20\d\d[\s\S]*\*|\*[\s\S]*20\d\d|chưa có chỉ tiêu|chưa đặt chỉ tiêu|no target/i);
    },
  );

  it.each(plans)('issue 6: %s draws the projection on its trend charts, dashed and labelled', (plan) => {
    const doc = page(`${plan}/tieu-chi/ky-nang-so`);
    const trend = doc.querySelector('.chart-trend')!;
    expect(trend.querySelector('svg [stroke-dasharray="6,4"]')).not.toBeNull();
    expect(trend.querySelector('svg')!.textContent).toContain('dự báo theo tốc độ hiện tại');
    expect(trend.querySelector('.chart-summary')!.textContent).toMatch(/Dự báo theo tốc độ hiện tại: [\d,]+\u00a0% năm 2027\./);
  });

  it('issue 6: Hưng Yên’s trend starts at the 2025 baseline, marked "năm gốc"', () => {
    expect(page('hung-yen-2026/tieu-chi/ky-nang-so').querySelector('.chart-trend svg')!.textContent).toContain('(năm gốc)');
  });

  it('issue 6: the 2026 AI share is judged against the 2027 target it shows, not the 2026 milestone', () => {
    const doc = page('hung-yen-2026/giai-doan/1');
    const row = [...doc.querySelectorAll('tr')].find((tr) => tr.querySelector('th')?.textContent === 'Tỷ lệ giáo viên ứng dụng AI trong dạy học' && tr.querySelector('.status-cell'))!;
    const cells = [...row.querySelectorAll('td')].map((td) => td.textContent!.trim());
    expect(cells.slice(3, 4)).toEqual(['50\u00a0%*']);
    expect(row.querySelector('.status-basis')!.textContent).toContain('số liệu năm 2026 so với chỉ tiêu 50\u00a0%* năm 2027');
    expect(row.querySelector('a.status')!.textContent).not.toBe('Đã đạt');
  });

  it('issue 6: five wards at 100 % share rank 1 on tieu-chi/ke-hoach', () => {
    const doc = page('hung-yen-2026/tieu-chi/ke-hoach');
    const rows = [...doc.querySelectorAll('details[id$="-all"] tbody tr')].map((tr) => [tr.children[0]!.textContent, tr.children[2]!.textContent]);
    const full = rows.filter(([, score]) => score === '100,00');
    expect(full.length).toBeGreaterThanOrEqual(5);
    expect(full.every(([rank]) => rank === '1')).toBe(true);
    expect(rows[full.length]![0]).toBe(String(full.length + 1));
  });

  it('issue 6: a ward with too few reporting schools is listed unranked with the reason (Xã Tiên Lữ)', () => {
    const doc = page('hung-yen-2026');
    const unranked = [...doc.querySelectorAll('details[id$="-unranked"] tbody tr')].map((tr) => [tr.querySelector('th')!.textContent, tr.lastElementChild!.textContent]);
    expect(unranked).toContainEqual(['Xã Tiên Lữ', 'dưới 3 trường báo cáo']);
    expect(text(doc, 'details[id$="-all"] tbody th')).not.toContain('Xã Tiên Lữ');
  });

  it('issue 6: the overview counts statuses over every measure of the plan, one denominator', () => {
    const site = readSite(siteDataDir, 'hung-yen-2026');
    const count = site.plan.criteria.flatMap((c) => c.measures).length;
    const doc = page('hung-yen-2026');
    expect(doc.body.textContent).toContain(`${count} chỉ số:`);
    expect(doc.body.textContent).not.toMatch(/\d+\/\d+ chỉ số/);
  });

  it('issue 6: a rejected-only school is "sent but rejected", with the problem (33340047)', () => {
    const doc = page('hung-yen-2026/truong/33340047');
    const row = [...doc.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')?.textContent === '2026')!;
    expect(row.textContent).toContain('Đã gửi nhưng bị loại');
    expect(row.textContent).toContain('ward-mismatch');
    // Issue 7.4: the message names both wards, by name and code.
    expect(row.querySelector('.row-problems li')!.textContent).toContain('Trường thuộc Xã Tiền Hải (12970) theo danh sách, nhưng báo cáo ghi Xã Đông Tiền Hải (12988)');
  });

  it('issue 6: preschools show not applicable, not "no data 0/0/0" (long-bien-2025/tieu-chi/chuyen-doi-so)', () => {
    const doc = page('long-bien-2025/tieu-chi/chuyen-doi-so');
    const table = doc.querySelector('.chart-distribution table')!;
    const preschools = [...table.querySelectorAll('tbody tr')].filter((tr) => tr.querySelector('th')!.textContent!.startsWith('Trường Mầm non'));
    expect(preschools.length).toBeGreaterThan(10);
    expect(preschools.every((tr) => tr.children[2]!.textContent === 'không áp dụng')).toBe(true);
  });

  it('links the method page from every plan page’s navigation', () => {
    for (const plan of plans) expect(existsSync(join(DIST, plan, 'phuong-phap', 'index.html'))).toBe(true);
    expect(text(page('long-bien-2025/bao-cao'), '.plan-nav a')).toContain('Phương pháp');
  });
});

describe('in Chromium, a filter redraws judgements with the same rules', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps a projection on the redrawn trend and statuses on the redrawn progress chart', async () => {
    const tab = await browser.context.newPage();
    const log = watch(tab, new URL(siteUrl).origin);
    await tab.goto(`${siteUrl}long-bien-2025/tieu-chi/ky-nang-so/?level=1`, { waitUntil: 'load' });
    const deadline = Date.now() + 90_000;
    while ((await tab.$$('.chart-filtered')).length === 0) {
      if (Date.now() > deadline) throw new Error('no chart was redrawn');
      await tab.waitForTimeout(200);
    }
    const trend = await tab.$eval('[data-chart="trend"]', (host) => ({ filtered: !!host.querySelector('.chart-filtered'), dashed: !!host.querySelector('svg [stroke-dasharray="6,4"]'), summary: host.querySelector('.chart-summary')?.textContent ?? '' }));
    expect(trend).toMatchObject({ filtered: true, dashed: true });
    expect(trend.summary).toContain('Dự báo theo tốc độ hiện tại');
    await tab.goto(`${siteUrl}long-bien-2025/?level=2`, { waitUntil: 'load' });
    while ((await tab.$$('[data-chart="progress"] .chart-filtered')).length === 0) {
      if (Date.now() > deadline) throw new Error('the progress chart was not redrawn');
      await tab.waitForTimeout(200);
    }
    const statuses = await tab.$$eval('[data-chart="progress"] tbody tr td:last-child', (cells) => cells.map((c) => c.className));
    expect(statuses.length).toBeGreaterThan(3);
    expect(statuses.every((c) => /^status status-[a-z_]+$/.test(c))).toBe(true);
    expect(log.consoleErrors).toEqual([]);
  });
});

// The pages on a 360 px phone in Chromium (issue 9): every chart's text at
// 12 CSS px or more, no text overlapping another text or a target / plan-wide
// mark, none cut by the SVG or the screen; label, value, target and status of
// the "stack" tables on screen without sideways scrolling, still a table for
// screen readers; and no layout shift while the page loads, even when its
// scripts arrive late (the filter form used to appear and push the charts down).
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Browser } from './browser.ts';
import { layoutShifts, measureCharts, measureStackedTables, recordLayoutShifts } from './phone-layout.ts';
import { pageTypes, readSite, type PageType } from './site-pages.ts';

const siteUrl = inject('siteUrl');
const siteDataDir = inject('siteDataDir');
const PHONE = { width: 360, height: 740 };
const MIN_TEXT = 12;

/** Every page type, plus every criterion page of both plans and the one-ward plan's other page types. */
function phonePages(): PageType[] {
  const pages = pageTypes(siteDataDir);
  const seen = new Set(pages.map((p) => p.path));
  const add = (name: string, path: string) => {
    if (!seen.has(path)) pages.push({ name, path });
    seen.add(path);
  };
  for (const planId of ['hung-yen-2026', 'long-bien-2025']) {
    const site = readSite(siteDataDir, planId);
    for (const c of site.plan.criteria) add(`criterion ${planId}/${c.id}`, `${planId}/tieu-chi/${c.id}/`);
    for (const p of site.plan.phases) add(`phase ${planId}/${p.id}`, `${planId}/giai-doan/${p.id}/`);
    add(`ward ${planId}`, `${planId}/xa-phuong/${site.wards[0]!.code}/`);
    add(`school ${planId}`, `${planId}/truong/${encodeURIComponent(site.schools[0]!.code)}/`);
    add(`reporting ${planId}`, `${planId}/bao-cao/`);
    add(`method ${planId}`, `${planId}/phuong-phap/`);
  }
  return pages;
}

const pages = phonePages();
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openPhone(path: string, width = PHONE.width): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ ...PHONE, width });
  const response = await page.goto(siteUrl + path, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  return page;
}

describe('finding 9.1: chart text read at about 6 px on a phone, cut, and sitting on the target and average lines', () => {
  it.each(pages)('$name (/$path): every chart text ≥ 12 px, none overlapping, on a mark or clipped', async ({ path }) => {
    const page = await openPhone(path);
    const charts = await measureCharts(page, MIN_TEXT);
    for (const chart of charts) {
      const where = `${path}: "${chart.chart}"`;
      expect(chart.texts, where).toBeGreaterThan(0);
      expect(chart.small, `${where}: texts under ${MIN_TEXT} px`).toEqual([]);
      expect(chart.overlaps, `${where}: overlapping texts`).toEqual([]);
      expect(chart.onMarks, `${where}: texts on a target or plan-wide mark`).toEqual([]);
      expect(chart.clipped, `${where}: texts cut by the SVG or the screen`).toEqual([]);
    }
    // Nothing on the page makes it scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('the 104-ward chart of /hung-yen-2026/tieu-chi/chuyen-doi-so/ shows every ward name whole, every value, the target and the plan-wide figure', async () => {
    const site = readSite(siteDataDir, 'hung-yen-2026');
    expect(site.wards.length).toBe(104);
    const page = await openPhone('hung-yen-2026/tieu-chi/chuyen-doi-so/');
    const first = page.locator('[data-chart="distribution"]').first();
    const texts = await first.locator('svg text').allTextContents();
    // "hường Trần Hưng Đạo" was cut at the SVG's left edge; every name is now whole.
    for (const ward of site.wards) expect(texts, ward.name).toContain(ward.name);
    const charts = await measureCharts(page, MIN_TEXT);
    const chart = charts.find((c) => /xã, phường/.test(c.chart))!;
    expect(chart.smallest).toBeGreaterThanOrEqual(MIN_TEXT);
    expect(chart.clipped).toEqual([]);
    // The values are not on the target or plan-wide ticks, and those ticks are drawn (the check is not vacuous).
    const ticks = (selector: string) => first.locator(`${selector} path`).evaluate((path) => (path.getAttribute('d')?.match(/M/g) ?? []).length);
    expect(await ticks('.mark-target')).toBe(104);
    expect(await ticks('.mark-reference')).toBe(104);
    expect(chart.onMarks).toEqual([]);
    // "Toàn kế hoạch 89," was clipped: target and plan-wide figure are now said whole in the legend, on screen.
    const legend = first.locator('.chart-legend li');
    expect(await legend.allTextContents()).toEqual([expect.stringMatching(/^ ?Chỉ tiêu \d+(,\d)?\u00a0điểm\*? \(2027\)$/), expect.stringMatching(/^ ?Toàn kế hoạch \d+(,\d)?\u00a0điểm$/)]);
    for (const box of await legend.evaluateAll((items) => items.map((li) => li.getBoundingClientRect().right))) expect(box).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });

  it("the reporting chart's axis title sits clear of its ticks", async () => {
    const page = await openPhone('hung-yen-2026/bao-cao/');
    const charts = await measureCharts(page, MIN_TEXT);
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const chart of charts) expect(chart.overlaps, chart.chart).toEqual([]);
    const titles = await page.locator('[data-chart="completeness"] svg text').allTextContents();
    expect(titles.filter((text) => text.includes('Tỷ lệ trên số cơ sở phải báo cáo'))).toHaveLength(charts.length);
    await page.close();
  });
});

describe('finding 9.2: tables wrapped one word per line and put target and status off screen', () => {
  // By the page's kind (the first word of its name): "review, one-ward plan" is not a ward page.
  const withTables = pages.filter((p) => /^(overview|ward|school|phase|criterion|method)\b/.test(p.name));
  it.each(withTables)('$name (/$path): every cell of the stacked tables on screen, no sideways scroll', async ({ path }) => {
    const page = await openPhone(path);
    const tables = await measureStackedTables(page);
    expect(tables.length, 'the page has its label / value / target / status tables').toBeGreaterThan(0);
    for (const table of tables) {
      expect(table.rows, table.table).toBeGreaterThan(0);
      expect(table.overflow, `${table.table}: sideways scroll`).toBeLessThanOrEqual(0);
      expect(table.offscreen, `${table.table}: cells off screen`).toEqual([]);
      expect(table.invisible, `${table.table}: cells not shown`).toEqual([]);
    }
    await page.close();
  });

  it('a stacked table is still a table with row and column headers in Chromium’s accessibility tree', async () => {
    const site = readSite(siteDataDir, 'hung-yen-2026');
    const page = await openPhone(`hung-yen-2026/xa-phuong/${site.wards[0]!.code}/`);
    // The ward's measures, in the open <details> of the latest year.
    const shown = page.locator('details[open] table.stack').first();
    const caption = (await shown.locator('caption').textContent())!.trim();
    expect(await shown.locator('thead').evaluate((head) => getComputedStyle(head).position)).toBe('absolute'); // the phone layout is on
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { nodeId: string; parentId?: string; role?: { value: string }; name?: { value: string }; childIds?: string[] }[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const table = nodes.find((n) => n.role?.value === 'table' && n.name?.value === caption);
    expect(table, `a table named "${caption}"`).toBeDefined();
    const roles: string[] = [];
    const walk = (id: string) => {
      const node = byId.get(id);
      if (!node) return;
      roles.push(node.role?.value ?? '');
      for (const child of node.childIds ?? []) walk(child);
    };
    walk(table!.nodeId);
    const count = (role: string) => roles.filter((r) => r === role).length;
    const measures = await shown.locator('tbody tr').count();
    expect(count('row')).toBe(measures + 1);
    // Measure, the ward, plan-wide, the year's target, coverage (issue 6 put the statuses in a table of their own).
    expect(count('columnheader')).toBe(5);
    expect(count('rowheader')).toBe(measures);
    expect(count('cell')).toBe(measures * 4);
    await cdp.detach();
    await page.close();
  });
});

describe('finding 9.5: the filter form appeared after load and pushed the charts down (layout shift 0.126 on ward pages)', () => {
  /** Open `path` with the site's scripts held back 600 ms, as on a slow link, and record layout shifts. */
  async function openSlowScripts(path: string, width = PHONE.width): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ ...PHONE, width });
    await page.route(/\/_astro\/.*\.js(\?|$)/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await recordLayoutShifts(page);
    await page.goto(siteUrl + path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    return page;
  }

  it.each(pages)('$name (/$path): cumulative layout shift 0', async ({ path }) => {
    const page = await openSlowScripts(path);
    const { total, shifts } = await layoutShifts(page);
    expect(total, JSON.stringify(shifts)).toBe(0);
    // Where the page has filters, they are enabled once the script has run.
    const select = page.locator('form[data-filters] select');
    if ((await select.count()) > 0) expect(await select.first().isDisabled()).toBe(false);
    await page.close();
  });

  it('a ward page on a wide screen does not shift either', async () => {
    const site = readSite(siteDataDir, 'hung-yen-2026');
    const page = await openSlowScripts(`hung-yen-2026/xa-phuong/${site.wards[0]!.code}/`, 1280);
    expect((await layoutShifts(page)).total).toBe(0);
    await page.close();
  });

  it('before its script runs, the form stands where it will be, disabled', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize(PHONE);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/Filters.*\.js(\?|$)/, async (route) => {
      await held;
      await route.continue();
    });
    const site = readSite(siteDataDir, 'hung-yen-2026');
    // Module scripts hold back DOMContentLoaded: wait for the parsed page instead.
    await page.goto(`${siteUrl}hung-yen-2026/xa-phuong/${site.wards[0]!.code}/`, { waitUntil: 'commit' });
    await page.locator('footer').waitFor({ state: 'attached' });
    // A select inside the disabled fieldset is disabled (Playwright does not call a fieldset itself disabled).
    const select = page.locator('form[data-filters] select').first();
    expect(await page.isVisible('form[data-filters]')).toBe(true);
    expect(await select.isDisabled()).toBe(true);
    const before = await page.locator('[data-chart]').first().evaluate((chart) => chart.getBoundingClientRect().top);
    release();
    await expect.poll(() => select.isDisabled()).toBe(false);
    expect(await page.locator('[data-chart]').first().evaluate((chart) => chart.getBoundingClientRect().top)).toBe(before);
    await page.close();
  });
});

describe('without JavaScript', () => {
  let noJs: Browser;
  beforeAll(async () => {
    noJs = await launch({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await noJs?.close();
  });

  it('a ward page shows no filter form and its charts at phone size', async () => {
    const site = readSite(siteDataDir, 'hung-yen-2026');
    const page = await noJs.context.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${siteUrl}hung-yen-2026/xa-phuong/${site.wards[0]!.code}/`, { waitUntil: 'load' });
    expect(await page.isVisible('form[data-filters]')).toBe(false);
    const charts = await measureCharts(page, MIN_TEXT);
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) expect([chart.small, chart.overlaps, chart.clipped]).toEqual([[], [], []]);
    await page.close();
  });
});

describe('finding 9.8: on a phone the site header, the demo notice and the navigation filled the whole first screen', () => {
  // Found after items 1–5: at 360 × 740 the header (search), the demo notice
  // and the plan's nine links on four rows pushed every page's own heading
  // below the first screen.
  const HEADER_BUDGET = 0.5 * PHONE.height;
  // Embeds and the printable briefing have no site header (src/layouts/Embed.astro, Print.astro).
  const withChrome = pages.filter((p) => !/\/embed\/|\/in\/$/.test(p.path));
  it.each(withChrome)("$name (/$path): the page's heading starts in the top half of the first screen; the navigation is one row", async ({ path }) => {
    const page = await openPhone(path);
    const layout = await page.evaluate(() => {
      const heading = document.querySelector('main h1')!.getBoundingClientRect();
      const nav = document.querySelector('.plan-nav ul');
      const links = [...document.querySelectorAll<HTMLElement>('.plan-nav a')];
      return {
        headingTop: heading.top + window.scrollY,
        navRows: new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size,
        links: links.length,
        navScrolls: nav ? nav.scrollWidth > nav.clientWidth : false,
        banner: document.querySelector('.demo-banner')?.textContent ?? '',
      };
    });
    expect(layout.headingTop).toBeLessThanOrEqual(HEADER_BUDGET);
    if (layout.links > 0) {
      expect(layout.navRows).toBe(1);
      // Nine links do not fit 360 px: the row scrolls sideways by itself, the page does not.
      expect(layout.navScrolls).toBe(true);
    }
    // The demo notice keeps every word on a phone.
    if (layout.banner) {
      const english = path.startsWith('en/');
      expect(layout.banner).toContain(english ? 'Illustrative demo data — not official figures' : 'Dữ liệu minh họa — không phải số liệu chính thức');
      expect(layout.banner).toContain(english ? 'they do not describe the real situation' : 'không phản ánh tình hình thực tế');
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('a link of the navigation that is off the row scrolls into view when it gets the focus', async () => {
    const page = await openPhone('hung-yen-2026/');
    const last = page.locator('.plan-nav a').last();
    await last.focus();
    const box = await last.evaluate((a) => a.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });
});

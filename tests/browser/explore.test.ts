// The Explore page (/<plan>/kham-pha/): it says what DuckDB-WASM costs before
// loading it; a question chosen through the form gives the figures the shared
// SQL gives on the shipped database in @duckdb/node-api (the table and the CSV
// download); the URL keeps the question (reload, back button).
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { buildMeasuresQuery, groupMeasuresRows, type MeasureRow } from '../../src/core/measure-sql.ts';
import { formatFigure } from '../../src/components/plan-view.ts';
import { launch, waitFor, watch, type Browser } from './browser.ts';
import { readSite } from './site-pages.ts';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
const root = inject('siteRoot');
const site = readSite(inject('siteDataDir'), 'hung-yen-2026');
const explore = `${siteUrl}hung-yen-2026/kham-pha/`;
const measures = site.plan.criteria.flatMap((c) => c.measures).slice(1, 3);
let browser: Browser;
let conn: DuckDBConnection;

beforeAll(async () => {
  browser = await launch();
  const instance = await DuckDBInstance.create(':memory:');
  conn = await instance.connect();
  await conn.run(`ATTACH '${join(root, 'hung-yen-2026', 'loc', 'hung-yen-2026.duckdb')}' AS d (READ_ONLY)`);
});
afterAll(async () => {
  await browser?.close();
  conn?.closeSync();
});

async function done(page: Page, count: number): Promise<void> {
  await waitFor(page, (n) => performance.getEntriesByName('explore:done').length >= n, `result ${count}`, 120_000, count);
}

const tableRows = (page: Page) => page.$$eval('[data-explore-table] tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));

/** Parse the page's CSV (BOM, CRLF, quoted cells). */
function parseCsv(text: string): Record<string, string>[] {
  const lines = text.replace(/^\ufeff/, '').trimEnd().split('\r\n');
  const split = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'));
  const head = split(lines[0]!);
  return lines.slice(1).map((line) => Object.fromEntries(split(line).map((v, i) => [head[i]!, v])));
}

describe('Explore', () => {
  it('says what the engine costs and loads nothing of it before the first run', async () => {
    const page = await browser.context.newPage();
    const log = watch(page, origin);
    await page.goto(explore, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    expect(await page.textContent('main')).toMatch(/lần đầu cần tải [\d,]+ MB \(bộ xử lý [\d,]+ MB, dữ liệu của kế hoạch \d+ KB\)/);
    expect(await page.textContent('[data-explore-run]')).toMatch(/Tải bộ xử lý \([\d,]+ MB\) và chạy/);
    expect(log.requests.filter((u) => /\.(wasm|duckdb)$/.test(u))).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it("a question chosen in the form gives the SQL's figures; the URL keeps it", async () => {
    const page = await browser.context.newPage();
    const log = watch(page, origin);
    await page.goto(explore, { waitUntil: 'load' });
    // The default question has the first measure: choose two others instead.
    await page.uncheck(`input[name=measure][value="${site.plan.criteria[0]!.measures[0]!.id}"]`);
    for (const m of measures) await page.check(`input[name=measure][value="${m.id}"]`);
    await page.check('input[name=level][value="1"]');
    await page.check('input[name=level][value="2"]');
    await page.selectOption('select[name=ward]', [site.wards[0]!.code, site.wards[5]!.code, site.wards[9]!.code]);
    await page.selectOption('select[name=group]', 'ward_code');
    await page.click('[data-explore-run]');
    await done(page, 1);
    // In the page's order (by name), as the URL writes them.
    const chosen = new Set([site.wards[0]!.code, site.wards[5]!.code, site.wards[9]!.code]);
    const wards = [...site.wards].sort((a, b) => a.name.localeCompare(b.name, 'vi')).map((w) => w.code).filter((c) => chosen.has(c));
    expect(new URL(page.url()).search).toBe(`?level=1&level=2&${wards.map((w) => `ward=${w}`).join('&')}&${measures.map((m) => `measure=${m.id}`).join('&')}&group=ward_code`);

    // The same SQL on the shipped database, in node-api.
    const query = buildMeasuresQuery(measures, ['ward_code', 'year'], { levels: ['1', '2'], wards }, 'd.');
    const expected = groupMeasuresRows((await conn.runAndReadAll(query.sql, query.params)).getRowObjectsJS() as Record<string, unknown>[], measures.length);
    expect(expected.length).toBeGreaterThan(0);
    const names = Object.fromEntries(site.wards.map((w) => [w.code, w.name]));
    expect(await tableRows(page)).toEqual(
      expected.map((figures) => [
        names[String(figures[0]!.ward_code)],
        String(figures[0]!.year),
        ...figures.map((f, i) => formatFigure('vi', measures[i]!, f as MeasureRow).text),
      ]),
    );
    expect(await page.textContent('[data-explore-sql]')).toContain(query.sql);

    // The CSV: every figure as the SQL gives it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-explore-download]')]);
    const csv = parseCsv(readFileSync((await download.path())!, 'utf8'));
    expect(download.suggestedFilename()).toBe('hung-yen-2026-kham-pha.csv');
    expect(csv).toHaveLength(expected.length * measures.length);
    expected.forEach((figures, r) => {
      figures.forEach((f, i) => {
        const line = csv[r * measures.length + i]!;
        expect([line.code, line.year, line.measure_id]).toEqual([String(f.ward_code), String(f.year), measures[i]!.id]);
        expect(line.value === '' ? null : Number(line.value)).toBeCloseTo(f.value ?? Number.NaN, 9);
        expect(Number(line.schools_value)).toBe(f.schools_value);
      });
    });

    // Reload: the question comes back and runs at once (the engine is cached now).
    const shown = await tableRows(page);
    await page.reload({ waitUntil: 'load' });
    await done(page, 1);
    expect(await page.isChecked('input[name=level][value="1"]')).toBe(true);
    expect(await tableRows(page)).toEqual(shown);

    // Another question, then the back button.
    await page.selectOption('select[name=group]', 'year');
    await page.click('[data-explore-run]');
    await done(page, 2);
    expect(new URL(page.url()).searchParams.get('group')).toBe('year');
    expect((await tableRows(page))[0]![0]).toMatch(/^20\d\d$/);
    await page.goBack();
    await done(page, 3);
    expect(await page.inputValue('select[name=group]')).toBe('ward_code');
    expect(await tableRows(page)).toEqual(shown);
    expect(log.consoleErrors).toEqual([]);
    expect(log.failures).toEqual([]);
    await page.close();
  });
});

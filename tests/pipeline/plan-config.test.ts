// Finding 8.6: a plan's configuration error stops that plan only. Two plans in
// one data folder (the e2e fixture's healthy mini-2025, and a copy with one
// mistake): the ingest (real DuckDB) writes the healthy plan, lists the broken
// one with "path: message" lines, exits 1, and the site data publishes the healthy one.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngest } from '../../src/pipeline/index.ts';
import { formatSummary } from '../../src/pipeline/format-summary.ts';
import { prepareSiteData } from '../../src/site-data/prepare.ts';

const fixture = fileURLToPath(new URL('../fixtures/e2e/data', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'plan-config-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Json = Record<string, any>;
const BROKEN = 'hong-2025';

/** A data folder holding mini-2025 and BROKEN: a copy of mini-2025 (plan, roster, reports) with `breakIt` applied. */
function dataWithBrokenPlan(name: string, breakIt: (plan: Json) => { plan?: Json | string; roster?: string }): string {
  const data = join(tmp, name, 'data');
  cpSync(fixture, data, { recursive: true });
  cpSync(join(data, 'plans', 'mini-2025'), join(data, 'plans', BROKEN), { recursive: true });
  cpSync(join(data, 'raw', 'mini-2025'), join(data, 'raw', BROKEN), { recursive: true });
  const plan = { ...JSON.parse(readFileSync(join(data, 'plans', 'mini-2025', 'plan.json'), 'utf8')), id: BROKEN } as Json;
  const broken = breakIt(plan);
  const text = broken.plan ?? plan;
  writeFileSync(join(data, 'plans', BROKEN, 'plan.json'), typeof text === 'string' ? text : JSON.stringify(text, null, 2));
  if (broken.roster) writeFileSync(join(data, 'plans', BROKEN, 'schools.csv'), broken.roster);
  return data;
}

const ROSTER = 'ma_truong,ten_truong,cap_hoc,ma_xa\n';
const cases: { name: string; breakIt: (plan: Json) => { plan?: Json | string; roster?: string }; problems: (data: string) => string[] }[] = [
  {
    name: 'a measure naming an unknown indicator',
    breakIt: (plan) => {
      plan.criteria[0].measures[0].indicator = 'so_khong_co';
      return {};
    },
    problems: (data) => [`${data}/plans/${BROKEN}/plan.json: criteria.0.measures.0.indicator: unknown indicator "so_khong_co": not in this plan's template.indicators`],
  },
  {
    name: 'a deadline of 31 February',
    breakIt: (plan) => {
      plan.deadline = { month: 2, day: 31 };
      return {};
    },
    problems: (data) => [`${data}/plans/${BROKEN}/plan.json: deadline.day: day 31 does not exist in month 2 every year (it has 28 days)`],
  },
  {
    name: 'a count whose denominator is not in the template',
    breakIt: (plan) => {
      plan.template.indicators.find((i: Json) => i.id === 'so_gv_ung_dung_ai').denominator = 'so_giao_vien';
      return {};
    },
    problems: (data) => [`${data}/plans/${BROKEN}/plan.json: template.indicators.13.denominator: unknown indicator "so_giao_vien": not in template.indicators`],
  },
  {
    name: 'a roster listing both 01004011 and 1004011',
    breakIt: () => ({ roster: `${ROSTER}01004011,Trường Tiểu học A,1,00145\n1004011,Trường Tiểu học B,1,00145\n` }),
    problems: (data) => [
      `${data}/plans/${BROKEN}/schools.csv:3: ma_truong "1004011" and "01004011" (line 2) differ only in leading zeros, which Excel drops: a report could not tell them apart; give each school its own code`,
    ],
  },
  {
    name: 'a plan.json that is not JSON',
    breakIt: () => ({ plan: '{ "id": "hong-2025",' }),
    problems: (data) => [expect.stringMatching(new RegExp(`^${data}/plans/${BROKEN}/plan\\.json: not valid JSON: `)) as unknown as string],
  },
];

describe('finding 8.6: a configuration error stops that plan only', () => {
  it.each(cases)('$name: the healthy plan is written, the broken one listed with its problems', async ({ name, breakIt, problems }) => {
    const data = dataWithBrokenPlan(name.replace(/\W+/g, '-'), breakIt);
    const out = join(data, '..', 'out');
    const summary = await runIngest({ dataDir: data, outDir: out, buildDate: '2026-11-21' });

    expect(summary.plans.map((p) => [p.plan, p.ok])).toEqual([[BROKEN, false], ['mini-2025', true]]);
    expect(summary.plans[0]!.configProblems).toEqual(problems(data));
    expect(summary.exitCode).toBe(1);
    expect(readdirSync(out)).toEqual(['mini-2025']);
    expect(readdirSync(join(out, 'mini-2025'))).toContain('mini-2025.duckdb');
    expect(summary.plans[1]!.report!.totals.accepted).toBe(7);

    const printed = formatSummary(summary, `${data}/raw`).split('\n');
    expect(printed).toEqual(expect.arrayContaining([...problems(data), `${BROKEN}: not ingested, its configuration has errors; the previous output is kept`]));

    const log: string[] = [];
    const index = await prepareSiteData({ plansDir: join(data, 'plans'), ingestDir: out, siteDir: join(data, '..', 'site'), buildDate: '2026-11-21', log: (line) => log.push(line) });
    expect(index.plans.map((p) => p.id)).toEqual(['mini-2025']);
    expect(log.some((line) => line.startsWith(`site-data: ${BROKEN}: `) || line.startsWith(`site-data: data/plans/${BROKEN}/plan.json: `))).toBe(true);
    expect(existsSync(join(data, '..', 'site', 'mini-2025.json'))).toBe(true);
    expect(existsSync(join(data, '..', 'site', `${BROKEN}.json`))).toBe(false);
  });
});

describe('the site data publishes what it can', () => {
  it('leaves out a plan whose output was made with another template, and fails only when no plan is left', async () => {
    const data = dataWithBrokenPlan('stale', () => ({}));
    const out = join(data, '..', 'out');
    expect((await runIngest({ dataDir: data, outDir: out, buildDate: '2026-11-21' })).exitCode).toBe(0);
    // The template gains a column after the ingest ran: its output no longer fits.
    const file = join(data, 'plans', BROKEN, 'plan.json');
    const plan = JSON.parse(readFileSync(file, 'utf8')) as Json;
    plan.template.indicators.push({ id: 'so_moi', header: 'Số mới', labelEn: 'New count', kind: 'count' });
    writeFileSync(file, JSON.stringify(plan));
    const log: string[] = [];
    const siteDir = join(data, '..', 'site');
    const index = await prepareSiteData({ plansDir: join(data, 'plans'), ingestDir: out, siteDir, buildDate: '2026-11-21', log: (line) => log.push(line) });
    expect(index.plans.map((p) => p.id)).toEqual(['mini-2025']);
    expect(log.filter((line) => line.startsWith(`site-data: ${BROKEN}`))).toEqual([`site-data: ${BROKEN}: not published: its ingest output lacks so_moi: the template changed since; run npm run data`]);

    writeFileSync(join(data, 'plans', 'mini-2025', 'plan.json'), '{');
    await expect(prepareSiteData({ plansDir: join(data, 'plans'), ingestDir: out, siteDir, buildDate: '2026-11-21' })).rejects.toThrow('no plan to publish');
  });
});

// The tables the filters redraw, as pure functions (src/tables/): the
// overview's status table gives, for the same rows, the figure, target and
// status the judgement layer gives the page (judgeUnit, describeJudgement,
// measureTargetText), in StatusText's markup; the completeness table and the
// open-year note. Names from files stay text.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { CompletenessRow, MeasureRow } from '../../src/core/measure-sql.ts';
import { parsePlan, type Plan } from '../../src/core/plan-schema.ts';
import { describeJudgement, judgeUnit, judgedUnit, measureTargetText, specFor } from '../../src/components/judgement-view.ts';
import { formatFigure } from '../../src/components/plan-view.ts';
import { statusRows, statusTable, type StatusMeta } from '../../src/tables/status-table.ts';
import { completenessTable } from '../../src/tables/completeness-table.ts';
import { partialNote } from '../../src/tables/partial-note.ts';
import { digitsOf } from '../../src/core/rules/targets.ts';
import { t } from '../../src/i18n/index.ts';

const doc = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
const XSS = '<img src=x onerror=alert(1)>';
const plan = (parsePlan(JSON.parse(readFileSync('data/plans/long-bien-2025/plan.json', 'utf8'))) as { plan: Plan }).plan;
const BUILD = '2026-11-21';
const phase = plan.phases[0]!;
const measures = plan.criteria.flatMap((c) => c.measures).filter((m) => m.targets.length > 0).slice(0, 4);
const row = (year: number, value: number | null, over: Partial<MeasureRow> = {}): MeasureRow => ({ year, value, numerator: null, denominator: null, schools_value: value === null ? 0 : 30, schools_missing: 2, schools_na: 0, ...over });
const series: Record<string, MeasureRow[]> = Object.fromEntries(measures.map((m, i) => [m.id, [row(2025, 40 + i * 10), row(2026, i === 1 ? null : 55 + i * 10)]]));
const metas: StatusMeta[] = measures.map((m) => ({
  id: m.id,
  label: m.label.vi,
  unit: m.unit.vi,
  digits: digitsOf(m.kind),
  direction: m.direction,
  specs: { [phase.id]: specFor(plan, m, phase, BUILD, 'plan') },
  judgedUnit: judgedUnit('vi', m, plan.method.counts),
}));

describe('statusRows', () => {
  const rows = statusRows('vi', metas, (id) => series[id]!, 2026, { id: phase.id, name: phase.name.vi }, plan.deadline);
  it.each(measures.map((m, i) => ({ id: m.id, m, i })))('$id: the figure, target and status the page gives', ({ m, i }) => {
    const judgement = judgeUnit(plan, m, phase, series[m.id]!, BUILD, 'plan');
    expect(rows[i]!.figure).toEqual(formatFigure('vi', m, series[m.id]!.find((r) => r.year === 2026)));
    expect(rows[i]!.target).toBe(judgement.target ? measureTargetText('vi', plan, m, judgement.target, judgement.digits, 2026) : 'chưa đặt mục tiêu');
    expect(rows[i]!.status).toEqual(describeJudgement('vi', plan, m, judgement));
  });

  it('leaves out a measure without a spec for the phase', () => {
    expect(statusRows('vi', metas, (id) => series[id]!, 2026, { id: 'nope', name: '' }, plan.deadline)).toEqual([]);
  });
});

describe('statusTable', () => {
  it("draws StatusText's markup in a phone-stacked table: status linked to the method, basis in words", () => {
    const rows = statusRows('vi', metas, (id) => series[id]!, 2026, { id: phase.id, name: phase.name.vi }, plan.deadline);
    const table = statusTable(rows, { lang: 'vi', year: 2026, methodHref: '/long-bien-2025/phuong-phap/', document: doc() });
    expect(table.getAttribute('class')).toBe('table-scroll');
    expect(table.querySelector('table')?.getAttribute('class')).toBe('stack');
    expect(table.querySelector('caption')?.textContent).toBe(t('vi', 'headline.title', { year: 2026 }));
    const link = table.querySelector('tbody tr .status-cell a.status');
    expect(link?.getAttribute('href')).toBe(`/long-bien-2025/phuong-phap/#${rows[0]!.status.status}`);
    expect(link?.textContent).toBe(rows[0]!.status.label);
    expect(table.querySelector('tbody tr .status-basis')?.textContent?.trim()).toBe(`${rows[0]!.status.basis}${rows[0]!.status.detail ? `; ${rows[0]!.status.detail}` : ''}`);
    expect([...table.querySelectorAll('tbody td')].slice(0, 3).map((td) => td.getAttribute('data-label'))).toEqual([t('vi', 'table.value'), t('vi', 'table.target'), t('vi', 'table.status')]);
    expect(table.querySelector('tbody tr:nth-child(2) td')?.getAttribute('class')).toBe('missing');
  });
});

describe('completenessTable', () => {
  it('one row per ward with each report state, the ward linked, its name kept as text', () => {
    const rows: CompletenessRow[] = [{ year: 2025, ward_code: 'a', expected: 5, on_time: 2, late: 1, rejected: 1, not_yet_due: 0, not_reported: 1 }];
    const table = completenessTable(rows, { lang: 'vi', year: 2025, names: { a: `Xã ${XSS}` }, href: '/p/xa-phuong/{code}/', document: doc() });
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent))).toEqual([[`Xã ${XSS}`, '5', '2', '1', '1', '0', '1']]);
    expect(table.querySelector('img')).toBeNull();
    expect(table.querySelector('tbody a')?.getAttribute('href')).toBe('/p/xa-phuong/a/');
  });
});

describe('partialNote', () => {
  it.each([
    { name: 'the year is due: no note', buildDate: '2026-12-16', expected: null },
    { name: 'not yet due: the counts and the deadline', buildDate: '2026-11-21', expected: 'Năm 2026 chưa hết hạn nộp báo cáo (15/12/2026): 3/5 cơ sở đã báo cáo, số liệu còn thay đổi.' },
  ])('$name', ({ buildDate, expected }) => {
    const note = partialNote({ expected: 5, on_time: 2, late: 1 }, { lang: 'vi', year: 2026, deadline: { month: 12, day: 15 }, buildDate, document: doc() });
    expect(note?.textContent ?? null).toBe(expected);
  });
});

// judgeMeasure on a plan's rows by year: the window, due years, τ and the
// findings of issue 6 about phase-aware statuses.
import { describe, expect, it } from 'vitest';
import { judgeMeasure, judgeRows, judgeSpecOf, type UnitLevel } from '../../../src/core/rules/judge-measure.ts';
import { makePlan, measureOf, phaseOf } from './plan-fixture.ts';

const plan = makePlan();
const rows = (...pairs: [number, number | null][]) => pairs.map(([year, value]) => ({ year, value, numerator: value, schools_value: 4 }));
const judge = (id: string, phase: string, r: ReturnType<typeof rows>, buildDate: string, level: UnitLevel = 'plan') =>
  judgeMeasure({ plan, measure: measureOf(plan, id), phase: phaseOf(plan, phase), rows: r, buildDate, level });

describe('judgeMeasure', () => {
  it('issue 6: a 2026 figure is not judged against the 2027 target before its reports are due', () => {
    const j = judge('ai', '1', rows([2026, 30.3]), '2026-11-21');
    expect(j.status).toBe('not_yet_due');
    expect(j.provisional).toEqual({ year: 2026, value: 30.3 });
    expect(j.target).toMatchObject({ year: 2027, value: 50 });
  });

  it('issue 6: a 2026 figure below the 2027 target, once due, is "not enough data", never "not met" while the phase runs', () => {
    const j = judge('ai', '1', rows([2026, 30.3]), '2026-12-20');
    expect([j.status, j.year, j.target?.value]).toEqual(['not_enough_data', 2026, 50]);
    expect(j.gap).toBeCloseTo(19.7, 9);
  });

  it('issue 6: the status is judged against τ, the target it shows, not the year’s own milestone', () => {
    // 30.3 % meets the 2026 milestone (30) but not τ = 50 % (2027).
    const j = judge('ai', '1', rows([2025, 20], [2026, 30.3]), '2026-12-20');
    expect(j.target).toMatchObject({ year: 2027, value: 50, phase: '1' });
    expect(j.status).toBe('at_risk');
    expect(j.pace).toBeCloseTo((40.6 - 20) / (50 - 20), 9);
  });

  it('counts the baseline year in the first phase’s window', () => {
    const j = judge('ai', '1', rows([2025, 20], [2026, 35]), '2026-12-20');
    expect([j.status, j.n, j.first?.year, j.projection?.value]).toEqual(['on_track', 2, 2025, 50]);
    expect(j.tags).toEqual(['low_evidence']);
  });

  it('leaves the baseline out of a later phase', () => {
    const j = judge('ai', '2', rows([2025, 20], [2026, 35], [2028, 60]), '2029-01-10');
    expect([j.status, j.n, j.first?.year, j.target?.value, j.target?.official]).toEqual(['not_enough_data', 1, 2028, 80, true]);
  });

  it('a later phase that has not begun is not yet due', () => {
    expect(judge('ai', '2', rows([2025, 20], [2026, 35]), '2026-12-20').status).toBe('not_yet_due');
  });

  it('a year with no value after its deadline is no data', () => {
    expect(judge('ai', '1', rows([2025, null], [2026, null]), '2026-12-20').status).toBe('no_data');
  });

  it('issue 6: a measure with no phase target says "no target", not "not met"', () => {
    expect(judge('hoc-lieu', '1', rows([2025, 10], [2026, 12]), '2026-12-20').status).toBe('no_target');
  });

  it('issue 6: incidents are judged per school, not as a raw total', () => {
    // 8 incidents over 4 schools is 2 per school; τ = 0 per school.
    const j = judge('su-co', '1', [{ year: 2025, value: 8, numerator: 8, schools_value: 4 }, { year: 2026, value: 4, numerator: 4, schools_value: 4 }], '2026-12-20');
    expect([j.first?.value, j.latest?.value, j.digits, j.projection?.value]).toEqual([2, 1, 2, 0]);
    expect(j.status).toBe('on_track');
  });

  it('at school level a yes/no is met or not met only', () => {
    expect(judge('ke-hoach', '1', rows([2025, 0], [2026, 0]), '2026-12-20', 'school').status).toBe('not_met');
    expect(judge('ke-hoach', '1', rows([2025, 0], [2026, 0]), '2026-12-20', 'ward').status).toBe('off_track');
    expect(judge('ke-hoach', '1', rows([2025, 0], [2026, 100]), '2026-12-20', 'school').status).toBe('met');
  });

  it('follows the plan’s thresholds', () => {
    const strict = makePlan({ method: { onTrack: 0.99, atRisk: 0.3 } });
    const j = judgeMeasure({ plan: strict, measure: measureOf(strict, 'ai'), phase: phaseOf(strict, '1'), rows: rows([2025, 20], [2026, 34]), buildDate: '2026-12-20', level: 'plan' });
    expect([j.status, Number(j.pace!.toFixed(4))]).toEqual(['at_risk', 0.9333]);
  });

  it('the spec survives JSON (the browser judges with it) and gives the same judgement', () => {
    const spec = judgeSpecOf(plan, measureOf(plan, 'ai'), phaseOf(plan, '1'), '2026-12-20', 'ward');
    expect(spec).toMatchObject({ window: [2025, 2026, 2027], due: [2025, 2026], open: [], phaseEnd: 2027, yesNo: false, target: { value: 50, year: 2027 } });
    const r = rows([2025, 20], [2026, 35]);
    expect(judgeRows(JSON.parse(JSON.stringify(spec)), r)).toEqual(judgeRows(spec, r));
  });
});

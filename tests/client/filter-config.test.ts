// The slim measure specs the filter form ships give the same SQL and the same
// targets as the plan's measures, for every measure of the seed plans.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildMeasureQuery } from '../../src/core/measure-sql.ts';
import { parsePlan, type Plan } from '../../src/core/plan-schema.ts';
import { targetPoints } from '../../src/core/rules/targets.ts';
import { makeFilterConfig, toMeasure } from '../../src/client/filter-config.ts';

const plans: Plan[] = readdirSync('data/plans').map((id) => {
  const parsed = parsePlan(JSON.parse(readFileSync(join('data/plans', id, 'plan.json'), 'utf8')));
  if (!('plan' in parsed)) throw new Error(parsed.problems.join('; '));
  return parsed.plan;
});

const configOf = (plan: Plan, controls: ('year' | 'level' | 'ward')[] = ['year', 'level', 'ward']) =>
  makeFilterConfig({
    lang: 'vi',
    plan,
    dbUrl: '/x.duckdb',
    answersUrl: '/x/loc.json',
    engine: { wasm: { wire: 5, bytes: 34 }, worker: { wire: 1, bytes: 2 }, database: { wire: 1, bytes: 9 } },
    latestYear: 2026,
    buildDate: '2026-11-21',
    reportYears: [2025, 2026],
    controls,
    wards: plan.wards,
    schoolLevels: ['1', '2', '45'],
  });

describe.each(plans.map((plan) => [plan.id, plan] as const))('%s', (_id, plan) => {
  const config = configOf(plan);
  const measures = plan.criteria.flatMap((c) => c.measures);

  it.each(measures.map((m) => [m.id, m] as const))('%s: same SQL and targets from the spec', (id, measure) => {
    const spec = config.measures[id]!;
    const filters = { years: [2026], levels: ['1'], wards: [plan.wards[0]!] };
    expect(buildMeasureQuery(toMeasure(spec), ['ward_code'], filters, 'd.')).toEqual(buildMeasureQuery(measure, ['ward_code'], filters, 'd.'));
    expect(spec.targets).toEqual(targetPoints(measure, plan.phases).map((p) => ({ year: p.year, value: p.value })));
  });
});

describe('controls', () => {
  it.each([
    { name: 'a one-ward plan offers no ward choice', plan: plans.find((p) => p.wards.length === 1)!, expected: ['year', 'level'] },
    { name: 'a many-ward plan offers all three', plan: plans.find((p) => p.wards.length > 1)!, expected: ['year', 'level', 'ward'] },
  ])('$name', ({ plan, expected }) => {
    expect(configOf(plan).options.controls).toEqual(expected);
  });

  it('offers the level digits the schools teach and the measures cover', () => {
    expect(configOf(plans[0]!).options.levels).toEqual(['1', '2', '4', '5']);
  });
});

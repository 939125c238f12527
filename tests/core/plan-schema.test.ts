// The plan schema (src/core/plan-schema.ts, template-schema.ts, plan-checks.ts)
// on the seed plan with one mistake each: every configuration error comes back
// as one "path: message" line, and nothing throws (finding 8.6).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plan-schema.ts';
import { readSeedJson } from '../fixtures/seed-plan.ts';

type Json = Record<string, any>;

/** Long Biên's plan.json with one change applied. */
function planWith(change: (plan: Json) => void): Json {
  const plan = structuredClone(readSeedJson('long-bien-2025')) as Json;
  change(plan);
  return plan;
}

const problemsOf = (input: unknown) => {
  const parsed = parsePlan(input);
  return 'problems' in parsed ? parsed.problems : [];
};

const indicator = (plan: Json, id: string) => plan.template.indicators.find((i: Json) => i.id === id);

it('the seed plans parse without a problem', () => {
  expect(problemsOf(readSeedJson('long-bien-2025'))).toEqual([]);
  expect(problemsOf(readSeedJson('hung-yen-2026'))).toEqual([]);
});

describe('finding 8.6: a plan configuration error is reported with its path', () => {
  const cases: { name: string; change: (plan: Json) => void; expected: string[] }[] = [
    {
      name: 'a measure naming an unknown indicator',
      change: (p) => (p.criteria[0].measures[0].indicator = 'so_khong_co'),
      expected: ['criteria.0.measures.0.indicator: unknown indicator "so_khong_co": not in this plan\'s template.indicators'],
    },
    {
      name: 'a ratio whose denominator is not in the template',
      change: (p) => (p.criteria[1].measures[0].denominator = 'so_nhan_vien'),
      expected: ['criteria.1.measures.0.denominator: unknown indicator "so_nhan_vien": not in this plan\'s template.indicators'],
    },
    {
      name: 'share-yes on a count',
      change: (p) => (p.criteria[0].measures[0].indicator = 'so_gv'),
      expected: ['criteria.0.measures.0.indicator: share-yes needs a yes/no indicator; "so_gv" is a count'],
    },
    {
      name: 'mean on a count',
      change: (p) => (p.criteria[5].measures[0].indicator = 'so_gv'),
      expected: ['criteria.5.measures.0.indicator: mean needs a score indicator; "so_gv" is a count'],
    },
    {
      name: 'a deadline of 31 February',
      change: (p) => (p.deadline = { month: 2, day: 31 }),
      expected: ['deadline.day: day 31 does not exist in month 2 every year (it has 28 days)'],
    },
    {
      name: 'a deadline of 29 February (missing three years in four)',
      change: (p) => (p.deadline = { month: 2, day: 29 }),
      expected: ['deadline.day: day 29 does not exist in month 2 every year (it has 28 days)'],
    },
    {
      name: 'a deadline of 31 April',
      change: (p) => (p.deadline = { month: 4, day: 31 }),
      expected: ['deadline.day: day 31 does not exist in month 4 every year (it has 30 days)'],
    },
    {
      name: 'a document date of 30 February',
      change: (p) => (p.document.date = '2025-02-30'),
      expected: ['document.date: "2025-02-30" is not a calendar date (YYYY-MM-DD)'],
    },
    {
      name: 'a target of 250 % on a ratio',
      change: (p) => (p.criteria[1].measures[0].targets[0].value = 250),
      expected: ['criteria.1.measures.0.targets.0.value: 250 is not a percentage (0–100)'],
    },
    {
      name: 'a target of −40 % on a share-yes measure',
      change: (p) => (p.criteria[0].measures[0].targets[0].value = -40),
      expected: ['criteria.0.measures.0.targets.0.value: -40 is not a percentage (0–100)'],
    },
    {
      name: 'a mean score target of 1000 (scores are 0–100)',
      change: (p) => (p.criteria[5].measures[0].targets[1].value = 1000),
      expected: ['criteria.5.measures.0.targets.1.value: 1000 is outside the score scale (0–100)'],
    },
    {
      name: 'a negative target on a total',
      change: (p) => (p.criteria[8].measures[0].targets[0].value = -1),
      expected: ['criteria.8.measures.0.targets.0.value: -1 is negative; a total target counts something'],
    },
    {
      name: 'a target year outside the plan period (2042)',
      change: (p) => (p.criteria[1].measures[0].targets[0].year = 2042),
      expected: ['criteria.1.measures.0.targets.0.year: 2042 is outside the plan period 2025–2030'],
    },
    {
      name: 'reversed years inside a phase',
      change: (p) => (p.phases[0].years = [2027, 2026, 2025]),
      expected: ['phases.0.years: a phase\'s years are consecutive and in order, e.g. [2028, 2029, 2030]; got [2027, 2026, 2025]'],
    },
    {
      name: 'phases listed out of time order',
      change: (p) => {
        p.phases[0].years = [2028, 2029, 2030];
        p.phases[0].review.year = 2030;
        p.phases[1].years = [2025, 2026, 2027];
        p.phases[1].review.year = 2027;
      },
      expected: ['phases.1.years: phase "2" starts in 2025, before phase "1" ends (2030): list the phases in time order'],
    },
    {
      name: 'a review year before its phase',
      change: (p) => (p.phases[1].review.year = 2026),
      expected: ['phases.1.review.year: the review (2026) closes the phase 2028–2030: hold it in 2030 or 2031'],
    },
    {
      name: 'empty levels on a measure',
      change: (p) => (p.criteria[0].measures[0].levels = []),
      expected: ['criteria.0.measures.0.levels: name at least one school level (1–6)'],
    },
    {
      name: 'a period whose start is after its end is reported against period, not phases',
      change: (p) => (p.period = { start: 2031, end: 2030 }),
      expected: ['period: the period starts (2031) after it ends (2030)'],
    },
  ];
  it.each(cases)('$name', ({ change, expected }) => {
    expect(problemsOf(planWith(change))).toEqual(expected);
  });
});

describe('the plan\'s template', () => {
  const cases: { name: string; change: (plan: Json) => void; expected: string[] }[] = [
    {
      name: 'an indicator id defined twice',
      change: (p) => p.template.indicators.push({ ...indicator(p, 'so_gv'), header: 'Số giáo viên (lần hai)' }),
      expected: ['template.indicators.20.id: "so_gv" is defined twice (also indicators.12)'],
    },
    {
      name: 'an id the storage reserves',
      change: (p) => p.template.indicators.push({ id: 'school_code', header: 'Mã số khác', labelEn: 'x', kind: 'count' }),
      expected: ['template.indicators.20.id: "school_code" is reserved (an identity column or a storage column)'],
    },
    {
      name: 'an identity column\'s id',
      change: (p) => p.template.indicators.push({ id: 'ma_truong', header: 'Mã trường khác', labelEn: 'x', kind: 'count' }),
      expected: [
        'template.indicators.20.id: "ma_truong" is reserved (an identity column or a storage column)',
        'template.indicators.20.id: "ma_truong" is already a header of the identity column ma_truong',
      ],
    },
    {
      name: 'an id that is not lower-case words joined by "_" (no "__", which the storage uses)',
      change: (p) => p.template.indicators.push({ id: 'so__hs', header: 'Số học sinh nữ', labelEn: 'x', kind: 'count' }),
      expected: ['template.indicators.20.id: an id is lower-case letters and digits joined by single "_", e.g. "so_hoc_sinh"'],
    },
    {
      name: 'a denominator that is not in the template',
      change: (p) => (indicator(p, 'so_gv_ung_dung_ai').denominator = 'so_giao_vien'),
      expected: ['template.indicators.13.denominator: unknown indicator "so_giao_vien": not in template.indicators'],
    },
    {
      name: 'a denominator that is a score',
      change: (p) => (indicator(p, 'so_gv_ung_dung_ai').denominator = 'diem_cds_day_hoc'),
      expected: ['template.indicators.13.denominator: "diem_cds_day_hoc" is a score; a denominator is a count'],
    },
    {
      name: 'a count that is its own denominator',
      change: (p) => (indicator(p, 'so_gv').denominator = 'so_gv'),
      expected: ['template.indicators.12.denominator: a count cannot be its own denominator'],
    },
    {
      name: 'a denominator on a yes/no column',
      change: (p) => (indicator(p, 'co_ke_hoach').denominator = 'so_gv'),
      expected: ['template.indicators.0.denominator: only a count has a denominator; "co_ke_hoach" is a yesno'],
    },
    {
      name: 'an accepted spelling that is an identity column\'s header',
      change: (p) => (indicator(p, 'so_gv').aliases = ['Mã trường']),
      expected: ['template.indicators.12.aliases.0: "Mã trường" is already a header of the identity column ma_truong'],
    },
    {
      name: 'an accepted spelling that is another indicator\'s header, without diacritics',
      change: (p) => (indicator(p, 'so_gv').aliases = ['TONG SO HOC SINH']),
      expected: ['template.indicators.12.aliases.0: "TONG SO HOC SINH" is already a header of indicator so_hoc_sinh'],
    },
    {
      name: 'a header "STT"',
      change: (p) => (indicator(p, 'so_gv').aliases = ['STT']),
      expected: ['template.indicators.12.aliases.0: "STT" is already a header of the numbering column STT'],
    },
    {
      name: 'empty levels on an indicator',
      change: (p) => (indicator(p, 'so_gv').levels = []),
      expected: ['template.indicators.12.levels: name at least one school level (1–6)'],
    },
    {
      name: 'a measure over levels that do not fill its indicator',
      change: (p) => (indicator(p, 'co_ke_hoach').levels = ['1', '2', '3']),
      expected: ['criteria.0.measures.0.levels: level 4, 5, 6 does not fill "co_ke_hoach" (its levels: 1, 2, 3)'],
    },
    {
      name: 'an empty template',
      change: (p) => (p.template.indicators = []),
      expected: ['template.indicators: Too small: expected array to have >=1 items'],
    },
  ];
  it.each(cases)('$name', ({ change, expected }) => {
    expect(problemsOf(planWith(change))).toEqual(expected);
  });

  it.each([
    { name: 'template is text', change: (p: Json) => (p.template = 'x') },
    { name: 'indicators is an object', change: (p: Json) => (p.template.indicators = { so_gv: {} }) },
    { name: 'an indicator of an unknown kind', change: (p: Json) => (indicator(p, 'so_gv').kind = 'percent') },
    { name: 'a measure without an indicator', change: (p: Json) => delete p.criteria[0].measures[0].indicator },
    { name: 'phases without years', change: (p: Json) => (p.phases[0].years = []) },
    { name: 'no phases', change: (p: Json) => (p.phases = []) },
    { name: 'a deadline in month 13', change: (p: Json) => (p.deadline.month = 13) },
  ])('never throws, and says what is wrong: $name', ({ change }) => {
    const problems = problemsOf(planWith(change));
    expect(problems.length).toBeGreaterThan(0);
    for (const line of problems) expect(line).toMatch(/^[a-z0-9.]+: \S/i);
  });

  it('fills defaults: no accepted spelling, higher is better, every level', () => {
    const parsed = parsePlan(readSeedJson('long-bien-2025'));
    if (!('plan' in parsed)) throw new Error('seed plan invalid');
    const gv = parsed.plan.template.indicators.find((i) => i.id === 'so_gv');
    expect(gv).toEqual({ id: 'so_gv', header: 'Tổng số giáo viên', aliases: [], labelEn: 'Teachers', kind: 'count', unit: { vi: 'giáo viên', en: 'teachers' }, lowerIsBetter: false, levels: ['1', '2', '3', '4', '5', '6'] });
  });

  it('reports every mistake of a plan at once, template and measures alike', () => {
    const problems = problemsOf(planWith((p) => {
      indicator(p, 'so_gv').denominator = 'so_giao_vien';
      p.criteria[0].measures[0].indicator = 'so_khong_co';
      p.deadline.day = 31;
      p.deadline.month = 2;
    }));
    expect(problems).toEqual([
      'template.indicators.12.denominator: unknown indicator "so_giao_vien": not in template.indicators',
      'deadline.day: day 31 does not exist in month 2 every year (it has 28 days)',
      'criteria.0.measures.0.indicator: unknown indicator "so_khong_co": not in this plan\'s template.indicators',
    ]);
  });
});

describe('award forms (issue 6, item 5)', () => {
  it.each([
    { name: 'a no-incident condition on an unknown measure', change: (p: Json) => (p.awards[0].conditions = [{ kind: 'no-incident', measure: 'khong-co' }]), expected: ['awards.0.conditions.0.measure: no measure "khong-co" in the plan'] },
    { name: 'a no-incident condition on a rate', change: (p: Json) => (p.awards[0].conditions = [{ kind: 'no-incident', measure: 'phong-hoc-so' }]), expected: ['awards.0.conditions.0.measure: "phong-hoc-so" is not a count measure (total or per-school)'] },
    { name: 'an award defined twice', change: (p: Json) => p.awards.push(structuredClone(p.awards[0])), expected: ['awards: award giay-khen-so-hang-nam is defined twice'] },
    { name: 'a score condition above 100', change: (p: Json) => (p.awards[0].conditions = [{ kind: 'min-score', value: 120 }]), expected: ['awards.0.conditions.0.value: Too big: expected number to be <=100'] },
  ])('$name', ({ change, expected }) => expect(problemsOf(planWith(change))).toEqual(expected));

  it('every seed condition is assumed (the plans state forms, never numeric conditions)', () => {
    for (const id of ['hung-yen-2026', 'long-bien-2025'] as const) {
      const parsed = parsePlan(readSeedJson(id));
      if ('problems' in parsed) throw new Error(parsed.problems.join('\n'));
      const conditions = parsed.plan.awards.flatMap((a) => a.conditions);
      expect(conditions.length).toBeGreaterThan(0);
      expect(conditions.every((c) => c.official === false)).toBe(true);
    }
  });

  it('Hưng Yên: the forms of its section IV.2 by occasion', () => {
    const parsed = parsePlan(readSeedJson('hung-yen-2026'));
    if ('problems' in parsed) throw new Error(parsed.problems.join('\n'));
    const by = (occasion: string) => parsed.plan.awards.filter((a) => a.occasion === occasion).map((a) => a.name.vi);
    expect(by('yearly')).toEqual(['Giấy khen của Giám đốc Sở GDĐT']);
    expect(by('so-ket')).toEqual(['Giấy khen của Giám đốc Sở GDĐT', 'Bằng khen của Chủ tịch UBND tỉnh', 'Bằng khen của Thủ tướng Chính phủ']);
    expect(by('tong-ket')).toEqual(['Các hình thức khen thưởng cấp Nhà nước', 'Bằng khen của Chủ tịch UBND tỉnh', 'Giấy khen của Giám đốc Sở GDĐT']);
  });

  it('Long Biên: every form of its section III.2.1, for schools', () => {
    const parsed = parsePlan(readSeedJson('long-bien-2025'));
    if ('problems' in parsed) throw new Error(parsed.problems.join('\n'));
    const names = new Set(parsed.plan.awards.map((a) => a.name.vi));
    expect([...names].sort()).toEqual(['Bằng khen của Chủ tịch UBND Thành phố', 'Bằng khen của Thủ tướng Chính phủ', 'Cờ thi đua UBND Thành phố', 'Cờ thi đua của Chính phủ', 'Giấy khen của Giám đốc Sở GDĐT', 'Huân chương Lao động'].sort());
    expect(parsed.plan.awards.every((a) => a.units.join() === 'school')).toBe(true);
  });
});

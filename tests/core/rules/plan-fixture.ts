// A small plan for the rules' tests, parsed by the real schema: period
// 2026–2030 with a 2025 baseline, phase 1 = 2026–2027 (sơ kết 2027), phase 2 =
// 2028–2030, deadline 15/12. Measures cover each kind and direction.
import { readFileSync } from 'node:fs';
import { parsePlan, type Plan } from '../../../src/core/plan-schema.ts';

/** The seed plans' report template (plan.json `template`), shared by the fixture. */
const template = JSON.parse(readFileSync(new URL('../../../data/plans/hung-yen-2026/plan.json', import.meta.url), 'utf8')).template;

const source = { vi: 'Tham số của kế hoạch', en: 'Plan parameter' };

export function makePlan(over: Record<string, unknown> = {}): Plan {
  const json = {
    id: 'rules-2026',
    title: { vi: 'Kế hoạch thử', en: 'Test plan' },
    shortTitle: { vi: 'Thử', en: 'Test' },
    movements: [{ vi: 'Phong trào', en: 'Movement' }],
    issuer: { vi: 'Sở GDĐT', en: 'Department' },
    document: { number: null, date: null },
    period: { start: 2026, end: 2030 },
    baselineYear: 2025,
    phases: [
      { id: '1', name: { vi: 'Giai đoạn 1', en: 'Phase 1' }, statedAs: '2026–2027', years: [2026, 2027], review: { kind: 'so-ket', year: 2027, name: { vi: 'Sơ kết', en: 'Interim' } } },
      { id: '2', name: { vi: 'Giai đoạn 2', en: 'Phase 2' }, statedAs: '2028–2030', years: [2028, 2029, 2030], review: { kind: 'tong-ket', year: 2030, name: { vi: 'Tổng kết', en: 'Final' } } },
    ],
    deadline: { month: 12, day: 15 },
    province: '33',
    wards: ['00001', '00002'],
    template,
    criteria: [
      {
        id: 'ky-nang', subject: 'organisation', title: { vi: 'Kỹ năng số', en: 'Digital skills' }, weight: 2,
        measures: [
          { id: 'ai', label: { vi: 'Tỷ lệ AI', en: 'AI share' }, kind: 'ratio', indicator: 'so_gv_ung_dung_ai', denominator: 'so_gv',
            targets: [{ year: 2026, value: 30, source }, { phase: '1', value: 50, source }, { phase: '2', value: 80, source, official: true }] },
          { id: 'ke-hoach', label: { vi: 'Có kế hoạch', en: 'Has a plan' }, kind: 'share-yes', indicator: 'co_ke_hoach', weight: 3,
            targets: [{ phase: '1', value: 100, source }] },
        ],
      },
      {
        id: 'attt', subject: 'organisation', title: { vi: 'An toàn thông tin', en: 'Security' },
        measures: [
          { id: 'su-co', label: { vi: 'Sự cố', en: 'Incidents' }, kind: 'total', indicator: 'so_su_co_attt', direction: 'down', unit: { vi: 'sự cố', en: 'incidents' },
            targets: [{ phase: '1', value: 0, source }] },
          { id: 'hoc-lieu', label: { vi: 'Học liệu', en: 'Materials' }, kind: 'total', indicator: 'so_hoc_lieu_so', unit: { vi: 'học liệu', en: 'materials' } },
        ],
      },
    ],
    ...over,
  };
  const parsed = parsePlan(json);
  if ('problems' in parsed) throw new Error(parsed.problems.join('\n'));
  return parsed.plan;
}

export const measureOf = (plan: Plan, id: string) => plan.criteria.flatMap((c) => c.measures).find((m) => m.id === id)!;
export const phaseOf = (plan: Plan, id: string) => plan.phases.find((p) => p.id === id)!;

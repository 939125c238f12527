// What the check page (/<plan>/kiem-tra/) needs of a plan to run the ingest's
// checks in the browser, as one small JSON file: the plan's configuration,
// its roster and its wards (and the names of its province's other wards, for
// messages). No personal data: schools and wards by code and
// name only. Built at site build time (buildCheckData), turned back into the
// ingest's LoadedPlan in the browser (loadedPlanOf). Runs in Node and the browser.
import type { Plan } from '../core/plan-schema.ts';
import type { LoadedPlan, RosterSchool, Ward } from './load-plan.ts';

export interface CheckData {
  format: 1;
  /** The plan as configured, without its criteria (what is measured is not what is checked). */
  plan: Plan;
  /** The roster: [code, name, level, ward code], sorted by code. */
  schools: [string, string, string, string][];
  /** The plan's wards: [code, name, type ("Phường", "Xã")], sorted by code. */
  wards: [string, string, string][];
  /** The other communes and wards of the plan's province (2025 list): [code, name], so a message names them too. */
  provinceWards: [string, string][];
}

type SchoolLike = Pick<RosterSchool, 'code' | 'name' | 'level' | 'ward'>;
type WardLike = Pick<Ward, 'code' | 'name' | 'type'>;

const byCode = <T extends { code: string }>(items: readonly T[]) => [...items].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

/** The check data of a plan: from the ingest's LoadedPlan or the site data (both carry these fields). */
export function buildCheckData(input: { plan: Plan; schools: readonly SchoolLike[]; wards: readonly WardLike[]; provinceWards?: ReadonlyMap<string, string> }): CheckData {
  const planWards = new Set(input.wards.map((w) => w.code));
  const others = [...(input.provinceWards ?? [])].filter(([code]) => !planWards.has(code)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    format: 1,
    // The checks never read the criteria (half the plan's size): shipped empty.
    plan: { ...input.plan, criteria: [] },
    schools: byCode(input.schools).map((s) => [s.code, s.name, s.level, s.ward]),
    wards: byCode(input.wards).map((w) => [w.code, w.name, w.type]),
    provinceWards: others,
  };
}

/** The LoadedPlan the ingest's checks take, from the check data (the province is not needed to check). */
export function loadedPlanOf(data: CheckData): LoadedPlan {
  const schools: RosterSchool[] = data.schools.map(([code, name, level, ward]) => ({ code, name, level, ward }));
  const wards: Ward[] = data.wards.map(([code, name, type]) => ({ code, name, type, provinceCode: data.plan.province, provinceName: '' }));
  const provinceWards = new Map([...data.provinceWards, ...wards.map((w): [string, string] => [w.code, w.name])]);
  return { plan: data.plan, schools, roster: new Map(schools.map((s) => [s.code, s])), wards, provinceWards };
}

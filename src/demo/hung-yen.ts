// Hưng Yên demo data: a province-sized roster over the plan's 104 wards, the
// 2025 baseline reports (năm gốc: the same template, a year less progress, in
// everyday forms) and the 2026 reports, in the many forms real files arrive
// in, with a handful of deliberate errors (each recorded on its file).
import type { Plan } from '../core/plan-schema.ts';
import { rngFor } from './prng.ts';
import { generateRoster, type LevelTargets, type School } from './roster.ts';
import type { Ward } from './wards.ts';
import { computeValues, drawProfile } from './report-values.ts';
import { drawDate, makeRow, blankSomeCells, type ReportFile } from './report-files.ts';
import { groupIntoFiles, type SchoolRow } from './report-grouping.ts';
import { applyQuirks } from './hung-yen-quirks.ts';
import { templateColumnsOf } from './report-row.ts';

/** Institutions by level, as the province reports them (about 1,237 in all). */
export const HUNG_YEN_TARGETS: LevelTargets = { '45': 496, '1': 197, '2': 187, '12': 255, '3': 71, '23': 11, '6': 20 };

/** Unit codes of the former districts (Hưng Yên 323–333, Thái Bình 336–344), in ward-code order. */
const FORMER_DISTRICTS = ['323', '325', '326', '327', '328', '329', '330', '331', '332', '333', '336', '338', '339', '340', '341', '342', '343', '344'];

export const HUNG_YEN_YEAR = 2026;
/** The plan's baseline year (plan.json baselineYear). */
export const HUNG_YEN_BASELINE = 2025;
/** Share of schools that have not sent their report. */
const MISSING_SHARE = 0.07;
/** The baseline was collected once, afterwards: a few schools never sent it. */
const BASELINE_MISSING_SHARE = 0.04;

export function buildHungYenRoster(seed: number, plan: Plan, wards: readonly Ward[]): School[] {
  const sorted = [...wards].map((w) => w.code).sort();
  const unitOf = (wi: number) => {
    const rank = sorted.indexOf(wards[wi]?.code ?? '');
    return FORMER_DISTRICTS[Math.floor((rank * FORMER_DISTRICTS.length) / sorted.length)] ?? '323';
  };
  return generateRoster({
    rng: rngFor(seed, `${plan.id}/roster`),
    wards,
    provinceCode: plan.province,
    targets: HUNG_YEN_TARGETS,
    unitOf,
    provincialUnit: '000',
    letterCodes: 3,
  });
}

/** Quality of each ward: spreads the wards apart so rankings mean something. */
export function drawWardQuality(seed: number, label: string, wards: readonly Ward[]): Map<string, number> {
  const rng = rngFor(seed, `${label}/ward-quality`);
  return new Map(wards.map((w) => [w.code, 0.6 * rng.normal() + (w.type === 'Phường' ? 0.25 : 0)]));
}

export function buildHungYenReports(seed: number, plan: Plan, wards: readonly Ward[], roster: readonly School[]): ReportFile[] {
  const quality = drawWardQuality(seed, plan.id, wards);
  const profiles = rngFor(seed, `${plan.id}/profiles`);
  const drawn = roster.map((school) => ({ school, profile: drawProfile(profiles, school.level, quality.get(school.wardCode) ?? 0) }));
  return [...buildBaseline(seed, plan, wards, drawn), ...buildYear(seed, plan, wards, roster, drawn)].sort((a, b) => (a.path < b.path ? -1 : 1));
}

type Drawn = { school: School; profile: ReturnType<typeof drawProfile> }[];

/** 2025, the baseline: a year's less progress, sent in 2025 before or around the deadline; no deliberate errors. */
function buildBaseline(seed: number, plan: Plan, wards: readonly Ward[], drawn: Drawn): ReportFile[] {
  const year = HUNG_YEN_BASELINE;
  const pick = rngFor(seed, `${plan.id}/${year}/rows`);
  const rows: SchoolRow[] = [];
  for (const { school, profile } of drawn) {
    if (pick.chance(BASELINE_MISSING_SHARE)) continue;
    rows.push({ school, row: makeRow(school, year, drawDate(pick, `${year}-10-15`, `${year}-12-12`), computeValues(profile, -1, plan.template.indicators)) });
  }
  const files = groupIntoFiles(rngFor(seed, `${plan.id}/${year}/files`), wards, rows, { folder: `${plan.id}/${year}`, template: templateColumnsOf(plan), wardFileShare: 0.7, byLevelShare: 0.2, ownFileShare: 0.04, clusters: 4 });
  blankSomeCells(rngFor(seed, `${plan.id}/${year}/blanks`), files, 0.01);
  return files;
}

function buildYear(seed: number, plan: Plan, wards: readonly Ward[], roster: readonly School[], drawn: Drawn): ReportFile[] {
  const year = HUNG_YEN_YEAR;
  const pick = rngFor(seed, `${plan.id}/${year}/rows`);
  const rows: SchoolRow[] = [];
  for (const { school, profile } of drawn) {
    if (pick.chance(MISSING_SHARE)) continue;
    const date = drawDate(pick, `${year}-10-01`, `${year}-11-20`);
    rows.push({ school, row: makeRow(school, year, date, computeValues(profile, 0, plan.template.indicators)) });
  }
  const files = groupIntoFiles(rngFor(seed, `${plan.id}/${year}/files`), wards, rows, {
    folder: `${plan.id}/${year}`,
    template: templateColumnsOf(plan),
    wardFileShare: 0.64,
    byLevelShare: 0.2,
    ownFileShare: 0.06,
    clusters: 4,
  });
  // Within a collected file the ward often signs every row on the same day.
  const sameDay = rngFor(seed, `${plan.id}/${year}/same-day`);
  for (const file of files) {
    const first = file.rows[0];
    if (file.rows.length > 1 && first && sameDay.chance(0.5)) for (const row of file.rows) row.date = first.date;
  }
  blankSomeCells(rngFor(seed, `${plan.id}/${year}/blanks`), files, 0.012);
  applyQuirks(rngFor(seed, `${plan.id}/${year}/quirks`), { files, roster, wards, year, province: plan.province });
  return files;
}

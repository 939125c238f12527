// A national-scale synthetic data set for the ingest benchmark: 34 provinces,
// 3,321 wards, 55,000 institutions and one year of reports, with its own ward
// reference list and a plan that covers every ward. Not real places.
import { rngFor } from './prng.ts';
import { allocate, generateRoster, LEVEL_ORDER, type LevelTargets, type School } from './roster.ts';
import type { Ward } from './wards.ts';
import { drawPlaceName } from './school-names.ts';
import { computeValues, drawProfile } from './report-values.ts';
import { addTitleAndFooter, blankSomeCells, drawDate, makeRow, type ReportFile } from './report-files.ts';
import { groupIntoFiles, type SchoolRow } from './report-grouping.ts';
import { HUNG_YEN_TARGETS, drawWardQuality } from './hung-yen.ts';
import { QUIRKS } from './file-quirks.ts';
import { templateColumnsOf } from './report-row.ts';
import { indicatorsOf, type HasTemplate } from '../core/indicators.ts';

export interface NationalSize {
  provinces: number;
  wards: number;
  schools: number;
}

export const NATIONAL_SIZE: NationalSize = { provinces: 34, wards: 3321, schools: 55_000 };
export const NATIONAL_PLAN_ID = 'quoc-gia-2026';
export const NATIONAL_YEAR = 2026;

/** Synthetic provinces and wards: codes 01…34 and 5-digit ward codes (some with leading zeros). */
export function buildNationalWards(seed: number, size: NationalSize = NATIONAL_SIZE): Ward[] {
  const rng = rngFor(seed, 'national/wards');
  const perProvince = allocate(size.wards, Array.from({ length: size.provinces }, () => Math.exp(0.5 * rng.normal())), 20);
  const wards: Ward[] = [];
  perProvince.forEach((count, p) => {
    const provinceCode = String(p + 1).padStart(2, '0');
    const provinceName = `Tỉnh ${drawPlaceName(rng)}`;
    const seen = new Set<string>();
    for (let j = 0; j < count; j++) {
      let shortName = drawPlaceName(rng);
      while (seen.has(shortName)) shortName = `${drawPlaceName(rng)}`;
      seen.add(shortName);
      const type = rng.chance(0.25) ? 'Phường' : 'Xã';
      const code = String(10 + wards.length * 29).padStart(5, '0');
      wards.push({ code, name: `${type} ${shortName}`, shortName, type, provinceCode, provinceName });
    }
  });
  return wards;
}

/** The national roster: each province's schools over its wards, in the Hưng Yên level mix. */
export function buildNationalRoster(seed: number, wards: readonly Ward[], size: NationalSize = NATIONAL_SIZE): School[] {
  const byProvince = groupByProvince(wards);
  const levelTotals = allocate(size.schools, LEVEL_ORDER.map((l) => HUNG_YEN_TARGETS[l]));
  const shares = [...byProvince.values()].map((list) => list.length);
  const perLevel = LEVEL_ORDER.map((_, li) => allocate(levelTotals[li] ?? 0, shares));
  const schools: School[] = [];
  [...byProvince].forEach(([provinceCode, list], p) => {
    const targets = Object.fromEntries(LEVEL_ORDER.map((l, li) => [l, perLevel[li]?.[p] ?? 0])) as LevelTargets;
    schools.push(
      ...generateRoster({
        rng: rngFor(seed, `national/roster/${provinceCode}`),
        wards: list,
        provinceCode,
        targets,
        unitOf: (wi) => String(wi + 1).padStart(3, '0'),
        provincialUnit: '000',
        letterCodes: 2,
      }),
    );
  });
  return schools;
}

function groupByProvince(wards: readonly Ward[]): Map<string, Ward[]> {
  const map = new Map<string, Ward[]>();
  for (const w of wards) {
    const list = map.get(w.provinceCode) ?? [];
    list.push(w);
    map.set(w.provinceCode, list);
  }
  return map;
}

/** One year of reports for every province, against `plan`'s template; calls `emit` per province to keep memory flat. */
export function buildNationalReports(seed: number, plan: HasTemplate, wards: readonly Ward[], roster: readonly School[], emit: (files: ReportFile[]) => void): void {
  const template = templateColumnsOf(plan);
  const usedNames = new Set<string>();
  const quality = drawWardQuality(seed, 'national', wards);
  const byProvince = groupByProvince(wards);
  for (const [provinceCode, list] of byProvince) {
    const schools = roster.filter((s) => s.code.startsWith(provinceCode));
    const rng = rngFor(seed, `national/rows/${provinceCode}`);
    const rows: SchoolRow[] = [];
    for (const school of schools) {
      const profile = drawProfile(rng, school.level, quality.get(school.wardCode) ?? 0);
      if (rng.chance(0.07)) continue;
      rows.push({ school, row: makeRow(school, NATIONAL_YEAR, drawDate(rng, '2026-10-01', '2026-11-20'), computeValues(profile, 0, indicatorsOf(plan))) });
    }
    const fileRng = rngFor(seed, `national/files/${provinceCode}`);
    const files = groupIntoFiles(fileRng, list, rows, {
      folder: `${NATIONAL_PLAN_ID}/${NATIONAL_YEAR}`,
      template,
      wardFileShare: 0.85,
      byLevelShare: 0.1,
      ownFileShare: 0.02,
      clusters: 4,
      wardSlug: (w) => `${w.code}-${w.name}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      departmentTag: provinceCode,
      usedNames,
    });
    for (const file of files) {
      if (file.rows.length >= 4 && fileRng.chance(0.2)) addTitleAndFooter(file, 'ỦY BAN NHÂN DÂN', NATIONAL_YEAR);
      if (file.form.encoding === 'utf8' && file.form.delimiter === ',' && fileRng.chance(0.03)) QUIRKS.windows1258(file, fileRng);
      else if (file.form.encoding === 'utf8' && file.rows.length > 1 && fileRng.chance(0.005)) QUIRKS.utf16Tab(file, fileRng);
    }
    blankSomeCells(rngFor(seed, `national/blanks/${provinceCode}`), files, 0.01);
    emit(files);
  }
}

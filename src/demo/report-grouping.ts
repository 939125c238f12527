// How schools' rows travel in files: a ward collects its schools in one file,
// or by level, or each school sends its own; the department collects upper
// secondary schools by cluster and the GDNN-GDTX centres in one file.
import type { Rng } from './prng.ts';
import type { School } from './roster.ts';
import type { ReportRow, TemplateColumn } from './report-row.ts';
import type { Ward } from './wards.ts';
import { drawOrdinaryForm, type ReportFile } from './report-files.ts';
import { schoolSlug, slugify } from './school-names.ts';

export interface GroupingOptions {
  /** Folder under data/raw/, e.g. "hung-yen-2026/2026". */
  folder: string;
  /** The plan's template columns (templateColumnsOf). */
  template: readonly TemplateColumn[];
  /** Share of wards sending one file for all their schools; the rest by level or school by school. */
  wardFileShare: number;
  byLevelShare: number;
  /** Share of schools in a ward file that still send their own file. */
  ownFileShare: number;
  /** Number of department cluster files for THPT and THCS&THPT schools. */
  clusters: number;
  /** A ward's slug in file names. Default: its name ("xa-tan-hung"). */
  wardSlug?: (ward: Ward) => string;
  /** Tag in the department's file names ("so-gddt-thpt-cum-1"). Default none. */
  departmentTag?: string;
  /** File names already taken (shared when several calls fill one folder). */
  usedNames?: Set<string>;
}

export interface SchoolRow {
  school: School;
  row: ReportRow;
}

const WARD_RUN = new Set(['45', '1', '2', '12']);

/** Group rows into files; paths are unique kebab-case ASCII names. */
export function groupIntoFiles(rng: Rng, wards: readonly Ward[], rows: readonly SchoolRow[], options: GroupingOptions): ReportFile[] {
  const files: ReportFile[] = [];
  const used = options.usedNames ?? new Set<string>();
  const wardIndex = new Map(wards.map((w, i) => [w.code, i]));
  const add = (names: string[], list: SchoolRow[]) => {
    if (list.length === 0) return;
    const name = names.find((n) => !used.has(n)) ?? `${names[0]}-${used.size}`;
    used.add(name);
    const { form, features } = drawOrdinaryForm(rng, list.length > 1);
    files.push({ path: `${options.folder}/${name}.csv`, rows: list.map((r) => r.row), form, template: options.template, features, errors: [], notes: [] });
  };
  const slugOf = options.wardSlug ?? ((ward: Ward) => slugify(ward.name));
  const own = (item: SchoolRow, ward: Ward) =>
    add([schoolSlug(item.school.name), `${schoolSlug(item.school.name)}-${slugOf(ward).replace(/^(xa|phuong)-/, '')}`], [item]);

  const byWard = new Map<string, SchoolRow[]>();
  for (const item of rows) {
    if (!WARD_RUN.has(item.school.level)) continue;
    const list = byWard.get(item.school.wardCode) ?? [];
    list.push(item);
    byWard.set(item.school.wardCode, list);
  }
  for (const ward of wards) {
    const list = byWard.get(ward.code) ?? [];
    const wardSlug = slugOf(ward);
    const mode = rng.next();
    if (mode < options.wardFileShare) {
      const alone = list.filter(() => rng.chance(options.ownFileShare));
      add([`${wardSlug}-tong-hop`], list.filter((item) => !alone.includes(item)));
      for (const item of alone) own(item, ward);
    } else if (mode < options.wardFileShare + options.byLevelShare) {
      add([`${wardSlug}-mam-non`], list.filter((item) => item.school.level === '45'));
      add([`${wardSlug}-pho-thong`], list.filter((item) => item.school.level !== '45'));
    } else {
      for (const item of list) own(item, ward);
    }
  }

  const provincial = rows.filter((item) => item.school.level === '3' || item.school.level === '23');
  const clusters: SchoolRow[][] = Array.from({ length: options.clusters }, () => []);
  for (const item of provincial) {
    const ward = wards[wardIndex.get(item.school.wardCode) ?? 0];
    if (ward && rng.chance(0.12)) own(item, ward);
    else clusters[Math.floor(((wardIndex.get(item.school.wardCode) ?? 0) * options.clusters) / wards.length)]?.push(item);
  }
  const tag = options.departmentTag ? `-${options.departmentTag}` : '';
  clusters.forEach((list, k) => add([`so-gddt${tag}-thpt-cum-${k + 1}`], list));
  add([`trung-tam-gdnn-gdtx${tag}-tong-hop`], rows.filter((item) => item.school.level === '6'));
  return files;
}

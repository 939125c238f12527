// Long Biên demo data: the 35 schools of Phường Long Biên (Hà Nội, ward 00145)
// and their reports for 2025 and 2026. Every school does better in 2026; a few
// 2025 reports came in after the 15 December deadline.
import type { Plan } from '../core/plan-schema.ts';
import { rngFor, type Rng } from './prng.ts';
import type { School } from './roster.ts';
import { computeValues, drawProfile, type SchoolProfile } from './report-values.ts';
import { addTitleAndFooter, drawDate, makeRow, type ReportFile } from './report-files.ts';
import { DEFAULT_FORM, type FileForm } from './csv-format.ts';
import { QUIRKS } from './file-quirks.ts';
import { schoolSlug } from './school-names.ts';
import { templateColumnsOf, type ReportRow } from './report-row.ts';

const WARD = '00145';
/** Ward-run schools: unit 004 (the former Long Biên district); department-run: unit 000. */
const SCHOOLS: [string, string][] = [
  ['45', 'Long Biên'], ['45', 'Long Biên A'], ['45', 'Thạch Bàn'], ['45', 'Thạch Bàn B'], ['45', 'Cự Khối'],
  ['45', 'Phúc Đồng'], ['45', 'Hoa Sữa'], ['45', 'Hoa Sen'], ['45', 'Sơn Ca'], ['45', 'Ánh Sao'], ['45', 'Hoa Mai'],
  ['45', 'Bình Minh'], ['45', 'Tuổi Hoa'], ['45', 'Họa Mi'], ['45', 'Chim Én'],
  ['1', 'Long Biên'], ['1', 'Thạch Bàn A'], ['1', 'Thạch Bàn B'], ['1', 'Cự Khối'], ['1', 'Phúc Đồng'], ['1', 'Gia Thụy'],
  ['1', 'Lý Thường Kiệt'], ['1', 'Ái Mộ'], ['1', 'Ngọc Thụy'],
  ['2', 'Long Biên'], ['2', 'Thạch Bàn'], ['2', 'Cự Khối'], ['2', 'Phúc Đồng'], ['2', 'Gia Thụy'], ['2', 'Chu Văn An'],
  ['12', 'Ngôi Sao'], ['3', 'Thạch Bàn'], ['3', 'Lý Thường Kiệt'], ['23', 'Hồng Đức'], ['6', 'Long Biên'],
];
const PREFIX: Record<string, string> = {
  '45': 'Trường Mầm non', '1': 'Trường Tiểu học', '2': 'Trường THCS', '12': 'Trường TH&THCS',
  '3': 'Trường THPT', '23': 'Trường THCS&THPT', '6': 'Trung tâm GDNN-GDTX',
};

export function buildLongBienRoster(plan: Plan): School[] {
  let ward = 0;
  let department = 100;
  const schools = SCHOOLS.map(([level, place]) => {
    const departmentRun = level === '3' || level === '23' || level === '6';
    const serial = String(departmentRun ? ++department : ++ward).padStart(3, '0');
    return { code: `${plan.province}${departmentRun ? '000' : '004'}${serial}`, name: `${PREFIX[level]} ${place}`, level, wardCode: WARD };
  });
  // The private TH&THCS school's code carries a letter.
  const star = schools.find((s) => s.level === '12');
  if (star) star.code = `${star.code.slice(0, 5)}T${star.code.slice(6)}`;
  return schools.sort((a, b) => (a.code < b.code ? -1 : 1));
}

interface YearSpec {
  year: number;
  progress: number;
  missing: string[];
  from: string;
  to: string;
}

const YEARS: YearSpec[] = [
  { year: 2025, progress: 0, missing: ['Trường Mầm non Chim Én', 'Trường Tiểu học Cự Khối'], from: '2025-11-10', to: '2025-12-15' },
  { year: 2026, progress: 1, missing: ['Trường Mầm non Tuổi Hoa', 'Trường THCS Chu Văn An', 'Trường Tiểu học Ngọc Thụy'], from: '2026-10-20', to: '2026-11-20' },
];

export function buildLongBienReports(seed: number, plan: Plan, roster: readonly School[]): ReportFile[] {
  const profileRng = rngFor(seed, `${plan.id}/profiles`);
  const profiles = new Map<string, SchoolProfile>(roster.map((s) => [s.code, drawProfile(profileRng, s.level, 0.35)]));
  const files: ReportFile[] = [];
  const template = templateColumnsOf(plan);
  for (const spec of YEARS) {
    const rng = rngFor(seed, `${plan.id}/${spec.year}/rows`);
    const rows = new Map<string, ReportRow>();
    for (const school of roster) {
      if (spec.missing.includes(school.name)) continue;
      rows.set(school.name, makeRow(school, spec.year, drawDate(rng, spec.from, spec.to), computeValues(profiles.get(school.code)!, spec.progress, plan.template.indicators)));
    }
    const folder = `${plan.id}/${spec.year}`;
    const file = (name: string, names: string[], form: Partial<FileForm>, features: string[]): ReportFile => {
      const picked = names.map((n) => rows.get(n)).filter((r): r is ReportRow => r !== undefined);
      for (const n of names) rows.delete(n);
      const f: ReportFile = { path: `${folder}/${name}`, rows: picked, form: { ...DEFAULT_FORM, ...form }, template, features, errors: [], notes: [] };
      files.push(f);
      return f;
    };
    const own = (name: string, form: Partial<FileForm> = {}, features: string[] = []) => file(`${schoolSlug(name)}.csv`, [name], form, features);
    const named = (level: string) => roster.filter((s) => s.level === level).map((s) => s.name);
    if (spec.year === 2025) build2025(own, file, named, rows, spec.year, rng);
    else build2026(own, file, rows, spec.year, rng);
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

type Own = (name: string, form?: Partial<FileForm>, features?: string[]) => ReportFile;
type Collect = (name: string, names: string[], form: Partial<FileForm>, features: string[]) => ReportFile;

function build2025(own: Own, file: Collect, named: (level: string) => string[], rows: Map<string, ReportRow>, year: number, rng: Rng): void {
  // Late reports: after the 15/12/2025 deadline.
  for (const [name, date] of [['Trường Mầm non Hoa Mai', '2025-12-18'], ['Trường Tiểu học Phúc Đồng', '2025-12-29'], ['Trường THCS Cự Khối', '2026-01-08']] as const) {
    const row = rows.get(name);
    if (!row) continue;
    row.date = date;
    own(name).notes.push(`${row.schoolCode as string}: dated ${date.split('-').reverse().join('/')}, after the deadline [late]`);
  }
  const gia = rows.get('Trường THCS Gia Thụy');
  if (gia) gia.schoolName = 'Trường THCS Gia Thuỵ';
  own('Trường THCS Gia Thụy', { encoding: 'utf8-bom' }, ['UTF-8 with BOM']).notes.push('name written "Gia Thuỵ", the roster has "Gia Thụy": the same name with the tone mark placed differently (equal on an accent-folded key, so not a name difference)');

  // Sơn Ca sent its row with the ward's file, then a corrected one a week later.
  const sonCa = rows.get('Trường Mầm non Sơn Ca');
  if (sonCa) sonCa.date = '2025-11-28';
  const preschool = file('phuong-long-bien-mam-non-tong-hop.csv', named('45'), { stt: true, levelStyle: 'name', encoding: 'utf8-bom' }, ['UTF-8 with BOM', 'STT column', 'levels as names']);
  addTitleAndFooter(preschool, 'ỦY BAN NHÂN DÂN PHƯỜNG LONG BIÊN', year);
  if (sonCa) {
    const staff = Number(sonCa.values['so_cbgvnv']);
    const skilled = Math.min(staff, Number(sonCa.values['so_cbgvnv_ky_nang_so']) + 4);
    const corrected = file('mn-son-ca-bo-sung.csv', [], {}, ['a corrected report sent again']);
    corrected.rows.push({ ...sonCa, date: '2025-12-05', values: { ...sonCa.values, so_cbgvnv_ky_nang_so: skilled } });
    corrected.notes.push(`${sonCa.schoolCode as string}: supersedes the row of 28/11/2025 in phuong-long-bien-mam-non-tong-hop.csv`);
    preschool.notes.push(`${sonCa.schoolCode as string}: dated 28/11/2025, superseded by mn-son-ca-bo-sung.csv dated 05/12/2025 [superseded]`);
  }

  const primary = file('phuong-long-bien-tieu-hoc-thcs.csv', [...named('1'), ...named('2'), ...named('12')], {}, []);
  QUIRKS.windows1258(primary, rng);
  QUIRKS.semicolons(primary, rng);
  QUIRKS.stt(primary, rng);
  const blank = primary.rows[2];
  if (blank) {
    blank.values['so_ho_so_tthc'] = null;
    blank.values['so_ho_so_truc_tuyen'] = null;
    primary.notes.push(`${blank.schoolCode as string}: blank so_ho_so_tthc, so_ho_so_truc_tuyen (not reported)`);
  }
  own('Trường THPT Thạch Bàn', { levelStyle: 'abbreviation', notApplicable: 'Không áp dụng' }, ['levels as abbreviations']);
  own('Trường THPT Lý Thường Kiệt', { eol: '\n', yesNo: ['x', 'Không'] }, ['yes/no as x/Không']);
  own('Trường THCS&THPT Hồng Đức', { dateStyle: 'dash' }, ['dates with dashes']);
  own('Trung tâm GDNN-GDTX Long Biên', { levelStyle: 'name' }, ['levels as names']);
}

function build2026(own: Own, file: Collect, rows: Map<string, ReportRow>, year: number, rng: Rng): void {
  own('Trường THCS Gia Thụy', { encoding: 'utf8-bom' }, ['UTF-8 with BOM']);
  // A workbook typed by hand: Excel drops the leading zeros of 01000101 and 00145 (recovered, with a warning).
  QUIRKS.ownWorkbook(own('Trường THPT Thạch Bàn'), rng);
  own('Trung tâm GDNN-GDTX Long Biên', { encoding: 'windows-1258' }, ['Windows-1258 with decomposed tone marks']);
  own('Trường TH&THCS Ngôi Sao', { yesNo: ['Đạt', 'Chưa đạt'], notApplicable: 'N/A' }, ['yes/no as Đạt/Chưa đạt']);
  const ward = file('phuong-long-bien-tong-hop.csv', [...rows.keys()], { stt: true }, ['STT column']);
  addTitleAndFooter(ward, 'ỦY BAN NHÂN DÂN PHƯỜNG LONG BIÊN', year);
  const blank = ward.rows.find((r) => r.level === '1');
  if (blank) {
    blank.values['so_hoc_lieu_so'] = null;
    ward.notes.push(`${blank.schoolCode as string}: blank so_hoc_lieu_so (not reported)`);
  }
}

// The deliberate variety in Hưng Yên's 2026 files: forms every reader must
// handle, placed on chosen files, and a handful of genuine errors, each
// recorded on the file that carries it.
import type { Rng } from './prng.ts';
import type { School } from './roster.ts';
import type { Ward } from './wards.ts';
import type { ReportRow } from './report-row.ts';
import { QUIRKS, codeOf, type QuirkName } from './file-quirks.ts';
import { schoolSlug } from './school-names.ts';
import type { ReportFile } from './report-files.ts';

export interface QuirkContext {
  files: ReportFile[];
  roster: readonly School[];
  wards: readonly Ward[];
  year: number;
  province: string;
}

const isWardFile = (f: ReportFile) => /-(tong-hop|pho-thong)\.csv$/.test(f.path) && !/so-gddt|trung-tam/.test(f.path);
const isPlain = (f: ReportFile) => f.form.encoding === 'utf8' && f.form.delimiter === ',' && f.form.dateStyle === 'slash';

export function applyQuirks(rng: Rng, ctx: QuirkContext): void {
  const chosen = new Set<ReportFile>();
  const take = (what: string, test: (f: ReportFile) => boolean): ReportFile => {
    const candidates = ctx.files.filter((f) => !chosen.has(f) && isPlain(f) && test(f));
    if (candidates.length === 0) throw new Error(`no file left for ${what}`);
    const file = rng.pick(candidates);
    chosen.add(file);
    return file;
  };
  const apply = (name: QuirkName, test: (f: ReportFile) => boolean) => {
    const file = take(name, test);
    QUIRKS[name](file, rng);
    return file;
  };
  const multi = (n: number) => (f: ReportFile) => f.rows.length >= n;
  const wardFile = (n: number) => (f: ReportFile) => isWardFile(f) && f.rows.length >= n;
  const single = (f: ReportFile) => f.rows.length === 1;

  // Forms.
  apply('utf16Tab', wardFile(6));
  apply('windows1258', wardFile(5));
  const legacy = apply('windows1258', wardFile(5));
  QUIRKS.titleFooter(legacy, rng);
  QUIRKS.semicolons(legacy, rng);
  apply('windows1258', single);
  apply('bom', wardFile(4));
  apply('bom', single);
  for (let i = 0; i < 3; i++) apply('semicolons', multi(3));
  QUIRKS.titleFooter(apply('unaccentedHeaders', wardFile(5)), rng);
  const floats = apply('floatCodes', (f) => wardFile(5)(f) && f.rows.every((r) => /^\d+$/.test(codeOf(f, f.rows.indexOf(r)))));
  apply('upperHeaders', single);
  apply('headerLineBreaks', (f) => /-pho-thong\.csv$/.test(f.path) && f.rows.length >= 3);
  const cluster = apply('repeatedHeader', (f) => /so-gddt-thpt-cum-2\.csv$/.test(f.path));
  QUIRKS.titleFooter(cluster, rng);
  QUIRKS.stt(cluster, rng);
  apply('shuffledColumns', wardFile(5));
  apply('percentScores', wardFile(4));
  apply('thousandsSpace', (f) => f.rows.some((r) => typeof r.values['so_hoc_sinh'] === 'number' && r.values['so_hoc_sinh'] >= 1000));
  apply('excelSerialDates', wardFile(3));
  apply('withoutIncidentColumn', single);
  apply('notesColumn', wardFile(4));
  apply('notesColumn', single);
  for (const file of ctx.files) {
    if (!chosen.has(file) && file.rows.length >= 4 && file.form.titleRows.length === 0 && rng.chance(0.25)) QUIRKS.titleFooter(file, rng);
  }

  // Genuine errors, each on its own file.
  apply('personalData', wardFile(5));
  const rowIn = (file: ReportFile, test: (r: ReportRow) => boolean = () => true): ReportRow => rng.pick(file.rows.filter(test));
  {
    const file = take('count above denominator', wardFile(4));
    const row = rowIn(file, (r) => typeof r.values['so_phong_hoc'] === 'number');
    const rooms = row.values['so_phong_hoc'] as number;
    row.values['so_phong_hoc_so'] = rooms + 3;
    file.errors.push(`${row.schoolCode as string}: so_phong_hoc_so ${rooms + 3} is above so_phong_hoc ${rooms} [count above denominator]`);
  }
  {
    const file = take('score 105', wardFile(4));
    const row = rowIn(file, (r) => typeof r.values['diem_cds_quan_tri'] === 'number');
    row.values['diem_cds_quan_tri'] = 105;
    file.errors.push(`${row.schoolCode as string}: diem_cds_quan_tri 105 is above 100 [score out of range]`);
  }
  {
    const file = take('unknown school', (f) => wardFile(4)(f) && f.rows.some((r) => r.level === '45'));
    const template = rowIn(file, (r) => r.level === '45');
    const known = new Set(ctx.roster.map((s) => s.code));
    let code = '';
    do code = `${(template.schoolCode as string).slice(0, 5)}9${rng.int(10, 99)}`; while (known.has(code));
    file.rows.push({ ...template, schoolCode: code, schoolName: 'Trường Mầm non tư thục Ánh Sao', values: { ...template.values } });
    file.errors.push(`${code}: school code not in the roster (a new private preschool) [unknown school]`);
  }
  {
    const file = take('ward mismatch', wardFile(4));
    const row = rowIn(file);
    const index = ctx.wards.findIndex((w) => w.code === row.wardCode);
    const other = ctx.wards[(index + 1) % ctx.wards.length]!;
    row.wardCode = other.code;
    file.errors.push(`${row.schoolCode as string}: filed under ward ${other.code} (${other.name}), the roster says otherwise [ward mismatch]`);
  }
  {
    const file = take('superseded', (f) => /-tong-hop\.csv$/.test(f.path) && isWardFile(f) && f.rows.length >= 4);
    const row = rowIn(file, (r) => typeof r.values['so_phong_hoc_so'] === 'number');
    row.date = `${ctx.year}-11-05`;
    const school = ctx.roster.find((s) => s.code === row.schoolCode)!;
    const corrected: ReportRow = { ...row, date: `${ctx.year}-11-12`, values: { ...row.values } };
    corrected.values['so_phong_hoc_so'] = Math.max(0, (row.values['so_phong_hoc_so'] as number) - 2);
    const path = file.path.replace(/[^/]+$/, `${schoolSlug(school.name)}-bo-sung.csv`);
    ctx.files.push({ path, rows: [corrected], form: { ...file.form, titleRows: [], footer: false, stt: false }, template: file.template, features: ['a corrected report sent again'], errors: [], notes: [`${school.code}: supersedes the row of 05/11/${ctx.year} in ${file.path.split('/').pop()}`] });
    file.notes.push(`${school.code}: dated 05/11/${ctx.year}, superseded by ${path.split('/').pop()} dated 12/11/${ctx.year} [superseded]`);
  }
  {
    const file = take('impossible date', wardFile(3));
    const row = rowIn(file);
    row.date = { raw: `31/02/${ctx.year}` };
    file.errors.push(`${row.schoolCode as string}: report date 31/02/${ctx.year} does not exist [bad date]`);
  }
  {
    const row = rowIn(floats);
    const code = row.schoolCode as string;
    row.schoolCode = { raw: Number(code).toExponential(4).replace('e+', 'E+0') };
    floats.errors.push(`${code} written as ${row.schoolCode.raw}: an inexact Excel float, cannot be recovered [bad school code]`);
  }
  {
    const file = take('name spelled differently', (f) => wardFile(3)(f) && f.rows.some((r) => r.level === '45'));
    const row = rowIn(file, (r) => r.level === '45');
    row.schoolName = row.schoolName.replace('Trường Mầm non', 'Trường MN');
    file.notes.push(`${row.schoolCode as string}: name written "${row.schoolName}" (roster's spelling differs: a warning, not an error)`);
  }
  {
    // Workbooks: a ward's filled-in template, and a hand-made sheet with two errors in its cells.
    QUIRKS.templateWorkbook(take('template workbook', wardFile(5)), rng);
    const own = take('own workbook', wardFile(5));
    QUIRKS.ownWorkbook(own, rng);
    const over = rowIn(own, (r) => typeof r.values['so_gv'] === 'number');
    const teachers = over.values['so_gv'] as number;
    over.values['so_gv_ung_dung_ai'] = teachers + 4;
    own.errors.push(`${over.schoolCode as string}: so_gv_ung_dung_ai ${teachers + 4} is above so_gv ${teachers}, in a workbook cell [count above denominator]`);
    const text = rowIn(own, (r) => r !== over && typeof r.values['so_phong_hoc'] === 'number');
    text.values['so_phong_hoc'] = { raw: `${text.values['so_phong_hoc'] as number} phòng` };
    own.errors.push(`${text.schoolCode as string}: so_phong_hoc written "${(text.values['so_phong_hoc'] as { raw: string }).raw}", text in a number cell of a workbook [bad number]`);
  }
}

// One function per real-world file form: each changes a report file's form (or
// its rows) and records what it did, so a generated file says what it exercises.
import type { Rng } from './prng.ts';
import { addTitleAndFooter, titleRows, type ReportFile } from './report-files.ts';

type Quirk = (file: ReportFile, rng: Rng) => void;

const codeOf = (file: ReportFile, i: number) => {
  const code = file.rows[i]?.schoolCode;
  return typeof code === 'string' ? code : (code?.raw ?? '?');
};

const quirks = {
  utf16Tab: (file) => {
    file.form = { ...file.form, encoding: 'utf16le', delimiter: '\t', decimalComma: false, thousands: '' };
    file.features.push('UTF-16 LE with BOM, tab-separated (Excel "Unicode Text")');
  },
  windows1258: (file) => {
    file.form = { ...file.form, encoding: 'windows-1258' };
    file.features.push('Windows-1258 with decomposed tone marks');
  },
  bom: (file) => {
    file.form = { ...file.form, encoding: 'utf8-bom' };
    file.features.push('UTF-8 with BOM');
  },
  semicolons: (file) => {
    file.form = { ...file.form, delimiter: ';', decimalComma: true, thousands: '.' };
    file.features.push('semicolons, decimal commas, thousands dot');
  },
  titleFooter: (file) => {
    const ward = file.path.split('/').pop()?.replace(/-(tong-hop|mam-non|pho-thong)\.csv$/, '') ?? '';
    addTitleAndFooter(file, ward.startsWith('so-gddt') || ward.startsWith('trung-tam') ? 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' : 'ỦY BAN NHÂN DÂN', yearOf(file));
  },
  stt: (file) => {
    if (file.form.stt) return;
    file.form = { ...file.form, stt: true };
    file.features.push('STT column');
  },
  unaccentedHeaders: (file) => {
    file.form = { ...file.form, headerStyle: 'unaccented' };
    file.features.push('headers without diacritics');
  },
  upperHeaders: (file) => {
    file.form = { ...file.form, headerStyle: 'upper' };
    file.features.push('upper-case headers');
  },
  headerLineBreaks: (file) => {
    file.form = { ...file.form, headerStyle: 'linebreaks' };
    file.features.push('line breaks inside header cells');
  },
  floatCodes: (file) => {
    file.form = { ...file.form, floatCodes: true };
    file.features.push('school codes as Excel floats (33xxxxxx.0)');
  },
  excelSerialDates: (file) => {
    file.form = { ...file.form, dateStyle: 'excel-serial' };
    file.features.push('dates as Excel serial numbers');
  },
  percentScores: (file) => {
    file.form = { ...file.form, delimiter: ';', decimalComma: true, percentScores: true };
    file.features.push('scores as percentages (72,5%), semicolons');
  },
  thousandsSpace: (file) => {
    file.form = { ...file.form, thousands: ' ' };
    file.features.push('thousands with a space (1 234)');
  },
  shuffledColumns: (file, rng) => {
    const ids = file.template.map((c) => c.id);
    file.form = { ...file.form, columns: ['ma_truong', 'ten_truong', 'ma_xa', 'cap_hoc', 'ngay_bao_cao', 'nam_bao_cao', ...rng.shuffle(ids.slice(6))] };
    file.features.push('columns in another order');
  },
  repeatedHeader: (file) => {
    file.form = { ...file.form, repeatHeaderAt: [Math.floor(file.rows.length / 2)] };
    file.features.push('header row repeated mid-table');
  },
  withoutIncidentColumn: (file) => {
    file.form = { ...file.form, columns: file.template.map((c) => c.id).filter((id) => id !== 'so_su_co_attt') };
    file.features.push('older template without the so_su_co_attt column (missing for this school)');
  },
  notesColumn: (file, rng) => {
    file.rows.forEach((row, i) => {
      row.extra = { ...row.extra, 'Ghi chú': i % 3 === 0 ? rng.pick(['Số liệu tính đến 31/10', 'Trường mới sáp nhập', 'Đã rà soát, đối chiếu']) : '' };
    });
    file.features.push('unknown extra column "Ghi chú"');
  },
  templateWorkbook: (file) => {
    file.form = { ...file.form, workbook: 'template', levelStyle: 'name', titleRows: [], footer: false, stt: false };
    file.path = file.path.replace(/\.csv$/, '.xlsx');
    file.features.push('Excel workbook: the ward’s pre-filled template from the site, filled in');
  },
  ownWorkbook: (file) => {
    file.form = { ...file.form, workbook: 'own', titleRows: titleRows('ỦY BAN NHÂN DÂN', yearOf(file)), footer: true, stt: true };
    file.path = file.path.replace(/\.csv$/, '.xlsx');
    file.features.push('Excel workbook made by hand: merged title rows, codes typed as numbers, date cells, a row of SUM formulas');
  },
  personalData: (file, rng) => {
    const person = rng.pick(['Nguyễn Thị Hồng', 'Trần Văn Nam', 'Phạm Thu Hà', 'Lê Minh Tuấn']);
    file.rows.forEach((row) => {
      row.extra = { ...row.extra, 'Họ tên người lập': person, 'Số điện thoại': `0900 000 ${String(rng.int(100, 999))}` };
    });
    file.errors.push('personal-data columns "Họ tên người lập" and "Số điện thoại" (must never be published)');
  },
} satisfies Record<string, Quirk>;

export type QuirkName = keyof typeof quirks;
export const QUIRKS: Record<QuirkName, Quirk> = quirks;

function yearOf(file: ReportFile): number {
  const year = file.rows[0]?.year;
  return typeof year === 'number' ? year : Number(file.path.split('/')[1]);
}

export { codeOf };

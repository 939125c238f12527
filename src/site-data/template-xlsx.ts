// The yearly report template as an Excel workbook (exceljs): a "Báo cáo" sheet
// with the Vietnamese header row, code, name, ward and date columns formatted
// as Text (leading zeros stay; dates are read as typed, never by the PC's
// locale), drop-down lists for yes/no and school level, checks on years,
// counts and scores; for a ward, its roster schools already filled in. A
// "Hướng dẫn" sheet explains every column (it has no header row, so the
// ingest never takes it for the report). Same input, same bytes.
import ExcelJS from 'exceljs';
import { t } from '../i18n/index.ts';
import { columnLetters } from '../core/cell-ref.ts';
import { acceptsKey, exampleRow, isTextColumn, LEVEL_CHOICES, YES_NO_CHOICES } from './template-columns.ts';
import type { TemplateColumn } from './template-columns.ts';
import { prefilledCells } from './template.ts';
import type { TemplateSchool } from './template.ts';
import { writeXlsx } from './xlsx-bytes.ts';

export const REPORT_SHEET = 'Báo cáo';
export const INSTRUCTIONS_SHEET = 'Hướng dẫn';
/** Rows below the header that carry formats and checks in a blank template (and beyond a ward's schools). */
const SPARE_ROWS = 2000;

export interface TemplateWorkbookInput {
  columns: readonly TemplateColumn[];
  /** The plan's period, for the year check. */
  period: { start: number; end: number };
  /** The year a pre-filled row carries. */
  year: number;
  schools: readonly TemplateSchool[];
  /** Written into the document properties (a build date, never the clock). */
  date: Date;
  title: string;
}

const list = (choices: readonly string[]) => [`"${choices.join(',')}"`];

/** The cell check of a column, or null. Every check warns and lets the officer keep the value (KAD, x…). */
function validationOf(column: TemplateColumn, period: { start: number; end: number }): ExcelJS.DataValidation | null {
  const warn = (error: string, prompt: string) => ({ allowBlank: true, showErrorMessage: true, errorStyle: 'warning', errorTitle: column.header.slice(0, 32), error, showInputMessage: true, promptTitle: column.header.slice(0, 32), prompt: prompt.slice(0, 255) });
  const accepts = t('vi', acceptsKey(column.kind));
  switch (column.kind) {
    case 'yesno': return { type: 'list', formulae: list(YES_NO_CHOICES), ...warn('Chọn Có hoặc Không; để trống nếu chưa có số liệu.', accepts) } as ExcelJS.DataValidation;
    case 'level': return { type: 'list', formulae: list(LEVEL_CHOICES), ...warn('Chọn cấp học trong danh sách, hoặc ghi mã (1, 2, 3, 45, 6, 12, 23, 123).', accepts) } as ExcelJS.DataValidation;
    case 'year': return { type: 'whole', operator: 'between', formulae: [period.start, period.end], ...warn(`Năm báo cáo từ ${period.start} đến ${period.end}.`, accepts) } as ExcelJS.DataValidation;
    case 'ward': return { type: 'textLength', operator: 'equal', formulae: [5], ...warn('Mã xã, phường có 5 chữ số, ví dụ 00145.', accepts) } as ExcelJS.DataValidation;
    case 'count': return { type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], ...warn('Ghi số nguyên từ 0; KAD nếu không áp dụng.', accepts) } as ExcelJS.DataValidation;
    case 'score': return { type: 'decimal', operator: 'between', formulae: [0, 100], ...warn('Ghi điểm từ 0 đến 100; KAD nếu không áp dụng.', accepts) } as ExcelJS.DataValidation;
    default: return null;
  }
}

function addReportSheet(workbook: ExcelJS.Workbook, input: TemplateWorkbookInput): void {
  const sheet = workbook.addWorksheet(REPORT_SHEET, { views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }] });
  sheet.columns = input.columns.map((c) => ({
    header: c.header,
    key: c.id,
    width: c.kind === 'name' ? 36 : c.required ? 14 : 18,
    ...(isTextColumn(c.kind) ? { style: { numFmt: '@' } } : {}),
  }));
  const header = sheet.getRow(1);
  header.height = 75;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
  for (const school of input.schools) {
    const cells = prefilledCells(school, input.year);
    sheet.addRow(input.columns.map((c) => (c.id === 'nam_bao_cao' ? input.year : (cells[c.id] ?? null))));
  }
  const last = 1 + input.schools.length + SPARE_ROWS;
  input.columns.forEach((column, i) => {
    const letter = columnLetters(i + 1);
    // Cells written as text keep the column's Text format (a typed code stays "01000101").
    if (isTextColumn(column.kind)) for (let r = 2; r <= 1 + input.schools.length; r++) sheet.getCell(`${letter}${r}`).numFmt = '@';
    const validation = validationOf(column, input.period);
    // exceljs's typings omit the sheet-level range API it has (lib/doc/data-validations.js).
    if (validation) (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}2:${letter}${last}`, validation);
  });
}

function addInstructionsSheet(workbook: ExcelJS.Workbook, input: TemplateWorkbookInput): void {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  sheet.columns = [{ width: 8 }, { width: 44 }, { width: 22 }, { width: 14 }, { width: 70 }, { width: 16 }, { width: 70 }];
  const example = exampleRow(input.columns);
  const rows: (string | null)[][] = [
    [`HƯỚNG DẪN ĐIỀN MẪU BÁO CÁO — ${input.title}`],
    [`Điền mỗi trường một dòng ở trang "${REPORT_SHEET}", không đổi dòng tiêu đề cột. Instructions in English in column G.`],
    [],
    // One column per line (no header row here: the ingest reads the first sheet that has one).
    ...input.columns.map((c, i) => [
      `Cột ${columnLetters(i + 1)}`, c.header, c.id, t('vi', c.required ? 'template.required' : 'template.optional'),
      [t('vi', acceptsKey(c.kind)), c.denominatorHeader ? t('vi', 'template.notMoreThan', { header: c.denominatorHeader }) : '', c.lowerIsBetter ? t('vi', 'template.lowerIsBetter') : ''].filter(Boolean).join(' '),
      `Ví dụ: ${example[i]}`,
      `${c.labelEn}. ${t('en', acceptsKey(c.kind))}`,
    ]),
    [],
    [null, t('vi', 'template.cells'), null, null, t('vi', 'template.cellsText'), null, t('en', 'template.cellsText')],
    [null, t('vi', 'template.levelCodes'), null, null, t('vi', 'template.levelCodesText'), null, t('en', 'template.levelCodesText')],
    [null, 'Số lượng, không phải tỉ lệ', null, null, t('vi', 'template.counts'), null, t('en', 'template.counts')],
    [null, 'Dữ liệu cá nhân', null, null, t('vi', 'template.privacy'), null, t('en', 'template.privacy')],
  ];
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true, size: 13 };
  sheet.eachRow((row) => row.eachCell((cell) => { cell.alignment = { wrapText: true, vertical: 'top' }; }));
}

/** The workbook's bytes: the same for the same input. */
export async function buildTemplateXlsx(input: TemplateWorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Thi đua số';
  workbook.lastModifiedBy = 'Thi đua số';
  workbook.title = input.title;
  addReportSheet(workbook, input);
  addInstructionsSheet(workbook, input);
  return writeXlsx(workbook, input.date);
}

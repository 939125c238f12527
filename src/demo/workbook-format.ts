// Write report rows as an Excel workbook, the two ways they arrive:
//   'template'  the ward's pre-filled template from the site (the same builder),
//               opened and filled in: figures typed as numbers, date as text;
//   'own'       a sheet made by hand: merged title rows, an STT column, codes
//               typed as numbers (Excel drops their leading zeros), dates as
//               date cells, a total row of SUM formulas with their cached values,
//               signatures below.
// Dated by the demo's as-of date throughout, so the bytes never change.
import ExcelJS from 'exceljs';
import { LEVELS } from '../core/school-levels.ts';
import { templateColumns } from '../site-data/template-columns.ts';
import { buildTemplateXlsx, REPORT_SHEET } from '../site-data/template-xlsx.ts';
import { writeXlsx } from '../site-data/xlsx-bytes.ts';
import { excelSerial, type FileForm } from './csv-format.ts';
import type { Cell, ReportRow, TemplateColumn } from './report-row.ts';
import type { RenderContext } from './report-files.ts';

const DATE_FORMAT = 'dd/mm/yyyy';

function indicatorValue(cell: Cell | undefined, form: FileForm): ExcelJS.CellValue {
  if (cell === undefined || cell === null) return null;
  if (cell === 'NA') return form.notApplicable;
  if (typeof cell === 'object') return cell.raw;
  if (typeof cell === 'boolean') return cell ? form.yesNo[0] : form.yesNo[1];
  return cell;
}

const isoToText = (iso: string) => iso.split('-').reverse().join('/');

async function templateWorkbook(rows: readonly ReportRow[], form: FileForm, { date, period, indicators }: RenderContext): Promise<Buffer> {
  const columns = templateColumns(indicators);
  const schools = rows.map((r) => ({ code: typeof r.schoolCode === 'string' ? r.schoolCode : r.schoolCode.raw, name: r.schoolName, level: r.level, ward: r.wardCode }));
  const year = typeof rows[0]?.year === 'number' ? rows[0].year : period.start;
  const blank = await buildTemplateXlsx({ columns, period, year, schools, date, title: 'Báo cáo' });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(blank as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(REPORT_SHEET)!;
  rows.forEach((row, i) => {
    const line = sheet.getRow(i + 2);
    line.getCell(6).value = typeof row.date === 'string' ? isoToText(row.date) : row.date.raw;
    columns.slice(6).forEach((column, c) => { line.getCell(7 + c).value = indicatorValue(row.values[column.id], form); });
  });
  return writeXlsx(workbook, date);
}

function ownCell(row: ReportRow, id: string, form: FileForm): ExcelJS.CellValue | { value: ExcelJS.CellValue; numFmt: string } {
  switch (id) {
    case 'nam_bao_cao': return typeof row.year === 'number' ? row.year : row.year.raw;
    case 'ma_truong': return typeof row.schoolCode !== 'string' ? row.schoolCode.raw : /^\d+$/.test(row.schoolCode) ? Number(row.schoolCode) : row.schoolCode;
    case 'ten_truong': return row.schoolName;
    case 'cap_hoc': return form.levelStyle === 'code' ? Number(row.level) : (LEVELS[row.level]?.vi ?? row.level);
    case 'ma_xa': return Number(row.wardCode);
    case 'ngay_bao_cao': return typeof row.date === 'string' ? { value: excelSerial(row.date), numFmt: DATE_FORMAT } : row.date.raw;
    default: return indicatorValue(row.values[id], form);
  }
}

async function ownWorkbook(rows: readonly ReportRow[], form: FileForm, template: readonly TemplateColumn[], date: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Demo';
  const sheet = workbook.addWorksheet('Tổng hợp');
  const width = 1 + template.length;
  const last = sheet.getColumn(width).letter;
  form.titleRows.forEach((title, i) => {
    sheet.getCell(i + 1, 1).value = title;
    sheet.mergeCells(`A${i + 1}:${last}${i + 1}`);
  });
  const headerLine = form.titleRows.length + 2;
  sheet.getRow(headerLine).values = ['STT', ...template.map((c) => c.header)];
  rows.forEach((row, i) => {
    const line = sheet.getRow(headerLine + 1 + i);
    line.getCell(1).value = i + 1;
    template.forEach((column, c) => {
      const value = ownCell(row, column.id, form);
      const cell = line.getCell(2 + c);
      if (value !== null && typeof value === 'object' && 'numFmt' in value) {
        cell.value = value.value;
        cell.numFmt = value.numFmt;
      } else cell.value = value;
    });
  });
  const first = headerLine + 1;
  const end = headerLine + rows.length;
  const total = sheet.getRow(end + 1);
  total.getCell(2).value = 'Tổng cộng';
  template.forEach((column, c) => {
    if (column.kind !== 'count') return;
    const letter = sheet.getColumn(2 + c).letter;
    const result = rows.reduce((sum, r) => sum + (typeof r.values[column.id] === 'number' ? (r.values[column.id] as number) : 0), 0);
    total.getCell(2 + c).value = { formula: `SUM(${letter}${first}:${letter}${end})`, result };
  });
  sheet.getCell(end + 3, 2).value = 'Người lập biểu';
  sheet.getCell(end + 3, width - 4).value = 'Thủ trưởng đơn vị';
  return writeXlsx(workbook, date);
}

/** The workbook's bytes for a file whose form says `workbook`. */
export function formatReportWorkbook(rows: readonly ReportRow[], form: FileForm, template: readonly TemplateColumn[], context: RenderContext): Promise<Buffer> {
  return form.workbook === 'template' ? templateWorkbook(rows, form, context) : ownWorkbook(rows, form, template, context.date);
}

// Write report rows as the text of one CSV file in a given form: delimiter,
// number and date style, header wording, title and footer rows, STT column,
// extra columns. The byte encoding is applied afterwards (encode.ts).
import type { Cell, ReportRow, TemplateColumn } from './report-row.ts';

export interface FileForm {
  encoding: 'utf8' | 'utf8-bom' | 'utf16le' | 'windows-1258';
  delimiter: ',' | ';' | '\t';
  eol: '\r\n' | '\n';
  /** Scores written "72,5" instead of "72.5". */
  decimalComma: boolean;
  /** Thousands separator for counts of 1,000 and more ('' for none). */
  thousands: '' | '.' | ' ';
  /** Scores written as a percentage ("72,5%"). */
  percentScores: boolean;
  headerStyle: 'template' | 'unaccented' | 'upper' | 'linebreaks';
  levelStyle: 'code' | 'name' | 'abbreviation';
  yesNo: readonly [string, string];
  notApplicable: string;
  dateStyle: 'slash' | 'dash' | 'dot' | 'excel-serial';
  /** School codes as Excel floats ("33323001.0"). */
  floatCodes: boolean;
  /** Lines above the header (each a single first cell). */
  titleRows: readonly string[];
  /** "Tổng cộng" row and signature rows below the data. */
  footer: boolean;
  /** A leading numbering column "STT". */
  stt: boolean;
  /** Template column ids, in the order written (default all, template order). */
  columns?: readonly string[];
  /** Write the header again before these data-row indexes. */
  repeatHeaderAt?: readonly number[];
  /** An Excel workbook instead of CSV text (workbook-format.ts): the site's template filled in, or a sheet made by hand. */
  workbook?: 'template' | 'own';
}

export const DEFAULT_FORM: FileForm = {
  encoding: 'utf8', delimiter: ',', eol: '\r\n', decimalComma: false, thousands: '', percentScores: false,
  headerStyle: 'template', levelStyle: 'code', yesNo: ['Có', 'Không'], notApplicable: 'KAD', dateStyle: 'slash',
  floatCodes: false, titleRows: [], footer: false, stt: false,
};

const LEVEL_NAMES: Record<string, [string, string]> = {
  '45': ['Mầm non', 'MN'], '1': ['Tiểu học', 'TH'], '2': ['THCS', 'THCS'], '12': ['TH&THCS', 'TH&THCS'],
  '3': ['THPT', 'THPT'], '23': ['THCS&THPT', 'THCS&THPT'], '6': ['TT GDNN-GDTX', 'GDTX'],
};

/** Strip Vietnamese marks but keep case: "Mã trường" → "Ma truong". */
export function unaccent(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/—/g, '-');
}

function formatHeader(column: TemplateColumn, style: FileForm['headerStyle']): string {
  if (style === 'unaccented') return unaccent(column.header);
  if (style === 'upper') return column.header.toUpperCase();
  if (style === 'linebreaks' && column.header.length > 28) {
    const words = column.header.split(' ');
    const half = Math.ceil(words.length / 2);
    return `${words.slice(0, half).join(' ')}\n${words.slice(half).join(' ')}`;
  }
  return column.header;
}

function formatInteger(n: number, form: FileForm): string {
  const text = String(n);
  if (!form.thousands || Math.abs(n) < 1000) return text;
  return text.replace(/\B(?=(\d{3})+(?!\d))/g, form.thousands);
}

function formatScore(n: number, form: FileForm): string {
  const text = Number.isInteger(n) ? String(n) : n.toFixed(1);
  return (form.decimalComma ? text.replace('.', ',') : text) + (form.percentScores ? '%' : '');
}

/** Days since 1899-12-30, as Excel stores dates. */
export function excelSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function formatDate(date: ReportRow['date'], form: FileForm): string {
  if (typeof date !== 'string') return date.raw;
  if (form.dateStyle === 'excel-serial') return String(excelSerial(date));
  const [y, m, d] = date.split('-');
  const separator = form.dateStyle === 'dash' ? '-' : form.dateStyle === 'dot' ? '.' : '/';
  return [d, m, y].join(separator);
}

function formatCell(cell: Cell | undefined, kind: TemplateColumn['kind'], form: FileForm): string {
  if (cell === undefined || cell === null) return '';
  if (cell === 'NA') return form.notApplicable;
  if (typeof cell === 'object') return cell.raw;
  if (typeof cell === 'boolean') return cell ? form.yesNo[0] : form.yesNo[1];
  return kind === 'score' ? formatScore(cell, form) : formatInteger(cell, form);
}

function formatIdentity(row: ReportRow, id: string, form: FileForm): string {
  switch (id) {
    case 'nam_bao_cao': return typeof row.year === 'number' ? String(row.year) : row.year.raw;
    case 'ma_truong':
      if (typeof row.schoolCode !== 'string') return row.schoolCode.raw;
      return form.floatCodes && /^\d+$/.test(row.schoolCode) ? `${row.schoolCode}.0` : row.schoolCode;
    case 'ten_truong': return row.schoolName;
    case 'cap_hoc': {
      const names = LEVEL_NAMES[row.level];
      return form.levelStyle === 'code' || !names ? row.level : form.levelStyle === 'name' ? names[0] : names[1];
    }
    case 'ma_xa': return row.wardCode;
    case 'ngay_bao_cao': return formatDate(row.date, form);
    default: throw new Error(`not an identity column: ${id}`);
  }
}

/** The file's text (no BOM; encode.ts adds it); `template` is the plan's (templateColumnsOf). */
export function formatReportFile(rows: readonly ReportRow[], form: FileForm, template: readonly TemplateColumn[]): string {
  const byId = new Map(template.map((c) => [c.id, c]));
  const columns = (form.columns ?? template.map((c) => c.id)).map((id) => {
    const column = byId.get(id);
    if (!column) throw new Error(`unknown template column: ${id}`);
    return column;
  });
  const extraHeaders = [...new Set(rows.flatMap((r) => Object.keys(r.extra ?? {})))];
  const header = [...(form.stt ? ['STT'] : []), ...columns.map((c) => formatHeader(c, form.headerStyle)), ...extraHeaders];
  const width = header.length;
  const quote = (text: string) =>
    text.includes(form.delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  const line = (cells: readonly string[]) => cells.map(quote).join(form.delimiter);
  const padded = (cells: readonly string[]) => line([...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')]);

  const lines: string[] = form.titleRows.map((title) => padded([title]));
  if (form.titleRows.length > 0) lines.push(padded([]));
  lines.push(line(header));
  rows.forEach((row, index) => {
    if (form.repeatHeaderAt?.includes(index)) lines.push(line(header));
    const cells = columns.map((c) =>
      c.kind === 'identity' ? formatIdentity(row, c.id, form) : formatCell(row.values[c.id], c.kind, form),
    );
    lines.push(line([...(form.stt ? [String(index + 1)] : []), ...cells, ...extraHeaders.map((h) => row.extra?.[h] ?? '')]));
  });
  if (form.footer) {
    const totals = columns.map((c) => {
      if (c.kind !== 'count') return '';
      const sum = rows.reduce((acc, r) => acc + (typeof r.values[c.id] === 'number' ? (r.values[c.id] as number) : 0), 0);
      return formatInteger(sum, form);
    });
    lines.push(line([...(form.stt ? ['Tổng cộng'] : []), ...(form.stt ? totals : ['Tổng cộng', ...totals.slice(1)]), ...extraHeaders.map(() => '')]));
    lines.push(padded([]));
    const signature = (left: string, right: string) => {
      const cells = Array<string>(width).fill('');
      cells[1] = left;
      cells[Math.max(2, width - 4)] = right;
      return line(cells);
    };
    lines.push(signature('Người lập biểu', 'Thủ trưởng đơn vị'));
    lines.push(signature('(Ký, ghi rõ họ tên)', '(Ký tên, đóng dấu)'));
  }
  return lines.join(form.eol) + form.eol;
}

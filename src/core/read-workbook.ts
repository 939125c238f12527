// Workbook bytes in (Excel .xlsx/.xlsm, read with SheetJS), every sheet's rows
// of cells out, each row with its 1-based sheet row number: the same "rows of
// cells with positions" the CSV path gives, so one locate-header, map-columns
// and validate-row read both. Or why the workbook cannot be read: a legacy
// .xls, a password-protected workbook, a damaged file. Runs in Node and the
// browser (no Node imports).
import { CFB, read } from '@e965/xlsx';
import type { CellObject, WorkBook } from '@e965/xlsx';
import { cellText } from './workbook-cell.ts';

export interface SheetRow {
  cells: string[];
  /** 1-based row number in the sheet (Excel's row header). */
  line: number;
  /** The same: a sheet row is one line (as parse-csv's rows say where they end). */
  endLine: number;
}

export interface WorkbookSheet {
  name: string;
  /** Hidden or very hidden in Excel. */
  hidden: boolean;
  rows: SheetRow[];
}

export type WorkbookFailure = 'legacy-xls' | 'encrypted-workbook' | 'unreadable-workbook';

export type WorkbookRead =
  | { ok: true; sheets: WorkbookSheet[] }
  | { ok: false; code: WorkbookFailure; reason: string };

/**
 * What a file's first bytes say it is: a zip (xlsx, xlsm, ods…), an OLE
 * container (xls, encrypted workbook), markup (a web page or XML, which some
 * software saves under an .xls name), or other (text).
 */
export function sniffContainer(bytes: Uint8Array): 'zip' | 'ole' | 'markup' | 'other' {
  const starts = (magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
  if (starts([0x50, 0x4b, 0x03, 0x04]) || starts([0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  let at = starts([0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (at < bytes.length && at < 512 && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[at]!)) at++;
  return bytes[at] === 0x3c ? 'markup' : 'other';
}

/**
 * An OLE container is either an Excel 97–2003 workbook (a `Workbook` or `Book`
 * stream) or, when it holds `EncryptedPackage`, an .xlsx protected by a
 * password to open (MS-OFFCRYPTO 2.3.4: the encrypted package sits in an OLE file).
 */
function describeOle(bytes: Uint8Array): { code: WorkbookFailure; reason: string } {
  let names: string[];
  try {
    names = CFB.read(bytes, { type: 'array' }).FullPaths.map((path: string) => path.replace(/\/$/, '').split('/').pop() ?? '');
  } catch {
    return { code: 'unreadable-workbook', reason: 'a damaged Office file / tệp Office bị hỏng' };
  }
  if (names.includes('EncryptedPackage') || names.includes('EncryptionInfo')) return { code: 'encrypted-workbook', reason: 'password-protected / có mật khẩu' };
  if (names.includes('Workbook') || names.includes('Book')) return { code: 'legacy-xls', reason: 'Excel 97–2003 (.xls)' };
  return { code: 'unreadable-workbook', reason: 'an Office file that is not a workbook / tệp Office không phải sổ Excel' };
}

function sheetRows(data: (CellObject | undefined)[][] | undefined, date1904: boolean): SheetRow[] {
  const rows: SheetRow[] = [];
  for (let r = 0; r < (data?.length ?? 0); r++) {
    const row = data?.[r] ?? [];
    const cells: string[] = [];
    for (let c = 0; c < row.length; c++) cells.push(cellText(row[c], date1904));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    rows.push({ cells, line: r + 1, endLine: r + 1 });
  }
  return rows;
}

/** Read a workbook's sheets, in workbook order, as text cells (see workbook-cell.ts for how a value is written). */
export function readWorkbook(bytes: Uint8Array): WorkbookRead {
  const container = sniffContainer(bytes);
  if (container === 'ole') return { ok: false, ...describeOle(bytes) };
  if (container !== 'zip') return { ok: false, code: 'unreadable-workbook', reason: 'not a workbook / không phải sổ Excel' };
  let workbook: WorkBook;
  try {
    // Raw values, not formatted text (formats differ by locale); formulas keep
    // their cached value; stubs keep a formula whose value was never computed.
    workbook = read(bytes, { type: 'array', dense: true, cellNF: true, cellFormula: true, sheetStubs: true, cellHTML: false, bookVBA: false });
  } catch {
    return { ok: false, code: 'unreadable-workbook', reason: 'damaged, or not an Excel workbook / tệp hỏng hoặc không phải sổ Excel' };
  }
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const hidden = new Map((workbook.Workbook?.Sheets ?? []).map((s) => [s.name, Boolean(s.Hidden)]));
  const sheets = workbook.SheetNames.map((name) => ({
    name,
    hidden: hidden.get(name) ?? false,
    rows: sheetRows(workbook.Sheets[name]?.['!data'], date1904),
  }));
  return { ok: true, sheets };
}

// The identity columns every report carries whatever the plan (shared/spec
// section 1), the spellings schools write for them, and the numbering column
// (STT). Mechanics of the template: the indicator columns are the plan's own
// (template-schema.ts). Runs in Node and the browser.
import { foldKey } from './fold.ts';

export interface IdentityColumn {
  id: string;
  /** The template's Vietnamese header. */
  header: string;
  labelEn: string;
  /** Other headers schools write for it, compared accent-folded (foldKey). */
  aliases: readonly string[];
}

/** Identity columns, in template order; all are required in a file. */
export const IDENTITY_COLUMNS: readonly IdentityColumn[] = [
  { id: 'nam_bao_cao', header: 'Năm báo cáo', labelEn: 'Year reported', aliases: ['nam', 'nam bc'] },
  { id: 'ma_truong', header: 'Mã trường', labelEn: 'School code', aliases: ['ma co so', 'ma csgd', 'ma don vi', 'ma truong hoc', 'ma so truong'] },
  { id: 'ten_truong', header: 'Tên trường', labelEn: 'School name', aliases: ['ten co so', 'ten csgd', 'ten don vi', 'ten truong hoc', 'truong', 'don vi'] },
  { id: 'cap_hoc', header: 'Cấp học', labelEn: 'School level', aliases: ['cap', 'bac hoc', 'cap hoc bac hoc'] },
  { id: 'ma_xa', header: 'Mã xã/phường', labelEn: 'Commune/ward code', aliases: ['ma xa', 'ma phuong', 'ma phuong xa', 'ma xa phuong dac khu', 'ma dvhc', 'ma don vi hanh chinh'] },
  { id: 'ngay_bao_cao', header: 'Ngày báo cáo', labelEn: 'Report date', aliases: ['ngay', 'ngay bc', 'ngay ky', 'ngay lap'] },
];

/** Headers of the numbering column (STT), accent-folded. */
export const NUMBERING_HEADERS: ReadonlySet<string> = new Set(['stt', 'tt', 'so tt', 'so thu tu', 'thu tu', 'no']);

/** Fold a header cell: line breaks and runs of spaces become one space, marks and case go. */
export function foldHeader(cell: string): string {
  return foldKey(cell.replace(/\s+/g, ' '));
}

/** The folded keys a column is recognised by: its header, its id and its aliases. */
export function headerKeysOf(column: { id: string; header: string; aliases: readonly string[] }): string[] {
  return [column.header, column.id, ...column.aliases].map(foldHeader);
}

// What one header cell means: a template column (by its Vietnamese header,
// with or without diacritics, any case, line breaks inside, or its canonical
// name like `ma_truong`), the STT numbering column, a personal-data column,
// or an unknown column. In: the cell text. Out: a HeaderMatch.
import { foldKey } from '../core/fold.ts';
import { IDENTITY_COLUMNS, INDICATORS } from '../core/indicators.ts';
import { isPersonalHeader } from './personal-data.ts';

export type HeaderMatch =
  | { kind: 'column'; id: string }
  | { kind: 'stt' }
  | { kind: 'personal' }
  | { kind: 'unknown' }
  | { kind: 'blank' };

/** Headers schools write beside the template's own wording, by column id. */
const ALIASES: Record<string, string[]> = {
  nam_bao_cao: ['nam', 'nam bc'],
  ma_truong: ['ma co so', 'ma csgd', 'ma don vi', 'ma truong hoc', 'ma so truong'],
  ten_truong: ['ten co so', 'ten csgd', 'ten don vi', 'ten truong hoc', 'truong', 'don vi'],
  cap_hoc: ['cap', 'bac hoc', 'cap hoc bac hoc'],
  ma_xa: ['ma xa', 'ma phuong', 'ma phuong xa', 'ma xa phuong dac khu', 'ma dvhc', 'ma don vi hanh chinh'],
  ngay_bao_cao: ['ngay', 'ngay bc', 'ngay ky', 'ngay lap'],
  diem_cds_day_hoc: ['diem chuyen doi so day hoc', 'diem cds day hoc'],
  diem_cds_quan_tri: ['diem chuyen doi so quan tri', 'diem cds quan tri'],
};

const STT = new Set(['stt', 'tt', 'so tt', 'so thu tu', 'thu tu', 'no']);

const byKey = new Map<string, string>();
for (const column of [...IDENTITY_COLUMNS, ...INDICATORS]) {
  for (const name of [column.header, column.id, ...(ALIASES[column.id] ?? [])]) byKey.set(foldKey(name), column.id);
}

/** The accepted headers of a column, for messages: "Mã trường, ma_truong, ma co so…". */
export function acceptedHeaders(id: string): string {
  const column = [...IDENTITY_COLUMNS, ...INDICATORS].find((c) => c.id === id);
  if (!column) throw new Error(`unknown column: ${id}`);
  return [column.header, column.id, ...(ALIASES[column.id] ?? [])].map((name) => `"${name}"`).join(', ');
}

/** Fold a header cell: line breaks and runs of spaces become one space. */
export function foldHeader(cell: string): string {
  return foldKey(cell.replace(/\s+/g, ' '));
}

// Files repeat the same headers thousands of times: remember each answer.
const memo = new Map<string, HeaderMatch>();

/** The meaning of one header cell. */
export function matchHeader(cell: string): HeaderMatch {
  let match = memo.get(cell);
  if (!match) {
    match = matchUncached(cell);
    if (memo.size < 100_000) memo.set(cell, match);
  }
  return match;
}

function matchUncached(cell: string): HeaderMatch {
  const key = foldHeader(cell);
  if (key === '') return { kind: 'blank' };
  const exact = byKey.get(key);
  if (exact) return { kind: 'column', id: exact };
  if (STT.has(key)) return { kind: 'stt' };
  if (isPersonalHeader(key)) return { kind: 'personal' };
  // "Năm báo cáo (yyyy)", "(1) Mã trường", "Tổng số học sinh (người)".
  const loose = foldKey(cell.replace(/\s+/g, ' ').replace(/\([^)]*\)|\[[^\]]*\]|\*/g, ' ')).replace(/^\d+ /, '');
  const id = byKey.get(loose);
  return id ? { kind: 'column', id } : { kind: 'unknown' };
}

/** Columns a file must have (shared/spec section 1: identity columns are required). */
export const REQUIRED_COLUMNS: readonly string[] = IDENTITY_COLUMNS.map((c) => c.id);

/** Identity columns that mark a header row (at least two must be present). */
export function countIdentityMatches(cells: readonly string[]): number {
  const ids = new Set<string>();
  for (const cell of cells) {
    const match = matchHeader(cell);
    if (match.kind === 'column' && REQUIRED_COLUMNS.includes(match.id)) ids.add(match.id);
  }
  return ids.size;
}

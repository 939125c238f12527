// School levels (cấp học) of the report template: canonical codes, their names,
// and parsing of the codes, names and abbreviations schools write.
import { foldKey } from './fold.ts';

/** Canonical level codes: digits of the levels a school teaches (spec section 1). */
export const LEVELS: Record<string, { vi: string; en: string }> = {
  '1': { vi: 'Tiểu học', en: 'Primary' },
  '2': { vi: 'THCS', en: 'Lower secondary' },
  '3': { vi: 'THPT', en: 'Upper secondary' },
  '4': { vi: 'Nhà trẻ', en: 'Nursery' },
  '5': { vi: 'Mẫu giáo', en: 'Kindergarten' },
  '45': { vi: 'Mầm non', en: 'Preschool' },
  '6': { vi: 'GDTX', en: 'Continuing education' },
  '12': { vi: 'TH&THCS', en: 'Primary and lower secondary' },
  '23': { vi: 'THCS&THPT', en: 'Lower and upper secondary' },
  '123': { vi: 'Liên cấp TH-THCS-THPT', en: 'Primary to upper secondary' },
};

const NAMES: Record<string, string> = {
  'tieu hoc': '1', th: '1', 'truong tieu hoc': '1',
  thcs: '2', 'trung hoc co so': '2',
  thpt: '3', 'trung hoc pho thong': '3',
  'nha tre': '4', 'mau giao': '5',
  'mam non': '45', mn: '45',
  gdtx: '6', 'giao duc thuong xuyen': '6', 'tt gdnn gdtx': '6', 'gdnn gdtx': '6',
  'th thcs': '12', 'tieu hoc va thcs': '12', 'th va thcs': '12',
  'thcs thpt': '23', 'thcs va thpt': '23',
  'th thcs thpt': '123', 'lien cap th thcs thpt': '123',
};

/** Parse a cấp học cell: a code ("12"), a name or an abbreviation. Null when unknown. */
export function parseLevel(cell: string): string | null {
  const trimmed = cell.trim().replace(/\.0$/, '');
  if (trimmed in LEVELS) return trimmed;
  return NAMES[foldKey(trimmed)] ?? null;
}

/** The single-level digits a level code covers: '12' → ['1','2'], '45' → ['4','5']. */
export function levelDigits(code: string): string[] {
  return [...code];
}

/** True when a school of `code` teaches at least one of `digits`. */
export function levelApplies(code: string, digits: readonly string[]): boolean {
  return levelDigits(code).some((digit) => digits.includes(digit));
}

// Strings of the filter form and its announcements (src/components/Filters.astro,
// src/client/filters.ts), in Vietnamese and English. The English dictionary is
// typed by the Vietnamese one, so a key missing from either fails the type check.
import type { Lang } from './index.ts';

export const vi = {
  'filters.title': 'Lọc số liệu',
  'filters.hint': 'Biểu đồ và bảng bên dưới cập nhật ngay khi chọn. Lần đầu cần tải bộ xử lý dữ liệu (khoảng 6 MB).',
  'filters.year': 'Năm báo cáo',
  'filters.phase': 'Giai đoạn',
  'filters.level': 'Cấp học',
  'filters.ward': 'Xã, phường',
  'filters.criterion': 'Tiêu chí',
  'filters.allYears': 'Tất cả các năm',
  'filters.allPhases': 'Cả hai giai đoạn',
  'filters.allLevels': 'Tất cả cấp học',
  'filters.allWards': 'Tất cả xã, phường',
  'filters.allCriteria': 'Tất cả tiêu chí',
  'filters.reset': 'Bỏ lọc',
  'filters.loading': 'Đang tải dữ liệu…',
  'filters.updated': 'Đã cập nhật biểu đồ: {view}.',
  'filters.viewAll': 'toàn bộ số liệu',
  'filters.failed': 'Không tải được dữ liệu để lọc ({reason}). Biểu đồ đang hiển thị toàn bộ số liệu; tải lại trang để thử lại.',
  'filters.noRows': 'không có số liệu cho lựa chọn này',
  'filters.filtered': 'Đang lọc: {view}',
  'filters.chartFailed': 'Biểu đồ này chưa lọc được ({reason}); đang hiển thị toàn bộ số liệu.',
  'filters.partial': 'Đã cập nhật {done}/{total} biểu đồ: {view}.',
} as const;

export type FilterStringKey = keyof typeof vi;

export const en: Record<FilterStringKey, string> = {
  'filters.title': 'Filter the figures',
  'filters.hint': 'The charts and tables below update as you choose. The first time, the data engine (about 6 MB) is downloaded.',
  'filters.year': 'Report year',
  'filters.phase': 'Phase',
  'filters.level': 'School level',
  'filters.ward': 'Commune or ward',
  'filters.criterion': 'Criterion',
  'filters.allYears': 'All years',
  'filters.allPhases': 'Both phases',
  'filters.allLevels': 'All school levels',
  'filters.allWards': 'All communes and wards',
  'filters.allCriteria': 'All criteria',
  'filters.reset': 'Clear filters',
  'filters.loading': 'Loading data…',
  'filters.updated': 'Charts updated: {view}.',
  'filters.viewAll': 'all figures',
  'filters.failed': 'The data for filtering could not be loaded ({reason}). The charts show all figures; reload the page to try again.',
  'filters.noRows': 'no data for this choice',
  'filters.filtered': 'Filtered: {view}',
  'filters.chartFailed': 'This chart could not be filtered ({reason}); it shows all figures.',
  'filters.partial': 'Updated {done} of {total} charts: {view}.',
};

const DICTIONARIES: Record<Lang, Record<FilterStringKey, string>> = { vi, en };

/** A filter UI string with `{name}` placeholders filled from `values`. */
export function tf(lang: Lang, key: FilterStringKey, values: Record<string, string | number> = {}): string {
  return DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

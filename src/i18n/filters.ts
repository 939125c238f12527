// Strings of the filter form and its announcements (src/components/Filters.astro,
// src/client/filters.ts), in Vietnamese and English. The English dictionary is
// typed by the Vietnamese one, so a key missing from either fails the type check.
import type { Lang } from './index.ts';

export const vi = {
  'filters.title': 'Lọc số liệu',
  'filters.hint': 'Số liệu bên dưới cập nhật theo lựa chọn; phần nào không theo bộ lọc có ghi chú. Chọn một mục lọc có kết quả ngay; kết hợp nhiều mục lọc cần tải bộ xử lý dữ liệu DuckDB ({size} MB) một lần.',
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
  'filters.updated': 'Đã cập nhật biểu đồ và bảng: {view}.',
  'filters.viewAll': 'toàn bộ số liệu',
  'filters.failed': 'Không tải được dữ liệu để lọc ({reason}). Biểu đồ đang hiển thị toàn bộ số liệu; tải lại trang để thử lại.',
  'filters.noRows': 'không có số liệu cho lựa chọn này',
  'filters.filtered': 'Đang lọc: {view}',
  'filters.chartFailed': 'Biểu đồ này chưa lọc được ({reason}); đang hiển thị toàn bộ số liệu.',
  'filters.partial': 'Đã cập nhật {done}/{total} biểu đồ: {view}.',
  'filters.engineLoading': 'Đang tải bộ xử lý dữ liệu DuckDB ({size} MB), chỉ lần đầu',
  'filters.engineBytes': '{loaded}/{total} MB',
  'filters.engineUnsupported':
    'trình duyệt này không chạy được DuckDB-WASM (cần WebAssembly có xử lý ngoại lệ: Chrome, Edge 95+, Firefox 100+, Safari 15.2+); chọn từng mục lọc một vẫn có kết quả',
  'filters.print': 'Số liệu của bản in này theo bộ lọc: {view}. Phần ghi “không theo bộ lọc” là của toàn kế hoạch.',
  'filters.unfiltered': 'Không theo bộ lọc: phần này là của toàn kế hoạch.',
  'filters.unfilteredTargets': 'Không theo bộ lọc: mục tiêu do kế hoạch đặt, như nhau với mọi lựa chọn.',
  'filters.noYear': 'Chưa có số liệu cho lựa chọn này.',
  'filters.unfilteredJudged': 'Không theo bộ lọc: đánh giá và xếp hạng ở đây tính trên toàn kế hoạch (mọi cấp học, mọi xã, phường), theo phương pháp đánh giá.',
} as const;

export type FilterStringKey = keyof typeof vi;

export const en: Record<FilterStringKey, string> = {
  'filters.title': 'Filter the figures',
  'filters.hint': 'The figures below follow your choice; any part that does not says so. One filter answers at once; combining filters needs the DuckDB data engine ({size} MB), downloaded once.',
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
  'filters.updated': 'Charts and tables updated: {view}.',
  'filters.viewAll': 'all figures',
  'filters.failed': 'The data for filtering could not be loaded ({reason}). The charts show all figures; reload the page to try again.',
  'filters.noRows': 'no data for this choice',
  'filters.filtered': 'Filtered: {view}',
  'filters.chartFailed': 'This chart could not be filtered ({reason}); it shows all figures.',
  'filters.partial': 'Updated {done} of {total} charts: {view}.',
  'filters.engineLoading': 'Loading the DuckDB data engine ({size} MB), first time only',
  'filters.engineBytes': '{loaded} of {total} MB',
  'filters.engineUnsupported':
    'this browser cannot run DuckDB-WASM (it needs WebAssembly exception handling: Chrome, Edge 95+, Firefox 100+, Safari 15.2+); one filter at a time still answers',
  'filters.print': 'The figures of this printout follow the filter: {view}. Parts marked “not filtered” are for the whole plan.',
  'filters.unfiltered': 'Not filtered: this part is for the whole plan.',
  'filters.unfilteredTargets': 'Not filtered: the plan sets the targets, the same for every choice.',
  'filters.noYear': 'No data yet for this choice.',
  'filters.unfilteredJudged': 'Not filtered: the judgements and rankings here are for the whole plan (every level, every commune and ward), by the judgement method.',
};

const DICTIONARIES: Record<Lang, Record<FilterStringKey, string>> = { vi, en };

/** A filter UI string with `{name}` placeholders filled from `values`. */
export function tf(lang: Lang, key: FilterStringKey, values: Record<string, string | number> = {}): string {
  return DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

// Strings of the Explore page (/<plan>/kham-pha/, src/client/explore.ts), in
// Vietnamese and English. The English dictionary is typed by the Vietnamese
// one, so a key missing from either fails the type check.
import type { Lang } from './index.ts';

export const vi = {
  'explore.nav': 'Khám phá',
  'explore.title': 'Khám phá số liệu',
  'explore.description': 'Khám phá số liệu của kế hoạch {plan}: chọn năm, cấp học, xã, phường và chỉ số, xem biểu đồ, bảng kết quả và câu truy vấn SQL, tải kết quả dạng CSV',
  'explore.lead':
    'Dành cho người phân tích và phóng viên: chọn năm, cấp học, xã, phường và các chỉ số, nhóm theo xã, phường, trường, cấp học hoặc năm; xem biểu đồ, bảng kết quả và câu truy vấn SQL đã tạo ra nó; tải kết quả về dạng CSV. Đường dẫn của trang giữ nguyên câu hỏi để chia sẻ.',
  'explore.engine':
    'Trang này chạy cơ sở dữ liệu DuckDB-WASM ngay trong trình duyệt của bạn, trên đúng dữ liệu của trang: lần đầu cần tải {size} MB (bộ xử lý {wasm} MB, dữ liệu của kế hoạch {db} KB), các lần sau lấy lại từ bộ nhớ đệm của trình duyệt. Câu hỏi và kết quả không rời khỏi máy của bạn.',
  'explore.noScript': 'Trang này cần JavaScript. Có thể tải toàn bộ số liệu ở trang Dữ liệu (CSV, Parquet, DuckDB).',
  'explore.unsupported':
    'Trình duyệt này không chạy được DuckDB-WASM (cần WebAssembly có xử lý ngoại lệ: Chrome, Edge 95+, Firefox 100+, Safari 15.2+). Có thể tải toàn bộ số liệu ở trang Dữ liệu.',
  'explore.years': 'Năm báo cáo',
  'explore.levels': 'Cấp học',
  'explore.wards': 'Xã, phường',
  'explore.wardsHint': 'Không chọn = tất cả. Giữ Ctrl (hoặc ⌘) để chọn nhiều.',
  'explore.allHint': 'Không chọn = tất cả.',
  'explore.measures': 'Chỉ số',
  'explore.group': 'Nhóm theo',
  'explore.group.ward_code': 'Xã, phường',
  'explore.group.school_code': 'Trường',
  'explore.group.level_code': 'Cấp học',
  'explore.group.year': 'Năm',
  'explore.run': 'Chạy truy vấn',
  'explore.loadAndRun': 'Tải bộ xử lý ({size} MB) và chạy',
  'explore.loading': 'Đang tải bộ xử lý dữ liệu DuckDB ({size} MB)',
  'explore.bytes': '{loaded}/{total} MB',
  'explore.running': 'Đang chạy truy vấn…',
  'explore.done': 'Kết quả: {rows} dòng, {ms} ms.',
  'explore.failed': 'Không chạy được truy vấn ({reason}).',
  'explore.needMeasure': 'Hãy chọn ít nhất một chỉ số.',
  'explore.result': 'Kết quả',
  'explore.chart': 'Biểu đồ',
  'explore.chartTooMany': 'Không vẽ biểu đồ cho hơn {max} đơn vị; xem bảng bên dưới hoặc thu hẹp câu hỏi.',
  'explore.chartYear': 'Biểu đồ vẽ năm {year}, năm mới nhất trong kết quả; bảng có đủ các năm.',
  'explore.table': 'Bảng kết quả',
  'explore.sql': 'Câu truy vấn SQL',
  'explore.sqlNote': 'Chạy trên tệp {file}: bảng reports (mỗi dòng một báo cáo được dùng), schools, wards. Giá trị lọc đi qua tham số (?), không ghép vào câu lệnh.',
  'explore.download': 'Tải kết quả (CSV)',
  'explore.empty': 'Không có số liệu cho câu hỏi này.',
} as const;

export type ExploreStringKey = keyof typeof vi;

export const en: Record<ExploreStringKey, string> = {
  'explore.nav': 'Explore',
  'explore.title': 'Explore the data',
  'explore.description': 'Explore the data of the plan {plan}: choose years, levels, communes and wards and measures; see the chart, the result table and the SQL; download the result as CSV',
  'explore.lead':
    'For analysts and journalists: choose years, school levels, communes and wards and measures, group by commune or ward, school, level or year; see a chart, the result table and the SQL that produced it; download the result as CSV. The page address keeps the question, to share it.',
  'explore.engine':
    'This page runs the DuckDB-WASM database in your browser, on the data of this site: the first time it downloads {size} MB (the engine {wasm} MB, the plan’s data {db} KB), later visits reuse the browser’s cache. Your questions and results stay on your computer.',
  'explore.noScript': 'This page needs JavaScript. All the data can be downloaded from the Data page (CSV, Parquet, DuckDB).',
  'explore.unsupported':
    'This browser cannot run DuckDB-WASM (it needs WebAssembly exception handling: Chrome, Edge 95+, Firefox 100+, Safari 15.2+). All the data can be downloaded from the Data page.',
  'explore.years': 'Report years',
  'explore.levels': 'School levels',
  'explore.wards': 'Communes and wards',
  'explore.wardsHint': 'None chosen = all. Hold Ctrl (or ⌘) to choose several.',
  'explore.allHint': 'None chosen = all.',
  'explore.measures': 'Measures',
  'explore.group': 'Group by',
  'explore.group.ward_code': 'Commune or ward',
  'explore.group.school_code': 'School',
  'explore.group.level_code': 'School level',
  'explore.group.year': 'Year',
  'explore.run': 'Run the query',
  'explore.loadAndRun': 'Load the engine ({size} MB) and run',
  'explore.loading': 'Loading the DuckDB data engine ({size} MB)',
  'explore.bytes': '{loaded} of {total} MB',
  'explore.running': 'Running the query…',
  'explore.done': 'Result: {rows} rows, {ms} ms.',
  'explore.failed': 'The query could not run ({reason}).',
  'explore.needMeasure': 'Choose at least one measure.',
  'explore.result': 'Result',
  'explore.chart': 'Chart',
  'explore.chartTooMany': 'No chart for more than {max} units; see the table below or narrow the question.',
  'explore.chartYear': 'The chart shows {year}, the latest year of the result; the table has every year.',
  'explore.table': 'Result table',
  'explore.sql': 'SQL query',
  'explore.sqlNote': 'Run on the file {file}: the tables reports (one row per accepted report), schools, wards. Filter values travel as parameters (?), never pasted into the statement.',
  'explore.download': 'Download the result (CSV)',
  'explore.empty': 'No data for this question.',
};

const DICTIONARIES: Record<Lang, Record<ExploreStringKey, string>> = { vi, en };

/** An Explore page string with `{name}` placeholders filled from `values`. */
export function te(lang: Lang, key: ExploreStringKey, values: Record<string, string | number> = {}): string {
  return DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

// The catalogue of problems the ingest reports (shared/spec section 4): one
// permanent kebab-case code per rule, its severity, and what to say in
// Vietnamese and English. Runs in Node and in the browser (no Node imports).
//
// Severity decides what happens to the data:
//   error      the row is rejected (it is listed, never published);
//   file-error the whole file is rejected (no row of it is read);
//   warning    the data is kept; the officer is told once per file.
// Each entry says beside it why it has that severity.

export type Severity = 'error' | 'file-error' | 'warning';

export interface MessageDef {
  severity: Severity;
  /** Vietnamese message; `{value}`, `{column}`, `{expected}`, `{other}` are filled in. */
  vi: string;
  en: string;
  hintVi: string;
  hintEn: string;
}

const m = (severity: Severity, vi: string, en: string, hintVi: string, hintEn: string): MessageDef => ({ severity, vi, en, hintVi, hintEn });

export const MESSAGES = {
  // ── whole file ────────────────────────────────────────────────────────────
  // file-error: nothing in the file can be trusted if its bytes cannot be read.
  'unreadable-file': m('file-error', 'Không đọc được tệp: {other}', 'The file cannot be read: {other}',
    'Xuất lại tệp từ Excel bằng "CSV UTF-8" rồi gửi lại.', 'Export the file again from Excel as "CSV UTF-8" and send it again.'),
  // file-error: only CSV text is part of the contract (an .xlsx is binary).
  'not-a-csv': m('file-error', 'Tệp "{value}" không phải là tệp CSV', 'The file "{value}" is not a CSV file',
    'Trong Excel chọn Lưu thành → "CSV UTF-8 (phân cách bằng dấu phẩy)".', 'In Excel choose Save As → "CSV UTF-8 (Comma delimited)".'),
  // warning: TCVN3 maps one byte to one letter, so the conversion is exact.
  'legacy-encoding': m('warning', 'Tệp dùng bảng mã cũ {value}; đã chuyển sang Unicode', 'The file uses the legacy {value} encoding; it was converted to Unicode',
    'Dùng Unikey (Công cụ chuyển mã) chuyển sang Unicode, lưu lại bằng "CSV UTF-8".', 'Convert it to Unicode (e.g. Unikey\'s converter) and save it as "CSV UTF-8".'),
  // file-error: VNI spells letters as byte pairs we do not convert; guessing would corrupt names.
  'unsupported-encoding': m('file-error', 'Tệp dùng bảng mã cũ {value}, chương trình không đọc được', 'The file uses the legacy {value} encoding, which is not read',
    'Dùng Unikey (Công cụ chuyển mã, nguồn {value}, đích Unicode) rồi lưu bằng "CSV UTF-8".', 'Convert it with a Vietnamese converter (source {value}, target Unicode) and save it as "CSV UTF-8".'),
  // file-error: BIFF .xls is out of the contract (its own codepages and dates); Excel converts it losslessly.
  'legacy-xls': m('file-error', 'Tệp "{value}" là sổ Excel 97–2003 (.xls), chương trình không đọc định dạng này', 'The file "{value}" is an Excel 97–2003 workbook (.xls), a format that is not read',
    'Mở tệp trong Excel, chọn Lưu thành → "Sổ làm việc Excel (.xlsx)" rồi gửi lại tệp .xlsx.', 'Open it in Excel, choose Save As → "Excel Workbook (.xlsx)" and send the .xlsx file.'),
  // file-error: an encrypted workbook cannot be opened without its password, which is never asked for.
  'encrypted-workbook': m('file-error', 'Tệp Excel "{value}" có mật khẩu mở tệp, không đọc được', 'The Excel file "{value}" is protected by a password to open, so it cannot be read',
    'Mở tệp, vào Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu, lưu rồi gửi lại.', 'Open it, go to File → Info → Protect Workbook → Encrypt with Password, clear the password, save and send it again.'),
  // file-error: a zip or Office file that is not a readable workbook holds no rows we can trust.
  'unreadable-workbook': m('file-error', 'Không mở được tệp Excel "{value}": {other}', 'The Excel file "{value}" cannot be opened: {other}',
    'Mở tệp trong Excel và lưu lại thành .xlsx (hoặc "CSV UTF-8"), rồi gửi lại.', 'Open it in Excel and save it again as .xlsx (or "CSV UTF-8"), then send it again.'),
  // warning: the bytes are a workbook and were read as one; only the name is wrong.
  'workbook-named-csv': m('warning', 'Tệp "{value}" có đuôi CSV nhưng là sổ Excel; đã đọc như sổ Excel', 'The file "{value}" is named as a CSV but is an Excel workbook; it was read as a workbook',
    'Lần sau giữ đuôi .xlsx khi gửi sổ Excel, hoặc trong Excel chọn Lưu thành → "CSV UTF-8".', 'Next time keep the .xlsx name for a workbook, or in Excel choose Save As → "CSV UTF-8".'),
  // warning: the bytes are CSV text and were read as CSV; only the name is wrong.
  'csv-named-workbook': m('warning', 'Tệp "{value}" có đuôi Excel nhưng là văn bản CSV; đã đọc như tệp CSV', 'The file "{value}" is named as an Excel workbook but is CSV text; it was read as a CSV',
    'Đặt đuôi .csv cho tệp CSV, hoặc mở tệp trong Excel và Lưu thành → "Sổ làm việc Excel (.xlsx)".', 'Name a CSV file .csv, or open it in Excel and Save As → "Excel Workbook (.xlsx)".'),
  // warning: one sheet per file is read (the first with a header row); the rows of the others are not, and that must be said.
  'sheet-ignored': m('warning', 'Trang tính "{value}" cũng có bảng báo cáo nhưng không được đọc; chỉ đọc trang "{expected}"', 'The sheet "{value}" also holds a report table but was not read; only the sheet "{expected}" is read',
    'Chép các dòng của trang "{value}" sang trang "{expected}", hoặc gửi mỗi trang thành một tệp.', 'Copy the rows of the sheet "{value}" into the sheet "{expected}", or send each sheet as its own file.'),
  // file-error: without a header no cell can be given a meaning.
  'header-not-found': m('file-error', 'Không tìm thấy dòng tiêu đề cột (cần có "Mã trường", "Năm báo cáo"…)', 'No header row found (it needs "Mã trường", "Năm báo cáo"…)',
    'Dùng mẫu báo cáo: dòng tiêu đề cột phải có tên các cột của mẫu.', 'Use the report template: the header row must name the template\'s columns.'),
  // file-error: a row without its identity cannot be placed (spec section 3).
  'missing-required-column': m('file-error', 'Thiếu cột bắt buộc "{column}"; tên cột được chấp nhận: {expected}', 'The required column "{column}" is missing; accepted headers: {expected}',
    'Thêm cột "{column}" theo mẫu báo cáo rồi gửi lại.', 'Add the column "{column}" as in the report template and send the file again.'),
  // file-error: two columns claiming the same meaning make every row ambiguous.
  'duplicate-column': m('file-error', 'Cột "{column}" xuất hiện hai lần (cột {other})', 'The column "{column}" appears twice (columns {other})',
    'Xóa một trong hai cột rồi gửi lại.', 'Delete one of the two columns and send the file again.'),
  // warning: a personal-data column is dropped unread; the report itself is fine.
  'personal-data-column': m('warning', 'Cột "{column}" chứa dữ liệu cá nhân; đã bỏ, không đọc và không công bố', 'The column "{column}" holds personal data; it was dropped, not read and not published',
    'Không đưa số định danh, họ tên, ngày sinh, số điện thoại vào báo cáo.', 'Do not put identity numbers, names, birth dates or phone numbers in the report.'),
  // warning: extra columns do not harm the template's columns; their values are kept aside (set-aside.json), unpublished.
  'unknown-column': m('warning', 'Cột "{column}" không có trong mẫu; giá trị được lưu riêng cho bộ phận dữ liệu (set-aside.json), không công bố', 'The column "{column}" is not in the template; its values are kept aside for the data team (set-aside.json), not published',
    'Kiểm tra tên cột so với mẫu; nếu là cột thêm, có thể xóa.', 'Check the header against the template; if it is an extra column, it can be removed.'),
  // warning: an empty file is not wrong, but the officer should know nothing was read.
  'no-data-rows': m('warning', 'Tệp không có dòng dữ liệu nào', 'The file has no data rows',
    'Kiểm tra lại tệp đã gửi.', 'Check the file that was sent.'),
  // warning (file skipped): lock files, .DS_Store and the like are not reports; a report
  // hidden by mistake is named so it can be renamed (issue 8, finding 11).
  'hidden-file': m('warning', 'Tệp hoặc thư mục ẩn "{value}" không được đọc', 'The hidden file or folder "{value}" is not read',
    'Nếu đây là báo cáo, đổi tên bỏ dấu chấm ở đầu.', 'If it is a report, rename it without the leading dot.'),
  // file-error: a FIFO, socket or device has no fixed content (reading a FIFO can block forever).
  'not-a-regular-file': m('file-error', '"{value}" không phải là tệp thông thường ({other}); không đọc', '"{value}" is not a regular file ({other}); it is not read',
    'Chép tệp báo cáo vào thư mục data/raw.', 'Copy the report file itself into data/raw.'),
  // file-error: a link may point outside data/raw or at another plan's files; it is never followed.
  'symlink-not-followed': m('file-error', '"{value}" là liên kết (symbolic link); chương trình không theo liên kết', '"{value}" is a symbolic link; links are not followed',
    'Chép chính tệp báo cáo vào data/raw thay cho liên kết.', 'Copy the report file itself into data/raw instead of the link.'),

  // ── one row ───────────────────────────────────────────────────────────────
  // error: a cell with text after its closing quote cannot be split with certainty.
  'malformed-row': m('error', 'Dòng không đúng định dạng CSV: có ký tự ngay sau dấu ngoặc kép đóng một ô', 'The row is not valid CSV: a cell has text right after its closing quotation mark',
    'Kiểm tra dấu ngoặc kép trong dòng này.', 'Check the quotation marks on this line.'),
  // error: the line's cells cannot be told apart; the lines after it are read on their own (issue 8, finding 3).
  'unclosed-quote': m('error', 'Dấu ngoặc kép mở trên dòng này không được đóng; dòng bị loại, các dòng sau vẫn được đọc', 'A quotation mark opened on this line is never closed; the line is rejected, the lines after it are still read',
    'Đóng dấu ngoặc kép (") của ô hoặc xóa nó, rồi lưu lại bằng "CSV UTF-8".', 'Close the cell\'s quotation mark (") or delete it, then save again as "CSV UTF-8".'),
  // error: every spreadsheet export pads a row to the header's width; a row that stops short
  // was cut (a line break typed into a cell, a truncated file), and reading its absent cells
  // as blank would count the school as having reported.
  'row-too-short': m('error', 'Dòng chỉ có {value} trong {expected} ô của dòng tiêu đề; thiếu từ ô "{column}"', 'The row has only {value} of the header\'s {expected} cells; it stops before "{column}"',
    'Dòng có thể bị ngắt do xuống dòng trong một ô: nối lại dòng, hoặc xuất lại tệp từ Excel.', 'The row may have been cut by a line break inside a cell: join it again, or export the file again from Excel.'),
  // warning: the rest of the file is valid UTF-8; a cell that matters (a code, a number)
  // fails its own rule, a name is taken from the roster (issue 8, finding 4).
  'invalid-utf8': m('warning', 'Ô có byte không hợp lệ trong UTF-8; đã thay bằng "\ufffd", các ô khác vẫn được đọc', 'The cell holds bytes that are not valid UTF-8; they were replaced with "\ufffd", the other cells are read',
    'Sửa ô này trong Excel rồi lưu lại bằng "CSV UTF-8".', 'Correct the cell in Excel and save again as "CSV UTF-8".'),
  // error: an identity cell is needed to place the row.
  'missing-value': m('error', 'Ô "{column}" bị bỏ trống', 'The cell "{column}" is empty',
    'Điền {column} cho trường này.', 'Fill in {column} for this school.'),
  // error: without a year the row cannot be placed.
  'bad-year': m('error', '"{value}" không phải là năm', '"{value}" is not a year',
    'Ghi năm báo cáo bằng 4 chữ số, ví dụ 2026.', 'Write the year with 4 digits, e.g. 2026.'),
  // error: the plan does not cover that year.
  'year-outside-plan': m('error', 'Năm {value} nằm ngoài kế hoạch ({expected})', 'The year {value} is outside the plan ({expected})',
    'Kiểm tra cột "Năm báo cáo".', 'Check the "Năm báo cáo" column.'),
  // warning: the row's own year is used; the folder only says where the file was filed.
  'year-differs-from-folder': m('warning', 'Năm báo cáo {value} khác với thư mục năm {expected}', 'The reported year {value} differs from the year folder {expected}',
    'Đặt tệp vào đúng thư mục năm.', 'File the report under its year\'s folder.'),
  // error: a date that cannot be read or does not exist decides nothing.
  'date-invalid': m('error', '"{value}" không phải là ngày hợp lệ (dd/mm/yyyy)', '"{value}" is not a valid date (dd/mm/yyyy)',
    'Ghi ngày theo dạng dd/mm/yyyy, ví dụ 10/12/2026.', 'Write the date as dd/mm/yyyy, e.g. 10/12/2026.'),
  // error: a report cannot be signed after the data was built; the date is wrong.
  'date-after-build': m('error', 'Ngày báo cáo {value} sau ngày tổng hợp {expected}', 'The report date {value} is after the build date {expected}',
    'Kiểm tra ngày báo cáo.', 'Check the report date.'),
  // error: the code cannot be read, so the school cannot be identified.
  'bad-school-code': m('error', '"{value}" không phải là mã trường', '"{value}" is not a school code',
    'Ghi mã trường như trong danh sách trường (thường 8 ký tự).', 'Write the school code as in the roster (usually 8 characters).'),
  // error: Excel rounded the code; guessing the lost digits could credit another school.
  'code-precision-lost': m('error', 'Mã "{value}" đã bị Excel làm tròn, không khôi phục được', 'The code "{value}" was rounded by Excel and cannot be recovered',
    'Định dạng cột mã là Văn bản (Text) trong Excel rồi nhập lại mã.', 'Format the code column as Text in Excel and type the codes again.'),
  // warning: the code was recovered exactly, but the export should keep codes as text.
  'excel-number-code': m('warning', 'Mã "{value}" bị Excel lưu thành số; đã khôi phục: {expected}', 'The code "{value}" was stored by Excel as a number; it was recovered: {expected}',
    'Định dạng cột mã là Văn bản (Text) trong Excel.', 'Format the code columns as Text in Excel.'),
  // error: a school outside the roster is not part of the plan.
  'school-not-in-roster': m('error', 'Mã trường {value} không có trong danh sách trường của kế hoạch', 'The school code {value} is not in the plan\'s roster',
    'Kiểm tra mã trường; nếu là trường mới, bổ sung vào danh sách trường.', 'Check the code; a new school must be added to the roster first.'),
  // error: a ward code that cannot be read places nothing.
  'bad-ward-code': m('error', '"{value}" không phải là mã xã/phường (5 chữ số)', '"{value}" is not a commune/ward code (5 digits)',
    'Ghi mã xã/phường 5 chữ số theo danh mục 2025.', 'Write the 5-digit code of the 2025 list.'),
  // error: a ward outside the plan is not part of it.
  'ward-not-in-roster': m('error', 'Mã xã/phường {value}{other} không thuộc kế hoạch', 'The commune/ward code {value}{other} is not in the plan',
    'Kiểm tra mã xã/phường theo danh mục 2025.', 'Check the code against the 2025 list.'),
  // error: the roster places the school; a row filed elsewhere would count it twice or wrongly.
  'ward-mismatch': m('error', 'Trường thuộc {expected} theo danh sách, nhưng báo cáo ghi {other}', 'The roster places the school in {expected}, but the row says {other}',
    'Sửa mã xã/phường cho đúng danh sách trường.', 'Correct the ward code to the roster\'s.'),
  // warning: the roster's name is authoritative (spec section 1).
  'name-differs': m('warning', 'Tên trường "{value}" khác với danh sách ("{expected}"); dùng tên trong danh sách', 'The school name "{value}" differs from the roster ("{expected}"); the roster\'s name is used',
    'Ghi tên trường như trong danh sách.', 'Write the school name as in the roster.'),
  // warning: the roster's level is authoritative.
  'level-differs': m('warning', 'Cấp học "{value}" khác với danh sách ({expected}); dùng cấp học trong danh sách', 'The level "{value}" differs from the roster ({expected}); the roster\'s level is used',
    'Kiểm tra cột "Cấp học".', 'Check the "Cấp học" column.'),
  // warning: the roster's level is used, so an unreadable level loses nothing.
  'level-unknown': m('warning', 'Không hiểu cấp học "{value}"; dùng cấp học trong danh sách', 'The level "{value}" is not understood; the roster\'s level is used',
    'Ghi cấp học bằng mã (1, 2, 3, 45, 6, 12, 23, 123) hoặc tên (Tiểu học, THCS…).', 'Write the level as a code (1, 2, 3, 45, 6, 12, 23, 123) or a name (Tiểu học, THCS…).'),
  // error: a count that is not a number cannot be summed.
  'bad-number': m('error', '"{value}" không phải là số', '"{value}" is not a number',
    'Ghi số, ví dụ 1.234 hoặc 12,5; để trống nếu chưa có số liệu, KAD nếu không áp dụng.', 'Write a number, e.g. 1.234 or 12,5; leave it blank if not reported, KAD if not applicable.'),
  // error: rates are computed from counts (spec section 2); a percentage cannot be summed.
  'percent-not-count': m('error', '"{value}" là tỉ lệ phần trăm, cột này cần số lượng', '"{value}" is a percentage; this column needs a count',
    'Ghi số lượng (ví dụ 45), không ghi tỉ lệ.', 'Write the count (e.g. 45), not a percentage.'),
  // error: "#N/A", "#VALUE!"… mean a formula failed; reading them as "not applicable" would hide the failure.
  'excel-error-value': m('error', '"{value}" là giá trị lỗi của Excel (công thức bị lỗi), không phải số liệu', '"{value}" is an Excel error value (a formula failed), not data',
    'Sửa công thức hoặc nhập số liệu; ghi KAD nếu không áp dụng, để trống nếu chưa có số liệu.', 'Fix the formula or type the figure; write KAD if not applicable, leave it blank if not reported.'),
  // error: no school counts a billion of anything, and beyond 2^53 a number is not even stored exactly.
  'number-too-large': m('error', 'Số {value} quá lớn cho một số lượng (hơn một tỉ)', 'The number {value} is too large for a count (more than one billion)',
    'Kiểm tra ô này: có thể đã gõ nhầm một mã hoặc số điện thoại vào ô số lượng.', 'Check the cell: a code or a phone number may have been typed into a count.'),
  // error: a negative count is impossible.
  'count-negative': m('error', 'Số lượng {value} âm', 'The count {value} is negative',
    'Ghi số lượng từ 0 trở lên.', 'Write a count of 0 or more.'),
  // error: a count of people or rooms is whole.
  'count-not-whole': m('error', 'Số lượng {value} không phải số nguyên', 'The count {value} is not a whole number',
    'Ghi số nguyên; dấu chấm ngăn cách hàng nghìn (1.234), dấu phẩy là thập phân.', 'Write a whole number; a dot separates thousands (1.234), a comma is the decimal mark.'),
  // error: a part larger than its whole means one of the two is wrong.
  'count-exceeds-denominator': m('error', 'Số {value} lớn hơn "{other}" ({expected})', 'The count {value} is larger than "{other}" ({expected})',
    'Kiểm tra lại hai ô: số thành phần không thể lớn hơn tổng số.', 'Check both cells: a part cannot be larger than its total.'),
  // error: the index is defined on 0–100 (Decision 4725/QĐ-BGDĐT).
  'score-out-of-range': m('error', 'Điểm {value} nằm ngoài khoảng 0–100', 'The score {value} is outside 0–100',
    'Ghi điểm từ 0 đến 100.', 'Write a score from 0 to 100.'),
  // error: a yes/no cell must say yes or no; blank means not reported.
  'bad-yes-no': m('error', '"{value}" không phải là Có/Không', '"{value}" is not yes/no',
    'Ghi Có hoặc Không (hoặc 1/0, Đạt/Chưa đạt, x); để trống nếu chưa có.', 'Write Có or Không (or 1/0, Đạt/Chưa đạt, x); leave it blank if not reported.'),
  // warning: the later report wins (spec section 4); the earlier one is kept as superseded.
  'duplicate-superseded': m('warning', 'Báo cáo năm {value} của trường này được thay bằng báo cáo gửi sau ({other})', 'This school\'s {value} report was replaced by a later one ({other})',
    'Không cần làm gì nếu báo cáo sau là đúng.', 'Nothing to do if the later report is the right one.'),
  // error: two reports with the same date cannot be ordered; neither is kept.
  'duplicate-conflict': m('error', 'Hai báo cáo năm {value} của trường này cùng ngày báo cáo ({other}); không dùng báo cáo nào', 'Two {value} reports of this school have the same report date ({other}); neither is used',
    'Giữ một báo cáo, hoặc sửa ngày báo cáo của báo cáo đúng.', 'Keep one report, or correct the date of the right one.'),
} as const satisfies Record<string, MessageDef>;

export type ProblemCode = keyof typeof MESSAGES;

export interface MessageParams {
  value?: string;
  column?: string;
  expected?: string;
  other?: string;
}

export interface DescribedProblem {
  code: ProblemCode;
  severity: Severity;
  message_vi: string;
  message_en: string;
  hint_vi: string;
  hint_en: string;
}

function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(value|column|expected|other)\}/g, (_, key: keyof MessageParams) => params[key] ?? '');
}

/** The bilingual wording of one problem. */
export function describeProblem(code: ProblemCode, params: MessageParams = {}): DescribedProblem {
  const def: MessageDef = MESSAGES[code];
  return {
    code,
    severity: def.severity,
    message_vi: fill(def.vi, params),
    message_en: fill(def.en, params),
    hint_vi: fill(def.hintVi, params),
    hint_en: fill(def.hintEn, params),
  };
}

/** A count as each language writes it: 40.001 / 40,001. */
function groupDigits(n: number, mark: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, mark);
}

/**
 * The wording of the one entry that stands for a code's occurrences in a file
 * beyond those listed in full (issue 8, finding 8). `lines` is already written
 * out ("2–40001, 40005"); the hint is the code's own, with `params` filled in.
 */
export function describeMore(code: ProblemCode, count: number, lines: string, params: MessageParams = {}): DescribedProblem {
  const def: MessageDef = MESSAGES[code];
  return {
    code,
    severity: def.severity,
    message_vi: `Còn ${groupDigits(count, '.')} chỗ khác cùng lỗi này trong tệp (dòng ${lines}), không liệt kê từng chỗ`,
    message_en: `${groupDigits(count, ',')} more of this problem in the file (lines ${lines}), not listed one by one`,
    hint_vi: fill(def.hintVi, params),
    hint_en: fill(def.hintEn, params),
  };
}

/** True for the codes that reject a row or a file. */
export function isErrorSeverity(severity: Severity): boolean {
  return severity !== 'warning';
}

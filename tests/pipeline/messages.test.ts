import { describe, it, expect } from 'vitest';
import { MESSAGES, describeProblem } from '../../src/core/messages.ts';
import type { ProblemCode } from '../../src/core/messages.ts';
import { formatProblem } from '../../src/pipeline/format-summary.ts';
import { MAX_LISTED, MAX_LISTED_PER_PLAN, ProblemLog } from '../../src/pipeline/problems.ts';
import { addLine, formatRanges, mergeRanges } from '../../src/pipeline/line-ranges.ts';

describe('the problem catalogue', () => {
  for (const [code, def] of Object.entries(MESSAGES)) {
    it(`${code} is kebab-case and says everything in both languages`, () => {
      expect(code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      for (const text of [def.vi, def.en, def.hintVi, def.hintEn]) expect(text.length).toBeGreaterThan(5);
      expect(def.en).not.toMatch(/^Error:/);
    });
  }
});

describe('wording is a visible decision', () => {
  const line = (code: ProblemCode, value: string | undefined, params = {}) => {
    const log = new ProblemLog();
    log.add({ file: 'long-bien-2025/2025/x.csv', line: 14, column: 3, columnName: 'Tổng số giáo viên', code, value, params });
    return formatProblem(log.all()[0]!, 'data/raw');
  };
  it('bad-number', () => {
    expect(line('bad-number', '12,5a')).toMatchInlineSnapshot(`"data/raw/long-bien-2025/2025/x.csv:14:3: error: "12,5a" is not a number / "12,5a" không phải là số [bad-number]"`);
  });
  it('count-exceeds-denominator', () => {
    expect(line('count-exceeds-denominator', '50', { expected: '40', other: 'Tổng số CBQL, GV, NV' })).toMatchInlineSnapshot(`"data/raw/long-bien-2025/2025/x.csv:14:3: error: The count 50 is larger than "Tổng số CBQL, GV, NV" (40) / Số 50 lớn hơn "Tổng số CBQL, GV, NV" (40) [count-exceeds-denominator]"`);
  });
  it('ward-mismatch', () => {
    expect(line('ward-mismatch', '00127', { expected: 'Phường Long Biên (00145)', other: 'Phường Việt Hưng (00127)' })).toMatchInlineSnapshot(`"data/raw/long-bien-2025/2025/x.csv:14:3: error: The roster places the school in Phường Long Biên (00145), but the row says Phường Việt Hưng (00127) / Trường thuộc Phường Long Biên (00145) theo danh sách, nhưng báo cáo ghi Phường Việt Hưng (00127) [ward-mismatch]"`);
  });
  it('ward-not-in-roster', () => {
    expect(line('ward-not-in-roster', '00070', { other: ' (Phường Hoàn Kiếm)' })).toMatchInlineSnapshot(`"data/raw/long-bien-2025/2025/x.csv:14:3: error: The commune/ward code 00070 (Phường Hoàn Kiếm) is not in the plan / Mã xã/phường 00070 (Phường Hoàn Kiếm) không thuộc kế hoạch [ward-not-in-roster]"`);
  });
  it('excel-number-code', () => {
    expect(line('excel-number-code', '1000001.0', { expected: 'Trường Tiểu học Gia Thụy (01000001)' })).toMatchInlineSnapshot(`"data/raw/long-bien-2025/2025/x.csv:14:3: warning: The code "1000001.0" was stored by Excel as a number; it was recovered: Trường Tiểu học Gia Thụy (01000001) / Mã "1000001.0" bị Excel lưu thành số; đã khôi phục: Trường Tiểu học Gia Thụy (01000001) [excel-number-code]"`);
  });
  it('missing-required-column hint', () => {
    expect(describeProblem('missing-required-column', { column: 'Mã trường' }).hint_vi).toMatchInlineSnapshot(`"Thêm cột "Mã trường" theo mẫu báo cáo rồi gửi lại."`);
  });
});

describe('workbook problems: wording is a visible decision', () => {
  const fileLine = (code: ProblemCode, value: string, params = {}) => {
    const log = new ProblemLog();
    log.add({ file: 'hung-yen-2026/2026/x.xlsx', code, value, params });
    const [problem] = log.all();
    return `${formatProblem(problem!, 'data/raw')}\n${problem!.hint_vi}\n${problem!.hint_en}`;
  };
  it('legacy-xls', () => {
    expect(fileLine('legacy-xls', 'bao-cao.xls')).toMatchInlineSnapshot(`
      "data/raw/hung-yen-2026/2026/x.xlsx: error: The file "bao-cao.xls" is an Excel 97–2003 workbook (.xls), a format that is not read / Tệp "bao-cao.xls" là sổ Excel 97–2003 (.xls), chương trình không đọc định dạng này [legacy-xls]
      Mở tệp trong Excel, chọn Lưu thành → "Sổ làm việc Excel (.xlsx)" rồi gửi lại tệp .xlsx.
      Open it in Excel, choose Save As → "Excel Workbook (.xlsx)" and send the .xlsx file."
    `);
  });
  it('encrypted-workbook', () => {
    expect(fileLine('encrypted-workbook', 'bao-cao.xlsx')).toMatchInlineSnapshot(`
      "data/raw/hung-yen-2026/2026/x.xlsx: error: The Excel file "bao-cao.xlsx" is protected by a password to open, so it cannot be read / Tệp Excel "bao-cao.xlsx" có mật khẩu mở tệp, không đọc được [encrypted-workbook]
      Mở tệp, vào Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu, lưu rồi gửi lại.
      Open it, go to File → Info → Protect Workbook → Encrypt with Password, clear the password, save and send it again."
    `);
  });
  it('unreadable-workbook', () => {
    expect(fileLine('unreadable-workbook', 'bao-cao.xlsx', { other: 'damaged, or not an Excel workbook / tệp hỏng hoặc không phải sổ Excel' })).toMatchInlineSnapshot(`
      "data/raw/hung-yen-2026/2026/x.xlsx: error: The Excel file "bao-cao.xlsx" cannot be opened: damaged, or not an Excel workbook / tệp hỏng hoặc không phải sổ Excel / Không mở được tệp Excel "bao-cao.xlsx": damaged, or not an Excel workbook / tệp hỏng hoặc không phải sổ Excel [unreadable-workbook]
      Mở tệp trong Excel và lưu lại thành .xlsx (hoặc "CSV UTF-8"), rồi gửi lại.
      Open it in Excel and save it again as .xlsx (or "CSV UTF-8"), then send it again."
    `);
  });
  it('workbook-named-csv', () => {
    expect(fileLine('workbook-named-csv', 'bao-cao.csv')).toMatchInlineSnapshot(`
      "data/raw/hung-yen-2026/2026/x.xlsx: warning: The file "bao-cao.csv" is named as a CSV but is an Excel workbook; it was read as a workbook / Tệp "bao-cao.csv" có đuôi CSV nhưng là sổ Excel; đã đọc như sổ Excel [workbook-named-csv]
      Lần sau giữ đuôi .xlsx khi gửi sổ Excel, hoặc trong Excel chọn Lưu thành → "CSV UTF-8".
      Next time keep the .xlsx name for a workbook, or in Excel choose Save As → "CSV UTF-8"."
    `);
  });
  it('csv-named-workbook', () => {
    expect(fileLine('csv-named-workbook', 'bao-cao.xlsx')).toMatchInlineSnapshot(`
      "data/raw/hung-yen-2026/2026/x.xlsx: warning: The file "bao-cao.xlsx" is named as an Excel workbook but is CSV text; it was read as a CSV / Tệp "bao-cao.xlsx" có đuôi Excel nhưng là văn bản CSV; đã đọc như tệp CSV [csv-named-workbook]
      Đặt đuôi .csv cho tệp CSV, hoặc mở tệp trong Excel và Lưu thành → "Sổ làm việc Excel (.xlsx)".
      Name a CSV file .csv, or open it in Excel and Save As → "Excel Workbook (.xlsx)"."
    `);
  });
  it('sheet-ignored', () => {
    expect(fileLine('sheet-ignored', 'THCS', { expected: 'Tiểu học' })).toMatchInlineSnapshot(`
      "data/raw/hung-yen-2026/2026/x.xlsx: warning: The sheet "THCS" also holds a report table but was not read; only the sheet "Tiểu học" is read / Trang tính "THCS" cũng có bảng báo cáo nhưng không được đọc; chỉ đọc trang "Tiểu học" [sheet-ignored]
      Chép các dòng của trang "THCS" sang trang "Tiểu học", hoặc gửi mỗi trang thành một tệp.
      Copy the rows of the sheet "THCS" into the sheet "Tiểu học", or send each sheet as its own file."
    `);
  });
  it('a problem in a workbook gives its sheet and cell beside line and column', () => {
    const log = new ProblemLog();
    log.placeInSheet('p/2026/x.xlsx', 'Báo cáo');
    log.add({ file: 'p/2026/x.xlsx', line: 12, column: 6, columnName: 'Tổng số học sinh', code: 'bad-number', value: '12 em' });
    log.add({ file: 'p/2026/x.xlsx', line: 13, code: 'duplicate-conflict', value: '2026', params: { other: '10/12/2026' } });
    log.add({ file: 'p/2026/y.csv', line: 12, column: 6, code: 'bad-number', value: 'x' });
    expect(log.all().map((p) => formatProblem(p, 'data/raw'))).toMatchInlineSnapshot(`
      [
        "data/raw/p/2026/x.xlsx:12:6 ('Báo cáo'!F12): error: "12 em" is not a number / "12 em" không phải là số [bad-number]",
        "data/raw/p/2026/x.xlsx:13 ('Báo cáo'!13:13): error: Two 2026 reports of this school have the same report date (10/12/2026); neither is used / Hai báo cáo năm 2026 của trường này cùng ngày báo cáo (10/12/2026); không dùng báo cáo nào [duplicate-conflict]",
        "data/raw/p/2026/y.csv:12:6: error: "x" is not a number / "x" không phải là số [bad-number]",
      ]
    `);
  });
});

describe('ProblemLog', () => {
  it('says a warning once per file, with a count and its lines', () => {
    const log = new ProblemLog();
    for (const line of [3, 4, 5]) log.add({ file: 'p/2025/a.csv', line, column: 4, code: 'name-differs', value: `name ${line}`, params: { expected: 'x' } });
    log.add({ file: 'p/2025/b.csv', line: 2, column: 4, code: 'name-differs', value: 'other' });
    const all = log.all();
    expect(all.map((p) => [p.file, p.count, p.lines, p.value])).toEqual([
      ['p/2025/a.csv', 3, [3, 4, 5], 'name 3'],
      ['p/2025/b.csv', 1, [2], 'other'],
    ]);
  });
  it('keeps every error', () => {
    const log = new ProblemLog();
    log.add({ file: 'a.csv', line: 3, code: 'bad-number', value: 'x' });
    log.add({ file: 'a.csv', line: 4, code: 'bad-number', value: 'y' });
    expect(log.all()).toHaveLength(2);
  });
});

describe('wording of the codes added for issue 8', () => {
  const line = (code: ProblemCode, value: string | undefined, params = {}, position: { line?: number | null; column?: number | null; columnName?: string } = { line: 14, column: 3, columnName: 'Tổng số giáo viên' }) => {
    const log = new ProblemLog();
    log.add({ file: 'long-bien-2025/2025/x.csv', ...position, code, value, params });
    const problem = log.all()[0]!;
    return [formatProblem(problem, 'data/raw'), `${problem.hint_en} / ${problem.hint_vi}`];
  };
  it('unclosed-quote', () => {
    expect(line('unclosed-quote', undefined, {}, { line: 3 })).toMatchInlineSnapshot(`
      [
        "data/raw/long-bien-2025/2025/x.csv:3: error: A quotation mark opened on this line is never closed; the line is rejected, the lines after it are still read / Dấu ngoặc kép mở trên dòng này không được đóng; dòng bị loại, các dòng sau vẫn được đọc [unclosed-quote]",
        "Close the cell's quotation mark (") or delete it, then save again as "CSV UTF-8". / Đóng dấu ngoặc kép (") của ô hoặc xóa nó, rồi lưu lại bằng "CSV UTF-8".",
      ]
    `);
  });
  it('malformed-row', () => {
    expect(line('malformed-row', undefined, {}, { line: 3 })).toMatchInlineSnapshot(`
      [
        "data/raw/long-bien-2025/2025/x.csv:3: error: The row is not valid CSV: a cell has text right after its closing quotation mark / Dòng không đúng định dạng CSV: có ký tự ngay sau dấu ngoặc kép đóng một ô [malformed-row]",
        "Check the quotation marks on this line. / Kiểm tra dấu ngoặc kép trong dòng này.",
      ]
    `);
  });
  it('row-too-short', () => {
    expect(line('row-too-short', '6', { expected: '26' }, { line: 7, column: 7, columnName: 'Có kế hoạch thực hiện phong trào' })).toMatchInlineSnapshot(`
      [
        "data/raw/long-bien-2025/2025/x.csv:7:7: error: The row has only 6 of the header's 26 cells; it stops before "Có kế hoạch thực hiện phong trào" / Dòng chỉ có 6 trong 26 ô của dòng tiêu đề; thiếu từ ô "Có kế hoạch thực hiện phong trào" [row-too-short]",
        "The row may have been cut by a line break inside a cell: join it again, or export the file again from Excel. / Dòng có thể bị ngắt do xuống dòng trong một ô: nối lại dòng, hoặc xuất lại tệp từ Excel.",
      ]
    `);
  });
  it('invalid-utf8', () => {
    expect(line('invalid-utf8', 'Trường THCS Ng\ufffdc Lâm', {}, { line: 3, column: 3, columnName: 'Tên trường' })).toMatchInlineSnapshot(`
      [
        "data/raw/long-bien-2025/2025/x.csv:3:3: warning: The cell holds bytes that are not valid UTF-8; they were replaced with "�", the other cells are read / Ô có byte không hợp lệ trong UTF-8; đã thay bằng "�", các ô khác vẫn được đọc [invalid-utf8]",
        "Correct the cell in Excel and save again as "CSV UTF-8". / Sửa ô này trong Excel rồi lưu lại bằng "CSV UTF-8".",
      ]
    `);
  });
  it('excel-error-value', () => {
    expect(line('excel-error-value', '#N/A')).toMatchInlineSnapshot(`
      [
        "data/raw/long-bien-2025/2025/x.csv:14:3: error: "#N/A" is an Excel error value (a formula failed), not data / "#N/A" là giá trị lỗi của Excel (công thức bị lỗi), không phải số liệu [excel-error-value]",
        "Fix the formula or type the figure; write KAD if not applicable, leave it blank if not reported. / Sửa công thức hoặc nhập số liệu; ghi KAD nếu không áp dụng, để trống nếu chưa có số liệu.",
      ]
    `);
  });
  it('number-too-large', () => {
    expect(line('number-too-large', '1.500.000.000')).toMatchInlineSnapshot(`
      [
        "data/raw/long-bien-2025/2025/x.csv:14:3: error: The number [đã ẩn] is too large for a count (more than one billion) / Số [đã ẩn] quá lớn cho một số lượng (hơn một tỉ) [number-too-large]",
        "Check the cell: a code or a phone number may have been typed into a count. / Kiểm tra ô này: có thể đã gõ nhầm một mã hoặc số điện thoại vào ô số lượng.",
      ]
    `);
  });
  it('hidden-file', () => {
    expect(line('hidden-file', '.~lock.x.csv#', {}, {})).toMatchInlineSnapshot(`
      [
        "data/raw/long-bien-2025/2025/x.csv: warning: The hidden file or folder ".~lock.x.csv#" is not read / Tệp hoặc thư mục ẩn ".~lock.x.csv#" không được đọc [hidden-file]",
        "If it is a report, rename it without the leading dot. / Nếu đây là báo cáo, đổi tên bỏ dấu chấm ở đầu.",
      ]
    `);
  });
  it('not-a-regular-file', () => {
    expect(line('not-a-regular-file', 'x.csv', { other: 'FIFO' }, {})).toMatchInlineSnapshot(`
      [
        "data/raw/long-bien-2025/2025/x.csv: error: "x.csv" is not a regular file (FIFO); it is not read / "x.csv" không phải là tệp thông thường (FIFO); không đọc [not-a-regular-file]",
        "Copy the report file itself into data/raw. / Chép tệp báo cáo vào thư mục data/raw.",
      ]
    `);
  });
  it('symlink-not-followed', () => {
    expect(line('symlink-not-followed', 'x.csv', {}, {})).toMatchInlineSnapshot(`
      [
        "data/raw/long-bien-2025/2025/x.csv: error: "x.csv" is a symbolic link; links are not followed / "x.csv" là liên kết (symbolic link); chương trình không theo liên kết [symlink-not-followed]",
        "Copy the report file itself into data/raw instead of the link. / Chép chính tệp báo cáo vào data/raw thay cho liên kết.",
      ]
    `);
  });
});

describe('finding 8.8: ProblemLog lists MAX_LISTED per file and code, then one entry for the rest', () => {
  const log = new ProblemLog();
  for (let line = 2; line <= 1001; line++) log.add({ file: 'p/2025/a.csv', line, column: 19, columnName: 'Tổng số giáo viên', code: 'bad-number', value: `${line}a` });
  for (const line of [5, 6, 7, 20]) log.add({ file: 'p/2025/a.csv', line, column: 6, columnName: 'Ngày báo cáo', code: 'date-invalid', value: '31/02/2025' });
  log.add({ file: 'p/2025/b.csv', line: 2, column: 19, columnName: 'Tổng số giáo viên', code: 'bad-number', value: 'x' });
  const all = log.all();
  it('keeps the counts exact', () => {
    expect(all.filter((p) => p.code === 'bad-number' && p.file === 'p/2025/a.csv').reduce((n, p) => n + p.count, 0)).toBe(1000);
    expect(all.map((p) => [p.file, p.code, p.more ?? false]).filter(([, , more]) => more)).toEqual([['p/2025/a.csv', 'bad-number', true]]);
    expect(all.filter((p) => !p.more)).toHaveLength(MAX_LISTED + 4 + 1);
  });
  it('gives the rest as ranges and says so in both languages', () => {
    const more = all.find((p) => p.more)!;
    expect([more.line, more.column, more.value, more.count, more.lines, more.line_ranges]).toEqual([52, null, null, 950, [], [[52, 1001]]]);
    expect(formatProblem(more, 'data/raw')).toMatchInlineSnapshot(`"data/raw/p/2025/a.csv:52: error: 950 more of this problem in the file (lines 52–1001), not listed one by one / Còn 950 chỗ khác cùng lỗi này trong tệp (dòng 52–1001), không liệt kê từng chỗ [bad-number]"`);
    expect([more.hint_en, more.hint_vi]).toEqual([MESSAGES['bad-number'].hintEn, MESSAGES['bad-number'].hintVi]);
  });
  it('puts a file\'s more entry after its listed problems', () => {
    expect(all.filter((p) => p.file === 'p/2025/a.csv').at(-1)!.more).toBe(true);
  });
});

describe('formatRanges and mergeRanges', () => {
  const cases = [
    { name: 'one line', ranges: [[4, 4]], expected: '4' },
    { name: 'a run', ranges: [[4, 9]], expected: '4–9' },
    { name: 'more than five', ranges: [[1, 1], [3, 3], [5, 5], [7, 7], [9, 9], [11, 12]], expected: '1, 3, 5, 7, 9, …' },
  ];
  for (const c of cases) it(c.name, () => expect(formatRanges(c.ranges as [number, number][])).toBe(c.expected));
  it('merges unsorted, adjacent and overlapping ranges', () => {
    expect(mergeRanges([[10, 12], [1, 2], [3, 3], [11, 15]])).toEqual({ ranges: [[1, 3], [10, 15]], truncated: false });
  });
  it('collects lines that come in order as runs', () => {
    const ranges: [number, number][] = [];
    for (const line of [2, 3, 4, 4, 7, 8]) addLine(ranges, line);
    expect(ranges).toEqual([[2, 4], [7, 8]]);
  });
});

describe('finding 8.1: ProblemLog publishes only what the redaction rule allows', () => {
  const log = new ProblemLog();
  log.add({ file: 'p/2025/a.csv', line: 3, column: 2, columnName: 'Mã trường', code: 'school-not-in-roster', value: '001203004567' });
  log.add({ file: 'p/2025/a.csv', line: 4, column: 2, columnName: 'Mã trường', code: 'school-not-in-roster', value: '33340047' });
  log.add({ file: 'p/2025/a.csv', line: 1, column: 30, columnName: 'Liên hệ 0987000106 x@y.vn', code: 'unknown-column', value: 'Liên hệ 0987000106 x@y.vn' });
  log.add({ file: 'p/2025/a.csv', line: 5, column: 9, columnName: 'Số CBQL', code: 'count-exceeds-denominator', value: '50', params: { expected: '40', other: 'Tổng số ĐT 0987000106' } });
  const all = log.all();
  it('hides the value, the header and the other cell named, in the fields and the messages', () => {
    expect(all.map((p) => [p.line, p.value, p.column_name, p.message_en])).toEqual([
      [1, '[đã ẩn]', '[đã ẩn]', 'The column "[đã ẩn]" is not in the template; its values are kept aside for the data team (set-aside.json), not published'],
      [3, '[đã ẩn]', 'Mã trường', 'The school code [đã ẩn] is not in the plan\'s roster'],
      [4, '33340047', 'Mã trường', 'The school code 33340047 is not in the plan\'s roster'],
      [5, '50', 'Số CBQL', 'The count 50 is larger than "[đã ẩn]" (40)'],
    ]);
  });
  it('keeps each full text for set-aside.json', () => {
    expect(log.redactions()).toEqual([
      { file: 'p/2025/a.csv', line: 3, column: 2, code: 'school-not-in-roster', field: 'value', value: '001203004567' },
      { file: 'p/2025/a.csv', line: 1, column: 30, code: 'unknown-column', field: 'value', value: 'Liên hệ 0987000106 x@y.vn' },
      { file: 'p/2025/a.csv', line: 1, column: 30, code: 'unknown-column', field: 'column_name', value: 'Liên hệ 0987000106 x@y.vn' },
      { file: 'p/2025/a.csv', line: 5, column: 9, code: 'count-exceeds-denominator', field: 'other', value: 'Tổng số ĐT 0987000106' },
    ]);
  });
});

describe('finding 8.8: ProblemLog lists at most MAX_LISTED_PER_PLAN row problems in a plan', () => {
  it('counts the rest per file and code, and still lists every whole-file problem', () => {
    const log = new ProblemLog();
    const files = Math.ceil(MAX_LISTED_PER_PLAN / MAX_LISTED) + 2;
    for (let f = 0; f < files; f++) {
      const file = `p/2025/${String(f).padStart(4, '0')}.csv`;
      for (let line = 2; line < 2 + MAX_LISTED; line++) log.add({ file, line, column: 19, code: 'bad-number', value: 'x' });
    }
    log.add({ file: 'p/2025/z.csv', code: 'header-not-found' });
    const all = log.all();
    expect(all.filter((p) => !p.more && p.line !== null)).toHaveLength(MAX_LISTED_PER_PLAN);
    expect(all.filter((p) => p.more).map((p) => [p.file.slice(-8), p.count])).toEqual([['0200.csv', MAX_LISTED], ['0201.csv', MAX_LISTED]]);
    expect(all.reduce((n, p) => n + p.count, 0)).toBe(files * MAX_LISTED + 1);
    expect(all.at(-1)!.code).toBe('header-not-found');
  });
});

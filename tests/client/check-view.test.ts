// The check page's view and layout: problems numbered in the ingest report's
// order with their position in words; every occurrence marked on its cell
// (a warning said once is still marked on each row); personal-data cells
// hidden whatever they hold; a file's text never becomes markup.
import { describe, it, expect, beforeAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { buildCheckView, type CheckView } from '../../src/client/check/check-view.ts';
import { renderCheck } from '../../src/client/check/render-check.ts';
import { checkFiles, type PlanChecks } from '../../src/pipeline/check-files.ts';
import { loadPlan, loadWardReference } from '../../src/pipeline/load-plan.ts';

const dataDir = fileURLToPath(new URL('../fixtures/e2e/data', import.meta.url));
let checks: PlanChecks;
beforeAll(async () => {
  const reference = await loadWardReference(dataDir, dataDir);
  if (!('wards' in reference)) throw new Error('reference');
  const loaded = await loadPlan(dataDir, dataDir, 'mini-2025', reference.wards);
  if (!('loaded' in loaded)) throw new Error(loaded.problems.join('\n'));
  checks = { loaded: loaded.loaded, buildDate: '2026-11-21' };
});

const HEADER = 'Năm báo cáo,Mã trường,Tên trường,Cấp học,Mã xã/phường,Ngày báo cáo,Số CCCD,Tổng số học sinh';
const view = (lines: string[], lang: 'vi' | 'en' = 'vi'): CheckView => {
  const result = checkFiles([{ file: 'x.csv', folderYear: null, bytes: new TextEncoder().encode(lines.join('\n')) }], checks);
  return buildCheckView(result, checks.loaded.plan, lang);
};

describe('buildCheckView', () => {
  it('numbers problems in report order and says where each is', () => {
    const file = view([HEADER, '2026,01000001,Trường Tiểu học Gia Thụy,1,00145,10/11/2026,001203004567,abc']).files[0]!;
    expect(file.problems.map((p) => [p.n, p.code, p.where])).toEqual([
      [1, 'personal-data-column', 'dòng 1, cột 7 (Số CCCD)'],
      [2, 'bad-number', 'dòng 2, cột 8 (Tổng số học sinh)'],
    ]);
  });
  it('marks each occurrence of a warning said once, on its own row and cell', () => {
    const file = view([HEADER, '2026,1000001,Trường Tiểu học Gia Thụy,1,00145,10/11/2026,,500', '2026,1000002,Trường THCS Ngọc Lâm,2,00145,10/11/2026,,400']).files[0]!;
    const warning = file.problems.find((p) => p.code === 'excel-number-code')!;
    expect(warning.where).toBe('2 dòng: 2, 3');
    const marked = file.table!.rows.map((row) => row.cells.map((c, i) => (c.marks.length ? `${i + 1}:${c.marks.map((m) => `${m.severity}${m.n}`).join()}` : '')).filter(Boolean));
    expect(marked).toEqual([[`2:warning${warning.n}`], [`2:warning${warning.n}`]]);
  });
  it('marks a header problem on its header cell, a row problem on its line number', () => {
    const file = view(['Năm báo cáo,Mã trường,Tên trường,Cấp học,Mã xã/phường,Ngày báo cáo,Ghi chú', '2026,01000001,Trường Tiểu học Gia Thụy,1,00145,10/11/2026,"x', '2026,01000002,Trường THCS Ngọc Lâm,2,00145,10/11/2026,y']).files[0]!;
    const unknown = file.problems.find((p) => p.code === 'unknown-column')!;
    expect(file.table!.columns[6]!.marks).toEqual([{ n: unknown.n, severity: 'warning' }]);
    const broken = file.problems.find((p) => p.code === 'unclosed-quote')!;
    expect(file.table!.rows.find((r) => r.line === 2)!.marks).toEqual([{ n: broken.n, severity: 'error' }]);
  });
  it('hides a personal-data column whatever it holds, and the outcome of every row is the ingest\'s', () => {
    const file = view([HEADER, '2026,01000001,Trường Tiểu học Gia Thụy,1,00145,10/11/2026,001203004567,500', '2026,01000002,Trường THCS Ngọc Lâm,2,00127,10/11/2026,034203009876,400']).files[0]!;
    const column = file.table!.columns.findIndex((c) => c.kind === 'personal');
    expect(column).toBe(6);
    expect(file.table!.rows.map((r) => [r.outcome, r.cells[column]])).toEqual([
      ['accepted', { text: '', hidden: true, marks: [] }],
      ['rejected', { text: '', hidden: true, marks: [] }],
    ]);
  });
  it('words the summary in English on the English page', () => {
    const checked = view([HEADER, '2026,01000001,Trường Tiểu học Gia Thụy,1,00145,10/11/2026,,500'], 'en');
    expect(checked.files[0]!.summary).toBe('1 data rows: 1 would be accepted, 0 replaced by a later report, 0 tied on date, 0 rejected.');
    expect(checked.years).toEqual(['2026: 1 reports would be accepted, 1 on time and 0 late.']);
  });
});

describe('renderCheck', () => {
  it('puts a file\'s text in as text, and marks a cell with a symbol and a link to its problem', () => {
    const { document } = parseHTML('<html><body></body></html>');
    const evil = '<img src=x onerror=alert(1)>';
    const checked = view([HEADER, `2026,01000001,${evil},1,00145,10/11/2026,,abc`]);
    const section = renderCheck(checked, { lang: 'vi', doc: document as unknown as Document, corrected: new Map(), linkTo: () => 'blob:x' });
    expect(section.querySelectorAll('img').length).toBe(0);
    expect(section.textContent).toContain(evil);
    const mark = section.querySelector('td.cell-error a.mark-error')!;
    const problem = checked.files[0]!.problems.find((p) => p.code === 'bad-number')!;
    expect(mark.textContent).toBe(`✖${problem.n}`);
    expect(mark.getAttribute('aria-label')).toBe(`lỗi ${problem.n}`);
    expect(section.querySelector(mark.getAttribute('href')!)!.getAttribute('data-code')).toBe('bad-number');
  });
});

describe('a workbook', () => {
  it('places its problems as Excel names a cell, and says which sheet was read', async () => {
    const { makeWorkbook } = await import('../fixtures/workbooks.ts');
    const bytes = await makeWorkbook([{ name: 'Báo cáo', rows: [
      ['BÁO CÁO NĂM 2026'],
      ['Năm báo cáo', 'Mã trường', 'Tên trường', 'Cấp học', 'Mã xã/phường', 'Ngày báo cáo', 'Tổng số học sinh'],
      [2026, '01000001', 'Trường Tiểu học Gia Thụy', 1, '00145', '10/11/2026', '11 em'],
    ] }]);
    const result = checkFiles([{ file: 'x.xlsx', folderYear: null, bytes: new Uint8Array(bytes) }], checks);
    const file = buildCheckView(result, checks.loaded.plan, 'vi').files[0]!;
    expect(file.facts).toBe('Trang tính Báo cáo, dòng tiêu đề cột: dòng 2.');
    expect(file.problems.find((p) => p.code === 'bad-number')!.where).toBe("ô 'Báo cáo'!G3 (Tổng số học sinh)");
    expect(file.table!.rows[0]!.cells[6]!.marks.map((m) => m.severity)).toEqual(['error']);
  });
});

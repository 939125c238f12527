// The normalised file of the check page: for every fixture and demo report
// that is read, the file it offers, checked again by the same entry, keeps
// every row, every error that needs a person (same codes, same rows, same
// outcome) and has none of the warnings a machine can fix.
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorrectedFile } from '../../src/client/check/corrected-file.ts';
import { checkFiles, type PlanChecks } from '../../src/pipeline/check-files.ts';
import { listRawFiles } from '../../src/pipeline/list-files.ts';
import { loadPlan, loadWardReference } from '../../src/pipeline/load-plan.ts';
import { parseCsv } from '../../src/pipeline/parse-csv.ts';

const BUILD_DATE = '2026-11-21';
const root = fileURLToPath(new URL('../../', import.meta.url));

async function checksOf(dataDir: string, planId: string): Promise<PlanChecks> {
  const reference = await loadWardReference(dataDir, dataDir);
  if (!('wards' in reference)) throw new Error('reference');
  const loaded = await loadPlan(dataDir, dataDir, planId, reference.wards);
  if (!('loaded' in loaded)) throw new Error(loaded.problems.join('\n'));
  return { loaded: loaded.loaded, buildDate: BUILD_DATE };
}

/** Warnings the normalised file must not have any more: each is a fix a machine makes. */
const MECHANICAL = ['legacy-encoding', 'excel-number-code', 'name-differs', 'level-differs', 'level-unknown', 'personal-data-column', 'unknown-column'];

const cases = [
  { dataDir: join(root, 'tests/fixtures/e2e/data'), planId: 'mini-2025' },
  { dataDir: join(root, 'data'), planId: 'hung-yen-2026' },
  { dataDir: join(root, 'data'), planId: 'long-bien-2025' },
];

describe.each(cases)('the normalised files of $planId', ({ dataDir, planId }) => {
  let checks: PlanChecks;
  let files: { file: string; folderYear: number | null; bytes: Uint8Array }[];
  beforeAll(async () => {
    checks = await checksOf(dataDir, planId);
    files = (await listRawFiles(join(dataDir, 'raw'), planId)).map((raw) => ({ file: raw.file, folderYear: raw.folderYear, bytes: new Uint8Array(readFileSync(raw.path)) }));
  });

  it('keep every row and every error that needs a person, and lose the mechanical warnings', () => {
    let offered = 0;
    let differing = 0;
    for (const source of files) {
      const first = checkFiles([source], checks);
      const read = first.reads[0]!;
      const corrected = buildCorrectedFile(read, checks.loaded, first.problems);
      if (!corrected) continue;
      offered++;
      if (corrected.differs) differing++;
      const again = checkFiles([{ file: corrected.name, folderYear: source.folderYear, bytes: new TextEncoder().encode(corrected.text) }], checks);
      const reread = again.reads[0]!;
      const context = `${source.file} → ${corrected.name}`;
      expect(reread.encoding, context).toBe('utf-8-bom');
      expect(reread.headerLine, context).toBe(1);
      expect(reread.rows.length, context).toBe(read.rows.length);
      // Row n of the normalised file (line n + 1) is data row n of the original.
      const lineOf = new Map(read.rows.map((row, i) => [row.line, i + 2]));
      const errorsOf = (problems: typeof first.problems, map: (line: number) => number | undefined) =>
        problems.filter((p) => p.severity === 'error').map((p) => `${p.line === null ? '' : map(p.line)} ${p.code}`).sort();
      expect(errorsOf(again.problems, (l) => l), context).toEqual(errorsOf(first.problems, (l) => lineOf.get(l)));
      expect(again.problems.filter((p) => MECHANICAL.includes(p.code)).map((p) => p.code), context).toEqual([]);
      expect(again.report.totals.accepted, context).toBe(first.report.totals.accepted);
      expect(buildCorrectedFile(reread, checks.loaded, again.problems)!.differs, `${context}: normalising twice changes nothing`).toBe(false);
    }
    expect(offered).toBeGreaterThan(0);
    expect(differing).toBeGreaterThan(0);
  });
});

describe('buildCorrectedFile, cell by cell', () => {
  let checks: PlanChecks;
  beforeAll(async () => {
    checks = await checksOf(join(root, 'tests/fixtures/e2e/data'), 'mini-2025');
  });
  const header = 'Năm báo cáo;Mã trường;Tên trường;Cấp học;Mã xã/phường;Ngày báo cáo;STT;Số điện thoại;Tổng số học sinh;Số học sinh hoàn thành phổ cập kỹ năng số;Điểm CĐS dạy học;Có phân loại rác tại nguồn';
  it.each([
    { name: 'Excel numbers, a level name, a misspelt name, grouped thousands, a decimal comma, yes as x', row: '2026.0;1000001;Truong TH Gia Thuy;Tiểu học;145;10-12-2026;1;0987 000 106;1.234;3;85,5;x',
      expected: ['2026', '01000001', 'Trường Tiểu học Gia Thụy', '1', '00145', '10/12/2026', '1234', '3', '"85,5"', 'Có'] },
    { name: 'KAD and blanks stay what they mean', row: '2026;01000001;Trường Tiểu học Gia Thụy;1;00145;10/12/2026;;;500;;Không áp dụng;0',
      expected: ['2026', '01000001', 'Trường Tiểu học Gia Thụy', '1', '00145', '10/12/2026', '500', '', 'KAD', 'Không'] },
    { name: 'cells in error are kept as written (a percentage, a code not in the roster), a negative count written as a number', row: '2026;99999999;Trường X;1;00145;31/02/2026;;;45%;-3;101;có',
      expected: ['2026', '99999999', 'Trường X', '1', '00145', '31/02/2026', '45%', '-3', '101', 'Có'] },
  ])('$name', ({ row, expected }) => {
    const bytes = new TextEncoder().encode(`BÁO CÁO NĂM 2026\n${header}\n${row}\n`);
    const result = checkFiles([{ file: 'x.csv', folderYear: null, bytes }], checks);
    const corrected = buildCorrectedFile(result.reads[0]!, checks.loaded, result.problems)!;
    expect(corrected.text.startsWith('\ufeff')).toBe(true);
    const [head, line] = parseCsv(corrected.text.slice(1)).rows.map((r) => r.cells);
    expect(head!.slice(0, 6)).toEqual(['Năm báo cáo', 'Mã trường', 'Tên trường', 'Cấp học', 'Mã xã/phường', 'Ngày báo cáo']);
    expect(head).not.toContain('Số điện thoại');
    const pick = ['Năm báo cáo', 'Mã trường', 'Tên trường', 'Cấp học', 'Mã xã/phường', 'Ngày báo cáo', 'Tổng số học sinh', 'Số học sinh hoàn thành phổ cập kỹ năng số', 'Điểm chuyển đổi số — dạy, học', 'Có phân loại rác tại nguồn'];
    const csvLine = corrected.text.split('\r\n')[1]!;
    expect(pick.map((h) => line![head!.indexOf(h)])).toEqual(expected.map((e) => e.replace(/^"(.*)"$/, '$1')));
    if (expected.includes('"85,5"')) expect(csvLine).toContain('"85,5"');
    expect(corrected.text).not.toContain('0987');
  });
  const ok = '2026;01000001;Trường Tiểu học Gia Thụy;1;00145;10/12/2026;;;500;3;80;có';
  it.each([
    { code: 'unclosed-quote', row: '2026;01000001;"Trường Tiểu học Gia Thụy;1;00145;10/12/2026;;;500;3;80;có' },
    { code: 'malformed-row', row: '2026;01000001;"Trường Tiểu học" Gia Thụy;1;00145;10/12/2026;;;500;3;80;có' },
    { code: 'row-too-short', row: '2026;01000001;Trường Tiểu học Gia Thụy;1;00145;10/12/2026;;;500' },
    { code: 'invalid-utf8', row: '2026;01000001;Trường Tiểu học Gia Thụy;1;00145;10/12/2026;;;500;3;80;c\u0001' },
  ])('is not offered with $code (cells may have shifted, or bytes were lost)', ({ code, row }) => {
    const text = `${header}\n${ok}\n${row}\n`;
    // \u0001 stands for a stray 0xFF byte (not UTF-8).
    const bytes = Uint8Array.from(new TextEncoder().encode(text), (b) => (b === 1 ? 0xff : b));
    const result = checkFiles([{ file: 'x.csv', folderYear: null, bytes }], checks);
    expect(result.problems.map((p) => p.code), JSON.stringify(result.problems.map((p) => [p.code, p.value]))).toContain(code);
    expect(buildCorrectedFile(result.reads[0]!, checks.loaded, result.problems)).toBeNull();
  });
  it('is not offered for a file rejected as a whole', () => {
    const bytes = new TextEncoder().encode('Năm báo cáo,Mã trường\n2026,01000001\n');
    const result = checkFiles([{ file: 'x.csv', folderYear: null, bytes }], checks);
    expect(buildCorrectedFile(result.reads[0]!, checks.loaded, result.problems)).toBeNull();
  });
});

import { describe, it, expect } from 'vitest';
import { MESSAGES, describeProblem } from '../../src/core/messages.ts';
import type { ProblemCode } from '../../src/core/messages.ts';
import { formatProblem } from '../../src/pipeline/format-summary.ts';
import { ProblemLog } from '../../src/pipeline/problems.ts';

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
    expect(line('ward-mismatch', '00127', { expected: '00145' })).toMatchInlineSnapshot(`"data/raw/long-bien-2025/2025/x.csv:14:3: error: The roster places the school in ward 00145, but the row says 00127 / Trường thuộc xã/phường 00145 theo danh sách, nhưng báo cáo ghi 00127 [ward-mismatch]"`);
  });
  it('missing-required-column hint', () => {
    expect(describeProblem('missing-required-column', { column: 'Mã trường' }).hint_vi).toMatchInlineSnapshot(`"Thêm cột "Mã trường" theo mẫu báo cáo rồi gửi lại."`);
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

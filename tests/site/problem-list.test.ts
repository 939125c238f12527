import { describe, it, expect } from 'vitest';
import { readIngestReport } from '../../src/site-data/ingest-report.ts';
import { buildProblemList, PAGE_PER_FILE, PAGE_TOTAL } from '../../src/site-data/problem-list.ts';

const problem = (file: string, line: number, code = 'bad-number', severity = 'error', extra: Record<string, unknown> = {}) => ({
  file, line, column: 19, column_name: 'Tổng số giáo viên', code, severity, message_vi: `"${line}a" không phải là số`, message_en: `"${line}a" is not a number`,
  hint_vi: 'Ghi số', hint_en: 'Write a number', value: `${line}a`, count: 1, lines: [line], ...extra,
});
const fileEntry = (file: string, status = 'read') => ({ file, status, encoding: 'utf-8', rows_read: 1, accepted: 0, superseded: 0, conflict: 0, rejected: 1 });

describe('finding 8.1: the Reporting page applies the redaction rule to whatever report it reads', () => {
  it('hides personal values, headers and message texts from an unscrubbed report', () => {
    const summary = readIngestReport({
      files: [fileEntry('p/2025/a.csv')],
      problems: [
        problem('p/2025/a.csv', 3, 'school-not-in-roster', 'error', { value: '001203004567', message_vi: 'Mã trường 001203004567 không có', message_en: 'The school code 001203004567 is not', column_name: 'Liên hệ x@y.vn' }),
        problem('p/2025/a.csv', 4, 'school-not-in-roster', 'error', { value: '33340047', message_vi: 'Mã trường 33340047 không có', message_en: 'The school code 33340047 is not' }),
      ],
    })!;
    expect(summary.files[0]!.problems.map((p) => [p.value, p.columnName, p.message.vi, p.message.en])).toEqual([
      ['[đã ẩn]', '[đã ẩn]', '[đã ẩn]', '[đã ẩn]'],
      ['33340047', 'Tổng số giáo viên', 'Mã trường 33340047 không có', 'The school code 33340047 is not'],
    ]);
  });
  it('escapes control characters in file names', () => {
    const summary = readIngestReport({ files: [fileEntry('p/2025/x\n\u001b[2K.csv')], problems: [problem('p/2025/x\n\u001b[2K.csv', 2)] })!;
    expect([summary.files[0]!.path, summary.files[0]!.problems.length]).toEqual(['p/2025/x\\n\\x1b[2K.csv', 1]);
  });
  it('reads a more entry with its line ranges', () => {
    const summary = readIngestReport({ files: [fileEntry('p/a.csv')], problems: [problem('p/a.csv', 52, 'bad-number', 'error', { more: true, count: 950, lines: [], line_ranges: [[52, 1001], 'x'] })] })!;
    expect(summary.files[0]!.problems[0]).toMatchObject({ more: true, count: 950, lineRanges: [[52, 1001]] });
  });
});

describe('finding 8.8: buildProblemList bounds the Reporting page', () => {
  it('lists at most PAGE_PER_FILE entries per file, errors first, and counts the rest', () => {
    const problems = [
      ...Array.from({ length: 30 }, (_, i) => problem('p/a.csv', 100 - i)),
      problem('p/a.csv', 1, 'name-differs', 'warning'),
      problem('p/a.csv', 500, 'bad-number', 'error', { more: true, count: 4000, lines: [] }),
      problem('p/b.csv', 7),
    ];
    const list = buildProblemList(readIngestReport({ files: [fileEntry('p/b.csv'), fileEntry('p/a.csv'), fileEntry('p/c.csv', 'skipped')], problems })!);
    const shown = list.items.map((item) => (item.kind === 'problem' ? `${item.problem.file}:${item.problem.line}` : `${item.file} +${item.entries}/${item.occurrences}`));
    expect(shown).toEqual([
      ...Array.from({ length: PAGE_PER_FILE }, (_, i) => `p/a.csv:${71 + i}`),
      'p/a.csv +12/4011',
      'p/b.csv:7',
    ]);
    expect([list.listed, list.entries, list.occurrences]).toEqual([PAGE_PER_FILE + 1, 33, 30 + 1 + 4000 + 1]);
    expect(list.files.map((f) => [f.path, f.status, f.problems])).toEqual([['p/a.csv', 'read', 4031], ['p/b.csv', 'read', 1], ['p/c.csv', 'skipped', 0]]);
  });

  it('lists at most PAGE_TOTAL entries on the page, then one line for the other files', () => {
    const files = Array.from({ length: 60 }, (_, i) => `p/${String(i).padStart(2, '0')}.csv`);
    const report = { files: files.map((f) => fileEntry(f)), problems: files.flatMap((f) => Array.from({ length: 30 }, (_, line) => problem(f, line + 2))) };
    const list = buildProblemList(readIngestReport(report)!);
    const rest = list.items.at(-1)!;
    expect(list.listed).toBe(PAGE_TOTAL);
    expect(rest).toEqual({ kind: 'unlisted', file: null, files: 60 - PAGE_TOTAL / PAGE_PER_FILE, entries: (60 - PAGE_TOTAL / PAGE_PER_FILE) * 30, occurrences: (60 - PAGE_TOTAL / PAGE_PER_FILE) * 30 });
  });
});

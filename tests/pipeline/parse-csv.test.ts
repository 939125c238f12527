import { describe, it, expect } from 'vitest';
import { countLines, parseCsv, detectDelimiter } from '../../src/pipeline/parse-csv.ts';

describe('detectDelimiter', () => {
  const cases = [
    { name: 'comma', input: 'a,b,c\n1,2,3', expected: ',' },
    { name: 'semicolon with decimal commas', input: 'a;b;c\n1;12,5;3', expected: ';' },
    { name: 'tab', input: 'a\tb\tc\n1\t2\t3', expected: '\t' },
    { name: 'title with a comma above a semicolon header', input: 'BÁO CÁO, NĂM 2026\na;b;c;d\n1;2;3;4', expected: ';' },
    { name: 'quoted commas do not count', input: '"a,b,c,d,e";x\n1;2', expected: ';' },
  ];
  for (const c of cases) it(c.name, () => expect(detectDelimiter(c.input)).toBe(c.expected));
});

describe('parseCsv line numbers', () => {
  const cases = [
    { name: 'simple', input: 'a,b\n1,2\n3,4\n', lines: [1, 2, 3] },
    { name: 'CRLF', input: 'a,b\r\n1,2\r\n', lines: [1, 2] },
    { name: 'mixed newlines', input: 'a,b\r\n1,2\n3,4\r\n', lines: [1, 2, 3] },
    { name: 'line break inside a header cell', input: '"Tổng số\nhọc sinh",b\n1,2\n3,4', lines: [1, 3, 4] },
    { name: 'blank lines are rows', input: 'a,b\n\n1,2\n', lines: [1, 2, 3] },
  ];
  for (const c of cases) it(c.name, () => expect(parseCsv(c.input).rows.map((r) => r.line)).toEqual(c.lines));
  it('keeps the break inside the cell', () => {
    expect(parseCsv('"Tổng số\r\nhọc sinh",b').rows[0]!.cells[0]).toBe('Tổng số\nhọc sinh');
  });
  it('flags an unclosed quote', () => {
    expect(parseCsv('a,b\n"x,1\n').rows[1]!.problem).toBe('unclosed-quote');
  });
});

const HEADER = 'Năm báo cáo,Mã trường,Tên trường,Cấp học,Mã xã/phường,Ngày báo cáo,Tổng số học sinh,Tổng số giáo viên';
const row = (code: string, name = 'Trường A') => `2025,${code},${name},1,00145,10/12/2025,500,30`;
const shape = (text: string) => parseCsv(text).rows.map((r) => [r.line, r.endLine, r.problem ?? 'ok', r.cells.length]);

describe('finding 8.3: an unclosed quote does not swallow the rows after it', () => {
  const cases = [
    {
      name: 'a quote opened on line 3 and never closed',
      input: [HEADER, row('01000001'), row('01000002', '"Trường B'), row('01000003'), row('01000004'), row('01000005'), ''].join('\n'),
      expected: [[1, 1, 'ok', 8], [2, 2, 'ok', 8], [3, 3, 'unclosed-quote', 8], [4, 4, 'ok', 8], [5, 5, 'ok', 8], [6, 6, 'ok', 8]],
    },
    {
      name: 'a quote closed by a stray quote three lines later',
      input: [HEADER, row('01000001', '"Trường A'), row('01000002'), row('01000003'), row('01000004', 'Trường "D"'), ''].join('\n'),
      expected: [[1, 1, 'ok', 8], [2, 2, 'unclosed-quote', 8], [3, 3, 'ok', 8], [4, 4, 'ok', 8], [5, 5, 'ok', 8]],
    },
    {
      name: 'an unclosed quote in the last cell of a line',
      input: [HEADER, `${row('01000001').slice(0, -2)}"30`, row('01000002'), ''].join('\n'),
      expected: [[1, 1, 'ok', 8], [2, 2, 'unclosed-quote', 8], [3, 3, 'ok', 8]],
    },
    {
      name: 'a line break inside a quoted cell is still one row',
      input: [HEADER, row('01000001', '"Trường\nTiểu học A"'), row('01000002'), ''].join('\n'),
      expected: [[1, 1, 'ok', 8], [2, 3, 'ok', 8], [4, 4, 'ok', 8]],
    },
    {
      name: 'a multi-line note with a few commas is still one cell',
      input: [HEADER, row('01000001', '"Ghi chú: a, b\nc, d"'), ''].join('\n'),
      expected: [[1, 1, 'ok', 8], [2, 3, 'ok', 8]],
    },
    {
      name: 'text after a closing quote makes a malformed row of its own line',
      input: [HEADER, row('01000001', '"Trường A"x'), row('01000002'), ''].join('\n'),
      expected: [[1, 1, 'ok', 8], [2, 2, 'malformed-row', 8], [3, 3, 'ok', 8]],
    },
    {
      name: 'the last line without a final newline',
      input: [HEADER, row('01000001', '"Trường A')].join('\n'),
      expected: [[1, 1, 'ok', 8], [2, 2, 'unclosed-quote', 8]],
    },
  ];
  for (const c of cases) it(c.name, () => expect(shape(c.input)).toEqual(c.expected));

  it('keeps the cells of an unclosed line where they were, so its school is still named', () => {
    const rows = parseCsv([HEADER, row('01000002', '"Trường B'), ''].join('\n')).rows;
    expect(rows[1]!.cells.slice(0, 3)).toEqual(['2025', '01000002', 'Trường B']);
  });
  it('reads doubled quotes inside a quoted cell', () => {
    expect(parseCsv('a,b\n"Trường ""A""",1\n').rows[1]!.cells).toEqual(['Trường "A"', '1']);
  });
});

describe('countLines', () => {
  const cases = [
    { input: '', expected: 0 },
    { input: 'a', expected: 1 },
    { input: 'a\n', expected: 1 },
    { input: 'a\n\n', expected: 2 },
    { input: 'a\r\nb\rc', expected: 3 },
  ];
  for (const c of cases) it(JSON.stringify(c.input), () => expect(countLines(c.input)).toBe(c.expected));
});

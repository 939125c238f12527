import { describe, it, expect } from 'vitest';
import { parseCsv, detectDelimiter } from '../../src/pipeline/parse-csv.ts';

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
    expect(parseCsv('a,b\n"x,1\n').rows[1]!.error).toBeDefined();
  });
});

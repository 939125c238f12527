import { describe, it, expect } from 'vitest';
import { parseCount, parseScore, parseYesNo, parseDate, parseYear, parseSchoolCode, parseWardCode, isExcelError, isNotApplicable, parseNumberText } from '../../src/core/parse-values.ts';

describe('parseNumberText', () => {
  const cases = [
    { name: 'plain', input: '1234', expected: 1234 },
    { name: 'dot thousands', input: '1.234', expected: 1234 },
    { name: 'space thousands', input: '1 234', expected: 1234 },
    { name: 'no-break space thousands', input: '1\u00a0234', expected: 1234 },
    { name: 'decimal comma', input: '12,5', expected: 12.5 },
    { name: 'decimal point', input: '12.5', expected: 12.5 },
    { name: 'both marks, Vietnamese', input: '1.234,5', expected: 1234.5 },
    { name: 'both marks, English', input: '1,234.5', expected: 1234.5 },
    { name: 'several dot groups', input: '1.234.567', expected: 1234567 },
    { name: 'surrounding spaces', input: '  42 ', expected: 42 },
    { name: 'negative', input: '-3', expected: -3 },
    { name: 'letters', input: '12,5a', expected: null },
    { name: 'bad grouping', input: '1.23.4', expected: null },
    { name: 'spaces not in groups', input: '12 5', expected: null },
  ];
  for (const c of cases) it(c.name, () => expect(parseNumberText(c.input)?.value ?? null).toBe(c.expected));
});

describe('parseCount', () => {
  const cases = [
    { name: 'count', input: '1.234', expected: { ok: true, value: { status: 'value', value: 1234 } } },
    { name: 'zero is a value', input: '0', expected: { ok: true, value: { status: 'value', value: 0 } } },
    { name: 'blank is missing', input: '  ', expected: { ok: true, value: { status: 'missing' } } },
    { name: 'KAD', input: 'KAD', expected: { ok: true, value: { status: 'not_applicable' } } },
    { name: 'Không áp dụng', input: 'Không áp dụng', expected: { ok: true, value: { status: 'not_applicable' } } },
    { name: 'khong ap dung unaccented', input: 'khong ap dung', expected: { ok: true, value: { status: 'not_applicable' } } },
    { name: 'N/A', input: 'n/a', expected: { ok: true, value: { status: 'not_applicable' } } },
    { name: 'Excel float', input: '12,0', expected: { ok: true, value: { status: 'value', value: 12 } } },
    { name: 'not whole', input: '12,5', expected: { ok: false, code: 'count-not-whole' } },
    { name: 'negative', input: '-1', expected: { ok: false, code: 'count-negative' } },
    { name: 'percentage', input: '85%', expected: { ok: false, code: 'percent-not-count' } },
    { name: 'not a number', input: '12,5a', expected: { ok: false, code: 'bad-number' } },
  ];
  for (const c of cases) it(c.name, () => expect(parseCount(c.input)).toEqual(c.expected));
});

describe('parseScore', () => {
  const cases = [
    { name: 'decimal comma', input: '85,5', expected: { ok: true, value: { status: 'value', value: 85.5 } } },
    { name: 'percentage', input: '85,5%', expected: { ok: true, value: { status: 'value', value: 85.5 } } },
    { name: 'bounds', input: '100', expected: { ok: true, value: { status: 'value', value: 100 } } },
    { name: 'KAD at a preschool', input: 'kad', expected: { ok: true, value: { status: 'not_applicable' } } },
    { name: 'above 100', input: '105', expected: { ok: false, code: 'score-out-of-range' } },
    { name: 'below 0', input: '-1', expected: { ok: false, code: 'score-out-of-range' } },
  ];
  for (const c of cases) it(c.name, () => expect(parseScore(c.input)).toEqual(c.expected));
});

describe('parseYesNo', () => {
  const yes = ['Có', 'có', 'co', '1', 'Yes', 'Đạt', 'x', 'X'];
  const no = ['Không', 'không', '0', 'No', 'Chưa đạt'];
  for (const input of yes) it(`${input} is yes`, () => expect(parseYesNo(input)).toEqual({ ok: true, value: { status: 'value', value: 1 } }));
  for (const input of no) it(`${input} is no`, () => expect(parseYesNo(input)).toEqual({ ok: true, value: { status: 'value', value: 0 } }));
  it('blank is not reported, never no', () => expect(parseYesNo('')).toEqual({ ok: true, value: { status: 'missing' } }));
  it('N/A', () => expect(parseYesNo('N/A')).toEqual({ ok: true, value: { status: 'not_applicable' } }));
  it('anything else', () => expect(parseYesNo('Thủ trưởng')).toEqual({ ok: false, code: 'bad-yes-no' }));
});

describe('isNotApplicable', () => {
  const cases = [
    { input: 'KAD', expected: true }, { input: 'K.A.D', expected: true }, { input: 'KHÔNG ÁP DỤNG', expected: true },
    { input: 'N/A', expected: true }, { input: '0', expected: false }, { input: '', expected: false }, { input: 'Không', expected: false },
  ];
  for (const c of cases) it(JSON.stringify(c.input), () => expect(isNotApplicable(c.input)).toBe(c.expected));
});

describe('parseDate', () => {
  const cases = [
    { name: 'slashes', input: '10/12/2026', expected: { ok: true, value: '2026-12-10' } },
    { name: 'dashes', input: '05-12-2025', expected: { ok: true, value: '2025-12-05' } },
    { name: 'dots', input: '10.12.2025', expected: { ok: true, value: '2025-12-10' } },
    { name: 'one-digit day and month', input: '1/2/2026', expected: { ok: true, value: '2026-02-01' } },
    { name: 'ISO', input: '2026-12-10', expected: { ok: true, value: '2026-12-10' } },
    { name: 'with a time', input: '10/12/2026 00:00:00', expected: { ok: true, value: '2026-12-10' } },
    { name: 'Excel serial', input: '46002', expected: { ok: true, value: '2025-12-11' } },
    { name: 'Excel serial float', input: '46002.0', expected: { ok: true, value: '2025-12-11' } },
    { name: '29 February of a leap year', input: '29/02/2028', expected: { ok: true, value: '2028-02-29' } },
    { name: '29 February of another year', input: '29/02/2026', expected: { ok: false, code: 'date-invalid' } },
    { name: '31 February', input: '31/02/2025', expected: { ok: false, code: 'date-invalid' } },
    { name: 'month 13', input: '01/13/2025', expected: { ok: false, code: 'date-invalid' } },
    { name: 'mixed separators', input: '10/12-2025', expected: { ok: false, code: 'date-invalid' } },
    { name: 'two-digit year', input: '10/12/25', expected: { ok: false, code: 'date-invalid' } },
    { name: 'words', input: 'hôm qua', expected: { ok: false, code: 'date-invalid' } },
  ];
  for (const c of cases) it(c.name, () => expect(parseDate(c.input)).toEqual(c.expected));
});

describe('parseYear', () => {
  const cases = [
    { input: '2026', expected: { ok: true, value: 2026 } },
    { input: '2026.0', expected: { ok: true, value: 2026 } },
    { input: '26', expected: { ok: false, code: 'bad-year' } },
    { input: '2025-2026', expected: { ok: false, code: 'bad-year' } },
  ];
  for (const c of cases) it(c.input, () => expect(parseYear(c.input)).toEqual(c.expected));
});

describe('codes from Excel', () => {
  const schools = [
    { name: 'text code', input: '01000001', expected: { ok: true, value: { code: '01000001', fromExcelNumber: false } } },
    { name: 'letter upper-cased', input: '3300a001', expected: { ok: true, value: { code: '3300A001', fromExcelNumber: false } } },
    { name: 'Excel float', input: '19164390.0', expected: { ok: true, value: { code: '19164390', fromExcelNumber: true } } },
    { name: 'exact scientific', input: '1.9164390E+07', expected: { ok: true, value: { code: '19164390', fromExcelNumber: true } } },
    { name: 'exact scientific, trailing zero', input: '1.91643900E+07', expected: { ok: true, value: { code: '19164390', fromExcelNumber: true } } },
    { name: 'rounded scientific', input: '1.9164E+07', expected: { ok: false, code: 'code-precision-lost' } },
    { name: 'formula text', input: '="01000001"', expected: { ok: true, value: { code: '01000001', fromExcelNumber: false } } },
    { name: 'words', input: 'Người lập biểu', expected: { ok: false, code: 'bad-school-code' } },
  ];
  for (const c of schools) it(`school: ${c.name}`, () => expect(parseSchoolCode(c.input)).toEqual(c.expected));
  const wards = [
    { name: 'five digits', input: '00145', expected: { ok: true, value: { code: '00145', fromExcelNumber: false } } },
    { name: 'zeros lost', input: '145', expected: { ok: true, value: { code: '00145', fromExcelNumber: true } } },
    { name: 'Excel float', input: '145.0', expected: { ok: true, value: { code: '00145', fromExcelNumber: true } } },
    { name: 'too long', input: '001455', expected: { ok: false, code: 'bad-ward-code' } },
    { name: 'letters', input: 'P.145', expected: { ok: false, code: 'bad-ward-code' } },
  ];
  for (const c of wards) it(`ward: ${c.name}`, () => expect(parseWardCode(c.input)).toEqual(c.expected));
});

describe('finding 8.7: Excel error values and numbers too large are rejected', () => {
  const ERRORS = ['#N/A', '#n/a', '#VALUE!', '#REF!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', ' #N/A '];
  for (const input of ERRORS) {
    it(`${input} is an Excel error in a count, a score, a yes/no cell and an identity cell`, () => {
      const failure = { ok: false, code: 'excel-error-value' };
      expect([parseCount(input), parseScore(input), parseYesNo(input), parseYear(input), parseDate(input), parseSchoolCode(input), parseWardCode(input)])
        .toEqual([failure, failure, failure, failure, failure, failure, failure]);
      expect(isExcelError(input)).toBe(true);
    });
  }
  it('N/A without the # is still "not applicable"', () => expect(parseCount('N/A')).toEqual({ ok: true, value: { status: 'not_applicable' } }));
  it('#N/A is not "not applicable"', () => expect(isNotApplicable('#N/A') && !isExcelError('#N/A')).toBe(false));

  const LARGE = [
    { name: 'the largest count', input: '1.000.000.000', expected: { ok: true, value: { status: 'value', value: 1_000_000_000 } } },
    { name: 'one more', input: '1000000001', expected: { ok: false, code: 'number-too-large' } },
    { name: 'not exactly representable', input: '99999999999999999999999', expected: { ok: false, code: 'number-too-large' } },
    { name: 'beyond 2^53', input: '9007199254740993', expected: { ok: false, code: 'number-too-large' } },
    { name: 'large and not whole', input: '1e23', expected: { ok: false, code: 'bad-number' } },
  ];
  for (const c of LARGE) it(c.name, () => expect(parseCount(c.input)).toEqual(c.expected));
  it('a huge score is out of range', () => expect(parseScore('99999999999999999999999')).toEqual({ ok: false, code: 'score-out-of-range' }));
});

// Text width estimates the charts lay their labels out with (src/charts/text-fit.ts).
// The widths are DejaVu Sans's as Chromium measures them (canvas measureText,
// 100 px): the cases pin those figures; tests/browser/phone.test.ts checks the
// layouts they produce in the browser.
import { describe, expect, it } from 'vitest';
import { clipText, textWidth, tickLabelWidth, wrapLines } from '../../src/charts/text-fit.ts';

describe('textWidth', () => {
  // Letters with tone marks take their base letter's width: within 1 % of the real one.
  it.each([
    { name: 'a ward name', text: 'Phường Trần Hưng Đạo', measured: 1148 },
    { name: 'a sentence with tone marks', text: 'Tỷ lệ cơ sở giáo dục có kế hoạch', measured: 1629 },
  ])('$name: within 1 % of what Chromium measures at 100 px ($measured)', ({ text, measured }) => {
    expect(Math.abs(textWidth(text, 100) - measured) / measured).toBeLessThan(0.01);
  });

  it.each([
    { name: 'digits are tabular', text: '2026', size: 12, expected: 30.72 },
    { name: 'a no-break space counts as a space', text: '72,4\u00a0%', size: 10, expected: textWidth('72,4 %', 10) },
    { name: 'decomposed and composed forms measure the same', text: 'Hòa'.normalize('NFD'), size: 10, expected: textWidth('Hòa', 10) },
    { name: 'empty text', text: '', size: 12, expected: 0 },
  ])('$name', ({ text, size, expected }) => {
    expect(textWidth(text, size)).toBeCloseTo(expected, 0);
  });

  it('bold text is wider than regular', () => {
    expect(textWidth('Tỷ lệ', 12, true)).toBeGreaterThan(textWidth('Tỷ lệ', 12));
  });
});

describe('wrapLines', () => {
  it.each([
    { name: 'text that fits stays one line', text: 'Tỷ lệ phòng học', width: 200, expected: ['Tỷ lệ phòng học'] },
    { name: 'a word wider than the line keeps a line of its own', text: 'a Supercalifragilistic b', width: 40, expected: ['a', 'Supercalifragilistic', 'b'] },
    { name: 'a no-break space never breaks', text: '86,8\u00a0% · mục tiêu', width: 30, expected: ['86,8\u00a0%', '·', 'mục', 'tiêu'] },
    { name: 'empty text is one empty line', text: '', width: 100, expected: [''] },
  ])('$name', ({ text, width, expected }) => {
    expect(wrapLines(text, width, 12)).toEqual(expected);
  });

  it.each([
    { text: 'Tỷ lệ giáo viên ứng dụng AI trong dạy học', width: 120 },
    { text: 'Tỷ lệ hồ sơ học sinh đã xác thực với CSDL quốc gia về dân cư', width: 298 },
    { text: '57,2\u00a0điểm · mục tiêu 50\u00a0điểm (2027) · đạt', width: 150 },
  ])('packs "$text" greedily into $width px: every line fits, the next word would not', ({ text, width }) => {
    const lines = wrapLines(text, width, 12);
    expect(lines.join(' ')).toBe(text);
    lines.forEach((line, i) => {
      expect(textWidth(line, 12)).toBeLessThanOrEqual(width);
      const next = lines[i + 1]?.split(' ')[0];
      if (next) expect(textWidth(`${line} ${next}`, 12)).toBeGreaterThan(width);
    });
  });
});

describe('clipText', () => {
  it.each([
    { name: 'text that fits is kept whole', text: 'Xã Tân Hưng', width: 200, expected: 'Xã Tân Hưng' },
  ])('$name', ({ text, width, expected }) => {
    expect(clipText(text, width, 12)).toBe(expected);
  });

  it('text too wide keeps the longest start that fits with an ellipsis', () => {
    const text = 'Trung tâm GDNN-GDTX Long Biên';
    const clipped = clipText(text, 120, 12);
    expect(clipped.endsWith('…')).toBe(true);
    expect(text.startsWith(clipped.slice(0, -1))).toBe(true);
    expect(textWidth(clipped, 12)).toBeLessThanOrEqual(120);
    expect(textWidth(`${text.slice(0, clipped.length)}…`, 12)).toBeGreaterThan(120);
  });
});

describe('tickLabelWidth', () => {
  it.each([
    { name: 'a 0–100 axis: "100"', domain: [0, 100] as const, expected: textWidth('100', 12) },
    { name: 'a count axis in thousands: "10,000" as Plot writes it', domain: [0, 10_829] as const, expected: textWidth('12,000', 12) },
    { name: 'a 0–1 axis: decimals', domain: [0, 1.05] as const, expected: textWidth('1.2', 12) },
  ])('$name', ({ domain, expected }) => {
    expect(tickLabelWidth(domain, 12)).toBeCloseTo(expected, 5);
  });
});

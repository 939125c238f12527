// Text width estimates for laying out chart labels before the browser sees
// them: widths in px of a string at a font size, line wrapping and clipping.
// Runs at build time (linkedom cannot measure) and in the browser alike.
//
// The widths are DejaVu Sans's (measured with canvas measureText at 100 px in
// Chromium), the widest of the fonts `system-ui` resolves to on Debian,
// Android (Roboto) and iOS (SF): a label laid out with them fits everywhere.

import { scaleLinear } from 'd3';

// Advance widths in 1/100 em; letters with diacritics take their base letter's.
const WIDTHS: Record<string, number> = {
  ' ': 32, '!': 40, '"': 46, '%': 95, '&': 78, "'": 27, '(': 39, ')': 39, '*': 50, '+': 84, ',': 32, '-': 36, '.': 32, '/': 34,
  ':': 34, ';': 34, '?': 53, '|': 34, '–': 50, '—': 100, '…': 100, '·': 32, '→': 84, '↑': 84, '↓': 84, '\u00a0': 32,
  a: 61, b: 63, c: 55, d: 63, e: 62, f: 35, g: 63, h: 63, i: 28, j: 28, k: 58, l: 28, m: 97, n: 63, o: 61, p: 63, q: 63,
  r: 41, s: 52, t: 39, u: 63, v: 59, w: 82, x: 59, y: 59, z: 52, đ: 63,
  A: 68, B: 69, C: 70, D: 77, E: 63, F: 58, G: 77, H: 75, I: 29, J: 29, K: 66, L: 56, M: 86, N: 75, O: 79, P: 60, Q: 79,
  R: 69, S: 63, T: 61, U: 73, V: 68, W: 99, X: 69, Y: 61, Z: 69, Đ: 77, Ơ: 91, Ư: 86,
};
const DIGIT = 64;
const OTHER = 64;
/** Bold glyphs of DejaVu Sans are about 11 % wider. */
const BOLD = 1.12;

function charWidth(ch: string): number {
  const known = WIDTHS[ch];
  if (known !== undefined) return known;
  if (ch >= '0' && ch <= '9') return DIGIT;
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (base !== ch && base.length > 0) return [...base].reduce((sum, c) => sum + charWidth(c), 0);
  return OTHER;
}

/** Estimated width in px of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let sum = 0;
  for (const ch of text.normalize('NFC')) sum += charWidth(ch);
  return (sum / 100) * fontSize * (bold ? BOLD : 1);
}

/** Words of `text` greedily packed into lines no wider than `maxWidth` (a word longer than that keeps its own line). */
export function wrapLines(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** `text`, cut with an ellipsis when wider than `maxWidth`. */
export function clipText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('').trimEnd()}…`, fontSize, bold) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * The widest tick label Plot may write on a linear axis over `domain` (it
 * formats ticks with d3's tickFormat, "1,000"; counting ten ticks covers the
 * fewer a narrow chart gets), to leave room for it at the chart's edge.
 */
export function tickLabelWidth(domain: readonly [number, number], fontSize: number, nice = true): number {
  const scale = scaleLinear().domain(domain);
  if (nice) scale.nice();
  const format = scale.tickFormat(10);
  return Math.max(0, ...scale.ticks(10).map((tick) => textWidth(format(tick), fontSize)));
}

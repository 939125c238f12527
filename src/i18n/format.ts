// Number and date formatting with Intl: vi-VN writes 72,4 % and 1.237;
// en-GB writes 72.4% and 1,237. Missing and not-applicable values get words,
// never a 0. Runs in Node and the browser.
import { t, type Lang } from './index.ts';
import { formatNumber } from './format-number.ts';

export { formatDate, formatNumber } from './format-number.ts';

const NBSP = '\u00a0';

/** A figure with its unit: "72,4 %" (vi), "72.4%" (en), "48,5 điểm". */
export function formatValue(lang: Lang, value: number, unit: string, digits = 1): string {
  const number = formatNumber(lang, value, digits);
  if (!unit) return number;
  if (unit === '%') return lang === 'vi' ? `${number}${NBSP}%` : `${number}%`;
  return `${number}${NBSP}${unit}`;
}

/** A figure that may be absent: null → "không có số liệu" / "no data". */
export function formatMaybe(lang: Lang, value: number | null | undefined, unit: string, digits = 1): string {
  return value === null || value === undefined || !Number.isFinite(value) ? t(lang, 'value.missing') : formatValue(lang, value, unit, digits);
}

/** Decimals shown for a measure kind (the rules compare at this precision). */
export { digitsOf } from '../core/rules/targets.ts';

/** "a/b" with both numbers formatted. */
export function formatFraction(lang: Lang, part: number, whole: number): string {
  return `${formatNumber(lang, part)}/${formatNumber(lang, whole)}`;
}

/** A list of years, with ranges collapsed: 2025–2027. */
export function formatYears(years: readonly number[]): string {
  if (years.length === 0) return '';
  const sorted = [...years].sort((a, b) => a - b);
  const contiguous = sorted.every((y, i) => i === 0 || y === sorted[i - 1]! + 1);
  return contiguous && sorted.length > 2 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join(', ');
}

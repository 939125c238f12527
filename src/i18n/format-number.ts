// Numbers and dates as each language writes them (Intl): vi-VN writes 1.237
// and 21/11/2026; en-GB writes 1,237 and 21 November 2026. Apart from
// format.ts so a page script can use them without the site's dictionaries.
// Runs in Node and the browser.
import type { Lang } from './index.ts';

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number with `digits` decimals at most (trailing zeros dropped unless `fixed`). */
export function formatNumber(lang: Lang, value: number, digits = 0, fixed = false): string {
  const key = `${lang}:${digits}:${fixed}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits, minimumFractionDigits: fixed ? digits : 0 });
    numberFormats.set(key, format);
  }
  // Avoid "-0" after rounding a tiny negative.
  const result = format.format(value);
  return /^-0([.,]0+)?$/.test(result) ? result.slice(1) : result;
}

/** A calendar date given as YYYY-MM-DD: 21/11/2026 (vi), 21 November 2026 (en). */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const options: Intl.DateTimeFormatOptions =
    lang === 'vi' ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALE[lang], options).format(date);
}

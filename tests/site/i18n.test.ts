// Both languages have the same keys, no empty string, the same placeholders;
// numbers and dates follow vi-VN and en-GB.
import { describe, expect, it } from 'vitest';
import { en, vi } from '../../src/i18n/strings.ts';
import { en as enJudgement, vi as viJudgement } from '../../src/i18n/judgement.ts';
import { t } from '../../src/i18n/index.ts';
import { formatDate, formatMaybe, formatNumber, formatValue, formatYears } from '../../src/i18n/format.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });
  it.each(Object.keys(vi) as (keyof typeof vi)[])('%s: both non-empty, same placeholders', (key) => {
    expect(vi[key].trim()).not.toBe('');
    expect(en[key].trim()).not.toBe('');
    expect(placeholders(en[key])).toEqual(placeholders(vi[key]));
  });
});

describe('judgement dictionaries', () => {
  it('have the same keys', () => expect(Object.keys(enJudgement).sort()).toEqual(Object.keys(viJudgement).sort()));
  it.each(Object.keys(viJudgement) as (keyof typeof viJudgement)[])('%s: both non-empty, same placeholders', (key) => {
    expect(viJudgement[key].trim()).not.toBe('');
    expect(enJudgement[key].trim()).not.toBe('');
    expect(placeholders(enJudgement[key])).toEqual(placeholders(viJudgement[key]));
  });
  it('say "chỉ tiêu" for a target figure, never "mục tiêu"', () => {
    expect(Object.values(viJudgement).filter((text) => /mục tiêu/i.test(text))).toEqual([]);
  });
});

describe('t', () => {
  it.each<{ lang: 'vi' | 'en'; key: Parameters<typeof t>[1]; values: Record<string, string>; expected: string }>([
    { lang: 'vi' as const, key: 'plan.schoolsCount' as const, values: { count: '1.237' }, expected: '1.237 cơ sở giáo dục' },
    { lang: 'en' as const, key: 'plan.schoolsCount' as const, values: { count: '1,237' }, expected: '1,237 education institutions' },
    { lang: 'vi' as const, key: 'site.demoBanner' as const, values: {}, expected: 'Dữ liệu minh họa — không phải số liệu chính thức' },
    { lang: 'en' as const, key: 'site.demoBanner' as const, values: {}, expected: 'Illustrative demo data — not official figures' },
    { lang: 'vi' as const, key: 'summary.trend' as const, values: { label: 'X' }, expected: 'X: {value} năm {year}.' },
  ])('$lang $key', ({ lang, key, values, expected }) => {
    expect(t(lang, key, values)).toBe(expected);
  });
});

describe('formatting', () => {
  it.each([
    { got: () => formatValue('vi', 72.44, '%'), expected: '72,4\u00a0%' },
    { got: () => formatValue('en', 72.44, '%'), expected: '72.4%' },
    { got: () => formatValue('vi', 80, '%'), expected: '80\u00a0%' },
    { got: () => formatValue('vi', 48.55, 'điểm'), expected: '48,6\u00a0điểm' },
    { got: () => formatNumber('vi', 1237), expected: '1.237' },
    { got: () => formatNumber('en', 1237), expected: '1,237' },
    { got: () => formatNumber('vi', -0.01, 1), expected: '0' },
    { got: () => formatMaybe('vi', null, '%'), expected: 'không có số liệu' },
    { got: () => formatMaybe('en', null, '%'), expected: 'no data' },
    { got: () => formatMaybe('vi', 0, '%'), expected: '0\u00a0%' },
    { got: () => formatDate('vi', '2026-11-21'), expected: '21/11/2026' },
    { got: () => formatDate('en', '2026-11-21'), expected: '21 November 2026' },
    { got: () => formatYears([2027, 2025, 2026]), expected: '2025–2027' },
    { got: () => formatYears([2026, 2027]), expected: '2026, 2027' },
  ])('$expected', ({ got, expected }) => {
    expect(got()).toBe(expected);
  });
});

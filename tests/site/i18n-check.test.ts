// The check page's dictionary (src/i18n/check.ts): both languages have the
// same keys, no empty string, the same placeholders.
import { describe, expect, it } from 'vitest';
import { en, tc, vi } from '../../src/i18n/check.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('check strings', () => {
  it('have the same keys', () => expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort()));
  it.each(Object.keys(vi) as (keyof typeof vi)[])('%s: both non-empty, same placeholders', (key) => {
    expect(vi[key].trim()).not.toBe('');
    expect(en[key].trim()).not.toBe('');
    expect(placeholders(en[key])).toEqual(placeholders(vi[key]));
  });
  it('fills placeholders', () => {
    expect(tc('vi', 'check.mark.error', { n: 3 })).toBe('lỗi 3');
    expect(tc('en', 'check.done', { files: 2, errors: 1, warnings: 0 })).toBe('Checked 2 file(s): 1 errors, 0 warnings.');
  });
});

// The search box's matching: with or without diacritics, by code, ranked.
import { describe, expect, it } from 'vitest';
import { matchEntries, prepareEntries, type SearchEntry } from '../../src/scripts/search-match.ts';

const entries: SearchEntry[] = [
  ['w', '11953', 'Phường Phố Hiến', 'hung-yen-2026', ''],
  ['s', '33000001', 'Trường THPT Phố Hiến', 'hung-yen-2026', 'Phường Phố Hiến'],
  ['s', '33000002', 'Trường Tiểu học Hồng Châu', 'hung-yen-2026', 'Phường Phố Hiến'],
  ['w', '00145', 'Phường Long Biên', 'long-bien-2025', ''],
  ['s', '01101001', 'Trường Mầm non Đức Giang', 'long-bien-2025', 'Phường Long Biên'],
];
const prepared = prepareEntries(entries);
const codes = (query: string) => matchEntries(prepared, query).map((e) => e[1]);

describe('matchEntries', () => {
  it.each([
    { name: 'without diacritics', query: 'pho hien', expected: ['11953', '33000001', '33000002'] },
    { name: 'with diacritics', query: 'Phố Hiến', expected: ['11953', '33000001', '33000002'] },
    { name: 'đ folds to d', query: 'duc giang', expected: ['01101001'] },
    { name: 'upper case and extra spaces', query: '  THPT   pho ', expected: ['33000001'] },
    { name: 'a school by its ward name', query: 'hong chau pho hien', expected: ['33000002'] },
    { name: 'a code prefix', query: '3300000', expected: ['33000001', '33000002'] },
    { name: 'a ward code', query: '00145', expected: ['00145'] },
    { name: 'no match', query: 'hai phong', expected: [] },
    { name: 'punctuation only', query: '—', expected: [] },
  ])('$name: "$query"', ({ query, expected }) => {
    expect(codes(query)).toEqual(expected);
  });
});

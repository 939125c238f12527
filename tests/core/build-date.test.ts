import { describe, it, expect } from 'vitest';
import { resolveBuildDate } from '../../src/core/build-date.ts';

describe('resolveBuildDate', () => {
  const now = () => new Date('2026-11-21T18:30:00Z'); // 01:30 on the 22nd in Hà Nội
  it.each([
    { name: 'BUILD_DATE wins', env: { BUILD_DATE: '2027-01-05', SOURCE_DATE_EPOCH: '0' }, expected: '2027-01-05' },
    { name: 'SOURCE_DATE_EPOCH next', env: { SOURCE_DATE_EPOCH: '1798761600' }, expected: '2027-01-01' },
    { name: 'else today in Asia/Ho_Chi_Minh', env: {}, expected: '2026-11-22' },
  ])('$name', ({ env, expected }) => {
    expect(resolveBuildDate(env, now)).toBe(expected);
  });
  it('rejects a malformed BUILD_DATE', () => {
    expect(() => resolveBuildDate({ BUILD_DATE: '21/11/2026' })).toThrowErrorMatchingInlineSnapshot(`[Error: build date (--build-date or BUILD_DATE) must be a calendar date as YYYY-MM-DD, got "21/11/2026"]`);
  });
  it.each(['2026-02-30', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-12-00'])('finding 8.6: rejects the impossible date %s', (date) => {
    expect(() => resolveBuildDate({ BUILD_DATE: date })).toThrow(`got "${date}"`);
  });
  it.each(['2028-02-29', '2026-12-31', '2026-01-01'])('accepts the calendar date %s', (date) => {
    expect(resolveBuildDate({ BUILD_DATE: date })).toBe(date);
  });
});

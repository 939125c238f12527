// The yearly deadline in words: as the document states it, or marked as assumed.
import { describe, expect, it } from 'vitest';
import { deadlineText } from '../../src/components/plan-view.ts';
import { parsePlan } from '../../src/core/plan-schema.ts';
import { readFileSync } from 'node:fs';

const stated = { vi: 'trước ngày 15/12 hằng năm', en: 'before 15 December each year' };

describe('deadlineText', () => {
  it.each([
    { name: 'a plain deadline', deadline: { month: 12, day: 15, assumed: false }, vi: 'ngày 15/12 của năm báo cáo', en: '15/12 of the year reported on' },
    { name: 'a deadline the plan states none of is marked assumed', deadline: { month: 12, day: 15, assumed: true }, vi: 'ngày 15/12 của năm báo cáo (giả định: kế hoạch không nêu hạn báo cáo)', en: '15/12 of the year reported on (assumed: the plan states no reporting deadline)' },
    { name: 'a deadline quoted as the plan words it', deadline: { month: 12, day: 14, assumed: false, statedAs: stated }, vi: 'ngày 14/12 của năm báo cáo (kế hoạch ghi: “trước ngày 15/12 hằng năm”)', en: '14/12 of the year reported on (the plan says: “before 15 December each year”)' },
  ])('$name', ({ deadline, vi, en }) => {
    expect(deadlineText('vi', { deadline })).toBe(vi);
    expect(deadlineText('en', { deadline })).toBe(en);
  });

  it('the seed plans: Hưng Yên states no deadline (assumed); Long Biên reports "before 15/12", so on or before 14/12', () => {
    const seed = (id: string) => {
      const parsed = parsePlan(JSON.parse(readFileSync(`data/plans/${id}/plan.json`, 'utf8')));
      if (!('plan' in parsed)) throw new Error(parsed.problems.join('\n'));
      return parsed.plan;
    };
    expect(seed('hung-yen-2026').deadline).toMatchObject({ month: 12, day: 15, assumed: true });
    expect(seed('long-bien-2025').deadline).toMatchObject({ month: 12, day: 14, assumed: false, statedAs: stated });
  });
});

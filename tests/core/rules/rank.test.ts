import { describe, expect, it } from 'vitest';
import { competitionRanks, rankChangeOf, rankUnits, type RankCandidate } from '../../../src/core/rules/rank.ts';

const rules = { minCoverage: 0.8, minSchools: 3, cautionSchools: 5 };
const ward = (name: string, score: number | null, schools = 10, coverage = 1): RankCandidate => ({ code: name, name, score, coverage, schools });

describe('competitionRanks', () => {
  it.each([
    { values: [90, 80, 80, 70], expected: [1, 2, 2, 4] },
    { values: [100, 100, 100, 100, 100, 90], expected: [1, 1, 1, 1, 1, 6] },
    { values: [5], expected: [1] },
    { values: [], expected: [] },
  ])('$values → $expected', ({ values, expected }) => expect(competitionRanks(values)).toEqual(expected));
});

describe('rankUnits', () => {
  it('issue 6: five wards at 100 % share rank 1', () => {
    const { ranked } = rankUnits(['Xã E', 'Phường B', 'Xã A', 'Phường D', 'Xã C'].map((n) => ward(n, 100)).concat(ward('Xã F', 80)), rules);
    expect(ranked.map((u) => [u.rank, u.name])).toEqual([[1, 'Phường B'], [1, 'Phường D'], [1, 'Xã A'], [1, 'Xã C'], [1, 'Xã E'], [6, 'Xã F']]);
  });

  it('ranks on the score rounded to 2 decimals', () => {
    const { ranked } = rankUnits([ward('B', 80.004), ward('A', 80.001), ward('C', 80.006)], rules);
    expect(ranked.map((u) => [u.rank, u.name])).toEqual([[1, 'C'], [2, 'A'], [2, 'B']]);
  });

  it('issue 6: a ward with 1 of its 3 schools reporting is not ranked', () => {
    const { ranked, unranked } = rankUnits([ward('Xã Tiên Lữ', 95, 1), ward('Xã Khác', 60, 8)], rules);
    expect(ranked.map((u) => u.name)).toEqual(['Xã Khác']);
    expect(unranked).toEqual([{ ...ward('Xã Tiên Lữ', 95, 1), reasons: ['few_schools'] }]);
  });

  it.each([
    { name: 'coverage below 80 %', unit: ward('X', 70, 10, 0.75), reasons: ['low_coverage'] },
    { name: 'no score at all', unit: ward('X', null, 10, 0), reasons: ['no_score'] },
    { name: 'both too few schools and low coverage', unit: ward('X', 70, 2, 0.5), reasons: ['few_schools', 'low_coverage'] },
  ])('lists a unit unranked with its reasons: $name', ({ unit, reasons }) => {
    expect(rankUnits([unit], rules).unranked[0]!.reasons).toEqual(reasons);
  });

  it.each([
    { schools: 3, caution: true }, { schools: 4, caution: true }, { schools: 5, caution: false },
  ])('a ward ranked with $schools reporting schools: caution $caution', ({ schools, caution }) => {
    expect(rankUnits([ward('X', 70, schools)], rules).ranked[0]!.caution).toBe(caution);
  });

  it('schools carry no school count: only coverage applies', () => {
    const { ranked } = rankUnits([{ code: 's1', name: 'Trường A', score: 50, coverage: 0.8 }], rules);
    expect(ranked[0]).toMatchObject({ rank: 1, caution: false });
  });

  it('exactly 80 % coverage is ranked', () => expect(rankUnits([ward('X', 70, 10, 0.8)], rules).ranked).toHaveLength(1));
});

describe('rankChangeOf', () => {
  it.each([
    { name: 'up three places', rank: 2, previous: 5, expected: { kind: 'change', places: 3, withinNoise: false } },
    { name: 'down two: within noise', rank: 7, previous: 5, expected: { kind: 'change', places: -2, withinNoise: true } },
    { name: 'no change', rank: 4, previous: 4, expected: { kind: 'change', places: 0, withinNoise: false } },
    { name: 'not ranked last year: new', rank: 1, previous: undefined, expected: { kind: 'new' } },
  ])('$name', ({ rank, previous, expected }) => expect(rankChangeOf(rank, previous, 2)).toEqual(expected));
});

// Ranking, as DTI ranks provinces: standard competition ranking (1, 2, 2, 4)
// on the score rounded to 2 decimals, ties listed alphabetically; ranked only
// with enough coverage and, for a ward, enough reporting schools; the others
// listed with their reasons. The change of rank is last year's rank minus this
// year's, or "new" (shared/method/judgement.md, "Ranking").
import type { Method } from '../plan-schema.ts';
import { roundTo } from './targets.ts';

export interface RankCandidate {
  code: string;
  name: string;
  score: number | null;
  coverage: number | null;
  /** Reporting schools (wards only; schools leave it out). */
  schools?: number;
}

export type UnrankedReason = 'no_score' | 'few_schools' | 'low_coverage';

export interface RankedUnit extends RankCandidate {
  score: number;
  rank: number;
  /** A ward ranked with fewer reporting schools than the caution threshold. */
  caution: boolean;
}

export interface UnrankedUnit extends RankCandidate {
  reasons: UnrankedReason[];
}

export interface Ranking {
  ranked: RankedUnit[];
  unranked: UnrankedUnit[];
}

type RankRules = Pick<Method, 'minCoverage' | 'minSchools' | 'cautionSchools'>;

const byName = (a: { name: string; code: string }, b: { name: string; code: string }) => a.name.localeCompare(b.name, 'vi') || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Ranks 1, 2, 2, 4 for values already in order (equal values share the best rank). */
export function competitionRanks(values: readonly number[]): number[] {
  const ranks: number[] = [];
  values.forEach((v, i) => ranks.push(i > 0 && v === values[i - 1] ? ranks[i - 1]! : i + 1));
  return ranks;
}

export function rankUnits(candidates: readonly RankCandidate[], rules: RankRules): Ranking {
  const ranked: Omit<RankedUnit, 'rank'>[] = [];
  const unranked: UnrankedUnit[] = [];
  for (const c of candidates) {
    const reasons: UnrankedReason[] = [];
    if (c.score === null) reasons.push('no_score');
    if (c.schools !== undefined && c.schools < rules.minSchools) reasons.push('few_schools');
    if (c.score !== null && (c.coverage ?? 0) < rules.minCoverage) reasons.push('low_coverage');
    if (reasons.length) unranked.push({ ...c, reasons });
    else ranked.push({ ...c, score: c.score!, caution: c.schools !== undefined && c.schools < rules.cautionSchools });
  }
  const rounded = (u: { score: number }) => roundTo(u.score, 2);
  ranked.sort((a, b) => rounded(b) - rounded(a) || byName(a, b));
  const ranks = competitionRanks(ranked.map(rounded));
  return {
    ranked: ranked.map((u, i) => ({ ...u, rank: ranks[i]! })),
    unranked: unranked.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || byName(a, b)),
  };
}

export type RankChange = { kind: 'change'; places: number; withinNoise: boolean } | { kind: 'new' };

/** Last year's rank − this year's, for a unit ranked in both; else "new". */
export function rankChangeOf(rank: number, previous: number | undefined, noisePlaces: number): RankChange {
  if (previous === undefined) return { kind: 'new' };
  const places = previous - rank;
  return { kind: 'change', places, withinNoise: places !== 0 && Math.abs(places) <= noisePlaces };
}

// The review's scoreboard: one row per unit (wards, or schools in a one-ward
// plan), one cell per criterion — the criterion's score of the ranking year
// and how many of its measures are met or on track for the phase — with the
// unit's rank and composite score. Rows in rank order, then the unranked.
import { onCourseShare } from '../core/rules/index.ts';
import type { Lang } from '../i18n/index.ts';
import { formatNumber } from '../i18n/format.ts';
import type { SiteData } from '../site-data/types.ts';
import type { RankingView } from './ranking-view.ts';
import type { JudgedMeasure } from './unit-view.ts';

export interface ScoreboardCell {
  /** "92 · 2/3", or "—". */
  text: string;
  /** Share of the criterion's measures met or on track (0–1), or null: for shading. */
  share: number | null;
}

export interface ScoreboardRow {
  code: string;
  name: string;
  rank: number | null;
  scoreText: string;
  /** "11/13". */
  onCourse: string;
  cells: ScoreboardCell[];
}

export interface Scoreboard {
  year: number | null;
  /** "TC1"… with the criterion's title. */
  columns: { short: string; title: string }[];
  rows: ScoreboardRow[];
}

export function scoreboardOf(lang: Lang, site: SiteData, ranking: RankingView, units: { code: string; name: string; judged: JudgedMeasure[] }[]): Scoreboard {
  const rows = new Map([...ranking.ranked, ...ranking.unranked].map((r) => [r.code, r]));
  const order = new Map([...ranking.ranked, ...ranking.unranked].map((r, i) => [r.code, i]));
  const withTarget = (js: JudgedMeasure[]) => js.filter((j) => j.judgement.status !== 'no_target');
  const onOf = (js: JudgedMeasure[]) => js.filter((j) => j.judgement.status === 'met' || j.judgement.status === 'on_track').length;
  const board = units.map((u) => {
    const row = rows.get(u.code);
    const judged = withTarget(u.judged);
    return {
      code: u.code,
      name: u.name,
      rank: row?.rank ?? null,
      scoreText: row?.scoreText ?? '—',
      onCourse: `${formatNumber(lang, onOf(judged))}/${formatNumber(lang, judged.length)}`,
      cells: site.plan.criteria.map((c) => {
        const score = row?.detail.criteria.find((x) => x.id === c.id)?.score ?? null;
        const js = judged.filter((j) => j.criterion.id === c.id);
        const part = js.length === 0 ? '' : ` · ${formatNumber(lang, onOf(js))}/${formatNumber(lang, js.length)}`;
        return { text: score === null && !part ? '—' : `${score === null ? '—' : formatNumber(lang, score, 0)}${part}`, share: onCourseShare(js.map((j) => j.judgement.status)) };
      }),
    };
  });
  board.sort((a, b) => (order.get(a.code) ?? Infinity) - (order.get(b.code) ?? Infinity) || a.name.localeCompare(b.name, 'vi'));
  return { year: ranking.year, columns: site.plan.criteria.map((c, i) => ({ short: `TC${i + 1}`, title: c.title[lang] })), rows: board };
}

// Where the trend chart's numbers go (src/charts/trend.ts): beside each
// result dot, target diamond and projected end, and the "no data" words under
// runs of empty years, laid out before drawing so that none meets another.

export interface PointLabel {
  kind: 'value' | 'target' | 'projection';
  year: number;
  value: number;
  /** What the label says (the number, with * on an illustrative target). */
  text: string;
  dx: number;
  dy: number;
  anchor: 'middle' | 'start';
}

export type PointMark = Omit<PointLabel, 'dx' | 'dy' | 'anchor'>;

/** Consecutive years without a value, labelled once at their middle, wrapped to their width. */
export interface GapRun {
  year: number;
  state: string;
  width: number;
}

export interface LabelFrame {
  years: readonly number[];
  /** The top of the y domain (its bottom is 0). */
  top: number;
  width: number;
  marginLeft: number;
  frame: { top: number; right: number; bottom: number; height: number };
}

const ABOVE = { dx: 0, dy: -12, anchor: 'middle' as const };
const BELOW = { dx: 0, dy: 14, anchor: 'middle' as const };
const RIGHT = { dx: 9, dy: 0, anchor: 'start' as const };
/** Marks of one year closer than this (px) would have their numbers meet. */
const NEAR = 30;

/**
 * Each mark's number above it; when marks of the same year lie within 30 px
 * of each other, the lower one's number goes below it, or to its right when
 * that would reach the year labels (or a third close mark took "below").
 */
export function placeLabels(marks: readonly PointMark[], layout: LabelFrame): PointLabel[] {
  const { frame } = layout;
  const plotHeight = frame.height - frame.top - frame.bottom;
  const py = (v: number) => plotHeight * (1 - v / layout.top);
  const labels: PointLabel[] = [];
  for (const year of layout.years) {
    // Top first; at equal heights the result's number goes above, then the target's, then the projection's.
    const order = { value: 0, target: 1, projection: 2 };
    const here = marks.filter((m) => m.year === year).sort((a, b) => b.value - a.value || order[a.kind] - order[b.kind]);
    let previous: { y: number; place: typeof ABOVE | typeof BELOW | typeof RIGHT } | null = null;
    for (const m of here) {
      const y = py(m.value);
      let place: typeof ABOVE | typeof BELOW | typeof RIGHT = ABOVE;
      if (previous && y - previous.y < NEAR) place = previous.place === ABOVE && y + 26 <= plotHeight ? BELOW : RIGHT;
      labels.push({ ...m, ...place });
      previous = { y, place };
    }
  }
  return labels;
}

/** Runs of consecutive years with the same empty state, with the width they may use. */
export function gapRunsOf(gaps: readonly { year: number; state: string }[], layout: LabelFrame): GapRun[] {
  const { years, frame } = layout;
  const slot = (layout.width - layout.marginLeft - frame.right) / (years[years.length - 1]! - years[0]! + 0.8);
  const runs: GapRun[] = [];
  let run: { year: number; state: string }[] = [];
  const flush = () => {
    if (run.length) runs.push({ year: (run[0]!.year + run[run.length - 1]!.year) / 2, state: run[0]!.state, width: slot * run.length - 6 });
    run = [];
  };
  for (const gap of gaps) {
    const last = run[run.length - 1];
    if (last && (years.indexOf(gap.year) !== years.indexOf(last.year) + 1 || gap.state !== last.state)) flush();
    run.push(gap);
  }
  flush();
  return runs;
}

/** Labels grouped by kind and placement: one Plot text mark each (Plot's offsets are constants, not channels). */
export function groupLabels(labels: readonly PointLabel[]): [PointLabel, PointLabel[]][] {
  const groups = new Map<string, [PointLabel, PointLabel[]]>();
  for (const l of labels) {
    const key = `${l.kind} ${l.dx} ${l.dy}`;
    const group = groups.get(key) ?? [l, []];
    group[1].push(l);
    groups.set(key, group);
  }
  return [...groups.values()];
}

// Lines written as ranges, for the entry that stands for many occurrences of a
// problem: [[2, 40001], [40005, 40005]]. Bounded: at most MAX_COLLECTED ranges
// are collected and MAX_RANGES published; the count beside them stays exact.

/** First and last line, inclusive. */
export type LineRange = [number, number];

const MAX_COLLECTED = 1000;
export const MAX_RANGES = 100;
/** Ranges written out in a message; the rest are in `line_ranges`. */
const MAX_IN_TEXT = 5;

/** Add a line (lines mostly come in order); false when it could not be kept. */
export function addLine(ranges: LineRange[], line: number): boolean {
  const last = ranges[ranges.length - 1];
  if (last && line >= last[0] && line <= last[1] + 1) {
    last[1] = Math.max(last[1], line);
    return true;
  }
  if (ranges.length >= MAX_COLLECTED) return false;
  ranges.push([line, line]);
  return true;
}

/** Sorted, overlapping and adjacent ranges joined, at most MAX_RANGES. */
export function mergeRanges(ranges: readonly LineRange[]): { ranges: LineRange[]; truncated: boolean } {
  const merged: LineRange[] = [];
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return { ranges: merged.slice(0, MAX_RANGES), truncated: merged.length > MAX_RANGES };
}

/** "2–40001, 40005" (the first few ranges; "…" when there are more). */
export function formatRanges(ranges: readonly LineRange[], truncated = false): string {
  const text = ranges.slice(0, MAX_IN_TEXT).map(([from, to]) => (from === to ? String(from) : `${from}–${to}`)).join(', ');
  return ranges.length > MAX_IN_TEXT || truncated ? `${text}, …` : text;
}

// Colours of the charts: each passes WCAG AA against white (text 4.5:1,
// graphics 3:1), and every meaning they carry is also said in words or shape.

export const COLORS = {
  value: '#1f5f99', // 6.6:1
  reference: '#4d4d4d', // 8.9:1
  target: '#a4262c', // 7.0:1
  muted: '#595959', // 7.0:1, "no data" / "not applicable" text
  onTime: '#1b6e3a', // 6.3:1
  late: '#a35200', // 5.5:1
  notYetDue: '#5c5c8a', // 5.9:1 (dotted pattern)
  notReported: '#8b1a1a', // 9.0:1 (hatched pattern)
  rejected: '#6a3d9a', // 7.9:1 (cross-hatched pattern)
  projection: '#1f5f99', // the value's colour, dashed
} as const;

// Charts are drawn for a phone first: 320 px wide with 12 px text, so that on a
// 360 px screen (328 px of content) the SVG shows at 1:1 or larger and no text
// falls under 12 CSS px. Wider screens scale the SVG up to a cap (site.css).
export const FONT_SIZE = 12;
export const DEFAULT_WIDTH = 320;
/** Distance between the baselines of wrapped lines: 1.3 em (Plot writes it in em, rounded to 0.1). */
export const LINE_HEIGHT = 15.6;

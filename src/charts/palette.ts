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

export const FONT_SIZE = 12;
export const DEFAULT_WIDTH = 560;

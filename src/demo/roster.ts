// Roster generation: spread a plan's schools over its wards (unevenly, as real
// wards are), give each an 8-character code and a name unique in its ward.
// In: wards and target counts per level; out: schools sorted by code.
import type { Rng } from './prng.ts';
import type { Ward } from './wards.ts';
import { LEVEL_PREFIX, NOTABLE_NAMES, PRESCHOOL_NAMES, drawWardPlaces } from './school-names.ts';

export interface School {
  code: string;
  name: string;
  /** Canonical level code: 45, 1, 2, 12, 3, 23 or 6. */
  level: string;
  wardCode: string;
}

/** Level codes in the order schools are numbered within a unit. */
export const LEVEL_ORDER = ['45', '1', '2', '12', '3', '23', '6'] as const;

export type LevelTargets = Record<(typeof LEVEL_ORDER)[number], number>;

/** Levels run by the province's department (one unit code), not by the ward. */
const PROVINCIAL_LEVELS = new Set(['3', '23', '6']);

/** Split `total` over `weights`, each share at least `minimum` (largest remainder). */
export function allocate(total: number, weights: readonly number[], minimum = 0): number[] {
  const base = weights.map(() => minimum);
  const rest = total - minimum * weights.length;
  if (rest < 0) throw new Error(`cannot give ${minimum} each to ${weights.length} wards out of ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (rest * w) / sum);
  const counts = base.map((b, i) => b + Math.floor(exact[i] ?? 0));
  const order = exact.map((e, i) => ({ i, frac: e - Math.floor(e) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (left-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/** Indexes of the `n` largest weights, in ward order. */
function topIndexes(weights: readonly number[], n: number): Set<number> {
  const order = weights.map((w, i) => ({ w, i })).sort((a, b) => b.w - a.w || a.i - b.i);
  return new Set(order.slice(0, n).map((o) => o.i));
}

export interface RosterOptions {
  rng: Rng;
  wards: readonly Ward[];
  provinceCode: string;
  targets: LevelTargets;
  /** The 3-digit unit code of a ward-run school (for instance its former district). */
  unitOf: (wardIndex: number) => string;
  /** The unit code of department-run schools (THPT, GDTX). */
  provincialUnit: string;
  /** How many codes get a letter in their serial (non-public schools). */
  letterCodes: number;
}

/** Per-ward counts of each level: every ward has a preschool, a primary and a lower-secondary. */
export function allocateLevels(rng: Rng, wards: readonly Ward[], targets: LevelTargets): Map<string, number[]> {
  const weights = wards.map((w) => Math.exp(0.55 * rng.normal()) * (w.type === 'Phường' ? 1.4 : 1));
  const rural = wards.map((w, i) => (weights[i] ?? 1) * (w.type === 'Xã' ? 1.5 : 0.4));
  const urban = wards.map((w, i) => (weights[i] ?? 1) * (w.type === 'Phường' ? 2 : 0.5));
  const minimumOf = (level: string, n: number) => (['45', '1', '2'].includes(level) && n >= wards.length ? 1 : 0);
  const counts = new Map<string, number[]>();
  for (const level of LEVEL_ORDER) {
    const n = targets[level];
    if (level === '6') {
      const chosen = topIndexes(weights, n);
      counts.set(level, wards.map((_, i) => (chosen.has(i) ? 1 : 0)));
    } else {
      const w = level === '12' ? rural : level === '23' ? urban : weights;
      counts.set(level, allocate(n, w, minimumOf(level, n)));
    }
  }
  return counts;
}

/** Generate a roster; the same rng state gives the same schools. */
export function generateRoster(options: RosterOptions): School[] {
  const { rng, wards, provinceCode, targets } = options;
  const counts = allocateLevels(rng, wards, targets);
  const serials = new Map<string, number>();
  const nextCode = (unit: string) => {
    const serial = (serials.get(unit) ?? 0) + 1;
    serials.set(unit, serial);
    if (serial > 999) throw new Error(`unit ${unit} has more than 999 schools`);
    return `${provinceCode}${unit}${String(serial).padStart(3, '0')}`;
  };
  const notable = rng.shuffle(NOTABLE_NAMES);
  const schools: School[] = [];
  wards.forEach((ward, wi) => {
    const n = (level: string) => counts.get(level)?.[wi] ?? 0;
    const places = drawWardPlaces(rng, ward.shortName, Math.max(n('45'), n('1'), n('2') + n('12'), 1) + 2);
    const preschool = rng.shuffle(PRESCHOOL_NAMES);
    const used = new Set<string>();
    const unique = (name: string) => {
      let candidate = name;
      for (let k = 2; used.has(candidate); k++) candidate = `${name} ${k}`;
      used.add(candidate);
      return candidate;
    };
    for (const level of LEVEL_ORDER) {
      for (let i = 0; i < n(level); i++) {
        let place: string;
        if (level === '45') place = i > 0 && rng.chance(0.35) ? (preschool.pop() ?? places[i] ?? ward.shortName) : (places[i] ?? ward.shortName);
        else if (level === '12') place = places[n('2') + i] ?? ward.shortName;
        else if (level === '3' || level === '23') place = i === 0 && rng.chance(0.3) ? ward.shortName : (notable.pop() ?? ward.shortName);
        else if (level === '6') place = ward.shortName;
        else place = places[i] ?? ward.shortName;
        const unit = PROVINCIAL_LEVELS.has(level) ? options.provincialUnit : options.unitOf(wi);
        schools.push({ code: nextCode(unit), name: unique(`${LEVEL_PREFIX[level]} ${place}`), level, wardCode: ward.code });
      }
    }
  });
  // A few non-public schools carry a letter in their serial (e.g. 33000A05).
  const lettered = rng.shuffle(schools.filter((s) => s.level === '45' || s.level === '23')).slice(0, options.letterCodes);
  lettered.forEach((school, i) => {
    school.code = `${school.code.slice(0, 5)}${'ABCTQ'[i % 5]}${school.code.slice(6)}`;
  });
  if (new Set(schools.map((s) => s.code)).size !== schools.length) throw new Error('duplicate school code in roster');
  return schools.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The roster file: UTF-8, header ma_truong,ten_truong,cap_hoc,ma_xa. */
export function formatRoster(schools: readonly School[]): string {
  const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = ['ma_truong,ten_truong,cap_hoc,ma_xa'];
  for (const s of schools) lines.push([s.code, quote(s.name), s.level, s.wardCode].join(','));
  return lines.join('\n') + '\n';
}

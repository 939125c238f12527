// Indicator values of a school's yearly report, for the columns of the plan's
// template. A school gets a fixed profile (size, quality, its own noise);
// values are a pure function of the profile and the year's progress, so a
// later year is better for the same school and every numerator stays within
// its denominator. The seed plans' indicators have a model of their own; any
// other indicator gets a plain value of its kind.
import type { Indicator } from '../core/indicators.ts';
import { levelApplies } from '../core/school-levels.ts';
import type { Rng } from './prng.ts';
import type { Cell } from './report-row.ts';

interface LevelSize {
  staff: [number, number];
  learners: [number, number];
  classSize: number;
  teacherShare: number;
}

const SIZES: Record<string, LevelSize> = {
  '45': { staff: [20, 60], learners: [150, 480], classSize: 26, teacherShare: 0.62 },
  '1': { staff: [25, 72], learners: [350, 1500], classSize: 34, teacherShare: 0.78 },
  '2': { staff: [28, 80], learners: [300, 1400], classSize: 38, teacherShare: 0.82 },
  '12': { staff: [25, 62], learners: [300, 1100], classSize: 32, teacherShare: 0.8 },
  '3': { staff: [55, 120], learners: [900, 2000], classSize: 42, teacherShare: 0.84 },
  '23': { staff: [30, 85], learners: [400, 1300], classSize: 36, teacherShare: 0.8 },
  '6': { staff: [20, 48], learners: [150, 750], classSize: 36, teacherShare: 0.7 },
};

/** Rates (share of a denominator): base, how much quality moves it, yearly gain. */
const RATES = {
  so_cbgvnv_ky_nang_so: { base: 0.74, spread: 0.13, gain: 0.1 },
  so_hs_ky_nang_so: { base: 0.46, spread: 0.18, gain: 0.14 },
  so_hs_xac_thuc_dan_cu: { base: 0.91, spread: 0.05, gain: 0.04 },
  so_phong_hoc_so: { base: 0.6, spread: 0.2, gain: 0.1 },
  so_ho_so_truc_tuyen: { base: 0.48, spread: 0.25, gain: 0.15 },
  so_gv_ung_dung_ai: { base: 0.3, spread: 0.17, gain: 0.12 },
} as const;

type RateId = keyof typeof RATES;

export interface SchoolProfile {
  level: string;
  /** Quality relative to the province: about -2…2, ward effect included. */
  quality: number;
  /** Position in the level's size range, 0…1. */
  size: number;
  /** Yearly change in learners, e.g. 0.03 = +3 % a year. */
  growth: number;
  /** Fixed per-school noise, one standard normal draw per name. */
  noise: Record<string, number>;
  /** Fixed per-school uniform draws for yes/no answers and counts. */
  draws: Record<string, number>;
}

const NOISE_NAMES = ['staff', 'rooms', 'tthc', 'day_hoc', 'quan_tri', 'hoc_lieu', 'sang_kien', 'xanh', ...Object.keys(RATES)];
const DRAW_NAMES = ['co_ke_hoach', 'co_giao_duc_moi_truong', 'co_phan_loai_rac', 'su_co', 'tthc'];

/** Draw a school's profile; `wardQuality` shifts every school of a ward alike. */
export function drawProfile(rng: Rng, level: string, wardQuality: number): SchoolProfile {
  const noise: Record<string, number> = {};
  for (const name of NOISE_NAMES) noise[name] = rng.normal();
  const draws: Record<string, number> = {};
  for (const name of DRAW_NAMES) draws[name] = rng.next();
  return {
    level,
    quality: Math.max(-2.2, Math.min(2.2, wardQuality + 0.55 * rng.normal())),
    size: rng.next(),
    growth: rng.range(-0.04, 0.06),
    noise,
    draws,
  };
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));
const lerp = ([lo, hi]: [number, number], t: number) => lo + (hi - lo) * clamp(t, 0, 1);
const round1 = (x: number) => Math.round(x * 10) / 10;

/** The cells of `indicators` (the plan's template) for a school at `progress` years after its first report (0, 1, …). */
export function computeValues(profile: SchoolProfile, progress: number, indicators: readonly Indicator[]): Record<string, Cell> {
  const modelled = modelledValues(profile, progress);
  const values: Record<string, Cell> = {};
  // Denominators first, so a count without a model stays within its whole.
  const ordered = [...indicators.filter((i) => !i.denominator), ...indicators.filter((i) => i.denominator)];
  for (const indicator of ordered) {
    if (!levelApplies(profile.level, indicator.levels)) values[indicator.id] = null;
    else if (indicator.id in modelled) values[indicator.id] = modelled[indicator.id]!;
    else values[indicator.id] = plainValue(indicator, profile, progress, values);
  }
  return Object.fromEntries(indicators.map((i) => [i.id, values[i.id]!]));
}

/** A value of the indicator's kind, from the school's quality and size only (no draw: the seed plans' streams stay as they are). */
function plainValue(indicator: Indicator, profile: SchoolProfile, progress: number, known: Record<string, Cell>): Cell {
  const q = profile.quality;
  if (indicator.kind === 'yesno') return q + progress > -0.8;
  if (indicator.kind === 'score') return round1(clamp(60 + 14 * q + 6 * progress, 12, 99.5));
  const whole = indicator.denominator ? known[indicator.denominator] : undefined;
  if (typeof whole === 'number') return Math.min(whole, Math.round(whole * clamp(0.5 + 0.15 * q + 0.1 * progress, 0.02, 1)));
  return Math.max(0, Math.round((10 + 40 * profile.size) * (1 + 0.05 * progress)));
}

/** The seed plans' 20 indicators, modelled together (shared/spec section 2). */
function modelledValues(profile: SchoolProfile, progress: number): Record<string, Cell> {
  const size = SIZES[profile.level];
  if (!size) throw new Error(`unknown level: ${profile.level}`);
  const q = profile.quality;
  const n = (name: string) => profile.noise[name] ?? 0;
  const d = (name: string) => profile.draws[name] ?? 0.5;
  const preschool = profile.level === '45';

  const learners = Math.round(lerp(size.learners, profile.size) * (1 + profile.growth * progress));
  const staff = Math.round(lerp(size.staff, profile.size + 0.08 * n('staff')));
  const teachers = Math.round(staff * size.teacherShare);
  const rooms = Math.max(4, Math.round((learners / size.classSize) * (1 + 0.08 * n('rooms'))));
  const applications = Math.round(learners * (0.1 + 0.12 * d('tthc')) * (1 + 0.05 * progress));
  const rate = (id: RateId) => {
    const r = RATES[id];
    return clamp(r.base + r.spread * q + 0.05 * n(id) + r.gain * progress, 0.02, 1);
  };
  const part = (id: RateId, total: number) => Math.min(total, Math.round(total * rate(id)));
  const online = rate('so_ho_so_truc_tuyen') < 0.2 ? 0 : part('so_ho_so_truc_tuyen', applications);
  const score = (base: number, name: string) => round1(clamp(base + 14 * q + 6 * n(name) + 6 * progress, 12, 99.5));
  const incidentsBase = d('su_co') < 0.06 ? 2 : d('su_co') < 0.18 ? 1 : 0;

  return {
    co_ke_hoach: d('co_ke_hoach') < 0.86 + 0.08 * q + 0.1 * progress,
    so_cbgvnv: staff,
    so_cbgvnv_ky_nang_so: part('so_cbgvnv_ky_nang_so', staff),
    so_hoc_sinh: learners,
    so_hs_ky_nang_so: preschool ? 'NA' : part('so_hs_ky_nang_so', learners),
    so_hs_xac_thuc_dan_cu: part('so_hs_xac_thuc_dan_cu', learners),
    so_phong_hoc: rooms,
    so_phong_hoc_so: part('so_phong_hoc_so', rooms),
    so_ho_so_tthc: applications,
    so_ho_so_truc_tuyen: online,
    diem_cds_day_hoc: preschool ? 'NA' : score(57, 'day_hoc'),
    diem_cds_quan_tri: score(60, 'quan_tri'),
    so_gv: teachers,
    so_gv_ung_dung_ai: part('so_gv_ung_dung_ai', teachers),
    so_hoc_lieu_so: Math.max(0, Math.round(teachers * clamp(0.25 + 0.15 * q + 0.1 * n('hoc_lieu') + 0.1 * progress, 0, 1.2))),
    so_sang_kien: Math.max(0, Math.round(1 + 1.2 * q + 0.8 * n('sang_kien') + 0.6 * progress)),
    co_giao_duc_moi_truong: d('co_giao_duc_moi_truong') < 0.9 + 0.05 * q + 0.06 * progress,
    so_hoat_dong_xanh: Math.max(0, Math.round(3 + 1.6 * q + 1.2 * n('xanh') + 1.2 * progress)),
    co_phan_loai_rac: d('co_phan_loai_rac') < 0.66 + 0.15 * q + 0.15 * progress,
    so_su_co_attt: Math.max(0, incidentsBase - progress),
  };
}

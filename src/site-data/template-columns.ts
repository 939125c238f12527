// The columns of a plan's report template: the identity columns, then the
// indicator columns the plan follows (an input: today INDICATORS, later the
// plan's own), each with what kind of cell it is, what it accepts and an
// example value. The blank and pre-filled files and the template page read it.
import { IDENTITY_COLUMNS } from '../core/identity-columns.ts';
import type { Indicator, IndicatorKind } from '../core/indicators.ts';
import { LEVELS } from '../core/school-levels.ts';
import type { StringKey } from '../i18n/index.ts';

export type ColumnKind = 'year' | 'code' | 'name' | 'level' | 'ward' | 'date' | IndicatorKind;

export interface TemplateColumn {
  id: string;
  header: string;
  labelEn: string;
  kind: ColumnKind;
  /** Identity columns are required (a file without one is rejected). */
  required: boolean;
  /** The header of the column this count may not exceed. */
  denominatorHeader?: string;
  lowerIsBetter?: boolean;
}

const IDENTITY_KINDS: Record<string, ColumnKind> = {
  nam_bao_cao: 'year', ma_truong: 'code', ten_truong: 'name', cap_hoc: 'level', ma_xa: 'ward', ngay_bao_cao: 'date',
};

/** Identity columns, then `indicators` in their order. */
export function templateColumns(indicators: readonly Indicator[]): TemplateColumn[] {
  const headerOf = new Map(indicators.map((i) => [i.id, i.header]));
  return [
    ...IDENTITY_COLUMNS.map((c) => ({ id: c.id, header: c.header, labelEn: c.labelEn, kind: IDENTITY_KINDS[c.id]!, required: true })),
    ...indicators.map((i) => ({
      id: i.id, header: i.header, labelEn: i.labelEn, kind: i.kind, required: false,
      ...(i.denominator ? { denominatorHeader: headerOf.get(i.denominator) ?? i.denominator } : {}),
      ...(i.lowerIsBetter ? { lowerIsBetter: true } : {}),
    })),
  ];
}

/** The i18n key saying which forms a column accepts. */
export function acceptsKey(kind: ColumnKind): StringKey {
  return `template.accepts.${kind}`;
}

/** Columns written as text in a workbook, so Excel keeps their leading zeros and writes dates as typed. */
export function isTextColumn(kind: ColumnKind): boolean {
  return kind === 'code' || kind === 'ward' || kind === 'date' || kind === 'name';
}

/** The level names offered in a drop-down list (each one parses back to its code). */
export const LEVEL_CHOICES: readonly string[] = ['1', '2', '3', '45', '4', '5', '6', '12', '23', '123'].map((code) => LEVELS[code]!.vi);
export const YES_NO_CHOICES: readonly string[] = ['Có', 'Không'];

/** Example figures of the seed indicators (a primary school); other columns get one by kind. */
const EXAMPLE: Record<string, string> = {
  co_ke_hoach: 'Có', so_cbgvnv: '45', so_cbgvnv_ky_nang_so: '41', so_hoc_sinh: '1.020', so_hs_ky_nang_so: '640', so_hs_xac_thuc_dan_cu: '1.004',
  so_phong_hoc: '30', so_phong_hoc_so: '26', so_ho_so_tthc: '180', so_ho_so_truc_tuyen: '126', diem_cds_day_hoc: '78,5', diem_cds_quan_tri: '72',
  so_gv: '38', so_gv_ung_dung_ai: '14', so_hoc_lieu_so: '25', so_sang_kien: '2', co_giao_duc_moi_truong: 'Có', so_hoat_dong_xanh: '6',
  co_phan_loai_rac: 'Không', so_su_co_attt: '0',
  nam_bao_cao: '2026', ma_truong: '01000101', ten_truong: 'Trường Tiểu học Gia Thụy', cap_hoc: '1', ma_xa: '00145', ngay_bao_cao: '10/12/2026',
};
const BY_KIND: Record<IndicatorKind, string> = { count: '12', yesno: 'Có', score: '70' };

/** One example cell per column, consistent (every count within its denominator). */
export function exampleRow(columns: readonly TemplateColumn[]): string[] {
  return columns.map((c) => EXAMPLE[c.id] ?? (c.kind in BY_KIND ? BY_KIND[c.kind as IndicatorKind] : ''));
}

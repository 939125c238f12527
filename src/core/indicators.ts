// The indicator catalogue of the yearly school report (shared/spec section 2):
// one entry per template column, with its Vietnamese header, type and the
// denominator it must not exceed. Runs in Node and in the browser.

export type IndicatorKind = 'count' | 'yesno' | 'score';

export interface Indicator {
  /** Canonical column name, also the id used in storage. */
  id: string;
  kind: IndicatorKind;
  /** Header as schools write it (the template's wording). */
  header: string;
  /** Short English label. */
  labelEn: string;
  /** Indicator this count may not exceed (count ≤ denominator). */
  denominator?: string;
  /** True where a smaller number is the better result. */
  lowerIsBetter?: boolean;
}

export const INDICATORS: readonly Indicator[] = [
  { id: 'co_ke_hoach', kind: 'yesno', header: 'Có kế hoạch thực hiện phong trào', labelEn: 'Has its own plan for the movement' },
  { id: 'so_cbgvnv', kind: 'count', header: 'Tổng số CBQL, GV, NV', labelEn: 'Managers, teachers and staff' },
  { id: 'so_cbgvnv_ky_nang_so', kind: 'count', header: 'Số CBQL, GV, NV hoàn thành phổ cập kỹ năng số', labelEn: 'Staff with basic digital skills', denominator: 'so_cbgvnv' },
  { id: 'so_hoc_sinh', kind: 'count', header: 'Tổng số học sinh', labelEn: 'Learners' },
  { id: 'so_hs_ky_nang_so', kind: 'count', header: 'Số học sinh hoàn thành phổ cập kỹ năng số', labelEn: 'Learners with basic digital skills', denominator: 'so_hoc_sinh' },
  { id: 'so_hs_xac_thuc_dan_cu', kind: 'count', header: 'Số học sinh đã xác thực với CSDL quốc gia về dân cư', labelEn: 'Learner records authenticated against the population database', denominator: 'so_hoc_sinh' },
  { id: 'so_phong_hoc', kind: 'count', header: 'Tổng số phòng học', labelEn: 'Classrooms' },
  { id: 'so_phong_hoc_so', kind: 'count', header: 'Số phòng học có thiết bị trình chiếu và Internet', labelEn: 'Classrooms with projector or smart screen and Internet', denominator: 'so_phong_hoc' },
  { id: 'so_ho_so_tthc', kind: 'count', header: 'Tổng số hồ sơ thủ tục hành chính đã tiếp nhận', labelEn: 'Administrative applications received' },
  { id: 'so_ho_so_truc_tuyen', kind: 'count', header: 'Số hồ sơ tiếp nhận trực tuyến', labelEn: 'Applications received online', denominator: 'so_ho_so_tthc' },
  { id: 'diem_cds_day_hoc', kind: 'score', header: 'Điểm chuyển đổi số — dạy, học', labelEn: 'Digital transformation score: teaching and learning' },
  { id: 'diem_cds_quan_tri', kind: 'score', header: 'Điểm chuyển đổi số — quản trị', labelEn: 'Digital transformation score: management' },
  { id: 'so_gv', kind: 'count', header: 'Tổng số giáo viên', labelEn: 'Teachers' },
  { id: 'so_gv_ung_dung_ai', kind: 'count', header: 'Số giáo viên ứng dụng AI trong dạy học', labelEn: 'Teachers using AI in teaching', denominator: 'so_gv' },
  { id: 'so_hoc_lieu_so', kind: 'count', header: 'Số học liệu số tự xây dựng', labelEn: 'Digital learning materials built' },
  { id: 'so_sang_kien', kind: 'count', header: 'Số sáng kiến, giải pháp được công nhận', labelEn: 'Recognised initiatives and solutions' },
  { id: 'co_giao_duc_moi_truong', kind: 'yesno', header: 'Có tích hợp giáo dục môi trường, biến đổi khí hậu', labelEn: 'Integrates environmental and climate education' },
  { id: 'so_hoat_dong_xanh', kind: 'count', header: 'Số hoạt động ngoại khóa về lối sống xanh', labelEn: 'Green extracurricular activities' },
  { id: 'co_phan_loai_rac', kind: 'yesno', header: 'Có phân loại rác tại nguồn', labelEn: 'Sorts waste at source' },
  { id: 'so_su_co_attt', kind: 'count', header: 'Số sự cố mất an toàn thông tin', labelEn: 'Information-security incidents', lowerIsBetter: true },
];

/** Identity columns (shared/spec section 1), in template order. */
export const IDENTITY_COLUMNS = [
  { id: 'nam_bao_cao', header: 'Năm báo cáo', labelEn: 'Year reported' },
  { id: 'ma_truong', header: 'Mã trường', labelEn: 'School code' },
  { id: 'ten_truong', header: 'Tên trường', labelEn: 'School name' },
  { id: 'cap_hoc', header: 'Cấp học', labelEn: 'School level' },
  { id: 'ma_xa', header: 'Mã xã/phường', labelEn: 'Commune/ward code' },
  { id: 'ngay_bao_cao', header: 'Ngày báo cáo', labelEn: 'Report date' },
] as const;

const byId = new Map(INDICATORS.map((indicator) => [indicator.id, indicator]));

export function getIndicator(id: string): Indicator {
  const indicator = byId.get(id);
  if (!indicator) throw new Error(`unknown indicator: ${id}`);
  return indicator;
}

export function isIndicatorId(id: string): boolean {
  return byId.has(id);
}

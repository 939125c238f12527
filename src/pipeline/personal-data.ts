// Which headers name personal data (shared/spec section 4; issue 8 finding 2):
// identity and account numbers, a person's name, birth date, address, phone,
// e-mail or contact, sex, ethnicity, religion. Such a column is dropped before
// any cell of it is read, and never published.
// In: an accent-folded header (foldKey). Out: true when it looks personal.
// The template's own headers must never match (tests/pipeline/personal-data.test.ts):
// "Tổng số học sinh" is a count, "Mã học sinh" a person; "ĐT" alone may be "đào tạo".

const PERSONAL_PATTERNS: readonly RegExp[] = [
  /\b(cccd|cmnd|cmt|cmtnd|can cuoc|chung minh)\b/, // Căn cước công dân, Chứng minh nhân dân
  /\b(dinh danh|ho chieu|ca nhan)\b/, // Số định danh cá nhân, passport, Mã số thuế cá nhân
  /\b(bhyt|bhxh|bao hiem|tai khoan|stk|ma so thue|mst)\b/, // Số BHYT, Số tài khoản, Mã số thuế
  /\bho (va )?ten\b|\bhoten\b|\bhovaten\b/, // Họ tên, Họ và tên, HọTên
  /\bten (hoc sinh|hs|giao vien|gv|nguoi|can bo|hieu truong|phu huynh|cha|me)\b/,
  /\bma (hoc sinh|hs|giao vien|gv|can bo|nhan vien)\b/, // Mã học sinh
  /\b(hieu truong|pho hieu truong|nguoi lien he|lien he|phu huynh)\b/, // the person, not the school
  /\b(ngay|nam|ngay thang nam|noi) sinh\b|\bsinh ngay\b/, // Ngày sinh, Sinh ngày
  /\b(so )?dien thoai\b|\bsdt\b|\bdtdd\b|\bso dt\b|\bdt (lien he|di dong|ban|co dinh)\b|\bdi dong\b/, // Số điện thoại, Số ĐT
  /\be ?mail\b|\bgmail\b|\bthu dien tu\b|\bzalo\b|\bfacebook\b/,
  /\b(dia chi|que quan|noi o|cho o|thuong tru|tam tru|ho khau)\b/, // Địa chỉ, Chỗ ở
  /\b(gioi tinh|dan toc|ton giao)\b/, // Giới tính, Dân tộc, Tôn giáo
  /\b(full name|(student|teacher|pupil|parent|principal|contact|person) name|date of birth|dob|birth ?day|birth date)\b/,
  /\b(phone|telephone|tel|mobile|cell phone|address|national id|citizen id|id number|passport|gender|sex|ethnicity|religion)\b/,
];

/** Headers written with dots or no spaces (C.C.C.D, HọTên): matched once spaces are removed. */
const COMPACT = new Set(['cccd', 'cmnd', 'cmtnd', 'hoten', 'hovaten', 'sdt', 'ngaysinh', 'sodienthoai', 'dienthoai', 'email', 'bhyt']);

/** True when a folded header names a personal identifier, name, birth date, address or contact. */
export function isPersonalHeader(folded: string): boolean {
  return PERSONAL_PATTERNS.some((pattern) => pattern.test(folded)) || COMPACT.has(folded.replace(/ /g, ''));
}

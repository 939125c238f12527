// Which headers name personal data (shared/spec section 4): identity numbers,
// a person's name, a birth date, a phone number or an e-mail address. Such a
// column is dropped before any cell of it is read, and never published.
// In: an accent-folded header (foldKey). Out: true when it looks personal.

const PERSONAL_PATTERNS: readonly RegExp[] = [
  /\b(cccd|cmnd|cmt|cmtnd|can cuoc|chung minh)\b/, // Căn cước công dân, Chứng minh nhân dân
  /\bdinh danh\b/, // Số định danh cá nhân
  /\bho chieu\b/, // passport
  /\bho (va )?ten\b/, // Họ tên, Họ và tên
  /\bten (hoc sinh|giao vien|nguoi|can bo|hieu truong|phu huynh)\b/,
  /\b(ngay|nam|ngay thang nam) sinh\b/, // Ngày sinh, Năm sinh
  /\b(so )?dien thoai\b|\bsdt\b|\bdtdd\b/, // Số điện thoại
  /\be ?mail\b|\bthu dien tu\b/,
  /\b(dia chi thuong tru|que quan|noi o)\b/,
  /\b(full name|date of birth|dob|phone|national id|citizen id|id number)\b/,
];

/** True when a folded header names a personal identifier, name, birth date or phone. */
export function isPersonalHeader(folded: string): boolean {
  return PERSONAL_PATTERNS.some((pattern) => pattern.test(folded));
}

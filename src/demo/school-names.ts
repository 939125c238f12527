// Realistic Vietnamese school names for the demo rosters, and ASCII slugs for
// file names. Names are built from the ward's own name, old commune-style place
// names and lists of common school names; all text is NFC.
import { foldKey } from '../core/fold.ts';
import type { Rng } from './prng.ts';

/** Names preschools often take (flowers, birds, childhood). */
export const PRESCHOOL_NAMES = [
  'Hoa Sen', 'Hoa Mai', 'Hoa Hồng', 'Hoa Đào', 'Hoa Phượng', 'Hoa Sữa', 'Hoa Ban', 'Hoa Cúc', 'Sơn Ca', 'Họa Mi',
  'Ánh Dương', 'Tuổi Thơ', 'Bình Minh', 'Sao Mai', 'Hướng Dương', 'Măng Non', 'Ban Mai', 'Tuổi Hoa', 'Hoa Lan', 'Chim Én',
] as const;

/** People schools are commonly named after. */
export const NOTABLE_NAMES = [
  'Nguyễn Trãi', 'Chu Văn An', 'Lê Quý Đôn', 'Trần Phú', 'Lý Thường Kiệt', 'Nguyễn Du', 'Quang Trung', 'Lê Lợi',
  'Nguyễn Bỉnh Khiêm', 'Trần Hưng Đạo', 'Phạm Ngũ Lão', 'Nguyễn Thiện Thuật', 'Hoàng Hoa Thám', 'Nam Khoái Châu',
  'Trần Quang Khải', 'Tô Hiệu', 'Nguyễn Công Hoan', 'Lê Văn Thịnh', 'Minh Châu', 'Dương Quảng Hàm', 'Hồng Bàng',
  'Nguyễn Huệ', 'Lê Hồng Phong', 'Võ Thị Sáu', 'Kim Đồng', 'Nguyễn Tất Thành', 'Phan Bội Châu', 'Ngô Quyền',
  'Lương Thế Vinh', 'Tuệ Tĩnh', 'Nguyễn Văn Trỗi', 'Lý Tự Trọng', 'Bắc Duyên Hà', 'Nam Duyên Hà', 'Tây Thụy Anh',
  'Đông Thụy Anh', 'Nguyễn Đức Cảnh', 'Trần Nhân Tông', 'Hai Bà Trưng', 'Triệu Quang Phục', 'Phù Cừ',
  'Văn Lâm', 'Kim Động', 'Ân Thi', 'Tiên Lữ', 'Yên Mỹ', 'Văn Giang', 'Khoái Châu', 'Mỹ Hào', 'Thái Ninh', 'Tiền Hải',
  'Đông Hưng', 'Quỳnh Côi', 'Phụ Dực', 'Hưng Nhân', 'Vũ Tiên', 'Kiến Xương', 'Bình Thanh', 'Diêm Điền',
  'Trần Thị Dung', 'Mê Linh', 'Tiên Hưng', 'Đông Quan', 'Bắc Kiến Xương', 'Nam Tiền Hải', 'Lý Bôn',
  'Hùng Vương', 'Triệu Việt Vương', 'Nguyễn Trung Ngạn', 'Hồng Đức', 'Thái Phúc', 'Vũ Thư', 'Quỳnh Thọ', 'Nguyễn Khuyến',
  'Trần Quốc Tuấn', 'Lê Hoàn', 'Đinh Tiên Hoàng', 'Lý Công Uẩn', 'Nguyễn Siêu', 'Phạm Văn Đồng', 'Lê Văn Tám', 'Bà Triệu',
  'Yết Kiêu', 'Nguyễn Văn Cừ', 'Trần Khánh Dư', 'Hoàng Văn Thụ', 'Phan Chu Trinh', 'Đồng Quan', 'Nguyễn Văn Linh',
] as const;

const PLACE_FIRST = [
  'An', 'Bình', 'Minh', 'Tân', 'Phú', 'Hòa', 'Đông', 'Tây', 'Nam', 'Bắc', 'Quang', 'Hồng', 'Thanh', 'Xuân', 'Đức',
  'Phúc', 'Vĩnh', 'Hưng', 'Thái', 'Việt', 'Ngọc', 'Hải', 'Long', 'Kim', 'Văn', 'Liên', 'Nghĩa', 'Thắng', 'Lạc', 'Đình',
  'Trung', 'Cẩm', 'Dị', 'Bảo', 'Mai', 'Hiệp', 'Quỳnh', 'Thụy', 'Vũ', 'Song',
] as const;
const PLACE_SECOND = [
  'Hòa', 'Bình', 'Lợi', 'Tiến', 'Phong', 'Thịnh', 'Lạc', 'Hưng', 'Long', 'Minh', 'Thành', 'Sơn', 'Hải', 'Phú', 'An',
  'Châu', 'Lâm', 'Đạo', 'Nghĩa', 'Đồng', 'Xá', 'Trạch', 'Vũ', 'Tân', 'Khê', 'Cầu', 'Dương', 'Lộc', 'Hiệp', 'Quang',
  'Trung', 'Định', 'Hà', 'Linh', 'Xuyên', 'Đức', 'Thuận', 'Yên', 'Giang', 'Tảo',
] as const;

/** A commune-style place name such as "Tân Phong" (old communes merged into 2025 wards). */
export function drawPlaceName(rng: Rng): string {
  let first = rng.pick(PLACE_FIRST);
  let second = rng.pick(PLACE_SECOND);
  while (second === first) second = rng.pick(PLACE_SECOND);
  return `${first} ${second}`;
}

/** `count` distinct place names for a ward, its own name first. */
export function drawWardPlaces(rng: Rng, wardShortName: string, count: number): string[] {
  const places = [wardShortName];
  const seen = new Set(places.map(foldKey));
  while (places.length < count) {
    const place = drawPlaceName(rng);
    if (seen.has(foldKey(place))) continue;
    seen.add(foldKey(place));
    places.push(place);
  }
  return places;
}

/** The name prefix of each canonical level code. */
export const LEVEL_PREFIX: Record<string, string> = {
  '45': 'Trường Mầm non',
  '1': 'Trường Tiểu học',
  '2': 'Trường THCS',
  '12': 'Trường TH&THCS',
  '3': 'Trường THPT',
  '23': 'Trường THCS&THPT',
  '6': 'Trung tâm GDNN-GDTX',
};

const SLUG_PREFIX: [RegExp, string][] = [
  [/^Trường Mầm non /, 'mn '],
  [/^Trường Tiểu học /, 'th '],
  [/^Trường TH&THCS /, 'th thcs '],
  [/^Trường THCS&THPT /, 'thcs thpt '],
  [/^Trường THCS /, 'thcs '],
  [/^Trường THPT /, 'thpt '],
  [/^Trung tâm GDNN-GDTX /, 'gdnn gdtx '],
];

/** Kebab-case ASCII: "Phường Phố Hiến" → "phuong-pho-hien". */
export function slugify(text: string): string {
  return foldKey(text).replace(/ /g, '-');
}

/** A school's file-name slug: "Trường THCS Gia Thụy" → "thcs-gia-thuy". */
export function schoolSlug(name: string): string {
  let short = name;
  for (const [pattern, replacement] of SLUG_PREFIX) short = short.replace(pattern, replacement);
  return slugify(short);
}

// The commendation shortlist as a table for the emulation council: one row per
// proposed unit, per occasion and award form (src/components/shortlist-view.ts),
// with the figures behind it and the conditions checked (assumed ones marked †).
import { pick } from '../i18n/index.ts';
import { tr } from '../i18n/review.ts';
import { shortlistView } from '../components/shortlist-view.ts';
import type { SchoolDetail, SiteData } from './types.ts';
import type { FileColumn, TableFile } from './table-files.ts';

const COLUMNS: FileColumn[] = [
  { header: 'Dịp khen thưởng', width: 36 },
  { header: 'Tạm tính', width: 10 },
  { header: 'Hình thức khen thưởng', width: 36 },
  { header: 'Cấp khen', width: 30 },
  { header: 'Đối tượng', width: 12 },
  { header: 'STT', number: true, width: 6 },
  { header: 'Mã đơn vị', width: 12 },
  { header: 'Tên đơn vị', width: 36 },
  { header: 'Xã, phường', width: 24 },
  { header: 'Hạng', number: true, width: 8 },
  { header: 'Số đơn vị được xếp hạng', number: true, width: 10 },
  { header: 'Điểm tổng hợp (0–100)', number: true, width: 10 },
  { header: 'Căn cứ (số liệu)', width: 60 },
  { header: 'Điều kiện đã xét (†: giả định)', width: 80 },
];

export function shortlistTable(site: SiteData, details: Record<string, SchoolDetail>): TableFile {
  const lang = 'vi';
  const rows = shortlistView(lang, site, details).flatMap((occasion) =>
    occasion.lists.flatMap((list) =>
      list.candidates.map((c, i) => [
        occasion.title,
        occasion.provisional ? 'Có' : 'Không',
        pick(lang, list.award.name),
        pick(lang, list.award.grantor),
        tr(lang, list.unit === 'ward' ? 'unit.wardHead' : 'unit.schoolHead'),
        i + 1,
        c.code,
        c.name,
        c.ward ?? '',
        c.rank,
        c.rank === null ? null : c.rankedCount,
        c.score === null ? null : Math.round(c.score * 100) / 100,
        list.columns.map((head, k) => `${head}: ${c.figures[k]}`).join('; ') + (c.unofficial ? ' (*)' : ''),
        list.conditions.map((cond) => `${cond.text}${cond.official ? '' : tr(lang, 'shortlist.assumedMark')}`).join('; '),
      ]),
    ),
  );
  return {
    sheet: 'Đề xuất khen thưởng',
    columns: COLUMNS,
    rows,
    notes: [
      `Danh sách đề xuất khen thưởng — ${pick(lang, site.plan.title)}. Số liệu đến ngày ${site.buildDate.split('-').reverse().join('/')}.`,
      tr(lang, 'shortlist.proposal'),
      tr(lang, 'shortlist.assumedNote'),
      '(*) Có đánh giá tiến độ so với chỉ tiêu minh họa, chưa có trong văn bản ban hành.',
      ...(site.plan.demo ? ['Số liệu minh họa (dữ liệu mẫu được tạo tự động), không phải số liệu thật của các đơn vị.'] : []),
      'English: the commendation shortlist, a proposal for the Emulation and Commendation Council, which decides. † marks conditions assumed by the site (the plan names the forms, not the criteria).',
    ],
  };
}

// The aggregated figures as wide tables (issue 6, item 8): one row per ward (or
// school) × measure × year with names, unit, value, the target judged against
// (official or illustrative), the status in words and the ranks. Everything
// comes from the view-models (judgeMeasures, rankingView): a year's row is the
// unit judged, in that year's phase, on its figures up to that year.
import type { MeasureRow } from '../core/measure-sql.ts';
import type { Criterion, Measure } from '../core/plan-schema.ts';
import { hasReported, isDue, phaseForYear, roundTo } from '../core/rules/index.ts';
import { pick, t } from '../i18n/index.ts';
import { judgedUnit } from '../components/judgement-view.ts';
import { levelName } from '../components/plan-view.ts';
import { rankingView, schoolUnits, wardUnits, type ScoredUnit } from '../components/ranking-view.ts';
import { judgeMeasures, schoolUnit, wardUnit, type JudgedMeasure, type JudgedUnit } from '../components/unit-view.ts';
import type { SchoolDetail, SiteData } from './types.ts';
import type { Cell, FileColumn, TableFile } from './table-files.ts';

const lang = 'vi';

/** A unit of the table: its code and name columns, how it is judged and how it is ranked. */
interface AggregateUnit {
  cells: Cell[];
  code: string;
  judged: JudgedUnit;
}

const figureColumns: FileColumn[] = [
  { header: 'Năm', number: true, width: 7 },
  { header: 'Giai đoạn', width: 24 },
  { header: 'Tiêu chí', width: 36 },
  { header: 'Mã chỉ số', width: 20 },
  { header: 'Chỉ số', width: 48 },
  { header: 'Đơn vị tính', width: 14 },
  { header: 'Giá trị', number: true, width: 10 },
  { header: 'Giá trị tạm tính (chưa đến hạn)', number: true, width: 10 },
  { header: 'Chỉ tiêu', number: true, width: 10 },
  { header: 'Năm của chỉ tiêu', number: true, width: 8 },
  { header: 'Chỉ tiêu chính thức (official)', width: 14 },
  { header: 'Trạng thái', width: 24 },
  { header: 'Căn cứ đánh giá', width: 60 },
  { header: 'Hạng tổng hợp', number: true, width: 8 },
  { header: 'Hạng trong tiêu chí', number: true, width: 8 },
  { header: 'Số đơn vị được xếp hạng', number: true, width: 10 },
];

/** Rows of the unit up to `year`: the judgement as it stood once that year's figures were in. */
function upTo(unit: JudgedUnit, year: number): JudgedUnit {
  return { ...unit, rows: (m: Measure) => unit.rows(m).filter((r: MeasureRow) => r.year !== undefined && r.year <= year) };
}

/** Rank of each unit per due year with reports: overall and within each criterion. */
function ranksOf(site: SiteData, units: ScoredUnit[]) {
  const years = site.reportYears.filter((y) => isDue(site.plan, y, site.buildDate) && site.schools.some((s) => hasReported(s.states[String(y)])));
  const table = new Map<string, { rank: number | null; count: number }>();
  for (const year of years) {
    for (const criterion of [undefined, ...site.plan.criteria.map((c) => c.id)]) {
      const view = rankingView(lang, site, { units, year, ...(criterion ? { criterion } : {}) });
      for (const row of [...view.ranked, ...view.unranked]) table.set(`${year}|${criterion ?? ''}|${row.code}`, { rank: row.rank, count: view.ranked.length });
    }
  }
  return (year: number, criterion: string | undefined, code: string) => table.get(`${year}|${criterion ?? ''}|${code}`) ?? null;
}

function figureCells(site: SiteData, year: number, criterion: Criterion, measure: Measure, judged: JudgedMeasure | undefined, rank: ReturnType<ReturnType<typeof ranksOf>>, criterionRank: ReturnType<ReturnType<typeof ranksOf>>): Cell[] {
  const phase = phaseForYear(site.plan, year);
  const head: Cell[] = [year, phase ? pick(lang, phase.name) : '', pick(lang, criterion.title), measure.id, pick(lang, measure.label), judgedUnit(lang, measure, site.plan.method.counts)];
  const ranks: Cell[] = [rank?.rank ?? null, criterionRank?.rank ?? null, rank ? rank.count : null];
  if (!judged) return [...head, null, null, null, null, '', t(lang, 'table.schoolsNa'), '', ...ranks];
  const j = judged.judgement;
  const value = j.latest?.year === year ? roundTo(j.latest.value, j.digits) : null;
  const provisional = j.provisional?.year === year ? roundTo(j.provisional.value, j.digits) : null;
  const target = j.target;
  return [
    ...head,
    value,
    provisional,
    target ? target.value : null,
    target ? target.year : null,
    target ? (target.official ? 'Có' : 'Không (chỉ tiêu minh họa)') : '',
    judged.status.label,
    judged.status.basis,
    ...ranks,
  ];
}

function aggregateTable(site: SiteData, units: AggregateUnit[], ranked: ScoredUnit[], unitColumns: FileColumn[], sheet: string, what: string): TableFile {
  const rankOf = ranksOf(site, ranked);
  const measures = site.plan.criteria.flatMap((criterion) => criterion.measures.map((measure) => ({ criterion, measure })));
  const rows: Cell[][] = [];
  for (const unit of units) {
    for (const year of site.reportYears) {
      const phase = phaseForYear(site.plan, year);
      const judged = phase ? new Map(judgeMeasures(lang, site, phase, upTo(unit.judged, year)).map((m) => [m.measure.id, m])) : new Map<string, JudgedMeasure>();
      for (const { criterion, measure } of measures) {
        rows.push([...unit.cells, ...figureCells(site, year, criterion, measure, judged.get(measure.id), rankOf(year, undefined, unit.code), rankOf(year, criterion.id, unit.code))]);
      }
    }
  }
  const date = site.buildDate.split('-').reverse().join('/');
  return {
    sheet,
    columns: [...unitColumns, ...figureColumns],
    rows,
    notes: [
      `Số liệu tổng hợp theo ${what}, chỉ số và năm — ${pick(lang, site.plan.title)}. Số liệu đến ngày ${date}.`,
      'Giá trị: số liệu của năm đã đến hạn báo cáo, như trên trang web (chỉ số đếm: tính trên một cơ sở hoặc 100 học sinh, theo phương pháp). Năm chưa đến hạn: giá trị ghi ở cột "tạm tính", không dùng để đánh giá.',
      'Trạng thái của một năm: đánh giá trong giai đoạn chứa năm đó, trên số liệu đến hết năm đó, so với chỉ tiêu cuối giai đoạn (xem trang Phương pháp). "Không áp dụng": chỉ số không áp dụng cho cấp học của đơn vị.',
      'Hạng: xếp hạng theo điểm tổng hợp (và trong từng tiêu chí) của năm đã đến hạn; đồng hạng xếp 1, 2, 2, 4; để trống khi đơn vị không được xếp hạng.',
      'Chỉ tiêu chính thức = "Không": chỉ tiêu minh họa, chưa có trong văn bản ban hành.',
      'Mã đơn vị là văn bản (giữ số 0 ở đầu). Tệp CSV cùng nội dung ghi mã dạng văn bản thuần: mở bằng Excel/LibreOffice có thể mất số 0 ở đầu, nên dùng tệp XLSX này.',
      ...(site.plan.demo ? ['Số liệu minh họa (dữ liệu mẫu được tạo tự động), không phải số liệu thật của các đơn vị.'] : []),
      `English: aggregated figures per ${what === 'xã, phường' ? 'ward' : 'school'}, measure and year: value, the target judged against (official or illustrative), status and ranks, as on the site. Codes are text cells; open this workbook rather than the CSV in a spreadsheet.`,
    ],
  };
}

export function wardTable(site: SiteData): TableFile {
  const units = site.wards.map((w) => ({ code: w.code, cells: [w.code, w.name], judged: wardUnit(site, w.code) }));
  return aggregateTable(site, units, wardUnits(site), [{ header: 'Mã xã, phường', width: 10 }, { header: 'Tên xã, phường', width: 24 }], 'Theo xã, phường', 'xã, phường');
}

export function schoolTable(site: SiteData, details: Record<string, SchoolDetail>): TableFile {
  const wardName = new Map(site.wards.map((w) => [w.code, w.name]));
  const units = site.schools.map((s) => ({ code: s.code, cells: [s.code, s.name, levelName(lang, s.level), s.ward, wardName.get(s.ward) ?? ''], judged: schoolUnit(s, details[s.code]) }));
  const columns: FileColumn[] = [{ header: 'Mã trường', width: 12 }, { header: 'Tên trường', width: 36 }, { header: 'Cấp học', width: 16 }, { header: 'Mã xã, phường', width: 10 }, { header: 'Tên xã, phường', width: 24 }];
  return aggregateTable(site, units, schoolUnits(site, details), columns, 'Theo trường', 'trường');
}

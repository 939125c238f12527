// Stage 4a, layout: parsed rows in, the header row and the data rows out.
// Title rows above the header ("BÁO CÁO KẾT QUẢ…", "Năm 2026"), a row of
// column numbers, repeated header rows, blank lines and footer rows
// ("Tổng cộng", "Người lập biểu", signatures) are counted, not read as reports.
import { foldKey } from '../core/fold.ts';
import { isBlank, parseSchoolCode } from '../core/parse-values.ts';
import { countIdentityMatches } from './match-header.ts';
import type { CsvRow } from './parse-csv.ts';

export interface LayoutCounts {
  title: number;
  blank: number;
  numbering: number;
  repeated_header: number;
  footer: number;
}

export interface Layout {
  header: CsvRow;
  data: CsvRow[];
  skipped: LayoutCounts;
}

/** How many rows above the header are searched. */
export const HEADER_SEARCH_ROWS = 30;

const FOOTER = /^(tong cong|tong so|tong|cong|nguoi lap( bieu)?|lap bieu|thu truong|hieu truong|ky ten|ky ghi ro|ky va ghi ro|xac nhan|ghi chu|lanh dao|truong phong|pho truong phong|giam doc|pho giam doc|chu tich|noi nhan)\b/;
const PLACE_DATE = /\bngay \d{1,2} thang \d{1,2} nam \d{4}\b/;

/** A header row names at least two identity columns (Mã trường, Năm báo cáo…). */
export function isHeaderRow(cells: readonly string[]): boolean {
  return countIdentityMatches(cells) >= 2;
}

/** A row of column numbers under the header: 1, 2, 3… or (1), (2), (3)… */
function isNumberingRow(cells: readonly string[]): boolean {
  const numbers = cells.filter((cell) => !isBlank(cell)).map((cell) => /^\(?(\d{1,2})\)?$/.exec(cell.trim())?.[1]);
  if (numbers.length < 3 || numbers.some((n) => n === undefined)) return false;
  return numbers.every((n, i) => i === 0 || Number(n) === Number(numbers[i - 1]) + 1);
}

function isFooterText(cells: readonly string[]): boolean {
  return cells.some((cell) => {
    const key = foldKey(cell);
    return FOOTER.test(key) || PLACE_DATE.test(key);
  });
}

/**
 * Split rows into header, data and skipped layout rows. `schoolColumnOf` is
 * asked once the header is known: a footer row has no code-like school code
 * and says "Tổng cộng", "Người lập biểu"… or follows such a row.
 */
export function locateHeader(rows: readonly CsvRow[], schoolColumnOf: (header: CsvRow) => number): Layout | null {
  const skipped: LayoutCounts = { title: 0, blank: 0, numbering: 0, repeated_header: 0, footer: 0 };
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  let headerIndex = -1;
  for (let i = 0; i < limit; i++) {
    if (isHeaderRow(rows[i]!.cells)) {
      headerIndex = i;
      break;
    }
  }
  if (headerIndex === -1) return null;
  for (let i = 0; i < headerIndex; i++) {
    if (rows[i]!.cells.every(isBlank)) skipped.blank++;
    else skipped.title++;
  }
  const header = rows[headerIndex]!;
  const schoolColumn = schoolColumnOf(header);
  const data: CsvRow[] = [];
  let inFooter = false;
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = rows[i]!;
    const cells = row.cells;
    // Signatures often sit in the school-code column: only a code-like cell counts.
    const hasSchool = schoolColumn >= 0 && parseSchoolCode(cells[schoolColumn] ?? '').ok;
    // A row whose CSV syntax broke is read, so that its problem is reported.
    if (row.problem) data.push(row);
    else if (data.length === 0 && isNumberingRow(cells)) skipped.numbering++;
    else if (hasSchool) data.push(row);
    else if (cells.every(isBlank)) skipped.blank++;
    else if (isHeaderRow(cells)) skipped.repeated_header++;
    else if (inFooter || isFooterText(cells)) {
      inFooter = true;
      skipped.footer++;
    } else data.push(row);
  }
  return { header, data, skipped };
}

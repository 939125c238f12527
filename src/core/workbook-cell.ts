// One workbook cell (SheetJS's raw value and number format) in, the text the
// shared cell rules read out (parse-values.ts), written so that no rule has to
// know the cell came from a workbook. Runs in Node and the browser.
//
//   text            as typed (NFC)
//   number          plain digits, decimal comma, no grouping: 1234, 12,5
//                   (a decimal point would read as thousands: "1.234")
//   percent format  the percentage shown: 0.855 → "85,5%"
//   date format     dd/mm/yyyy from the serial day, in whole days: no time zone
//                   enters (Excel stores local wall-clock days)
//   "00000" format  padded as shown: 145 → "00145"
//   boolean         TRUE / FALSE
//   error           as shown: #DIV/0!, #N/A
//   formula         its cached value; one never computed is "=FORMULA", so a
//                   rule names it instead of reading it as blank
import { SSF } from '@e965/xlsx';
import type { CellObject } from '@e965/xlsx';

const DAY_MS = 86_400_000;
/** Excel's day 0 in the 1900 system (after its 1900 leap-year bug), and the 1904 system's offset. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const OFFSET_1904 = 1462;

/** The number as plain text: no exponent below 1e21, 15 significant digits (as Excel shows), decimal comma. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15))).replace('.', ',');
}

/** A serial day as dd/mm/yyyy; the time of day is dropped. */
export function serialDateText(serial: number, date1904: boolean): string {
  const day = Math.floor(serial) + (date1904 ? OFFSET_1904 : 0);
  const date = new Date(EPOCH_1900 + day * DAY_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** A number format with its quoted text and escapes removed, for testing what it shows. */
function bareFormat(format: string): string {
  return format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
}

function formattedNumber(value: number, format: string, date1904: boolean): string {
  if (format !== 'General' && SSF.is_date(format) && value >= 0) return serialDateText(value, date1904);
  const bare = bareFormat(format.split(';')[0] ?? '');
  if (bare.includes('%')) return `${numberText(Number((value * 100).toPrecision(15)))}%`;
  if (/^0+$/.test(bare) && Number.isInteger(value) && value >= 0) return String(value).padStart(bare.length, '0');
  return numberText(value);
}

/** The text of one cell; '' for none. */
export function cellText(cell: CellObject | undefined, date1904: boolean): string {
  if (!cell) return '';
  switch (cell.t) {
    case 's':
      return String(cell.v ?? '').normalize('NFC');
    case 'n':
      return formattedNumber(Number(cell.v), typeof cell.z === 'string' ? cell.z : 'General', date1904);
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return cell.w ?? '#N/A';
    case 'd':
      return cell.v instanceof Date ? serialDateText((cell.v.getTime() - EPOCH_1900) / DAY_MS, false) : String(cell.v ?? '');
    case 'z':
      return cell.f ? `=${cell.f}` : '';
    default:
      return '';
  }
}

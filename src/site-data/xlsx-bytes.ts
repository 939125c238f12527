// An exceljs workbook in, the bytes of its .xlsx out, the same for the same
// workbook and date: the document properties carry the given date, and every
// zip entry's modified time is set to it (exceljs's zip writer stamps the clock).
import type ExcelJS from 'exceljs';

/** DOS date and time fields of a zip header (APPNOTE 4.4.6), from a UTC date; they cover 1980–2107 only. */
function dosDateTime(date: Date): { time: number; day: number } {
  if (date.getUTCFullYear() < 1980 || date.getUTCFullYear() > 2107) throw new Error(`zip dates cover 1980–2107: ${date.toISOString()}`);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    day: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** Set the modified time of every entry of a zip, in its local and central headers. */
export function pinZipDates(zip: Buffer, date: Date): Buffer {
  const out = Buffer.from(zip);
  const { time, day } = dosDateTime(date);
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip: no end of central directory');
  const entries = out.readUInt16LE(end + 10);
  let at = out.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad zip central header at ${at}`);
    out.writeUInt16LE(time, at + 12);
    out.writeUInt16LE(day, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad zip local header at ${local}`);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(day, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

/** The workbook's .xlsx bytes, dated `date` throughout (a build date, never the clock). */
export async function writeXlsx(workbook: ExcelJS.Workbook, date: Date): Promise<Buffer> {
  workbook.created = date;
  workbook.modified = date;
  return pinZipDates(Buffer.from(await workbook.xlsx.writeBuffer()), date);
}

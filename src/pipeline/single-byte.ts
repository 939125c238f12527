// Single-byte encodings decoded from iconv-lite's own code tables, without
// iconv-lite's codec (it needs Node's Buffer, which a browser lacks): one byte
// is one UTF-16 unit of the table. Runs in Node and the browser (the check
// page decodes with the same tables as the ingest).
import tables from 'iconv-lite/encodings/sbcs-data-generated.js';

export type SingleByteEncoding = 'windows1258' | 'tcvn' | 'latin1';

const ASCII = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');

/** A table's 256 characters: iconv-lite lists only the upper half for ASCII-based tables. */
function charsOf(encoding: SingleByteEncoding): string {
  if (encoding === 'latin1') return Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join('');
  const table = tables[encoding];
  if (!table || typeof table === 'string') throw new Error(`no code table: ${encoding}`);
  return table.chars.length === 128 ? ASCII + table.chars : table.chars;
}

const decoders = new Map<SingleByteEncoding, Uint16Array>();

/** Decode bytes of a single-byte encoding; the text is not normalized (the caller does). */
export function decodeSingleByte(bytes: Uint8Array, encoding: SingleByteEncoding): string {
  let units = decoders.get(encoding);
  if (!units) {
    const chars = charsOf(encoding);
    units = Uint16Array.from({ length: 256 }, (_, i) => chars.charCodeAt(i));
    decoders.set(encoding, units);
  }
  let text = '';
  // In slices, so String.fromCharCode never gets more arguments than an engine takes.
  for (let at = 0; at < bytes.length; at += 8192) {
    const slice = bytes.subarray(at, at + 8192);
    const out = new Uint16Array(slice.length);
    for (let i = 0; i < slice.length; i++) out[i] = units[slice[i]!]!;
    text += String.fromCharCode(...out);
  }
  return text;
}

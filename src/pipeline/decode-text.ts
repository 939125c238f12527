// Stage 2, decode: the bytes of a report file in, NFC text out, or the reason
// it cannot be read. Encodings of the contract (shared/spec section 3): UTF-8
// with or without BOM, UTF-16 LE with BOM, Windows-1258 (decomposed tone
// marks), and the legacy TCVN3 (converted) and VNI (recognised, rejected).
// A UTF-8 file with a few invalid bytes stays UTF-8: they become U+FFFD and
// `invalidBytes` says how many (issue 8, finding 4); the caller flags the cells.
// Runs in Node and the browser (the check page decodes with it).
import { decodeSingleByte } from './single-byte.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3';

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding; /** Bytes replaced by U+FFFD (UTF-8 only). */ invalidBytes: number }
  | { ok: false; code: 'unreadable-file' | 'unsupported-encoding' | 'not-a-csv'; value: string; reason: string };

// Words every report holds in its title or header, used to tell single-byte
// encodings apart: the right decoding spells them, the wrong ones do not.
const WORDS = ['trường', 'năm', 'báo cáo', 'mã', 'tên', 'cấp học', 'ngày', 'số', 'tổng', 'học sinh', 'giáo viên', 'phòng', 'không', 'phường', 'tiểu học'];
// The same words as VNI bytes read as Latin-1 (VNI writes `ư` as `ö`, `ờ` as `ôø`…).
const VNI_WORDS = ['tröôøng', 'naêm', 'baùo caùo', 'maõ', 'teân', 'caáp hoïc', 'ngaøy', 'soá', 'toång', 'hoïc sinh', 'giaùo vieân', 'phoøng', 'khoâng', 'phöôøng', 'tieåu hoïc'];

function countWords(text: string, words: readonly string[]): number {
  const sample = text.slice(0, 20_000).toLowerCase();
  let count = 0;
  for (const word of words) {
    for (let at = sample.indexOf(word); at !== -1; at = sample.indexOf(word, at + word.length)) count++;
  }
  return count;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Excel workbooks and other binaries sent with a .csv name. */
function describeBinary(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'an Excel workbook (.xlsx) / tệp Excel (.xlsx)';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'an Excel 97–2003 workbook (.xls) / tệp Excel (.xls)';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'a PDF / tệp PDF';
  return null;
}

/** UTF-16 without a BOM: every other byte of ASCII text is zero. */
function looksUtf16(bytes: Uint8Array, zeroAt: 0 | 1): boolean {
  const n = Math.min(bytes.length, 2000) & ~1;
  if (n < 4) return false;
  let zeros = 0;
  for (let i = zeroAt; i < n; i += 2) if (bytes[i] === 0) zeros++;
  return zeros > n / 4;
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Well-formed multi-byte UTF-8 sequences and stray bytes (overlong forms are not told apart). */
function countUtf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/**
 * Text that is UTF-8 but for a few bytes: at least 4 well-formed sequences per
 * stray byte. Legacy single-byte text has almost none (Windows-1258 and TCVN3
 * letters are lone high bytes), so it is never taken for UTF-8.
 */
function decodeMostlyUtf8(bytes: Uint8Array): { text: string; invalidBytes: number } | null {
  const { valid, invalid } = countUtf8Sequences(bytes);
  if (valid < 4 * invalid) return null;
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), invalidBytes: invalid };
}

/** Decode a file's bytes to NFC text, recognising its encoding. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, code: 'unreadable-file', value: '', reason: 'the file is empty / tệp rỗng' };
  const binary = describeBinary(bytes);
  if (binary) return { ok: false, code: 'not-a-csv', value: binary, reason: binary };
  const done = (text: string, encoding: Encoding, invalidBytes = 0): DecodeResult => ({ ok: true, text: text.normalize('NFC'), encoding, invalidBytes });

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    // The BOM says UTF-8: invalid bytes are replaced, whatever their number.
    const text = decodeUtf8(bytes.subarray(3));
    if (text !== null) return done(text, 'utf-8-bom');
    const { invalid } = countUtf8Sequences(bytes.subarray(3));
    return done(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), 'utf-8-bom', invalid);
  }
  if (startsWith(bytes, [0xff, 0xfe]) || looksUtf16(bytes, 1)) {
    const skip = startsWith(bytes, [0xff, 0xfe]) ? 2 : 0;
    return done(new TextDecoder('utf-16le').decode(bytes.subarray(skip)), 'utf-16le');
  }
  if (startsWith(bytes, [0xfe, 0xff]) || looksUtf16(bytes, 0)) {
    const skip = startsWith(bytes, [0xfe, 0xff]) ? 2 : 0;
    return done(new TextDecoder('utf-16be').decode(bytes.subarray(skip)), 'utf-16be');
  }
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return done(utf8, 'utf-8');
  if (bytes.includes(0)) return { ok: false, code: 'unreadable-file', value: '', reason: 'binary content / nội dung nhị phân' };
  const mostly = decodeMostlyUtf8(bytes);
  if (mostly) return done(mostly.text, 'utf-8', mostly.invalidBytes);

  const cp1258 = decodeSingleByte(bytes, 'windows1258').normalize('NFC');
  const tcvn = decodeSingleByte(bytes, 'tcvn').normalize('NFC');
  const scores = {
    cp1258: countWords(cp1258, WORDS),
    tcvn: countWords(tcvn, WORDS),
    vni: countWords(decodeSingleByte(bytes, 'latin1'), VNI_WORDS),
  };
  if (scores.vni > scores.cp1258 && scores.vni >= scores.tcvn) {
    return { ok: false, code: 'unsupported-encoding', value: 'VNI', reason: 'VNI' };
  }
  if (scores.tcvn > scores.cp1258) return { ok: true, text: tcvn, encoding: 'tcvn3', invalidBytes: 0 };
  return { ok: true, text: cp1258, encoding: 'windows-1258', invalidBytes: 0 };
}

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeText } from '../../src/pipeline/decode-text.ts';
import { parseCsv } from '../../src/pipeline/parse-csv.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/encodings/${name}`, import.meta.url)));

describe('decodeText: every encoding of the contract gives the same NFC text', () => {
  const cases = [
    { name: 'utf8-bom.csv', encoding: 'utf-8-bom', delimiter: ',' },
    { name: 'utf8-no-bom.csv', encoding: 'utf-8', delimiter: ',' },
    { name: 'utf16le-tab.csv', encoding: 'utf-16le', delimiter: '\t' },
    { name: 'windows-1258-decomposed.csv', encoding: 'windows-1258', delimiter: ',' },
    { name: 'tcvn3.csv', encoding: 'tcvn3', delimiter: ',' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const decoded = decodeText(fixture(c.name));
      expect(decoded.ok && decoded.encoding).toBe(c.encoding);
      if (!decoded.ok) return;
      expect(decoded.text.normalize('NFC')).toBe(decoded.text);
      expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
      const { rows, delimiter } = parseCsv(decoded.text);
      expect(delimiter).toBe(c.delimiter);
      expect(rows[0]!.cells[0]).toBe('BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA');
      expect(rows[2]!.cells.slice(0, 4)).toEqual(['2026', '01000001', 'Trường Tiểu học Gia Thụy', 'Tiểu học']);
    });
  }
  it('windows-1258 fixture really holds decomposed tone marks', () => {
    // "Trường": ư is 0xFD, the grave accent is the combining byte 0xCC.
    expect(Buffer.from(fixture('windows-1258-decomposed.csv')).includes(Buffer.from([0x54, 0x72, 0xfd, 0xf5, 0xcc]))).toBe(true);
  });
  it('VNI is recognised and rejected, naming the encoding', () => {
    expect(decodeText(fixture('vni.csv'))).toMatchObject({ ok: false, code: 'unsupported-encoding', value: 'VNI' });
  });
  it('an Excel workbook is not a CSV', () => {
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatchObject({ ok: false, code: 'not-a-csv' });
  });
  it('an empty file cannot be read', () => {
    expect(decodeText(new Uint8Array())).toMatchObject({ ok: false, code: 'unreadable-file' });
  });
});

describe('finding 8.4: one invalid byte does not flip a UTF-8 file to Windows-1258', () => {
  const utf8 = fixture('utf8-no-bom.csv');
  const withByte = (bytes: Uint8Array, at: number, inserted: number[]) => new Uint8Array([...bytes.subarray(0, at), ...inserted, ...bytes.subarray(at)]);
  const inName = Buffer.from(utf8).indexOf(Buffer.from('Gia Thụy'));
  const cases = [
    { name: 'a 0xFF in a school name', input: withByte(utf8, inName, [0xff]), encoding: 'utf-8', invalid: 1 },
    { name: 'a lone continuation byte', input: withByte(utf8, inName, [0x80]), encoding: 'utf-8', invalid: 1 },
    { name: 'a truncated sequence (two stray bytes)', input: withByte(utf8, inName, [0xe1, 0xbb]), encoding: 'utf-8', invalid: 2 },
    { name: 'a name pasted from a Windows-1258 file', input: withByte(utf8, inName, [0x54, 0x72, 0xfd, 0xf5, 0xcc, 0x6e, 0x67] /* "Trường" in Windows-1258 */), encoding: 'utf-8', invalid: 3 },
    { name: 'a 0xFF after a BOM', input: withByte(fixture('utf8-bom.csv'), inName + 3, [0xff]), encoding: 'utf-8-bom', invalid: 1 },
    { name: 'a genuine Windows-1258 file', input: fixture('windows-1258-decomposed.csv'), encoding: 'windows-1258', invalid: 0 },
    { name: 'a genuine TCVN3 file', input: fixture('tcvn3.csv'), encoding: 'tcvn3', invalid: 0 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const decoded = decodeText(c.input);
      expect(decoded.ok && [decoded.encoding, decoded.invalidBytes]).toEqual([c.encoding, c.invalid]);
      if (!decoded.ok) return;
      const { rows } = parseCsv(decoded.text);
      expect(rows[1]!.cells[1]).toBe('Mã trường');
      expect(rows[2]!.cells.slice(0, 2)).toEqual(['2026', '01000001']);
      expect(rows[2]!.cells[2]!.includes('\ufffd')).toBe(c.invalid > 0);
    });
  }
});

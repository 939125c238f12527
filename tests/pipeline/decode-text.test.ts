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

import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { decodeSingleByte, type SingleByteEncoding } from '../../src/pipeline/single-byte.ts';

const every = Uint8Array.from({ length: 256 }, (_, i) => i);

describe('decodeSingleByte: the same text as iconv-lite, without Buffer', () => {
  const cases: { encoding: SingleByteEncoding; iconvName: string }[] = [
    { encoding: 'windows1258', iconvName: 'windows-1258' },
    { encoding: 'tcvn', iconvName: 'tcvn' },
    { encoding: 'latin1', iconvName: 'latin1' },
  ];
  it.each(cases)('$encoding: each of the 256 bytes', ({ encoding, iconvName }) => {
    expect(decodeSingleByte(every, encoding)).toBe(iconv.decode(Buffer.from(every), iconvName));
  });
  it('a text longer than one slice keeps every byte in order', () => {
    const bytes = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 7) % 256);
    expect(decodeSingleByte(bytes, 'tcvn')).toBe(iconv.decode(Buffer.from(bytes), 'tcvn'));
  });
  it('TCVN3 "Tr\\xadêng" is "Trường" (ư at 0xAD, a soft hyphen in Latin-1)', () => {
    expect(decodeSingleByte(Uint8Array.from([0x54, 0x72, 0xad, 0xea, 0x6e, 0x67]), 'tcvn').normalize('NFC')).toBe('Trường');
  });
});

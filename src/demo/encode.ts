// Turn a file's text into bytes the way the exporting software would: UTF-8
// with or without BOM, UTF-16 LE with BOM (Excel "Unicode Text"), or
// Windows-1258 with decomposed tone marks (Excel's plain CSV on Vietnamese Windows).
import iconv from 'iconv-lite';
import type { FileForm } from './csv-format.ts';

/** The five Vietnamese tone marks, which Windows-1258 writes as combining characters. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Windows-1258's decomposition: base letters (â, ê, ô, ơ, ư, ă, đ) stay
 * precomposed and the tone mark follows as a combining character, e.g. "ờ" → "ơ" + U+0300.
 */
export function decomposeTones(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const decomposed = ch.normalize('NFD');
    const tones = decomposed.match(TONE_MARKS)?.join('') ?? '';
    out += decomposed.replace(TONE_MARKS, '').normalize('NFC') + tones;
  }
  return out;
}

export function encodeText(text: string, encoding: FileForm['encoding']): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
    case 'windows-1258': {
      const bytes = iconv.encode(decomposeTones(text), 'windows1258');
      // iconv-lite writes "?" for what the code page lacks; a demo file must not lose text.
      const back = iconv.decode(bytes, 'windows1258').normalize('NFC');
      if (back !== text.normalize('NFC')) throw new Error('text not representable in Windows-1258');
      return bytes;
    }
  }
}

// Accent-folded keys for comparing Vietnamese names and headers:
// "Phố Hiến" and "pho hien" fold to the same key. Runs in Node and the browser.

/** Lower-case, strip tone and vowel marks, đ→d, collapse spaces and punctuation. */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// A short, stable name for a question put to the database: its SQL text, its
// parameters and the columns kept from its rows. The build files precomputed
// answers under this name and the browser looks them up by it, so an answer
// is found only for the very question asked. Pure; Node and browser.
import type { Query } from './measure-sql.ts';

/** cyrb53 (public domain, github.com/bryc/code): a 53-bit string hash, fast and well mixed. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The text a key is computed from: one line per part, so no two questions share it. */
export function questionText(query: Query, columns: readonly string[]): string {
  return JSON.stringify([query.sql, query.params, columns]);
}

/** The key of a question, e.g. "1x3k9q0z7mb" (base 36). */
export function queryKey(query: Query, columns: readonly string[]): string {
  return hash53(questionText(query, columns)).toString(36);
}

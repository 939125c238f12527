// Matching for the search box, apart from the DOM so it can be unit-tested:
// every word of the query, folded (no diacritics, lower case), must appear in
// the entry's folded name, ward name or code. Codes and name prefixes rank first.
import { foldKey } from '../core/fold.ts';

/** [kind: 'w' ward | 's' school, code, name, plan id, ward name] */
export type SearchEntry = [string, string, string, string, string];

export interface PreparedEntry {
  entry: SearchEntry;
  key: string;
  name: string;
}

export function prepareEntries(entries: readonly SearchEntry[]): PreparedEntry[] {
  return entries.map((entry) => ({ entry, key: `${foldKey(`${entry[2]} ${entry[4]}`)} ${entry[1].toLowerCase()}`, name: foldKey(entry[2]) }));
}

function score(item: PreparedEntry, query: string): number {
  const code = item.entry[1].toLowerCase();
  const base = code === query ? 0 : code.startsWith(query) ? 1 : item.name.startsWith(query) ? 2 : 3;
  return base - (item.entry[0] === 'w' ? 0.5 : 0);
}

/** Entries matching `raw`, best first (all of them; the caller shows the first few). */
export function matchEntries(prepared: readonly PreparedEntry[], raw: string): SearchEntry[] {
  const query = foldKey(raw);
  if (!query) return [];
  const tokens = query.split(' ');
  return prepared
    .filter((p) => tokens.every((token) => p.key.includes(token)))
    .sort((a, b) => score(a, query) - score(b, query) || a.entry[2].length - b.entry[2].length || a.entry[2].localeCompare(b.entry[2]))
    .map((p) => p.entry);
}

// What one header cell means for a plan: a template column (an identity column
// or one of the plan's indicators, by its Vietnamese header, with or without
// diacritics, any case, line breaks inside, its id like `ma_truong`, or an
// accepted spelling), the STT numbering column, a personal-data column, or an
// unknown column. In: the plan's template and the cell text. Out: a HeaderMatch.
import { IDENTITY_COLUMNS, NUMBERING_HEADERS, foldHeader, headerKeysOf } from '../core/identity-columns.ts';
import { foldKey } from '../core/fold.ts';
import { indicatorsOf, type HasTemplate } from '../core/indicators.ts';
import { isPersonalHeader } from './personal-data.ts';

export type HeaderMatch =
  | { kind: 'column'; id: string }
  | { kind: 'stt' }
  | { kind: 'personal' }
  | { kind: 'unknown' }
  | { kind: 'blank' };

export interface HeaderMatcher {
  /** The meaning of one header cell. */
  match(cell: string): HeaderMatch;
  /** The accepted headers of a column, for messages: `"Mã trường", "ma_truong", "ma co so"…`. */
  acceptedHeaders(id: string): string;
}

type Column = { id: string; header: string; aliases: readonly string[] };

function createMatcher(columns: readonly Column[]): HeaderMatcher {
  const byKey = new Map<string, string>();
  for (const column of columns) for (const key of headerKeysOf(column)) if (!byKey.has(key)) byKey.set(key, column.id);
  const uncached = (cell: string): HeaderMatch => {
    const key = foldHeader(cell);
    if (key === '') return { kind: 'blank' };
    const exact = byKey.get(key);
    if (exact) return { kind: 'column', id: exact };
    if (NUMBERING_HEADERS.has(key)) return { kind: 'stt' };
    if (isPersonalHeader(key)) return { kind: 'personal' };
    // "Năm báo cáo (yyyy)", "(1) Mã trường", "Tổng số học sinh (người)".
    const loose = foldKey(cell.replace(/\s+/g, ' ').replace(/\([^)]*\)|\[[^\]]*\]|\*/g, ' ')).replace(/^\d+ /, '');
    const id = byKey.get(loose);
    return id ? { kind: 'column', id } : { kind: 'unknown' };
  };
  // Files repeat the same headers thousands of times: remember each answer.
  const memo = new Map<string, HeaderMatch>();
  return {
    match(cell) {
      let match = memo.get(cell);
      if (!match) {
        match = uncached(cell);
        if (memo.size < 100_000) memo.set(cell, match);
      }
      return match;
    },
    acceptedHeaders(id) {
      const column = columns.find((c) => c.id === id);
      if (!column) throw new Error(`unknown column: ${id}`);
      return [column.header, column.id, ...column.aliases].map((name) => `"${name}"`).join(', ');
    },
  };
}

/** Identity columns only: enough to find a header row and its school column, whatever the plan. */
export const identityMatcher: HeaderMatcher = createMatcher(IDENTITY_COLUMNS);

const byTemplate = new WeakMap<object, HeaderMatcher>();

/** The matcher of a plan's template: identity columns, then the plan's indicators. */
export function headerMatcherOf(plan: HasTemplate): HeaderMatcher {
  let matcher = byTemplate.get(plan.template);
  if (!matcher) {
    matcher = createMatcher([...IDENTITY_COLUMNS, ...indicatorsOf(plan)]);
    byTemplate.set(plan.template, matcher);
  }
  return matcher;
}

/** Columns a file must have (shared/spec section 1: identity columns are required). */
export const REQUIRED_COLUMNS: readonly string[] = IDENTITY_COLUMNS.map((c) => c.id);

/** Identity columns that mark a header row (at least two must be present). */
export function countIdentityMatches(cells: readonly string[]): number {
  const ids = new Set<string>();
  for (const cell of cells) {
    const match = identityMatcher.match(cell);
    if (match.kind === 'column' && REQUIRED_COLUMNS.includes(match.id)) ids.add(match.id);
  }
  return ids.size;
}

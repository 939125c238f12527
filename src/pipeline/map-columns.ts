// Stage 4b, map headers: the header row's cells and the plan's header matcher
// in; where each template column is (0-based index), which columns are
// personal data (dropped unread), the STT column, unknown and blank-headed
// columns (kept aside) out. A missing required column or a column given twice fails the file.
import { REQUIRED_COLUMNS, type HeaderMatcher } from './match-header.ts';
import type { ProblemCode } from '../core/messages.ts';
import { IDENTITY_COLUMNS } from '../core/identity-columns.ts';

export interface HeaderColumn {
  /** 0-based index in the row. */
  index: number;
  /** The header as written, line breaks folded to spaces. */
  header: string;
}

export interface ColumnMap {
  byId: Map<string, number>;
  personal: HeaderColumn[];
  unknown: HeaderColumn[];
  /** Columns whose header cell is blank: their values are kept aside like an unknown column's. */
  blank: number[];
  stt: number[];
}

export interface ColumnProblem {
  code: Extract<ProblemCode, 'missing-required-column' | 'duplicate-column'>;
  column: number | null;
  columnName: string;
  expected?: string;
  other?: string;
}

export function displayHeader(cell: string): string {
  return cell.replace(/\s+/g, ' ').trim();
}

/** Map a header row; problems that fail the file come back beside the map. */
export function mapColumns(cells: readonly string[], matcher: HeaderMatcher): { map: ColumnMap; problems: ColumnProblem[] } {
  const map: ColumnMap = { byId: new Map(), personal: [], unknown: [], blank: [], stt: [] };
  const problems: ColumnProblem[] = [];
  cells.forEach((cell, index) => {
    const match = matcher.match(cell);
    const header = displayHeader(cell);
    if (match.kind === 'column') {
      const first = map.byId.get(match.id);
      if (first === undefined) map.byId.set(match.id, index);
      else problems.push({ code: 'duplicate-column', column: index + 1, columnName: header, other: `${first + 1}, ${index + 1}` });
    } else if (match.kind === 'stt') map.stt.push(index);
    else if (match.kind === 'personal') map.personal.push({ index, header });
    else if (match.kind === 'unknown') map.unknown.push({ index, header });
    else map.blank.push(index);
  });
  for (const id of REQUIRED_COLUMNS) {
    if (map.byId.has(id)) continue;
    const name = IDENTITY_COLUMNS.find((c) => c.id === id)?.header ?? id;
    problems.push({ code: 'missing-required-column', column: null, columnName: name, expected: matcher.acceptedHeaders(id) });
  }
  return { map, problems };
}

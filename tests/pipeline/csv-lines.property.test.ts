// Finding 3 of issue 8, as a property: whatever happens to a file's bytes
// (quotes, delimiters, stray bytes, line ends inserted or deleted at random),
// the reader accounts for every physical line. Each line belongs to exactly
// one parsed row (a quoted line break joins lines into one row), and each row
// is the header, a data row (read: accepted or rejected with its problem, an
// unclosed quote included) or a counted layout line; a file that cannot be
// decoded or has no header is rejected whole by a file-error. Fixed seed.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { decodeText } from '../../src/pipeline/decode-text.ts';
import { locateHeader } from '../../src/pipeline/locate-header.ts';
import { identityMatcher } from '../../src/pipeline/match-header.ts';
import { countLines, parseCsv } from '../../src/pipeline/parse-csv.ts';
import type { CsvRow } from '../../src/pipeline/parse-csv.ts';
import { HEADERS, csvFile, csvLine, rowCells, schoolRow } from '../fixtures/hostile.ts';

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));
const FIXTURES: [string, Uint8Array][] = [
  ...['encodings', 'e2e/data/raw/mini-2025/2025', 'e2e/data/raw/mini-2025/2026'].flatMap((dir) =>
    readdirSync(join(fixtures, dir)).filter((name) => name.endsWith('.csv')).map((name): [string, Uint8Array] => [`${dir}/${name}`, new Uint8Array(readFileSync(join(fixtures, dir, name)))]),
  ),
  ['quoted line breaks', new Uint8Array(Buffer.from([csvLine(HEADERS.map((h, i) => (i === 9 ? `Tổng số\nhọc sinh` : h))), ...[0, 1, 2].map((n) => csvLine(rowCells(schoolRow(n, { ten_truong: 'Trường\r\nA' })))), ''].join('\r\n')))],
  ['semicolons', new Uint8Array(Buffer.from(csvFile([schoolRow(0), schoolRow(1)]).replace(/,/g, ';')))],
];

type Edit = { kind: 'quote' | 'delimiter' | 'byte' | 'line-end' | 'delete'; at: number; pick: number };

const INSERTS: Record<Exclude<Edit['kind'], 'delete'>, number[][]> = {
  quote: [[0x22], [0x22, 0x22]],
  delimiter: [[0x2c], [0x3b], [0x09]],
  byte: [[0xff], [0x00], [0xc3], [0x80], [0x1b], [0xad]],
  'line-end': [[0x0a], [0x0d], [0x0d, 0x0a]],
};

function applyEdits(bytes: Uint8Array, edits: readonly Edit[]): Uint8Array {
  let out = [...bytes];
  for (const edit of edits) {
    const at = edit.at % (out.length + 1);
    if (edit.kind === 'delete') out.splice(at, 1);
    else {
      const choices = INSERTS[edit.kind];
      out.splice(at, 0, ...choices[edit.pick % choices.length]!);
    }
  }
  return new Uint8Array(out);
}

const schoolColumnOf = (header: CsvRow) => header.cells.findIndex((cell) => {
  const match = identityMatcher.match(cell);
  return match.kind === 'column' && match.id === 'ma_truong';
});

/** Null when every line is accounted for, else what went missing. */
function unaccounted(bytes: Uint8Array): string | null {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return null; // a file-error rejects the file, every line with it
  const lines = countLines(decoded.text);
  const { rows } = parseCsv(decoded.text);
  let next = 1;
  for (const row of rows) {
    if (row.line !== next || row.endLine < row.line) return `row at ${row.line}–${row.endLine}, expected to start at ${next}`;
    next = row.endLine + 1;
  }
  if (next !== lines + 1) return `rows cover lines 1–${next - 1} of ${lines}`;
  const layout = locateHeader(rows, schoolColumnOf);
  if (!layout) return null; // header-not-found: a file-error
  const skipped = Object.values(layout.skipped).reduce((a, b) => a + b, 0);
  const data = new Set(layout.data);
  if (data.size !== layout.data.length || data.has(layout.header)) return 'a row counted twice';
  if (1 + data.size + skipped !== rows.length) return `header + ${data.size} data + ${skipped} skipped ≠ ${rows.length} rows`;
  for (const row of rows) if (row.problem && row !== layout.header && !data.has(row) && rows.indexOf(row) > rows.indexOf(layout.header)) return `broken row at ${row.line} not read`;
  return null;
}

describe('finding 8.3: every physical line is accounted for (property)', () => {
  it('holds for every fixture as it is', () => {
    for (const [name, bytes] of FIXTURES) expect(unaccounted(bytes), name).toBeNull();
  });

  it('holds when fixtures are mutated at random (quotes, delimiters, bytes, line ends)', () => {
    const edit = fc.record({
      kind: fc.constantFrom<Edit['kind']>('quote', 'delimiter', 'byte', 'line-end', 'delete'),
      at: fc.nat(),
      pick: fc.nat({ max: 5 }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: FIXTURES.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 12 }), (index, edits) => {
        const [name, bytes] = FIXTURES[index]!;
        const problem = unaccounted(applyEdits(bytes, edits));
        if (problem) throw new Error(`${name}: ${problem}`);
      }),
      { seed: 20_260_308, numRuns: 400 },
    );
  });
});

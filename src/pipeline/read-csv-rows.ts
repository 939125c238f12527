// Stages 2–3 for a CSV: its bytes in (decode-text, then parse-csv), rows of
// cells with their physical lines out, with the encoding and delimiter found;
// or the reason the file is rejected (logged).
import { decodeText } from './decode-text.ts';
import type { Encoding } from './decode-text.ts';
import { parseCsv } from './parse-csv.ts';
import type { CsvRow, Delimiter } from './parse-csv.ts';
import type { ProblemLog } from './problems.ts';

export type CsvRows = { ok: true; rows: CsvRow[]; encoding: Encoding; delimiter: Delimiter; invalidBytes: number } | { ok: false };

export function readCsvRows(bytes: Uint8Array, file: string, log: ProblemLog): CsvRows {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    log.add({ file, code: decoded.code, value: decoded.value, params: { other: decoded.reason } });
    return { ok: false };
  }
  if (decoded.encoding === 'tcvn3') log.add({ file, code: 'legacy-encoding', value: 'TCVN3' });
  const { rows, delimiter } = parseCsv(decoded.text);
  return { ok: true, rows, encoding: decoded.encoding, delimiter, invalidBytes: decoded.invalidBytes };
}

// One plan, end to end: its raw files in (read → validate → resolve
// duplicates), its tables and ingest-report.json out, written into `dir`.
// A bad row never stops the other rows; a bad file never stops the others.
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { indicatorsOf } from '../core/indicators.ts';
import { buildReport } from './build-report.ts';
import type { IngestReport } from './build-report.ts';
import { listRawFiles } from './list-files.ts';
import type { LoadedPlan } from './load-plan.ts';
import { validateFileRows } from './check-files.ts';
import { headerMatcherOf } from './match-header.ts';
import { ProblemLog } from './problems.ts';
import { readRawFile } from './read-raw-file.ts';
import type { FileRead } from './read-report.ts';
import { resolveDuplicates } from './resolve-duplicates.ts';
import type { RejectedReport, ValidReport } from './validate-row.ts';
import { writeTables } from './write-tables.ts';

export async function ingestPlan(input: { dataDir: string; dir: string; loaded: LoadedPlan; buildDate: string }): Promise<IngestReport> {
  const { loaded, buildDate } = input;
  const planId = loaded.plan.id;
  const log = new ProblemLog();
  const matcher = headerMatcherOf(loaded.plan);
  const reads: FileRead[] = [];
  const valid: ValidReport[] = [];
  const rejected: RejectedReport[] = [];
  for (const raw of await listRawFiles(join(input.dataDir, 'raw'), planId)) {
    const read = await readRawFile(raw, log, matcher);
    reads.push(read);
    for (const report of validateFileRows(read, raw.folderYear, { loaded, buildDate }, log, rejected)) valid.push(report);
    // The cells are no longer needed; keep only the count for the report.
    read.rows = read.rows.map((row) => ({ cells: [], line: row.line, endLine: row.endLine }));
  }
  const resolved = resolveDuplicates(valid, log);
  await mkdir(input.dir, { recursive: true });
  await writeTables(input.dir, { planId, indicators: indicatorsOf(loaded.plan), resolved, rejected, schools: loaded.schools, wards: loaded.wards });
  const report = buildReport({ plan: loaded.plan, buildDate, schoolCodes: loaded.schools.map((s) => s.code), reads, resolved, rejected, problems: log.all() });
  await writeFile(join(input.dir, 'ingest-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  // Kept aside for the data team, apart from the report: the values of columns
  // outside the template (free text may hold what no rule recognises as
  // personal) and the full texts hidden from published problems.
  const setAside = {
    unknown_columns: reads.flatMap((read) => read.unknownColumns.map(({ column, header, values }) => ({ file: read.file, column, header, values }))),
    redacted: log.redactions(),
  };
  await writeFile(join(input.dir, 'set-aside.json'), `${JSON.stringify(setAside, null, 2)}\n`);
  return report;
}

// What a school page says about a rejected report row: the problems the
// ingest logged at its file and line (message, code, hint), from the ingest
// summary the site data carries. Pure and isomorphic.
import type { Problem, SchoolSubmission, SiteData } from '../site-data/types.ts';

/** The error problems of one report row (file:line), in the ingest's order. */
export function rowProblems(site: Pick<SiteData, 'ingest'>, row: Pick<SchoolSubmission, 'source_file' | 'source_line'>): Problem[] {
  const file = site.ingest?.files.find((f) => f.path === row.source_file);
  return (file?.problems ?? []).filter((p) => p.severity === 'error' && (p.line === row.source_line || p.lines.includes(row.source_line)));
}

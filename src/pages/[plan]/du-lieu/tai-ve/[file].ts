// /<plan>/du-lieu/tai-ve/<file>: a plan's downloads (the DuckDB file the browser
// attaches, each table as CSV and Parquet, the ingest report), read from
// out/data and out/site at build time. One copy serves both languages.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadIndex, loadPlan, readDownload } from '../../../../site-data/load.ts';
import { INGEST_DIR } from '../../../../site-data/paths.ts';

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  parquet: 'application/vnd.apache.parquet',
  duckdb: 'application/octet-stream',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const getStaticPaths = (() =>
  loadIndex().plans.flatMap(({ id }) =>
    loadPlan(id).downloads.map((d) => ({ params: { plan: id, file: d.file }, props: { format: d.format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const bytes = readDownload(params.plan!, params.file!, INGEST_DIR);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': TYPES[(props as { format: string }).format] ?? 'application/octet-stream' } });
};

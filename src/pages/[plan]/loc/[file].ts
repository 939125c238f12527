// /<plan>/loc/<plan>.duckdb: the database the browser attaches for the filters
// and the Explore page (src/site-data/browser-database.ts: only what the
// browser reads). The full database stays a download under du-lieu/tai-ve/.
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadIndex } from '../../../site-data/load.ts';
import { SITE_DIR, browserDatabasePath } from '../../../site-data/paths.ts';

export const getStaticPaths = (() => loadIndex().plans.map(({ id }) => ({ params: { plan: id, file: `${id}.duckdb` } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(readFileSync(browserDatabasePath(SITE_DIR, params.plan!))), { headers: { 'Content-Type': 'application/octet-stream' } });

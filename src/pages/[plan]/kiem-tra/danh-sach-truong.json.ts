// /<plan>/kiem-tra/danh-sach-truong.json: what the check page needs to run the
// ingest's checks in the browser (src/pipeline/check-data.ts): the plan, its
// roster and wards, codes and names only. One copy serves both languages.
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildCheckData } from '../../../pipeline/check-data.ts';
import { loadIndex, loadPlan } from '../../../site-data/load.ts';

export const getStaticPaths = (() => loadIndex().plans.map(({ id }) => ({ params: { plan: id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const site = loadPlan(params.plan!);
  return new Response(JSON.stringify(buildCheckData(site)), { headers: { 'Content-Type': 'application/json' } });
};

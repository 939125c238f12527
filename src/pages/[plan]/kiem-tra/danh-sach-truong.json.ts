// /<plan>/kiem-tra/danh-sach-truong.json: what the check page needs to run the
// ingest's checks in the browser (src/pipeline/check-data.ts): the plan, its
// roster and wards, and the names of its province's other wards (2025 list),
// codes and names only. One copy serves both languages.
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildCheckData } from '../../../pipeline/check-data.ts';
import { loadWardReference } from '../../../pipeline/load-plan.ts';
import { loadIndex, loadPlan } from '../../../site-data/load.ts';
import { PLANS_DIR } from '../../../site-data/paths.ts';

export const getStaticPaths = (() => loadIndex().plans.map(({ id }) => ({ params: { plan: id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = loadPlan(params.plan!);
  // data/reference sits beside data/plans (docs/plans.md).
  const dataDir = join(PLANS_DIR, '..');
  const reference = await loadWardReference(dataDir, dataDir);
  if (!('wards' in reference)) throw new Error(reference.problems.join('\n'));
  const provinceWards = new Map([...reference.wards.values()].filter((w) => w.provinceCode === site.plan.province).map((w) => [w.code, w.name]));
  return new Response(JSON.stringify(buildCheckData({ ...site, provinceWards })), { headers: { 'Content-Type': 'application/json' } });
};

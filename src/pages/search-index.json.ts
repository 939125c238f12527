// /search-index.json: every ward and school of every plan, for the search box
// (src/scripts/search.ts folds names in the browser, so the index stays small).
import type { APIRoute } from 'astro';
import { loadIndex, loadPlan } from '../site-data/load.ts';

export const GET: APIRoute = () => {
  const index = loadIndex();
  const plans: Record<string, { vi: string; en: string }> = {};
  const entries: [string, string, string, string, string][] = [];
  for (const { id } of index.plans) {
    const site = loadPlan(id);
    plans[id] = site.plan.shortTitle;
    const wardNames = new Map(site.wards.map((w) => [w.code, w.name]));
    for (const ward of site.wards) entries.push(['w', ward.code, ward.name, id, '']);
    for (const school of site.schools) entries.push(['s', school.code, school.name, id, wardNames.get(school.ward) ?? school.ward]);
  }
  return new Response(JSON.stringify({ plans, entries }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

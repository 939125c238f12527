// /<plan>/mau-bao-cao/<file>: a plan's report templates (blank, and one per
// ward with its schools filled in), CSV and Excel, built from the plan's
// configuration by the site-data step into out/site/<plan>/mau/. One copy
// serves both languages.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadIndex, loadPlan, readTemplate } from '../../../site-data/load.ts';
import { CONTENT_TYPES } from '../../../site-data/template.ts';

export const getStaticPaths = (() =>
  loadIndex().plans.flatMap(({ id }) =>
    (loadPlan(id).templates ?? []).map((t) => ({ params: { plan: id, file: t.file }, props: { format: t.format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
  new Response(new Uint8Array(readTemplate(params.plan!, params.file!)), { headers: { 'Content-Type': CONTENT_TYPES[(props as { format: 'csv' | 'xlsx' }).format] } });

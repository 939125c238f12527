// /<plan>/mau-bao-cao/<file>: the plan's blank report template files (the CSV
// of src/site-data/template.ts), built from the plan's configuration. One copy
// serves both languages.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadIndex, loadPlan } from '../../../site-data/load.ts';
import { templateFilesOf } from '../../../site-data/template.ts';

export const getStaticPaths = (() =>
  loadIndex().plans.flatMap(({ id }) => templateFilesOf(loadPlan(id).plan).map((f) => ({ params: { plan: id, file: f.file }, props: { planId: id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const file = templateFilesOf(loadPlan((props as { planId: string }).planId).plan).find((f) => f.file === params.file)!;
  const body = file.build();
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': file.contentType } });
};

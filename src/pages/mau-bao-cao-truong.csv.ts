// /mau-bao-cao-truong.csv: the blank yearly report template (one for the site).
import type { APIRoute } from 'astro';
import { buildTemplateCsv } from '../site-data/template.ts';

export const GET: APIRoute = () => new Response(buildTemplateCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

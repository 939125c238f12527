// One URL per page type of the built site (docs/site.md's routes), picked from
// the prepared data the build read, so the tests follow the data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteData } from '../../src/site-data/types.ts';

export interface PageType {
  name: string;
  /** Path under the site's base, no leading slash. */
  path: string;
}

export function readSite(siteDataDir: string, planId: string): SiteData {
  return JSON.parse(readFileSync(join(siteDataDir, `${planId}.json`), 'utf8')) as SiteData;
}

/** The page types, for the plan with many wards (Hưng Yên) unless told otherwise. */
export function pageTypes(siteDataDir: string, planId = 'hung-yen-2026'): PageType[] {
  const site = readSite(siteDataDir, planId);
  const criterion = site.plan.criteria[0]!.id;
  const phase = site.plan.phases[0]!.id;
  const ward = site.wards[0]!.code;
  const school = site.schools[0]!.code;
  return [
    { name: 'home', path: '' },
    { name: 'overview', path: `${planId}/` },
    { name: 'phase', path: `${planId}/giai-doan/${phase}/` },
    { name: 'criterion', path: `${planId}/tieu-chi/${criterion}/` },
    { name: 'ward', path: `${planId}/xa-phuong/${ward}/` },
    { name: 'school', path: `${planId}/truong/${encodeURIComponent(school)}/` },
    { name: 'completeness', path: `${planId}/bao-cao/` },
    { name: 'data', path: `${planId}/du-lieu/` },
    { name: 'explore', path: `${planId}/kham-pha/` },
    { name: 'embed', path: `${planId}/embed/${criterion}/` },
    { name: 'directory', path: 'tim-kiem/' },
    { name: 'templates (choose a plan)', path: 'mau-bao-cao/' },
    { name: 'plan template', path: `${planId}/mau-bao-cao/` },
    { name: 'check a file before sending', path: `${planId}/kiem-tra/` },
    { name: 'check a file before sending (en)', path: `en/${planId}/kiem-tra/` },
    { name: 'home (en)', path: 'en/' },
    { name: 'overview (en)', path: `en/${planId}/` },
    { name: 'criterion (en)', path: `en/${planId}/tieu-chi/${criterion}/` },
    { name: 'overview, one-ward plan', path: 'long-bien-2025/' },
    { name: 'review (sơ kết)', path: `${planId}/so-ket/` },
    { name: 'review (en)', path: `en/${planId}/so-ket/` },
    { name: 'review, one-ward plan', path: 'long-bien-2025/so-ket/' },
    { name: 'commendation shortlist', path: `${planId}/khen-thuong/` },
    { name: 'commendation shortlist (en)', path: `en/${planId}/khen-thuong/` },
    { name: 'commendation shortlist, one-ward plan', path: 'long-bien-2025/khen-thuong/' },
    { name: 'printable briefing', path: `${planId}/so-ket/in/` },
    { name: 'printable briefing, one-ward plan', path: 'long-bien-2025/so-ket/in/' },
  ];
}

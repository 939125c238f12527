// Every link of the site, built from the base path (BASE_PATH at build time)
// so the site works under a sub-path such as /thi-dua-so/. Vietnamese pages
// live at the root, English ones under en/; path segments stay Vietnamese in
// both, so switching language only toggles the prefix.
import type { Lang } from '../i18n/index.ts';

/** The site's base, always ending in "/". */
export function basePath(): string {
  const base = import.meta.env.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** A page's path relative to the language root, e.g. "hung-yen-2026/tieu-chi/ke-hoach/". */
export const paths = {
  home: () => '',
  directory: () => 'tim-kiem/',
  /** The site-wide template page: which plan's template to use. */
  templates: () => 'mau-bao-cao/',
  /** A plan's report template, explained, with its blank files. */
  template: (plan: string) => `${plan}/mau-bao-cao/`,
  plan: (plan: string) => `${plan}/`,
  phase: (plan: string, phase: string) => `${plan}/giai-doan/${phase}/`,
  criterion: (plan: string, criterion: string) => `${plan}/tieu-chi/${criterion}/`,
  ward: (plan: string, ward: string) => `${plan}/xa-phuong/${ward}/`,
  school: (plan: string, school: string) => `${plan}/truong/${encodeURIComponent(school)}/`,
  reporting: (plan: string) => `${plan}/bao-cao/`,
  /** Check a report file in the browser before sending it. */
  check: (plan: string) => `${plan}/kiem-tra/`,
  data: (plan: string) => `${plan}/du-lieu/`,
  method: (plan: string) => `${plan}/phuong-phap/`,
  /** The review view: /so-ket/ or /tong-ket/. */
  review: (plan: string, kind: 'so-ket' | 'tong-ket') => `${plan}/${kind}/`,
  /** The printable briefing of a review. */
  briefing: (plan: string, kind: 'so-ket' | 'tong-ket') => `${plan}/${kind}/in/`,
  shortlist: (plan: string) => `${plan}/khen-thuong/`,
  embed: (plan: string, criterion: string) => `${plan}/embed/${criterion}/`,
  explore: (plan: string) => `${plan}/kham-pha/`,
};

/** The URL of a page in a language. */
export function href(lang: Lang, path: string): string {
  return `${basePath()}${lang === 'en' ? 'en/' : ''}${path}`;
}

/** A download of a plan (the same file for both languages). */
export function downloadHref(plan: string, file: string): string {
  return `${basePath()}${plan}/du-lieu/tai-ve/${file}`;
}

/** A file of a plan's blank template (src/site-data/template.ts templateFilesOf). */
export function templateFileHref(plan: string, file: string): string {
  return `${basePath()}${plan}/mau-bao-cao/${file}`;
}
/** The check data of a plan (src/pipeline/check-data.ts), fetched by the check page. */
export function checkDataHref(plan: string): string {
  return `${basePath()}${plan}/kiem-tra/${CHECK_DATA_FILE}`;
}
export const CHECK_DATA_FILE = 'danh-sach-truong.json';
/** The database the browser attaches (filters, Explore): only what the browser reads. */
export function browserDatabaseHref(plan: string): string {
  return `${basePath()}${plan}/loc/${plan}.duckdb`;
}

/**
 * The precomputed filter answers of a page (src/site-data/answers.ts): beside
 * the Vietnamese page, shared by both languages (the questions are the same).
 */
export function answersHref(path: string): string {
  return `${basePath()}${path}loc.json`;
}

export const SEARCH_INDEX_HREF = () => `${basePath()}search-index.json`;

// What a page's <head> says about it, from the page's path and its plan's
// data: the meta description (in the page's language, naming the plan and the
// unit) and the hreflang alternates (both languages and x-default, absolute
// when the site's origin is known: SITE_URL, docs/site.md).
import { LEVELS } from '../core/school-levels.ts';
import { pick, t, type Lang } from '../i18n/index.ts';
import type { SiteData } from '../site-data/types.ts';
import { href } from './routes.ts';

export type PageKind = 'home' | 'directory' | 'templates' | 'template' | 'plan' | 'phase' | 'criterion' | 'ward' | 'school' | 'reporting' | 'data' | 'method' | 'embed' | 'review' | 'briefing' | 'shortlist' | 'other';

const SECTIONS: Record<string, PageKind> = { 'mau-bao-cao': 'template', 'giai-doan': 'phase', 'tieu-chi': 'criterion', 'xa-phuong': 'ward', truong: 'school', 'bao-cao': 'reporting', 'du-lieu': 'data', 'phuong-phap': 'method', embed: 'embed', 'so-ket': 'review', 'tong-ket': 'review', 'khen-thuong': 'shortlist' };

/** The kind of page a path (below the language root, as in routes.ts `paths`) is, and the id it names. */
export function parsePagePath(path: string): { kind: PageKind; id?: string } {
  const [first, section, id] = path.split('/').filter(Boolean);
  if (first === undefined) return { kind: 'home' };
  if (section === undefined) return { kind: first === 'tim-kiem' ? 'directory' : first === 'mau-bao-cao' ? 'templates' : 'plan' };
  // A page kind added later gets a description from its title and plan until it has its own.
  const kind = SECTIONS[section] ?? 'other';
  if (kind === 'review' && id === 'in') return { kind: 'briefing' };
  return id === undefined ? { kind } : { kind, id: decodeURIComponent(id) };
}

/** A built page's path below its language root, from its URL path (base path and `en/` removed). */
export function pagePathOf(pathname: string, base: string): string {
  const below = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  return below.replace(/^en(\/|$)/, '');
}

export interface DescribeInput {
  lang: Lang;
  path: string;
  /** The page's title: the name when the data has none. */
  title: string;
  site?: SiteData;
  /** Every plan's short title (home and directory pages). */
  planNames?: string[];
  /** True when the page shows demo data (the banner's condition). */
  demo: boolean;
  /** A page's own first sentence, replacing the generated one. */
  lead?: string;
}

/** The page's meta description: what it shows, for which plan and unit; demo data said so. */
export function describePage({ lang, path, title, site, planNames = [], demo, lead }: DescribeInput): string {
  const { kind, id } = parsePagePath(path);
  const plan = site?.plan;
  const planName = plan ? pick(lang, plan.shortTitle) : '';
  const sentence = (): string => {
    if (kind === 'home') return t(lang, 'site.tagline');
    if (kind === 'directory') return t(lang, 'meta.directory', { plans: planNames.join(', ') });
    if (kind === 'templates') return t(lang, 'meta.templates', { plans: planNames.join(', ') });
    if (!site || !plan) throw new Error(`a ${kind} page needs its plan's data: ${path}`);
    if (kind === 'plan') return t(lang, 'meta.plan', { plan: pick(lang, plan.title) });
    if (kind === 'phase') {
      const phase = plan.phases.find((p) => p.id === id);
      return t(lang, 'meta.phase', { phase: phase ? `${pick(lang, phase.name)} (${phase.statedAs})` : title, plan: planName });
    }
    if (kind === 'criterion' || kind === 'embed') {
      const criterion = plan.criteria.find((c) => c.id === id);
      return t(lang, `meta.${kind}`, { criterion: criterion ? pick(lang, criterion.title) : title, plan: planName });
    }
    if (kind === 'ward') {
      const ward = site.wards.find((w) => w.code === id);
      return t(lang, 'meta.ward', { ward: ward?.name ?? title, plan: planName, count: site.schools.filter((s) => s.ward === id).length });
    }
    if (kind === 'school') {
      const school = site.schools.find((s) => s.code === id);
      const ward = site.wards.find((w) => w.code === school?.ward);
      const level = school ? (LEVELS[school.level]?.[lang] ?? school.level) : '';
      return t(lang, 'meta.school', { school: school?.name ?? title, level, ward: ward?.name ?? school?.ward ?? '', plan: planName });
    }
    if (kind === 'other') return t(lang, 'meta.page', { page: title, plan: planName });
    return t(lang, `meta.${kind}`, { plan: planName });
  };
  const first = (lead ?? sentence()).trim();
  return [/[.!?…]$/.test(first) ? first : `${first}.`, demo ? t(lang, 'meta.demo') : ''].filter(Boolean).join(' ');
}

export interface Alternate {
  hreflang: 'vi' | 'en' | 'x-default';
  href: string;
}

/**
 * The page in each language, and x-default (the Vietnamese page, the site's
 * default). Absolute on `siteUrl`'s origin when given, else root-relative:
 * the origin a portal serves the site from is not known at build time.
 */
export function alternateLinks(path: string, siteUrl?: URL | string): Alternate[] {
  const at = (lang: Lang) => (siteUrl ? new URL(href(lang, path), new URL(siteUrl).origin).href : href(lang, path));
  return [
    { hreflang: 'vi', href: at('vi') },
    { hreflang: 'en', href: at('en') },
    { hreflang: 'x-default', href: at('vi') },
  ];
}

// Finding 8.12 on the built site: a page of every type, in both languages,
// passes the Nu HTML checker (vnu-jar) with zero errors; every page has a
// meta description; hreflang alternates name both languages and x-default,
// root-relative by default and absolute in the build made with SITE_URL.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { SITE_URL } from './global-setup.ts';
import { pageTypes } from './site-pages.ts';

const siteRoot = inject('siteRoot');
const baseSiteRoot = inject('baseSiteRoot');
const basePath = inject('basePath');
const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';

/** One page per type (site-pages.ts, and the method page), in Vietnamese and in English. */
const types = [...pageTypes(inject('siteDataDir')), { name: 'method', path: 'hung-yen-2026/phuong-phap/' }];
const samples = [...new Set(types.flatMap(({ path }) => {
  const vi = path.replace(/^en\//, '');
  return [vi, `en/${vi}`];
}))].sort();
const fileOf = (root: string, path: string) => join(root, decodeURIComponent(path), 'index.html');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const head = (file: string) => {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  return {
    lang: document.documentElement.getAttribute('lang'),
    description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
    alternates: [...document.querySelectorAll('link[rel="alternate"]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
  };
};

describe('finding 8.12: published HTML', () => {
  it(`8.12e: the Nu HTML checker finds no error in ${samples.length} pages (every page type, both languages)`, () => {
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    expect(java.error, 'java is needed for the Nu HTML checker (apt-get install default-jre-headless; .ci/run does it)').toBeUndefined();
    const files = samples.map((path) => fileOf(siteRoot, path));
    const result = spawnSync('java', ['-Xss16m', '-jar', VNU, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const messages = (JSON.parse(result.stderr) as { messages: { type: string; url: string; message: string; lastLine?: number }[] }).messages;
    expect(messages.map((m) => `${relative(siteRoot, new URL(m.url).pathname)}:${m.lastLine ?? '?'}: ${m.type}: ${m.message}`)).toEqual([]);
    expect(result.status).toBe(0);
  }, 300_000);

  it('8.12a: no SVG element carries a font-variant attribute', () => {
    for (const path of samples) expect(readFileSync(fileOf(siteRoot, path), 'utf8'), path).not.toMatch(/<[^>]+\sfont-variant=/);
  });

  it('8.12b: every built page has a description in its language, and pages of one type differ by their unit', () => {
    const files = htmlFiles(siteRoot);
    expect(files.length).toBeGreaterThan(60);
    const missing = files.filter((file) => !/<meta name="description" content="[^"]{40,}"/.test(readFileSync(file, 'utf8')));
    expect(missing.map((f) => relative(siteRoot, f))).toEqual([]);
    for (const path of samples) {
      const { lang, description } = head(fileOf(siteRoot, path));
      expect(description, path).toMatch(lang === 'en' ? /\b(the|of|and)\b/ : /(của|và|theo)/);
    }
    const schools = files.filter((f) => f.includes('/truong/') && !f.includes('/en/')).slice(0, 50).map((f) => head(f).description);
    expect(new Set(schools).size).toBe(schools.length);
  });

  // Embeds (noindex, no site chrome) have no language alternates.
  const indexed = samples.filter((path) => !path.includes('/embed/'));

  it('8.12c: alternates name both languages and x-default; root-relative without SITE_URL', () => {
    for (const path of indexed) {
      const vi = path.replace(/^en\//, '');
      expect(head(fileOf(siteRoot, path)).alternates, path).toEqual([['vi', `/${vi}`], ['en', `/en/${vi}`], ['x-default', `/${vi}`]]);
      expect(head(fileOf(siteRoot, path)).canonical).toBeNull();
    }
  });

  it('8.12c: alternates and canonical are absolute in the build made with SITE_URL (and the base path)', () => {
    for (const path of indexed) {
      const vi = path.replace(/^en\//, '');
      const at = (p: string) => new URL(`${basePath}${p}`, SITE_URL).href;
      const page = head(fileOf(baseSiteRoot, path));
      expect(page.alternates, path).toEqual([['vi', at(vi)], ['en', at(`en/${vi}`)], ['x-default', at(vi)]]);
      expect(page.canonical).toBe(at(path));
    }
  });
});

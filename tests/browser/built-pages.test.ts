// Checks on the built site: the build made by tests/browser/global-setup.ts,
// or SITE_DIST when set (another build, e.g. one made from a fixture).
// Every page of a sample (all but school pages, plus a spread of those):
// the CSP meta, lang, no inline script or event-handler attribute, one h1,
// heading order, tables with caption and scopes, links under the base path
// that resolve to a built file, the language switch, the demo banner.
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { CSP_CONTENT } from '../site/csp.ts';

const DIST = process.env.SITE_DIST ?? inject('siteRoot');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function sample(): string[] {
  const all = htmlFiles(DIST).sort();
  const schools = all.filter((f) => f.includes('/truong/'));
  // A spread of school pages, plus every page whose data holds markup-like text.
  const picked = schools.filter((_, i) => i % Math.ceil(schools.length / 40) === 0 || /onerror|&lt;script/i.test(readFileSync(schools[i]!, 'utf8')));
  return [...all.filter((f) => !f.includes('/truong/')), ...picked];
}

describe('the built site', () => {
  it('exists', () => expect(existsSync(join(DIST, 'index.html'))).toBe(true));
  const files = sample();
  const home = parseHTML(readFileSync(join(DIST, 'index.html'), 'utf8')).document;
  const base = home.querySelector('link[rel="icon"]')?.getAttribute('href')?.replace(/favicon\.svg$/, '') ?? '/';

  const exists = (url: string) => {
    const path = decodeURIComponent(url.slice(base.length).split('#')[0]!.split('?')[0]!);
    const target = join(DIST, path);
    return existsSync(path === '' || path.endsWith('/') ? join(target, 'index.html') : target);
  };

  it.each(files.map((f) => [relative(DIST, f), f]))('%s', (_name, file) => {
    const html = readFileSync(file, 'utf8');
    const { document } = parseHTML(html);
    const path = `/${relative(DIST, file)}`;
    const english = path.startsWith('/en/');

    expect(document.documentElement.getAttribute('lang')).toBe(english ? 'en' : 'vi');
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(CSP_CONTENT);

    for (const script of document.querySelectorAll('script')) {
      expect(script.getAttribute('src'), 'no inline script').toBeTruthy();
      expect(script.textContent!.trim()).toBe('');
    }
    for (const element of document.querySelectorAll('*')) {
      for (const name of element.getAttributeNames()) expect(name.startsWith('on'), `${name} on <${element.tagName}>`).toBe(false);
    }
    expect(document.querySelector('img')).toBeNull();

    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(document.querySelector('main')).not.toBeNull();
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1]!, `heading order ${levels.join(',')}`).toBeLessThanOrEqual(1));

    for (const table of document.querySelectorAll('table')) {
      expect(table.querySelector('caption'), 'table caption').not.toBeNull();
      for (const th of table.querySelectorAll('thead th')) expect(th.getAttribute('scope')).toBe('col');
    }

    const urls = [...document.querySelectorAll('[href], [src], form[action]')].map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action')!);
    for (const url of urls.filter((u) => u.startsWith('/'))) {
      expect(url.startsWith(base), `${url} under ${base}`).toBe(true);
      expect(exists(url), `${url} is built`).toBe(true);
    }
    expect(urls.some((u) => /^(https?:)?\/\//.test(u)), 'no off-site link or asset').toBe(false);

    if (!document.body.classList.contains('embed')) {
      const other = document.querySelector('a.lang-switch')!.getAttribute('href')!;
      expect(other).toBe(english ? `${base}${path.slice(4).replace(/index\.html$/, '')}` : `${base}en${path.replace(/index\.html$/, '')}`);
    }
    if (/\/(hung-yen-2026|long-bien-2025)\//.test(path)) {
      expect(document.querySelector('.demo-banner')?.textContent).toContain(english ? 'Illustrative demo data — not official figures' : 'Dữ liệu minh họa — không phải số liệu chính thức');
    }
  });
});

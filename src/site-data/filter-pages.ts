// The built pages that carry a filter form, read back from dist/: each one's
// filter config (the form's data-config) and its blocks (the [data-chart]
// hosts, docs/site.md). These are exactly what the browser reads, so the
// answers precomputed from them are those of the questions the browser asks.
// Vietnamese pages only: an English page asks the same questions and reads
// the Vietnamese page's answers (src/components/routes.ts answersHref).
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import type { FilterConfig } from '../client/filter-config.ts';
import { BLOCK_KINDS, type Block, type BlockOptions } from '../client/questions.ts';

export interface FilterPage {
  /** The page's folder under the site root, '/'-separated, e.g. "hung-yen-2026/tieu-chi/ke-hoach". */
  dir: string;
  config: FilterConfig;
  blocks: Block[];
}

/** A page's filter config and blocks from its HTML; null when it has no filter form. */
export function readFilterPage(html: string, dir: string): FilterPage | null {
  if (!html.includes('data-filters')) return null;
  const { document } = parseHTML(html);
  const form = document.querySelector('form[data-filters]');
  const raw = form?.getAttribute('data-config');
  if (!raw) return null;
  const blocks = [...document.querySelectorAll('[data-chart]')]
    .map((host): Block => ({
      kind: host.getAttribute('data-chart') ?? '',
      measure: host.getAttribute('data-measure') ?? undefined,
      group: host.getAttribute('data-group') ?? undefined,
      options: JSON.parse(host.getAttribute('data-options') ?? '{}') as BlockOptions,
    }))
    .filter((b) => BLOCK_KINDS.includes(b.kind));
  return { dir, config: JSON.parse(raw) as FilterConfig, blocks };
}

/** Every Vietnamese page with a filter form under `root` (the built site), in path order. */
export async function readFilterPages(root: string): Promise<FilterPage[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => !relative(root, file).startsWith(`en${sep}`))
    .sort();
  const pages: FilterPage[] = [];
  for (const file of files) {
    const dir = relative(root, join(file, '..')).split(sep).join('/');
    const page = readFilterPage(readFileSync(file, 'utf8'), dir);
    if (page) pages.push(page);
  }
  return pages;
}

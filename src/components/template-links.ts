// Which template files a page links to: a ward's pre-filled pair, or a plan's
// blank pair. In: the plan's SiteData; out: hrefs with what each file holds.
import type { SiteData, TemplateDownload } from '../site-data/types.ts';
import { templateFileHref } from './routes.ts';

export interface TemplateLinks {
  year: number;
  schools: number;
  csv: string | null;
  xlsx: string | null;
}

/** The template pair of a ward (or, with `ward` null, the blank pair); null when the build made none. */
export function templateLinksOf(site: Pick<SiteData, 'plan' | 'templates'>, ward: string | null): TemplateLinks | null {
  const files = (site.templates ?? []).filter((t) => t.ward === ward);
  if (files.length === 0) return null;
  const hrefOf = (format: TemplateDownload['format']) => {
    const file = files.find((t) => t.format === format);
    return file ? templateFileHref(site.plan.id, file.file) : null;
  };
  return { year: files[0]!.year, schools: files[0]!.schools, csv: hrefOf('csv'), xlsx: hrefOf('xlsx') };
}

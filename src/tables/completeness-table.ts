// Completeness of one year by ward (the reporting page's years after the
// first): expected, then each report state, each ward linked to its page. A
// pure function of rows → DOM, drawn at build time and redrawn by the filters.
import type { CompletenessRow } from '../core/measure-sql.ts';
import { t, type Lang } from '../i18n/index.ts';
import { formatNumber } from '../i18n/format.ts';
import { REPORT_STATES } from '../charts/completeness.ts';
import { linkTo, tableBlock } from './table-dom.ts';

export function completenessTable(rows: readonly CompletenessRow[], options: { lang: Lang; year: number; names: Record<string, string>; href?: string; document?: Document }): HTMLElement {
  const { lang } = options;
  return tableBlock(
    lang,
    {
      caption: t(lang, 'completeness.byWard', { year: options.year }),
      head: [{ text: t(lang, 'table.ward') }, { text: t(lang, 'completeness.expected'), className: 'num' }, ...REPORT_STATES.map((s) => ({ text: t(lang, `status.${s}`), className: 'num' }))],
      rows: rows.map((r) => [
        { text: options.names[r.ward_code ?? ''] ?? r.ward_code ?? '', header: true, ...(options.href ? { href: linkTo(options.href, r.ward_code ?? '') } : {}) },
        { text: formatNumber(lang, r.expected), className: 'num' },
        ...REPORT_STATES.map((s) => ({ text: formatNumber(lang, r[s]), className: 'num' })),
      ]),
    },
    options.document,
  );
}

// The overview's table of the measures off the progress chart's scale: each
// one's figure for the year, the target it is judged against and its status
// for the phase (src/core/rules through src/components/judgement-view.ts),
// in the markup of StatusText.astro and the phone-stacked tables. One pure
// function of rows → DOM: the page draws it at build time from the site data
// and the browser's filters redraw it from their answers (src/client/block-draw.ts).
import type { MeasureRow } from '../core/measure-sql.ts';
import type { Measure, Phase } from '../core/plan-schema.ts';
import { judgeRows } from '../core/rules/index.ts';
import { t, type Lang } from '../i18n/index.ts';
import { formatMaybe } from '../i18n/format.ts';
import { resolveDocument } from '../charts/figure.ts';
import { describe, judgedUnit, specFor, targetText, type StatusView } from '../components/judgement-view.ts';
import { progressMetas, type ProgressMeta } from '../components/progress-view.ts';
import type { JudgedUnit } from '../components/unit-view.ts';
import type { SiteData } from '../site-data/types.ts';

/** A measure as the table needs it: ProgressMeta (labels, a spec per phase) and the unit its judged values are written in. */
export interface StatusMeta extends ProgressMeta {
  judgedUnit: string;
}

/** The metas of a page's status table (build time): each measure's specs by phase, the phase in view's among them. */
export function statusMetas(lang: Lang, site: SiteData, measures: readonly Measure[], level: JudgedUnit['level'], phase: Phase): StatusMeta[] {
  return progressMetas(lang, site, measures, level).map((meta, i) => ({
    ...meta,
    specs: { ...meta.specs, [phase.id]: specFor(site.plan, measures[i]!, phase, site.buildDate, level) },
    judgedUnit: judgedUnit(lang, measures[i]!, site.plan.method.counts),
  }));
}

export interface StatusRow {
  label: string;
  figure: { text: string; state: 'value' | 'missing' | 'na' };
  target: string;
  status: StatusView;
}

const stateOf = (row: MeasureRow | undefined): StatusRow['figure']['state'] =>
  row && row.value !== null ? 'value' : row && row.schools_na > 0 && row.schools_value === 0 && row.schools_missing === 0 ? 'na' : 'missing';

/**
 * One row per measure for `year`, judged in `phase` (its spec in the meta) on
 * the measure's rows by year. Rows of a phase without a spec are left out.
 */
export function statusRows(
  lang: Lang,
  metas: readonly StatusMeta[],
  rowsOf: (id: string) => readonly MeasureRow[],
  year: number,
  phase: { id: string; name: string },
  deadline: { month: number; day: number },
): StatusRow[] {
  return metas.flatMap((meta) => {
    const spec = meta.specs[phase.id];
    if (!spec) return [];
    const rows = rowsOf(meta.id);
    const row = rows.find((r) => r.year === year);
    const state = stateOf(row);
    const judgement = judgeRows(spec, rows);
    return [
      {
        label: meta.label,
        figure: { text: state === 'na' ? t(lang, 'value.na') : formatMaybe(lang, row?.value, meta.unit, meta.digits), state },
        target: judgement.target ? targetText(lang, judgement.target.value, meta.judgedUnit, judgement.digits, judgement.target, year) : t(lang, 'value.noTarget'),
        status: describe({ lang, unit: meta.judgedUnit, phaseName: phase.name, deadline, judgement }),
      },
    ];
  });
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.appendChild(doc.createTextNode(text));
  return node;
}

/** A status in words, linked to the method page: StatusText.astro's markup. */
function statusCell(doc: Document, view: StatusView, methodHref: string): HTMLElement {
  const cell = el(doc, 'span', { class: 'status-cell' });
  cell.appendChild(el(doc, 'a', { class: `status status-${view.status}`, href: `${methodHref}#${view.status}` }, view.label));
  if (view.tags.length > 0) cell.appendChild(el(doc, 'span', { class: 'status-tags' }, ` (${view.tags.join('; ')})`));
  cell.appendChild(el(doc, 'span', { class: 'status-basis' }, ` ${view.basis}${view.detail ? `; ${view.detail}` : ''}`));
  return cell;
}

/** Measure | result | target | assessment, stacked on a phone (class "stack", data-label). */
export function statusTable(rows: readonly StatusRow[], options: { lang: Lang; year: number; methodHref: string; document?: Document }): HTMLElement {
  const doc = resolveDocument(options.document);
  const { lang } = options;
  const scroll = el(doc, 'div', { class: 'table-scroll', tabindex: '0', role: 'group', 'aria-label': t(lang, 'table.scrollable') });
  const table = el(doc, 'table', { class: 'stack' });
  table.appendChild(el(doc, 'caption', {}, t(lang, 'headline.title', { year: options.year })));
  const head = el(doc, 'tr');
  for (const key of ['table.measure', 'table.value', 'table.target', 'table.status'] as const) head.appendChild(el(doc, 'th', { scope: 'col' }, t(lang, key)));
  table.appendChild(el(doc, 'thead')).appendChild(head);
  const body = table.appendChild(el(doc, 'tbody'));
  for (const row of rows) {
    const tr = body.appendChild(el(doc, 'tr'));
    tr.appendChild(el(doc, 'th', { scope: 'row' }, row.label));
    tr.appendChild(el(doc, 'td', { class: row.figure.state === 'value' ? 'num' : row.figure.state, 'data-label': t(lang, 'table.value') }, row.figure.text));
    tr.appendChild(el(doc, 'td', { class: 'num', 'data-label': t(lang, 'table.target') }, row.target));
    tr.appendChild(el(doc, 'td', { class: 'wide', 'data-label': t(lang, 'table.status') })).appendChild(statusCell(doc, row.status, options.methodHref));
  }
  scroll.appendChild(table);
  return scroll;
}

// A page table as a pure function of a model → <table> in its focusable,
// named scroll container (the markup of src/components/TableScroll.astro).
// Like the charts, it runs at build time with a linkedom document and in the
// browser when a filter redraws it; only DOM text nodes carry data.
import { t, type Lang } from '../i18n/index.ts';
import { resolveDocument } from '../charts/figure.ts';

export interface TableCell {
  text: string;
  /** Class of the cell (num, missing, na…). */
  className?: string;
  /** Wrap the text in a link. */
  href?: string;
  /** Wrap the text in <span class="…"> (status-met, state state-late…). */
  span?: string;
  /** A row header (<th scope="row">). */
  header?: boolean;
}

export interface TableModel {
  caption: string;
  head: { text: string; className?: string }[];
  rows: TableCell[][];
}

function cellNode(doc: Document, cell: TableCell): HTMLElement {
  const node = doc.createElement(cell.header ? 'th' : 'td');
  if (cell.header) node.setAttribute('scope', 'row');
  if (cell.className) node.setAttribute('class', cell.className);
  let holder: HTMLElement = node;
  if (cell.href) {
    const link = doc.createElement('a');
    link.setAttribute('href', cell.href);
    node.appendChild(link);
    holder = link;
  }
  if (cell.span) {
    const span = doc.createElement('span');
    span.setAttribute('class', cell.span);
    holder.appendChild(span);
    holder = span;
  }
  holder.appendChild(doc.createTextNode(cell.text));
  return node;
}

/** The table alone. */
export function createPageTable(doc: Document, model: TableModel): HTMLTableElement {
  const table = doc.createElement('table');
  const caption = doc.createElement('caption');
  caption.appendChild(doc.createTextNode(model.caption));
  table.appendChild(caption);
  const head = doc.createElement('thead');
  const headRow = doc.createElement('tr');
  for (const column of model.head) {
    const th = doc.createElement('th');
    th.setAttribute('scope', 'col');
    if (column.className) th.setAttribute('class', column.className);
    th.appendChild(doc.createTextNode(column.text));
    headRow.appendChild(th);
  }
  head.appendChild(headRow);
  table.appendChild(head);
  const body = doc.createElement('tbody');
  for (const row of model.rows) {
    const tr = doc.createElement('tr');
    for (const cell of row) tr.appendChild(cellNode(doc, cell));
    body.appendChild(tr);
  }
  table.appendChild(body);
  return table;
}

/** The table in its scroll container. */
export function tableBlock(lang: Lang, model: TableModel, document?: Document): HTMLElement {
  const doc = resolveDocument(document);
  const scroll = doc.createElement('div');
  scroll.setAttribute('class', 'table-scroll');
  scroll.setAttribute('tabindex', '0');
  scroll.setAttribute('role', 'group');
  scroll.setAttribute('aria-label', t(lang, 'table.scrollable'));
  scroll.appendChild(createPageTable(doc, model));
  return scroll;
}

/** Several tables side by side (`.columns`), e.g. best and weakest units. */
export function tableColumns(lang: Lang, models: readonly TableModel[], document?: Document): HTMLElement {
  const doc = resolveDocument(document);
  const wrap = doc.createElement('div');
  wrap.setAttribute('class', 'columns');
  for (const model of models) wrap.appendChild(tableBlock(lang, model, doc));
  return wrap;
}

/** A sentence in place of a table (no data for the choice). */
export function noteBlock(text: string, document?: Document): HTMLElement {
  const doc = resolveDocument(document);
  const p = doc.createElement('p');
  p.setAttribute('class', 'note');
  p.appendChild(doc.createTextNode(text));
  return p;
}

/** Fill a link pattern such as "/hung-yen-2026/xa-phuong/{code}/". */
export function linkTo(pattern: string | undefined, code: string): string | undefined {
  return pattern ? pattern.replace('{code}', encodeURIComponent(code)) : undefined;
}

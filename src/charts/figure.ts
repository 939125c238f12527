// DOM helpers shared by the charts: a <figure> holding caption, text summary,
// the Plot SVG and a data table (in <details>). Only DOM text nodes carry data,
// so names from files can never become markup. Works with a browser document
// or a linkedom one at build time.

export type Cell = string | { text: string; className?: string };

export interface TableModel {
  caption: string;
  head: string[];
  rows: Cell[][];
}

export interface FigureParts {
  className: string;
  caption: string;
  summary: string;
  chart: Element | null;
  table: TableModel;
  /** Text of the <summary> that reveals the table. */
  tableToggle: string;
  /** Extra nodes after the SVG (legend). */
  after?: Element[];
}

/** The document to draw with: the one given, else the browser's. */
export function resolveDocument(doc: Document | undefined): Document {
  const resolved = doc ?? (globalThis as { document?: Document }).document;
  if (!resolved) throw new Error('charts need a document (pass options.document outside the browser)');
  return resolved;
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.setAttribute('class', className);
  if (text !== undefined) node.appendChild(doc.createTextNode(text));
  return node;
}

/** An accessible table: caption, column headers with scope, row headers in the first column. */
export function createTable(doc: Document, model: TableModel): HTMLTableElement {
  const table = element(doc, 'table', 'data-table');
  table.appendChild(element(doc, 'caption', undefined, model.caption));
  const head = element(doc, 'thead');
  const headRow = element(doc, 'tr');
  for (const label of model.head) {
    const th = element(doc, 'th', undefined, label);
    th.setAttribute('scope', 'col');
    headRow.appendChild(th);
  }
  head.appendChild(headRow);
  table.appendChild(head);
  const body = element(doc, 'tbody');
  for (const row of model.rows) {
    const tr = element(doc, 'tr');
    row.forEach((cell, index) => {
      const { text, className } = typeof cell === 'string' ? { text: cell, className: undefined } : cell;
      const td = index === 0 ? element(doc, 'th', className, text) : element(doc, 'td', className, text);
      if (index === 0) td.setAttribute('scope', 'row');
      tr.appendChild(td);
    });
    body.appendChild(tr);
  }
  table.appendChild(body);
  return table;
}

const GEOMETRY = ['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height', 'cx', 'cy', 'r', 'points', 'viewBox'];

/**
 * Round SVG geometry to 0.1 px (smaller pages, stable snapshots) and label the
 * SVG for screen readers: one role="img" with the summary as its name. Plot's
 * aria-labels on inner groups go: inside role="img" they are not read, and an
 * aria-label on a <g> without a role is not allowed (axe aria-prohibited-attr).
 */
export function tidySvg(svg: Element, ariaLabel: string): Element {
  const nodes = [svg, ...Array.from(svg.querySelectorAll('*'))];
  for (const node of nodes) {
    if (node !== svg) node.removeAttribute('aria-label');
    for (const name of GEOMETRY) {
      const value = node.getAttribute(name);
      if (value && /\d\.\d{2,}/.test(value)) {
        node.setAttribute(name, value.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10)));
      }
    }
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', ariaLabel);
  return svg;
}

/** The chart's <figure>: caption, summary, SVG, then the same numbers as a table. */
export function createFigure(doc: Document, parts: FigureParts): HTMLElement {
  const figure = element(doc, 'figure', `chart ${parts.className}`);
  figure.appendChild(element(doc, 'figcaption', undefined, parts.caption));
  figure.appendChild(element(doc, 'p', 'chart-summary', parts.summary));
  if (parts.chart) {
    const wrap = element(doc, 'div', 'chart-svg');
    wrap.appendChild(parts.chart);
    figure.appendChild(wrap);
  }
  for (const node of parts.after ?? []) figure.appendChild(node);
  const details = element(doc, 'details', 'chart-table');
  details.appendChild(element(doc, 'summary', undefined, parts.tableToggle));
  details.appendChild(createTable(doc, parts.table));
  figure.appendChild(details);
  return figure;
}

/** A table cell for a figure that may be missing or not applicable. */
export function valueCell(text: string, state: 'value' | 'missing' | 'na'): Cell {
  return state === 'value' ? { text, className: 'num' } : { text, className: state === 'na' ? 'na' : 'missing' };
}

// DOM helpers shared by the charts: a <figure> holding caption, text summary,
// the Plot SVG and a data table (in <details>). Only DOM text nodes carry data,
// so names from files can never become markup. Works with a browser document
// or a linkedom one at build time.

export type Cell = string | { text: string; className?: string };

export interface TableModel {
  caption: string;
  head: string[];
  rows: Cell[][];
  /** Stacked into one card per row on a phone (site.css `table.stack`): for label, value, target, status tables. */
  stack?: boolean;
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
  const table = element(doc, 'table', model.stack ? 'data-table stack' : 'data-table');
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
      // A stacked card names each value with its column header.
      else if (model.stack) td.setAttribute('data-label', model.head[index] ?? '');
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

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A 24×12 swatch of a line as a chart draws it (the legend of a rule or tick). */
export function lineSwatch(doc: Document, stroke: string, dasharray: string, strokeWidth: number): Element {
  const swatch = doc.createElementNS(SVG_NS, 'svg');
  for (const [k, v] of Object.entries({ width: '24', height: '12', viewBox: '0 0 24 12', 'aria-hidden': 'true' })) swatch.setAttribute(k, v);
  const line = doc.createElementNS(SVG_NS, 'line');
  const attributes = { x1: '0', y1: '6', x2: '24', y2: '6', stroke, 'stroke-width': String(strokeWidth), 'stroke-dasharray': dasharray };
  for (const [k, v] of Object.entries(attributes)) line.setAttribute(k, v);
  swatch.appendChild(line);
  return swatch;
}

/** A 12×12 swatch of a chart's dot, hollow dot (ring) or diamond mark. */
export function markSwatch(doc: Document, shape: 'dot' | 'ring' | 'diamond', color: string): Element {
  const swatch = doc.createElementNS(SVG_NS, 'svg');
  for (const [k, v] of Object.entries({ width: '12', height: '12', viewBox: '0 0 12 12', 'aria-hidden': 'true' })) swatch.setAttribute(k, v);
  const mark = doc.createElementNS(SVG_NS, shape === 'diamond' ? 'path' : 'circle');
  const attributes: Record<string, string> =
    shape === 'dot' ? { cx: '6', cy: '6', r: '4.5', fill: color } : shape === 'ring' ? { cx: '6', cy: '6', r: '4.5', fill: 'white', stroke: color, 'stroke-width': '1.5' } : { d: 'M6,1L11,6L6,11L1,6Z', fill: 'white', stroke: color, 'stroke-width': '2' };
  for (const [k, v] of Object.entries(attributes)) mark.setAttribute(k, v);
  swatch.appendChild(mark);
  return swatch;
}

/** A legend in HTML under a chart: it wraps on a phone and is never clipped by the SVG. */
export function createLegend(doc: Document, label: string, items: readonly { swatch: Element; text: string }[]): HTMLElement {
  const legend = element(doc, 'ul', 'chart-legend');
  legend.setAttribute('aria-label', label);
  for (const { swatch, text } of items) {
    const item = element(doc, 'li');
    item.appendChild(swatch);
    item.appendChild(doc.createTextNode(` ${text}`));
    legend.appendChild(item);
  }
  return legend;
}

/** A table cell for a figure that may be missing or not applicable. */
export function valueCell(text: string, state: 'value' | 'missing' | 'na'): Cell {
  return state === 'value' ? { text, className: 'num' } : { text, className: state === 'na' ? 'na' : 'missing' };
}

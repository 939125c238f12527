// Renders a chart function at build time with a linkedom document and
// returns its HTML. The chart builds its DOM from text nodes, so data is
// escaped by the serializer; pages insert the result with set:html.
import { parseHTML } from 'linkedom';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/**
 * Plot writes `font-variant="tabular-nums"` on SVG groups, an attribute SVG
 * does not have (the Nu HTML checker rejects it); the same property as CSS in
 * a style attribute keeps the digits aligned and the page valid.
 */
export function moveFontVariantToStyle(root: Element): void {
  for (const element of root.querySelectorAll('[font-variant]')) {
    const style = element.getAttribute('style');
    element.setAttribute('style', `${style ? `${style.replace(/;\s*$/, '')}; ` : ''}font-variant: ${element.getAttribute('font-variant')}`);
    element.removeAttribute('font-variant');
  }
}

/** The HTML of `chart(rows, options)`; '' when it draws nothing (a note that does not apply). */
export function renderChart<R, O extends { document?: Document }>(chart: (rows: R, options: O) => Element | null, rows: R, options: O): string {
  const figure = chart(rows, { ...options, document: document as unknown as Document });
  if (!figure) return '';
  moveFontVariantToStyle(figure);
  return figure.outerHTML;
}

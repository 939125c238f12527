// Renders a chart function at build time with a linkedom document and
// returns its HTML. The chart builds its DOM from text nodes, so data is
// escaped by the serializer; pages insert the result with set:html.
import { parseHTML } from 'linkedom';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

export function renderChart<R, O extends { document?: Document }>(chart: (rows: R, options: O) => Element, rows: R, options: O): string {
  return chart(rows, { ...options, document: document as unknown as Document }).outerHTML;
}

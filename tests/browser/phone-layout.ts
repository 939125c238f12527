// Measurements of a page as a phone shows it, taken in the page by Chromium:
// every chart text's rendered size (computed font size × the SVG's scale),
// texts that overlap each other or a target / plan-wide mark, texts cut by
// the SVG's edge or the screen's; stacked tables' cells off screen; and the
// cumulative layout shift. Used by phone.test.ts.
import type { Page } from 'playwright-core';

export interface ChartReport {
  /** Which chart: its figure's caption. */
  chart: string;
  texts: number;
  /** Smallest rendered font size of its texts, in CSS px. */
  smallest: number;
  /** Texts under the minimum size: "text (size px)". */
  small: string[];
  /** Pairs of texts whose boxes intersect: "a ⟷ b". */
  overlaps: string[];
  /** Texts crossing a target or plan-wide line or tick (.mark-target, .mark-reference). */
  onMarks: string[];
  /** Texts reaching outside the SVG or outside the screen. */
  clipped: string[];
}

/** Every chart SVG of the page (figure.chart svg[role=img]), measured. */
export function measureCharts(page: Page, minSize: number): Promise<ChartReport[]> {
  return page.evaluate((min) => {
    type Box = { left: number; right: number; top: number; bottom: number };
    const slack = 0.5;
    const cross = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;
    const screen = document.documentElement.clientWidth;
    return [...document.querySelectorAll<SVGSVGElement>('figure.chart svg[role="img"]')].map((svg) => {
      const caption = svg.closest('figure')?.querySelector('figcaption')?.textContent ?? '';
      const frame = svg.getBoundingClientRect();
      const scale = frame.width / svg.viewBox.baseVal.width;
      const texts = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '');
      const boxes = texts.map((t) => ({ text: (t.textContent ?? '').trim(), box: t.getBoundingClientRect() as Box, size: parseFloat(getComputedStyle(t).fontSize) * scale }));
      const report = { chart: caption, texts: texts.length, smallest: Math.min(Infinity, ...boxes.map((b) => b.size)), small: [] as string[], overlaps: [] as string[], onMarks: [] as string[], clipped: [] as string[] };
      for (const b of boxes) {
        if (b.size < min - 0.01) report.small.push(`${b.text} (${b.size.toFixed(1)} px)`);
        const outside = b.box.left < frame.left - slack || b.box.right > frame.right + slack || b.box.top < frame.top - slack || b.box.bottom > frame.bottom + slack;
        if (outside || b.box.left < -slack || b.box.right > screen + slack) report.clipped.push(b.text);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) if (cross(boxes[i]!.box, boxes[j]!.box)) report.overlaps.push(`${boxes[i]!.text} ⟷ ${boxes[j]!.text}`);
      }
      // A mark is a line (rule or tick), or a path of "M x,y v h" ticks (one
      // box per tick): each box widened by half the stroke.
      const marks = [...svg.querySelectorAll<SVGGraphicsElement>('.mark-target line, .mark-target path, .mark-reference line, .mark-reference path')].flatMap((m) => {
        const half = ((parseFloat(getComputedStyle(m).strokeWidth) || 1) * scale) / 2;
        const widen = (r: Box) => ({ left: r.left - half, right: r.right + half, top: r.top - half, bottom: r.bottom + half });
        const ticks = [...(m.getAttribute('d') ?? '').matchAll(/M(-?[\d.]+),(-?[\d.]+)v(-?[\d.]+)/g)];
        const ctm = m.getScreenCTM();
        if (m.tagName !== 'path' || ticks.length === 0 || !ctm) return [widen(m.getBoundingClientRect())];
        return ticks.map(([, x, y, h]) => {
          const a = new DOMPoint(Number(x), Number(y)).matrixTransform(ctm);
          const b = new DOMPoint(Number(x), Number(y) + Number(h)).matrixTransform(ctm);
          return widen({ left: Math.min(a.x, b.x), right: Math.max(a.x, b.x), top: Math.min(a.y, b.y), bottom: Math.max(a.y, b.y) });
        });
      });
      for (const b of boxes) if (marks.some((m) => cross(b.box, m))) report.onMarks.push(b.text);
      return report;
    });
  }, minSize);
}

export interface TableReport {
  table: string;
  rows: number;
  /** The table's (or its scroll container's) scrollWidth − clientWidth. */
  overflow: number;
  /** Cells not wholly on screen: "row header: cell text". */
  offscreen: string[];
  /** Cells drawn with no size (hidden key columns). */
  invisible: string[];
}

/** The tables of class "stack" (label, value, target, status), measured. */
export function measureStackedTables(page: Page): Promise<TableReport[]> {
  return page.evaluate(() => {
    const screen = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLTableElement>('table.stack')]
      .filter((table) => table.getClientRects().length > 0) // skip tables in closed <details>
      .map((table) => {
        const scroller = table.closest<HTMLElement>('.table-scroll') ?? table;
        const rows = [...table.tBodies].flatMap((b) => [...b.rows]);
        const report = { table: table.caption?.textContent ?? '', rows: rows.length, overflow: Math.max(scroller.scrollWidth - scroller.clientWidth, table.scrollWidth - table.clientWidth), offscreen: [] as string[], invisible: [] as string[] };
        for (const row of rows) {
          const head = row.cells[0]?.textContent?.trim() ?? '';
          for (const cell of row.cells) {
            if (cell.textContent?.trim() === '') continue;
            const r = cell.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) report.invisible.push(`${head}: ${cell.textContent}`);
            else if (r.left < -0.5 || r.right > screen + 0.5) report.offscreen.push(`${head}: ${cell.textContent}`);
          }
        }
        return report;
      });
  });
}

/**
 * Start recording layout shifts before the page's own scripts run (a
 * PerformanceObserver with buffered entries); read the sum with layoutShift().
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map((s) => {
          const node = s.node as Element | undefined;
          return node?.nodeType === 1 ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}.${node.className}` : String(node?.nodeName ?? '?');
        });
        w.__shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export function layoutShifts(page: Page): Promise<{ total: number; shifts: { value: number; sources: string[] }[] }> {
  return page.evaluate(() => {
    const shifts = (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts ?? [];
    return { total: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
  });
}

// Redraws a page for a filter state: every `[data-chart]` block (charts and
// tables, docs/site.md) from the answers to its questions — the page's
// precomputed answers when they hold them, else DuckDB-WASM, loaded only
// then — and the parts that need no query: headings that name the year,
// sections of a year, rows of a school level, the notes on what does not
// follow the filter. Loaded by ./filters.ts when a visitor reaches for the
// form. The build-time nodes are kept and put back when the filters clear.
import { queryKey } from '../core/query-key.ts';
import { shapeRows, toObjects, type AnswerStore, type Row } from './answers.ts';
import { DRAW, UNLABELLED } from './block-draw.ts';
import type { FilterConfig } from './filter-config.ts';
import { needsQuery, toFilters, type FilterState } from './filter-state.ts';
import { pageYear, questionsOf, showsBuildFigures, type Block, type BlockOptions, type Question } from './questions.ts';
import { tf } from '../i18n/filters.ts';
import type { Lang } from '../i18n/index.ts';
import { shortReason } from './short-reason.ts';

/** A failure in words; a browser that cannot run the engine is told so in its language. */
export function reasonOf(lang: Lang, error: unknown): string {
  return error instanceof Error && error.name === 'EngineUnsupportedError' ? tf(lang, 'filters.engineUnsupported') : shortReason(error);
}

const original = new WeakMap<Element, Node[]>();
/** Answers DuckDB-WASM gave in this page view, by question key (the data never change while the page is open). */
const asked = new Map<string, Promise<Row[]>>();
const ASKED_LIMIT = 500;

function remember(key: string, rows: Promise<Row[]>): void {
  if (asked.size >= ASKED_LIMIT) asked.delete(asked.keys().next().value!);
  asked.set(key, rows);
  // A failed answer is not kept: the next change asks again.
  rows.catch(() => asked.delete(key));
}
const originalText = new WeakMap<Element, string>();
const originalHidden = new WeakMap<HTMLElement, boolean>();

function readBlock(host: HTMLElement): Block {
  return {
    kind: host.dataset.chart ?? '',
    measure: host.dataset.measure,
    group: host.dataset.group,
    options: JSON.parse(host.dataset.options ?? '{}') as BlockOptions,
  };
}

export interface RedrawHooks {
  /** The page's precomputed answers (fetched when the visitor reached for the form). */
  answers: Promise<AnswerStore>;
  /** Called once when a question needs DuckDB-WASM (the form shows its progress). */
  engineNeeded: () => void;
  /** False once a newer change superseded this one: nothing is then written. */
  current: () => boolean;
}

export interface RedrawResult {
  applied: boolean;
  total: number;
  /** Blocks that kept their build-time figure because a question or the drawing failed. */
  failed: number;
  reason?: string;
  /** Questions answered from the precomputed file, and by DuckDB-WASM. */
  fromAnswers: number;
  fromEngine: number;
}

/** Hide or show an element for the state, remembering how the build left it. */
function show(element: HTMLElement, visible: boolean | undefined): void {
  if (!originalHidden.has(element)) originalHidden.set(element, element.hidden);
  element.hidden = visible === undefined ? originalHidden.get(element)! : !visible;
}

/** The parts that follow the filter without a query (docs/site.md, "Everything follows the filter"). */
function applyStaticParts(config: FilterConfig, state: FilterState): void {
  const filtered = needsQuery(state);
  const years = filtered ? toFilters(state, config.options).years : undefined;
  for (const element of document.querySelectorAll<HTMLElement>('[data-filter-year]')) {
    const visible = years ? years.includes(Number(element.dataset.filterYear)) : undefined;
    show(element, visible);
    if (visible && element instanceof HTMLDetailsElement && years?.length === 1) element.open = true;
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-filter-level]')) {
    show(element, filtered && state.level ? (element.dataset.filterLevel ?? '').includes(state.level) : undefined);
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-unfiltered]')) show(element, filtered ? true : undefined);
  // Counts of rows shown ("Các trường (12)") follow the rows hidden above.
  for (const element of document.querySelectorAll<HTMLElement>('[data-count-template]')) {
    if (!originalText.has(element)) originalText.set(element, element.textContent ?? '');
    const shown = [...document.querySelectorAll<HTMLElement>(element.dataset.countOf ?? ':not(*)')].filter((row) => !row.hidden).length;
    element.textContent = filtered ? (element.dataset.countTemplate ?? '').replace('{count}', shown.toLocaleString(config.lang === 'vi' ? 'vi-VN' : 'en-GB')) : originalText.get(element)!;
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-year-template]')) {
    if (!originalText.has(element)) originalText.set(element, element.textContent ?? '');
    const year = pageYear(state, config, Number(element.dataset.yearDefault) || null);
    element.textContent = filtered ? (element.dataset.yearTemplate ?? '').replace('{year}', year === null ? '—' : String(year)) : originalText.get(element)!;
  }
}

/**
 * Redraw the page for `state`. A block whose questions fail keeps its
 * build-time figure under a note saying so (`labels.failed`); the others get
 * `labels.filtered` above them.
 */
export async function redrawPage(
  config: FilterConfig,
  state: FilterState,
  labels: { filtered: string; failed: (reason: string) => string },
  hooks: RedrawHooks,
): Promise<RedrawResult> {
  const hosts = [...document.querySelectorAll<HTMLElement>('[data-chart]')].filter((b) => (b.dataset.chart ?? '') in DRAW);
  for (const host of hosts) if (!original.has(host)) original.set(host, [...host.childNodes]);
  const result: RedrawResult = { applied: false, total: hosts.length, failed: 0, fromAnswers: 0, fromEngine: 0 };
  if (!needsQuery(state)) {
    if (!hooks.current()) return result;
    applyStaticParts(config, state);
    for (const host of hosts) host.replaceChildren(...original.get(host)!);
    return { ...result, applied: true };
  }
  const started = performance.now();
  const store = await hooks.answers;
  let engine: Promise<typeof import('./duckdb.ts')> | undefined;
  const ask = async (question: Question): Promise<Row[]> => {
    if (!engine) {
      hooks.engineNeeded();
      engine = import('./duckdb.ts');
    }
    const { query } = await engine;
    const rows = await query<Record<string, unknown>>(question.query, config.dbUrl, config.engine);
    result.fromEngine += 1;
    return toObjects(shapeRows(rows, question.columns), question.columns);
  };
  const answer = (question: Question): Promise<Row[]> => {
    const precomputed = store.get(question);
    if (precomputed) {
      result.fromAnswers += 1;
      return Promise.resolve(precomputed);
    }
    // The same question from two blocks, or asked again, runs once.
    const key = queryKey(question.query, question.columns);
    let rows = asked.get(key);
    if (!rows) {
      rows = ask(question);
      remember(key, rows);
    }
    return rows;
  };
  const plans = hosts.map((host) => {
    const block = readBlock(host);
    if (showsBuildFigures(block, state, config)) return { block, keep: true as const };
    return { block, keep: false as const, answers: Promise.all(questionsOf(block, state, config).map(answer)) };
  });
  const settled = await Promise.allSettled(plans.map((p) => (p.keep ? Promise.resolve([]) : p.answers)));
  const answered = performance.now();
  performance.measure('filters:query', { start: started, end: answered });
  if (!hooks.current()) return result;
  applyStaticParts(config, state);
  hosts.forEach((host, i) => {
    const plan = plans[i]!;
    const outcome = settled[i]!;
    if (plan.keep) {
      host.replaceChildren(...original.get(host)!);
      return;
    }
    const label = document.createElement('p');
    label.className = 'chart-filtered';
    try {
      if (outcome.status === 'rejected') throw outcome.reason;
      const figure = DRAW[plan.block.kind]!(plan.block, outcome.value, { config, state });
      label.textContent = labels.filtered;
      if (UNLABELLED.has(plan.block.kind)) host.replaceChildren(...(figure ? [figure] : []));
      else host.replaceChildren(label, ...(figure ? [figure] : []));
    } catch (error) {
      console.warn('filters: block not redrawn:', error);
      result.failed += 1;
      const reason = reasonOf(config.lang, error);
      result.reason ??= reason;
      label.textContent = labels.failed(reason);
      host.replaceChildren(label, ...original.get(host)!);
    }
  });
  performance.measure('filters:draw', { start: answered, end: performance.now() });
  return { ...result, applied: true };
}

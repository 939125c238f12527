// The filter form's script (src/components/Filters.astro). Loaded on every page
// with a form, so it stays small: it reveals the form and keeps its state in
// the URL. When the visitor first reaches for the form (focus, pointer down)
// it fetches the page's precomputed answers and ./redraw.ts (the chart and
// table functions), and on a repeat visit, when DuckDB-WASM is already in the
// browser's cache, warms the engine for the questions not precomputed. On a
// first visit the engine loads only for such a question, with a progress bar.
import { tf, type FilterStringKey } from '../i18n/filters.ts';
import type { Lang } from '../i18n/index.ts';
import { fetchAnswers, type AnswerStore } from './answers.ts';
import { engineCached } from './engine-files.ts';
import { CONTROLS, needsQuery, parseState, sameState, writeState, type FilterState } from './filter-state.ts';
import type { FilterConfig } from './filter-config.ts';
import { shortReason } from './short-reason.ts';

type Redraw = typeof import('./redraw.ts');
type Engine = typeof import('./duckdb.ts');

function readConfig(form: HTMLFormElement): FilterConfig {
  return JSON.parse(form.dataset.config ?? '{}') as FilterConfig;
}

function readForm(form: HTMLFormElement): FilterState {
  const state: FilterState = {};
  for (const control of CONTROLS) {
    const field = form.elements.namedItem(control);
    if (field instanceof HTMLSelectElement && field.value) state[control] = field.value;
  }
  return state;
}

function writeForm(form: HTMLFormElement, state: FilterState): void {
  for (const control of CONTROLS) {
    const field = form.elements.namedItem(control);
    if (field instanceof HTMLSelectElement) field.value = state[control] ?? '';
  }
}

/** The chosen options in words, e.g. "Năm báo cáo 2026, Tiểu học". */
function describe(form: HTMLFormElement, lang: Lang): string {
  const parts: string[] = [];
  for (const control of CONTROLS) {
    const field = form.elements.namedItem(control);
    if (!(field instanceof HTMLSelectElement) || !field.value) continue;
    const text = field.selectedOptions[0]?.textContent?.trim() ?? field.value;
    // A bare year says little read aloud: give it its label ("Năm báo cáo 2026").
    parts.push(control === 'year' ? `${field.labels?.[0]?.textContent?.trim() ?? ''} ${text}`.trim() : text);
  }
  return parts.length ? parts.join(', ') : tf(lang, 'filters.viewAll');
}

/** Show only the sections (marked data-criterion) of the criterion chosen; all when none is. */
function showCriterion(criterion: string | undefined): void {
  for (const section of document.querySelectorAll<HTMLElement>('[data-criterion]')) {
    section.hidden = Boolean(criterion) && section.dataset.criterion !== criterion;
  }
}

/** The engine's progress bar in the form: shown while DuckDB-WASM downloads, with its true size. */
function followEngine(form: HTMLFormElement, config: FilterConfig, engine: Promise<Engine>): void {
  const box = form.querySelector<HTMLElement>('[data-filters-engine]');
  const bar = box?.querySelector('progress');
  const bytes = box?.querySelector<HTMLElement>('[data-filters-engine-bytes]');
  if (!box || !bar) return;
  // Not src/i18n/format.ts: it brings every UI string, and this script loads on every page with a form.
  const mb = (n: number) => (n / 1e6).toLocaleString(config.lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  void engine.then(async (m) => {
    if (!(await m.engineSupported())) return;
    box.hidden = false;
    const stop = m.onEngineProgress(({ loaded, total }) => {
      bar.max = total;
      bar.value = loaded;
      if (bytes) bytes.textContent = tf(config.lang, 'filters.engineBytes', { loaded: mb(loaded), total: mb(total) });
    });
    await m.ready(config.dbUrl, config.engine).catch(() => undefined);
    stop();
    box.hidden = true;
  });
}

function setUp(form: HTMLFormElement): void {
  const config = readConfig(form);
  const status = form.querySelector<HTMLElement>('[data-filters-status]');
  const printLine = form.parentElement?.querySelector<HTMLElement>('[data-filters-print]');
  let applied: FilterState = {};
  let redrawModule: Promise<Redraw> | undefined;
  let answers: Promise<AnswerStore> | undefined;
  let engine: Promise<Engine> | undefined;
  let sequence = 0;

  const announce = (key: FilterStringKey, values: Record<string, string> = {}) => {
    if (status) status.textContent = tf(config.lang, key, values);
  };
  const loadEngine = () => (engine ??= import('./duckdb.ts'));

  /** Fetch what a filter needs, once: the answers, the drawing code, and a cached engine. */
  function prepare(): void {
    if (answers) return;
    performance.mark('filters:intent');
    answers = fetchAnswers(config.answersUrl);
    redrawModule ??= import('./redraw.ts');
    void redrawModule.catch(() => (redrawModule = undefined));
    // A repeat visit: the engine costs no download, so warm it for the questions not precomputed.
    void engineCached().then((cached) => {
      if (cached) void loadEngine().then((m) => m.ready(config.dbUrl, config.engine)).catch(() => undefined);
    });
  }
  form.addEventListener('focusin', prepare, { once: true });
  form.addEventListener('pointerdown', prepare, { once: true });

  async function apply(state: FilterState): Promise<void> {
    const current = ++sequence;
    performance.mark('filters:change');
    showCriterion(state.criterion);
    const figuresChange = needsQuery(state) || needsQuery(applied);
    applied = state;
    const view = describe(form, config.lang);
    if (printLine) {
      printLine.hidden = !needsQuery(state);
      printLine.textContent = tf(config.lang, 'filters.print', { view });
    }
    if (!figuresChange) {
      announce('filters.updated', { view });
      return;
    }
    form.setAttribute('aria-busy', 'true');
    announce('filters.loading');
    prepare();
    try {
      const { redrawPage } = await redrawModule!;
      const labels = {
        filtered: tf(config.lang, 'filters.filtered', { view }),
        failed: (reason: string) => tf(config.lang, 'filters.chartFailed', { reason }),
      };
      const hooks = {
        answers: answers!,
        engineNeeded: () => followEngine(form, config, loadEngine()),
        current: () => current === sequence,
      };
      const result = await redrawPage(config, state, labels, hooks);
      if (!result.applied || current !== sequence) return;
      form.dataset.answeredBy = result.fromEngine === 0 ? 'answers' : result.fromAnswers === 0 ? 'engine' : 'both';
      if (result.total > 0 && result.failed === result.total) {
        announce('filters.failed', { reason: result.reason ?? '' });
        return;
      }
      performance.mark('filters:redrawn');
      const changes = performance.getEntriesByName('filters:change');
      const start = changes[changes.length - 1];
      if (start) performance.measure('filters:redraw', { start: start.startTime, end: performance.now() });
      if (result.failed === 0) announce('filters.updated', { view });
      else announce('filters.partial', { done: String(result.total - result.failed), total: String(result.total), view });
    } catch (error) {
      redrawModule = undefined;
      answers = undefined;
      console.warn('filters:', error);
      announce('filters.failed', { reason: shortReason(error) });
    } finally {
      if (current === sequence) form.removeAttribute('aria-busy');
    }
  }

  form.addEventListener('change', () => {
    const state = readForm(form);
    if (sameState(state, applied)) return;
    history.pushState(history.state, '', `${location.pathname}${writeState(location.search, state)}${location.hash}`);
    void apply(state);
  });
  form.addEventListener('reset', () => {
    // The reset event fires before the fields are cleared.
    setTimeout(() => form.dispatchEvent(new Event('change')), 0);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  window.addEventListener('popstate', () => {
    const state = parseState(location.search, config.options);
    writeForm(form, state);
    if (!sameState(state, applied)) void apply(state);
  });

  // The form is drawn disabled where it stands (Filters.astro): enabling it moves nothing.
  form.querySelector('fieldset')?.removeAttribute('disabled');
  const initial = parseState(location.search, config.options);
  writeForm(form, initial);
  // Drop parameters that were not valid for this page, so the URL says what is shown.
  const canonical = writeState(location.search, initial);
  if (canonical !== location.search) history.replaceState(history.state, '', `${location.pathname}${canonical}${location.hash}`);
  if (!sameState(initial, {})) void apply(initial);
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-filters]')) setUp(form);

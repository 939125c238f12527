// The Explore page's script (src/pages/[...lang]/[plan]/kham-pha/): the form
// ↔ the URL (./explore-state.ts), DuckDB-WASM loaded on the first run (or at
// once when the browser has it cached and the URL asks a question), the
// question's SQL (./explore-query.ts) run as prepared statements, then the
// chart (src/charts), the table (src/tables), the SQL and the CSV download.
import { te } from '../i18n/explore.ts';
import { formatNumber } from '../i18n/format.ts';
import { noteBlock } from '../tables/table-dom.ts';
import { engineCached } from './engine-files.ts';
import { exploreQueries, resultCsv, showSql, toResult, type ExploreConfig, type ExploreResult } from './explore-query.ts';
import { asksQuestion, parseExploreState, sameExploreState, writeExploreState, type ExploreState } from './explore-state.ts';
import { shortReason } from './short-reason.ts';

type Engine = typeof import('./duckdb.ts');

function readForm(form: HTMLFormElement, config: ExploreConfig): ExploreState {
  const data = new FormData(form);
  const search = new URLSearchParams();
  for (const [name, value] of data) search.append(name, String(value));
  // Nothing checked means "all": parse without falling back to the default measure.
  const state = parseExploreState(`?${search.toString()}`, config.options);
  return { ...state, measures: data.getAll('measure').map(String).filter((id) => config.options.measures.includes(id)) };
}

function writeForm(form: HTMLFormElement, state: ExploreState): void {
  const checked: Record<string, string[]> = { year: state.years.map(String), level: state.levels, measure: state.measures };
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) input.checked = (checked[input.name] ?? []).includes(input.value);
  const wards = form.elements.namedItem('ward');
  if (wards instanceof HTMLSelectElement) for (const option of wards.options) option.selected = state.wards.includes(option.value);
  const group = form.elements.namedItem('group');
  if (group instanceof HTMLSelectElement) group.value = state.group;
}

function setUp(form: HTMLFormElement): void {
  const config = JSON.parse(form.dataset.config ?? '{}') as ExploreConfig;
  const { lang } = config;
  const status = form.querySelector<HTMLElement>('[data-explore-status]')!;
  const button = form.querySelector<HTMLButtonElement>('[data-explore-run]')!;
  const section = document.querySelector<HTMLElement>('[data-explore-result]')!;
  const say = (text: string) => (status.textContent = text);
  let engine: Promise<Engine> | undefined;
  let loaded = false;
  let latest: ExploreResult | undefined;
  let sequence = 0;

  async function startEngine(): Promise<Engine | undefined> {
    engine ??= import('./duckdb.ts');
    const m = await engine;
    if (!(await m.engineSupported())) {
      say(te(lang, 'explore.unsupported'));
      button.disabled = true;
      return undefined;
    }
    if (!loaded) {
      const box = form.querySelector<HTMLElement>('[data-explore-engine]')!;
      const bar = box.querySelector('progress')!;
      const bytes = box.querySelector<HTMLElement>('[data-explore-bytes]')!;
      const mb = (n: number) => formatNumber(lang, n / 1e6, 1);
      box.hidden = false;
      const stop = m.onEngineProgress(({ loaded: done, total }) => {
        bar.max = total;
        bar.value = done;
        bytes.textContent = te(lang, 'explore.bytes', { loaded: mb(done), total: mb(total) });
      });
      try {
        await m.ready(config.dbUrl, config.engine);
      } finally {
        stop();
        box.hidden = true;
      }
      loaded = true;
      button.textContent = button.dataset.labelRun ?? '';
    }
    return m;
  }

  async function run(state: ExploreState): Promise<void> {
    const current = ++sequence;
    if (state.measures.length === 0) {
      say(te(lang, 'explore.needMeasure'));
      return;
    }
    form.setAttribute('aria-busy', 'true');
    say(te(lang, 'explore.running'));
    try {
      const [m, draw] = await Promise.all([startEngine(), import('./explore-draw.ts')]);
      if (!m) return;
      const started = performance.now();
      const queries = exploreQueries(state, config);
      const rows = await m.query<Record<string, unknown>>(queries.main, config.dbUrl, config.engine);
      const names = queries.names ? await m.query<{ code: unknown; name: unknown }>(queries.names, config.dbUrl, config.engine) : [];
      if (current !== sequence) return;
      const result = toResult(state, config, rows, names);
      latest = result;
      section.querySelector('[data-explore-chart]')!.replaceChildren(...(result.rows.length ? draw.drawCharts(result, config) : [noteBlock(te(lang, 'explore.empty'))]));
      section.querySelector('[data-explore-table]')!.replaceChildren(draw.drawTable(result, config));
      section.querySelector('[data-explore-sql]')!.textContent = [showSql(queries.main), ...(queries.names ? [showSql(queries.names)] : [])].join('\n\n');
      section.hidden = false;
      const ms = Math.round(performance.now() - started);
      performance.mark('explore:done');
      say(te(lang, 'explore.done', { rows: formatNumber(lang, result.rows.length), ms: formatNumber(lang, ms) }));
    } catch (error) {
      console.warn('explore:', error);
      say(te(lang, 'explore.failed', { reason: shortReason(error) }));
    } finally {
      if (current === sequence) form.removeAttribute('aria-busy');
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = readForm(form, config);
    const search = writeExploreState(state);
    if (search !== location.search) history.pushState(history.state, '', `${location.pathname}${search}`);
    void run(state);
  });
  window.addEventListener('popstate', () => {
    const state = parseExploreState(location.search, config.options);
    writeForm(form, state);
    if (loaded && latest && !sameExploreState(state, latest.state)) void run(state);
  });
  section.querySelector('[data-explore-download]')!.addEventListener('click', () => {
    if (!latest) return;
    const url = URL.createObjectURL(new Blob([resultCsv(latest)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${config.planId}-kham-pha.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });

  document.querySelector<HTMLElement>('[data-explore-noscript]')?.setAttribute('hidden', '');
  form.hidden = false;
  const initial = parseExploreState(location.search, config.options);
  writeForm(form, initial);
  // A shared question runs at once when the engine costs no download; else the button says what it costs.
  if (asksQuestion(location.search)) {
    void engineCached().then((cached) => {
      if (cached) void run(initial);
    });
  }
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-explore]')) setUp(form);

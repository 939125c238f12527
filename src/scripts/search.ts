// The search box: finds a ward or school by name or code, with or without
// diacritics ("pho hien" finds "Phố Hiến"). The index (/search-index.json) is
// fetched only when the visitor focuses or types; without JavaScript the form
// submits to the static directory page. No framework, no DuckDB.
import { matchEntries, prepareEntries, type PreparedEntry, type SearchEntry } from './search-match.ts';

interface SearchIndex {
  plans: Record<string, { vi: string; en: string }>;
  entries: SearchEntry[];
}

const LIMIT = 8;

function setup(root: HTMLElement): void {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const list = root.querySelector<HTMLUListElement>('.search-results');
  const status = root.querySelector<HTMLElement>('.search-status');
  if (!form || !input || !list || !status) return;
  const data = form.dataset;
  const lang = data.lang === 'en' ? 'en' : 'vi';
  let loading: Promise<{ index: SearchIndex; prepared: PreparedEntry[] } | null> | null = null;

  const load = () =>
    (loading ??= fetch(data.index ?? '')
      .then((response) => (response.ok ? (response.json() as Promise<SearchIndex>) : Promise.reject(new Error(String(response.status)))))
      .then((index) => ({ index, prepared: prepareEntries(index.entries) }))
      .catch(() => {
        status.textContent = data.tFailed ?? '';
        loading = null;
        return null;
      }));

  const render = (loaded: { index: SearchIndex; prepared: PreparedEntry[] }, raw: string): void => {
    list.replaceChildren();
    if (!raw.trim()) {
      status.textContent = '';
      return;
    }
    const matches = matchEntries(loaded.prepared, raw);
    for (const entry of matches.slice(0, LIMIT)) {
      const [kind, code, name, plan, ward] = entry;
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `${data.prefix ?? '/'}${plan}/${kind === 'w' ? 'xa-phuong' : 'truong'}/${encodeURIComponent(code)}/`;
      link.textContent = name;
      const meta = document.createElement('span');
      meta.className = 'meta';
      const planName = loaded.index.plans[plan]?.[lang] ?? plan;
      meta.textContent = [kind === 'w' ? data.tWard : data.tSchool, code, kind === 's' ? ward : '', planName].filter(Boolean).join(' · ');
      link.appendChild(meta);
      item.appendChild(link);
      list.appendChild(item);
    }
    status.textContent = matches.length ? (data.tResults ?? '').replace('{count}', String(matches.length)) : (data.tNone ?? '');
  };

  let pending = 0;
  const update = () => {
    const ticket = ++pending;
    if (!loading) status.textContent = data.tLoading ?? '';
    void load().then((loaded) => {
      if (loaded && ticket === pending) render(loaded, input.value);
    });
  };
  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', update);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      list.replaceChildren();
      status.textContent = '';
    }
  });
  // On the directory page (the no-JavaScript target), run the query it was given.
  const query = new URLSearchParams(location.search).get('q');
  if (query && root.dataset.directory !== undefined) {
    input.value = query;
    update();
  }
}

for (const root of document.querySelectorAll<HTMLElement>('[data-search]')) setup(root);

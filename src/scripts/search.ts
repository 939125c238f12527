// The search box: finds a ward or school by name or code, with or without
// diacritics ("pho hien" finds "Phố Hiến"). The index (/search-index.json) is
// fetched only when the visitor focuses or types; without JavaScript the form
// submits to the static directory page. No framework, no DuckDB.
import { foldKey } from '../core/fold.ts';

/** [kind: 'w' ward | 's' school, code, name, plan id, ward name] */
type Entry = [string, string, string, string, string];
interface SearchIndex {
  plans: Record<string, { vi: string; en: string }>;
  entries: Entry[];
}
interface Prepared {
  entry: Entry;
  key: string;
  name: string;
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
  let loading: Promise<{ index: SearchIndex; prepared: Prepared[] } | null> | null = null;

  const load = () =>
    (loading ??= fetch(data.index ?? '')
      .then((response) => (response.ok ? (response.json() as Promise<SearchIndex>) : Promise.reject(new Error(String(response.status)))))
      .then((index) => ({
        index,
        prepared: index.entries.map((entry) => ({ entry, key: `${foldKey(`${entry[2]} ${entry[4]}`)} ${entry[1].toLowerCase()}`, name: foldKey(entry[2]) })),
      }))
      .catch(() => {
        status.textContent = data.tFailed ?? '';
        loading = null;
        return null;
      }));

  const score = (item: Prepared, query: string): number => {
    const code = item.entry[1].toLowerCase();
    const base = code === query ? 0 : code.startsWith(query) ? 1 : item.name.startsWith(query) ? 2 : 3;
    return base - (item.entry[0] === 'w' ? 0.5 : 0);
  };

  const render = (loaded: { index: SearchIndex; prepared: Prepared[] }, raw: string): void => {
    const query = foldKey(raw);
    list.replaceChildren();
    if (!query) {
      status.textContent = '';
      return;
    }
    const tokens = query.split(' ');
    const matches = loaded.prepared.filter((p) => tokens.every((token) => p.key.includes(token)));
    matches.sort((a, b) => score(a, query) - score(b, query) || a.entry[2].length - b.entry[2].length);
    for (const { entry } of matches.slice(0, LIMIT)) {
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

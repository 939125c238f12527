/// <reference types="vite/client" />
// The URLs of DuckDB-WASM's files, hashed by Vite under /_astro/, and whether
// the browser holds them already (a localStorage note that it loaded this
// engine before, then HEAD requests whose resource timing shows they came
// from the HTTP cache). Tiny on purpose: the filter script imports
// it on every page to decide, on a repeat visit, whether to warm the engine
// before it is needed (src/client/filters.ts); the engine itself is
// src/client/duckdb.ts, loaded only when used. Only the "eh" bundle ships:
// the "mvp" one (for browsers without WebAssembly exceptions) fails the
// site's prepared statements (`_setThrew is not defined`, duckdb/duckdb-wasm#1966).
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

export const ENGINE_URLS = { wasm: wasmUrl, worker: workerUrl } as const;

/** localStorage key naming the engine version this browser has loaded before (the hashed wasm URL). */
const LOADED_KEY = 'thi-dua-so:duckdb-wasm';

/** Note that this browser has loaded the engine (src/client/duckdb.ts, once it is ready). */
export function rememberEngine(): void {
  try {
    localStorage.setItem(LOADED_KEY, ENGINE_URLS.wasm);
  } catch {
    // Storage may be disabled: the next visit then simply does not warm the engine.
  }
}

/** True when this browser has loaded this engine before (its files are then usually cached). */
export function loadedBefore(): boolean {
  try {
    return localStorage.getItem(LOADED_KEY) === ENGINE_URLS.wasm;
  } catch {
    return false;
  }
}

/**
 * True when `url` is in the HTTP cache: a HEAD request that may use the cache
 * (`force-cache`) and that moved no byte over the network (its resource
 * timing's transferSize is 0). A miss costs one small HEAD, never the body.
 */
async function inCache(url: string): Promise<boolean> {
  try {
    const absolute = new URL(url, location.href).href;
    const response = await fetch(absolute, { method: 'HEAD', cache: 'force-cache' });
    await response.arrayBuffer();
    const entries = performance.getEntriesByName(absolute, 'resource') as PerformanceResourceTiming[];
    return response.ok && entries.at(-1)?.transferSize === 0;
  } catch {
    return false;
  }
}

/**
 * True when the wasm and its worker are both in the HTTP cache (a repeat
 * visit). Probed only when this browser loaded this engine before, so a first
 * visit sends nothing.
 */
export async function engineCached(): Promise<boolean> {
  if (!loadedBefore()) return false;
  const [wasm, worker] = await Promise.all([inCache(ENGINE_URLS.wasm), inCache(ENGINE_URLS.worker)]);
  return wasm && worker;
}

// How many bytes DuckDB-WASM costs a visitor, from the files themselves: the
// wasm and its worker as the site serves them (brotli as the build
// precompresses them, src/publish/precompress.ts; the same content cache, so
// the build compresses the wasm once) and each plan's browser database. Pages
// show it before the engine loads and its progress bar counts against it.
// Written to out/site/engine.json.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { brotliAsServed, CACHE_DIR } from '../publish/precompress.ts';

export interface AssetSize {
  /** Bytes of the file. */
  bytes: number;
  /** Bytes on the wire (brotli). */
  brotli: number;
}

export interface EngineAssets {
  wasm: AssetSize;
  worker: AssetSize;
  /** Plan id → its browser database. */
  databases: Record<string, AssetSize>;
}

const require = createRequire(import.meta.url);

/** The engine files the browser loads (src/client/duckdb.ts imports the same two). */
export const ENGINE_FILES = {
  wasm: '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm',
  worker: '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js',
} as const;

/** A file's size, and in brotli as served from `servedAs` (its path under the site root). */
export async function sizeOf(path: string, servedAs: string): Promise<AssetSize> {
  const body = readFileSync(path);
  const brotli = await brotliAsServed(body, servedAs, resolve(CACHE_DIR));
  return { bytes: body.length, brotli: Math.min(brotli.length, body.length) };
}

export async function measureEngineAssets(databases: Record<string, string>): Promise<EngineAssets> {
  // Vite copies both files as they are into /_astro/ (hashed names).
  const asset = (file: string) => sizeOf(require.resolve(file), `_astro/${basename(file)}`);
  const [wasm, worker] = await Promise.all([asset(ENGINE_FILES.wasm), asset(ENGINE_FILES.worker)]);
  const sizes: Record<string, AssetSize> = {};
  for (const [plan, path] of Object.entries(databases)) sizes[plan] = await sizeOf(path, `${plan}/loc/${plan}.duckdb`);
  return { wasm, worker, databases: sizes };
}

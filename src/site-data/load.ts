// What the pages read at build time: the JSON prepared by prepare.ts, parsed
// once per build and cached. Node-only (runs inside Astro's build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_DIR } from './paths.ts';
import type { EngineCost } from '../client/filter-config.ts';
import type { EngineAssets } from './engine-assets.ts';
import type { SchoolDetail, SiteData, SiteIndex } from './types.ts';

const cache = new Map<string, unknown>();

function readJson<T>(path: string): T {
  if (!cache.has(path)) {
    try {
      cache.set(path, JSON.parse(readFileSync(path, 'utf8')));
    } catch (error) {
      throw new Error(`cannot read ${path}: run the site-data step first (npm run build does both)`, { cause: error });
    }
  }
  return cache.get(path) as T;
}

export function loadIndex(): SiteIndex {
  return readJson<SiteIndex>(join(SITE_DIR, 'index.json'));
}

export function loadPlan(planId: string): SiteData {
  return readJson<SiteData>(join(SITE_DIR, `${planId}.json`));
}

export function loadSchoolDetails(planId: string): Record<string, SchoolDetail> {
  return readJson<Record<string, SchoolDetail>>(join(SITE_DIR, planId, 'schools.json'));
}

/** Bytes of a download, from the ingest's folder or the prepared CSVs and workbooks. */
export function readDownload(planId: string, file: string, ingestDir: string): Buffer {
  return file.endsWith('.csv') || file.endsWith('.xlsx') ? readFileSync(join(SITE_DIR, planId, 'csv', file)) : readFileSync(join(ingestDir, planId, file));
}

/** Bytes of a report template (out/site/<plan>/mau/<file>). */
export function readTemplate(planId: string, file: string): Buffer {
  return readFileSync(join(SITE_DIR, planId, 'mau', file));
}

/** What DuckDB-WASM costs to load (out/site/engine.json, src/site-data/engine-assets.ts). */
export function loadEngineAssets(): EngineAssets {
  return readJson<EngineAssets>(join(SITE_DIR, 'engine.json'));
}

/** What the engine costs a visitor of a plan's pages, on the wire and decompressed: the wasm, its worker and the plan's browser database. */
export function engineCostOf(planId: string): EngineCost {
  const assets = loadEngineAssets();
  const database = assets.databases[planId] ?? { bytes: 0, brotli: 0 };
  return {
    wasm: { wire: assets.wasm.brotli, bytes: assets.wasm.bytes },
    worker: { wire: assets.worker.brotli, bytes: assets.worker.bytes },
    database: { wire: database.brotli, bytes: database.bytes },
  };
}

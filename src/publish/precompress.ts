// Precompression of a built site: beside every text, wasm or .duckdb file
// worth it, `<file>.br` (brotli) and `<file>.gz` (gzip -9), which the server
// (scripts/serve.ts, sirv) and hosts with "static" compression send as they
// are. Deterministic: the same bytes give the same compressed bytes. Brotli's
// best quality (11) for what every visitor of a filter fetches: the wasm, the
// .duckdb files and the hashed /_astro/ assets; quality 5 for the thousands
// of pages and data files (11 took 100 s for their 60 MB against 1 s, for
// 11 % less). Big files are cached by content hash: quality 11 takes about a
// minute on each DuckDB-WASM binary.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

/** Compressed by the build; .parquet, images and fonts are compressed already. */
export const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.map', '.svg', '.txt', '.xml', '.csv', '.webmanifest', '.wasm', '.duckdb']);
const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.map', '.svg', '.txt', '.xml', '.csv', '.webmanifest']);
/** Below this a compressed body saves less than its headers cost. */
const MIN_BYTES = 512;
const CACHED_FROM_BYTES = 100_000;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

type Encoding = 'br' | 'gz';

const FAST_QUALITY = 5;

/** Best quality for files fetched by every filter user (the pages' precomputed answers, loc.json, too); fast for the many pages. */
function brotliQuality(relativePath: string, ext: string): number {
  const forFilters = ext === '.wasm' || ext === '.duckdb' || relativePath.startsWith('_astro/') || relativePath.endsWith('/loc.json');
  return forFilters ? zlib.BROTLI_MAX_QUALITY : FAST_QUALITY;
}

function compress(body: Buffer, ext: string, encoding: Encoding, quality: number): Promise<Buffer> {
  if (encoding === 'gz') return gzipAsync(body, { level: 9 });
  return brotliAsync(body, {
    params: {
      [zlib.BROTLI_PARAM_QUALITY]: quality,
      [zlib.BROTLI_PARAM_LGWIN]: zlib.BROTLI_MAX_WINDOW_BITS,
      [zlib.BROTLI_PARAM_MODE]: TEXT.has(ext) ? zlib.BROTLI_MODE_TEXT : zlib.BROTLI_MODE_GENERIC,
      [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

async function compressCached(body: Buffer, ext: string, encoding: Encoding, quality: number, cacheDir: string | undefined): Promise<Buffer> {
  if (!cacheDir || body.length < CACHED_FROM_BYTES) return compress(body, ext, encoding, quality);
  const recipe = `${process.versions.zlib}/${process.versions.brotli}/${ext}/${encoding}/${quality}\0`;
  const key = createHash('sha256').update(recipe).update(body).digest('hex');
  const path = join(cacheDir, `${key}.${encoding}`);
  const hit = await readFile(path).catch(() => undefined);
  if (hit) return hit;
  const result = await compress(body, ext, encoding, quality);
  await mkdir(cacheDir, { recursive: true });
  await writeFile(`${path}.${process.pid}.tmp`, result);
  await rename(`${path}.${process.pid}.tmp`, path);
  return result;
}

/** The content cache the build uses (scripts/build-site.ts). */
export const CACHE_DIR = 'node_modules/.cache/thi-dua-so/precompress';

/**
 * `body` in brotli exactly as precompressTree writes it for the file at
 * `relativePath` under the site root: what a visitor downloads (the engine's
 * true size, src/site-data/engine-assets.ts).
 */
export function brotliAsServed(body: Buffer, relativePath: string, cacheDir: string | undefined = CACHE_DIR): Promise<Buffer> {
  const ext = extname(relativePath).toLowerCase();
  return compressCached(body, ext, 'br', brotliQuality(relativePath, ext), cacheDir);
}

export interface PrecompressResult {
  files: number;
  bytes: number;
  brotliBytes: number;
}

/** Writes `.br` and `.gz` beside each compressible file of `root` (only when smaller than the file). */
export async function precompressTree(root: string, options: { cacheDir?: string; concurrency?: number } = {}): Promise<PrecompressResult> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && COMPRESSIBLE.has(extname(e.name).toLowerCase())).map((e) => join(e.parentPath, e.name)).sort();
  const result: PrecompressResult = { files: 0, bytes: 0, brotliBytes: 0 };
  let next = 0;
  const work = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const body = await readFile(file);
      if (body.length < MIN_BYTES) continue;
      const ext = extname(file).toLowerCase();
      const quality = brotliQuality(relative(root, file).split(sep).join('/'), ext);
      for (const encoding of ['br', 'gz'] as const) {
        const packed = await compressCached(body, ext, encoding, quality, options.cacheDir);
        if (packed.length >= body.length) continue;
        await writeFile(`${file}.${encoding}`, packed);
        if (encoding === 'br') {
          result.files += 1;
          result.bytes += body.length;
          result.brotliBytes += packed.length;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, work));
  return result;
}

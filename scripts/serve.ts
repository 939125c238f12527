// A small static server for the built site (dist/): the bytes a visitor would
// get from a real host (compressed text and wasm, immutable hashed assets, a
// strict CSP). `npm run serve`; tests and the bench call startServer().
// Env: PORT (default 4321), BASE_PATH (default /), SITE_ROOT (default dist).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.duckdb': 'application/octet-stream',
  '.parquet': 'application/vnd.apache.parquet',
};

// Compressed like a CDN would: text and wasm. Data files (.duckdb, .parquet)
// go as they are, as hosts serve application/octet-stream.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.map', '.svg', '.txt', '.xml', '.csv', '.webmanifest', '.wasm']);

/**
 * The site's Content-Security-Policy as an HTTP header: the same policy the
 * pages carry in their <meta> (src/layouts/Base.astro, docs/site.md), so a
 * header-only host behaves alike. 'wasm-unsafe-eval' is for DuckDB-WASM.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export interface ServerOptions {
  /** Folder to serve (the build output). */
  root: string;
  /** Sub-path the site lives under, e.g. '/thi-dua-so/'. Default '/'. */
  base?: string;
  /** 0 picks a free port. Default 4321. */
  port?: number;
  /**
   * Compress files before listening, so first requests are not slowed by
   * compression (a real host serves precompressed files): true for every
   * compressible file, or a test on the path relative to root.
   */
  precompress?: boolean | ((relativePath: string) => boolean);
  /** The Content-Security-Policy header of every response. Default CSP. */
  csp?: string;
}

export interface RunningServer {
  /** The site's URL, ending in the base path. */
  url: string;
  port: number;
  close(): Promise<void>;
}

type Encoding = 'br' | 'gzip';
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Brotli at its best quality is too slow for the 34 MB wasm on the fly; 6 gives ≈ 6.1 MB against ≈ 5.1 MB at 11. */
function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'gzip') return gzipAsync(body, { level: 9 });
  const quality = body.length > 1_000_000 ? 6 : 11;
  return brotli(body, {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: quality, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
}

function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/*|\/*$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function pickEncoding(header: string | undefined): Encoding | undefined {
  const accepted = (header ?? '').split(',').map((part) => part.trim().split(';')[0]);
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return undefined;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const root = resolve(options.root);
  const base = normalizeBase(options.base);
  // Compressed bodies by path, mtime and encoding, computed once.
  const cache = new Map<string, Promise<Buffer>>();

  const compressed = (path: string, mtime: number, body: Buffer, encoding: Encoding) => {
    const key = `${encoding}:${mtime}:${path}`;
    let entry = cache.get(key);
    if (!entry) {
      entry = compress(body, encoding);
      cache.set(key, entry);
    }
    return entry;
  };

  /** The file for a URL path under root, or a redirect target for a directory without its slash. */
  async function locate(urlPath: string): Promise<{ file: string } | { redirect: string } | undefined> {
    const relative = normalize(urlPath.slice(base.length)).replace(/^([/\\])+/, '');
    const file = join(root, relative);
    if (file !== root && !file.startsWith(root + sep)) return undefined;
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) return { file };
    if (info?.isDirectory()) {
      if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
      const index = join(file, 'index.html');
      if ((await stat(index).catch(() => undefined))?.isFile()) return { file: index };
    }
    return undefined;
  }

  async function send(req: IncomingMessage, res: ServerResponse, file: string, status: number, immutable: boolean) {
    const info = await stat(file);
    const ext = extname(file).toLowerCase();
    const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    res.setHeader('Content-Type', MIME[ext] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
    res.setHeader('ETag', etag);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // On every response, as hosts usually set it: a worker script is governed by its own response's policy.
    res.setHeader('Content-Security-Policy', options.csp ?? CSP);
    if (ext === '.html') res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    if (status === 200 && req.headers['if-none-match'] === etag) {
      res.writeHead(304).end();
      return;
    }
    let body: Buffer = await readFile(file);
    const encoding = COMPRESSIBLE.has(ext) ? pickEncoding(req.headers['accept-encoding']) : undefined;
    if (COMPRESSIBLE.has(ext)) res.setHeader('Vary', 'Accept-Encoding');
    if (encoding && body.length > 256) {
      body = await compressed(file, info.mtimeMs, body, encoding);
      res.setHeader('Content-Encoding', encoding);
    }
    res.setHeader('Content-Length', body.length);
    res.writeHead(status);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (base !== '/' && (urlPath === '/' || `${urlPath}/` === base)) {
      res.writeHead(302, { Location: base }).end();
      return;
    }
    const found = urlPath.startsWith(base) ? await locate(urlPath) : undefined;
    if (found && 'redirect' in found) {
      res.writeHead(301, { Location: encodeURI(found.redirect) + url.search }).end();
      return;
    }
    if (found) {
      await send(req, res, found.file, 200, urlPath.startsWith(`${base}_astro/`));
      return;
    }
    const notFound = join(root, '404.html');
    if ((await stat(notFound).catch(() => undefined))?.isFile()) await send(req, res, notFound, 404, false);
    else res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(`serve: ${req.url}: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });

  if (options.precompress) {
    const wanted = typeof options.precompress === 'function' ? options.precompress : () => true;
    await precompressAll(root, wanted, (file, body, mtime) => compressed(file, mtime, body, 'br'));
  }

  const port = await new Promise<number>((resolvePort, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4321, '127.0.0.1', () => {
      const address = server.address();
      resolvePort(typeof address === 'object' && address ? address.port : 0);
    });
  });
  return {
    url: `http://127.0.0.1:${port}${base}`,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function precompressAll(root: string, wanted: (relativePath: string) => boolean, run: (file: string, body: Buffer, mtime: number) => Promise<Buffer>) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && COMPRESSIBLE.has(extname(e.name).toLowerCase()))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => wanted(relative(root, file)));
  for (const file of files) {
    const info = await stat(file);
    if (info.size > 256) await run(file, await readFile(file), info.mtimeMs);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.env.SITE_ROOT ?? 'dist');
  if (!(await stat(join(root, 'index.html')).catch(() => undefined))) {
    console.error(`${root}/index.html: error: no built site to serve [no-site]\n  hint: run \`npm run data && npm run build\` first (or \`npm start\`).`);
    process.exit(1);
  }
  const server = await startServer({ root, base: process.env.BASE_PATH, port: Number(process.env.PORT ?? 4321) });
  console.log(`Serving ${root} at ${server.url}`);
}

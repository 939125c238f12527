// Serves the built site (dist/) as a real host would: sirv (precompressed
// .br/.gz written by the build, ETags per file so per encoding, 304s, ranges,
// streaming) inside node:http, under the base path, with the security headers
// on every response, errors and redirects included. `npm run serve`; tests and
// the bench call startServer(). Env: PORT (default 4321), BASE_PATH (default
// /), SITE_ROOT (default dist).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.duckdb': 'application/octet-stream',
  '.parquet': 'application/vnd.apache.parquet',
};

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
  /** Folder to serve (the build output, precompressed by scripts/build-site.ts). */
  root: string;
  /** Sub-path the site lives under, e.g. '/thi-dua-so/'. Default '/'. */
  base?: string;
  /** 0 picks a free port. Default 4321. */
  port?: number;
  /** The Content-Security-Policy header of every response. Default CSP. */
  csp?: string;
}

export interface RunningServer {
  /** The site's URL, ending in the base path. */
  url: string;
  port: number;
  close(): Promise<void>;
}

function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/*|\/*$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

type Located = { status: 400 | 404 } | { segments: string[]; slash: boolean };

/**
 * The decoded path segments below the base. A segment that decodes to a
 * slash, backslash, NUL, ?, # or %, a dot segment or an empty one names no
 * file of the site: 404, so no path can climb out of root or turn into a
 * redirect to another host (`/%2fevil.example%2f..`, `//x%2f..`).
 */
function locate(rawPath: string, base: string): Located {
  if (!rawPath.startsWith(base)) return { status: 404 };
  const rest = rawPath.slice(base.length);
  const slash = rest === '' || rest.endsWith('/');
  const raw = rest === '' ? [] : (slash ? rest.slice(0, -1) : rest).split('/');
  const segments: string[] = [];
  for (const part of raw) {
    let segment: string;
    try {
      segment = decodeURIComponent(part).normalize('NFC');
    } catch {
      return { status: 400 };
    }
    if (segment === '' || segment === '.' || segment === '..' || /[/\\\0?#%]/.test(segment)) return { status: 404 };
    segments.push(segment);
  }
  return { segments, slash };
}

/** A Range header sirv answers correctly (one `bytes=a-b` or `bytes=a-`), else none: the whole body, as RFC 9110 allows. */
function isSimpleRange(range: string | undefined): boolean {
  const match = /^bytes=(\d+)-(\d*)$/.exec(range ?? '');
  return !!match && (match[2] === '' || Number(match[1]) <= Number(match[2]));
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  // The version dist/ stands for now: a rebuild publishing a new one does not mix files under a running server.
  const root = await realpath(resolve(options.root));
  const base = normalizeBase(options.base);
  const security: Record<string, string> = {
    'Content-Security-Policy': options.csp ?? CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
  const notFound = await readFile(join(root, '404.html')).catch(() => undefined);
  const files = sirv(root, {
    dev: false,
    etag: true,
    brotli: true,
    gzip: true,
    extensions: ['html'],
    setHeaders: (res, pathname) => {
      const ext = pathname.endsWith('/') ? '.html' : extname(pathname).toLowerCase() || '.html';
      if (MIME[ext]) res.setHeader('Content-Type', MIME[ext]);
      const immutable = pathname.startsWith('/_astro/');
      res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
    },
  });

  function answer(res: ServerResponse, status: number, headers: Record<string, string> = {}, body?: string | Buffer) {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...headers });
    res.end(body);
  }

  function handle(req: IncomingMessage, res: ServerResponse) {
    for (const [name, value] of Object.entries(security)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, 405, { Allow: 'GET, HEAD' }, 'method not allowed');
    const url = req.url ?? '';
    const queryAt = url.indexOf('?');
    const rawPath = queryAt >= 0 ? url.slice(0, queryAt) : url;
    const search = queryAt >= 0 ? url.slice(queryAt) : '';
    if (!rawPath.startsWith('/')) return answer(res, 400, {}, 'bad request');
    if (base !== '/' && (rawPath === '/' || `${rawPath}/` === base)) return answer(res, 302, { Location: base });
    const found = locate(rawPath, base);
    const missing = () => (notFound ? answer(res, 404, { 'Content-Type': MIME['.html']! }, notFound) : answer(res, 404, {}, 'not found'));
    if ('status' in found) return found.status === 400 ? answer(res, 400, {}, 'bad request') : missing();
    const relative = found.segments.join('/');
    void (async () => {
      if (!found.slash && found.segments.length > 0 && (await stat(join(root, relative, 'index.html')).catch(() => undefined))?.isFile()) {
        // Built from the checked segments: always this host, the base then a named folder.
        return answer(res, 301, { Location: `${base}${found.segments.map(encodeURIComponent).join('/')}/${search}` });
      }
      if (!isSimpleRange(req.headers.range)) delete req.headers.range;
      req.url = `/${relative}${found.slash && relative ? '/' : ''}${search}`;
      files(req, res, missing);
    })().catch((error: unknown) => {
      console.error(`serve: ${url}: ${String(error)}`);
      if (!res.headersSent) answer(res, 500, {}, 'server error');
      else res.destroy();
    });
  }

  const server: Server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      console.error(`serve: ${req.url}: ${String(error)}`);
      if (!res.headersSent) answer(res, 500, {}, 'server error');
      else res.destroy();
    }
  });

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

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.env.SITE_ROOT ?? 'dist');
  if (!(await stat(join(root, 'index.html')).catch(() => undefined))) {
    console.error(`${root}/index.html: error: no built site to serve [no-site]\n  hint: run \`npm run data && npm run build\` first (or \`npm start\`).`);
    process.exit(1);
  }
  if (!(await stat(join(root, 'index.html.br')).catch(() => undefined))) console.warn(`${root}: warning: no precompressed .br/.gz files; pages go uncompressed (build with \`npm run build\`)`);
  const server = await startServer({ root, base: process.env.BASE_PATH, port: Number(process.env.PORT ?? 4321) });
  console.log(`Serving ${root} at ${server.url}`);
}

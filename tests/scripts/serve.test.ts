// Finding 8.10: scripts/serve.ts (sirv inside node:http) answered with real
// HTTP requests on 127.0.0.1, against a temp site precompressed like the build
// does it: security headers on every response, no open redirect, no 500 on
// odd paths, one ETag per encoding, precompressed files streamed.
import fs, { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP, startServer, type RunningServer } from '../../scripts/serve.ts';
import { precompressTree } from '../../src/publish/precompress.ts';

const root = mkdtempSync(join(tmpdir(), 'serve-'));
const page = (title: string) => `<!doctype html><html lang="vi"><head><title>${title}</title></head><body>${'<p>Trường Tiểu học Phố Hiến</p>'.repeat(80)}</body></html>`;
const script = `export const x = ${JSON.stringify('a'.repeat(4000))};\n`;
const database = Buffer.alloc(200_000, 7);

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(server: RunningServer, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

let site: RunningServer;
let based: RunningServer;

beforeAll(async () => {
  mkdirSync(join(root, 'long-bien-2025', 'du-lieu', 'tai-ve'), { recursive: true });
  mkdirSync(join(root, '_astro'));
  writeFileSync(join(root, 'index.html'), page('Trang chủ'));
  writeFileSync(join(root, 'long-bien-2025', 'index.html'), page('Long Biên'));
  writeFileSync(join(root, 'long-bien-2025', 'du-lieu', 'tai-ve', 'long-bien-2025.duckdb'), database);
  writeFileSync(join(root, '_astro', 'app.B1x2.js'), script);
  await precompressTree(root);
  site = await startServer({ root, port: 0 });
  based = await startServer({ root, base: '/thi-dua-so/', port: 0 });
});

afterAll(async () => {
  await site.close();
  await based.close();
  rmSync(root, { recursive: true, force: true });
});

const securityHeaders = (answer: Answer) => ({
  csp: answer.headers['content-security-policy'],
  nosniff: answer.headers['x-content-type-options'],
  referrer: answer.headers['referrer-policy'],
});
const SECURE = { csp: CSP, nosniff: 'nosniff', referrer: 'strict-origin-when-cross-origin' };

describe('finding 8.10: the server', () => {
  it.each([
    { name: 'a page', path: '/', status: 200 },
    { name: 'a missing file', path: '/khong-co/', status: 404 },
    { name: 'the reported open redirect', path: '/%2fevil.example%2f..%2flong-bien-2025', status: 404 },
    { name: 'the reported 500', path: '//x%2f..%2f_astro', status: 404 },
    { name: 'an encoded backslash', path: '/%5cevil.example/', status: 404 },
    { name: 'a climb out of root', path: '/..%2f..%2fetc%2fpasswd', status: 404 },
    { name: 'a literal dot segment', path: '/long-bien-2025/../index.html', status: 404 },
    { name: 'a malformed escape', path: '/%E0%A4%A/', status: 400 },
    { name: 'a NUL byte', path: '/index.html%00.js', status: 404 },
    { name: 'a folder without its slash', path: '/long-bien-2025', status: 301 },
    { name: 'a path not starting with /', path: '*', status: 400 },
  ])('$name ($path) → $status, with CSP, nosniff and the referrer policy', async ({ path, status }) => {
    const answer = await get(site, path);
    expect(answer.status).toBe(status);
    expect(securityHeaders(answer)).toEqual(SECURE);
  });

  it('answers 405 with the headers to other methods', async () => {
    const answer = await get(site, '/', {}, 'POST');
    expect([answer.status, answer.headers.allow]).toEqual([405, 'GET, HEAD']);
    expect(securityHeaders(answer)).toEqual(SECURE);
  });

  it.each([
    { server: () => site, path: '/long-bien-2025', location: '/long-bien-2025/' },
    { server: () => site, path: '/long-bien-2025?q=1', location: '/long-bien-2025/?q=1' },
    { server: () => based, path: '/thi-dua-so/long-bien-2025', location: '/thi-dua-so/long-bien-2025/' },
    { server: () => based, path: '/', location: '/thi-dua-so/' },
    { server: () => based, path: '/thi-dua-so', location: '/thi-dua-so/' },
  ])('redirects $path to $location, on this host only', async ({ server, path, location }) => {
    const answer = await get(server(), path);
    expect([answer.status, answer.headers.location]).toEqual([path === '/' || path === '/thi-dua-so' ? 302 : 301, location]);
    expect(securityHeaders(answer)).toEqual(SECURE);
  });

  it('never answers a redirect to another host, whatever the slashes', async () => {
    for (const path of ['/%2fevil.example%2f..%2flong-bien-2025', '//evil.example/..%2flong-bien-2025', '/%2F%2Fevil.example', '/\\evil.example/long-bien-2025', '/thi-dua-so/%2fevil.example%2f..%2flong-bien-2025']) {
      for (const server of [site, based]) {
        const answer = await get(server, path);
        expect(answer.status, path).toBeLessThan(500);
        if (answer.headers.location) expect(answer.headers.location, path).toMatch(/^\/(?![/\\])/);
      }
    }
  });

  it('serves the base-path site under its base only', async () => {
    expect((await get(based, '/thi-dua-so/')).body.toString()).toContain('Trang chủ');
    expect((await get(based, '/thi-dua-so/long-bien-2025/')).body.toString()).toContain('Long Biên');
    expect((await get(based, '/long-bien-2025/')).status).toBe(404);
  });

  it('sends one ETag per encoding, and 304 only for the encoding it was given for', async () => {
    const encodings = ['br', 'gzip', 'identity'];
    const answers = await Promise.all(encodings.map((e) => get(site, '/', { 'Accept-Encoding': e })));
    expect(answers.map((a) => a.headers['content-encoding'])).toEqual(['br', 'gzip', undefined]);
    const etags = answers.map((a) => a.headers.etag as string);
    expect(new Set(etags).size).toBe(3);
    expect(answers.map((a) => a.headers.vary)).toEqual(['Accept-Encoding', 'Accept-Encoding', 'Accept-Encoding']);
    expect(answers[2]!.body.toString()).toBe(page('Trang chủ'));
    const again = await get(site, '/', { 'Accept-Encoding': 'br', 'If-None-Match': etags[0]! });
    expect(again.status).toBe(304);
    expect(securityHeaders(again)).toEqual(SECURE);
    expect((await get(site, '/', { 'Accept-Encoding': 'gzip', 'If-None-Match': etags[0]! })).status).toBe(200);
  });

  it.each([
    { path: '/_astro/app.B1x2.js', type: 'text/javascript; charset=utf-8', cache: 'public, max-age=31536000, immutable', encoding: 'br' },
    { path: '/long-bien-2025/du-lieu/tai-ve/long-bien-2025.duckdb', type: 'application/octet-stream', cache: 'public, max-age=0, must-revalidate', encoding: 'br' },
    { path: '/long-bien-2025/', type: 'text/html; charset=utf-8', cache: 'public, max-age=0, must-revalidate', encoding: 'br' },
  ])('$path: $type, $cache, $encoding', async ({ path, type, cache, encoding }) => {
    const answer = await get(site, path, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect([answer.status, answer.headers['content-type'], answer.headers['cache-control'], answer.headers['content-encoding']]).toEqual([200, type, cache, encoding]);
  });

  it('answers a byte range, and ignores a reversed one instead of failing', async () => {
    const part = await get(site, '/long-bien-2025/du-lieu/tai-ve/long-bien-2025.duckdb', { Range: 'bytes=10-19' });
    expect([part.status, part.headers['content-range'], part.body.length]).toEqual([206, `bytes 10-19/${database.length}`, 10]);
    const reversed = await get(site, '/long-bien-2025/du-lieu/tai-ve/long-bien-2025.duckdb', { Range: 'bytes=19-10' });
    expect([reversed.status, reversed.body.length]).toEqual([200, database.length]);
  });

  it('answers HEAD without a body', async () => {
    const answer = await get(site, '/', {}, 'HEAD');
    expect([answer.status, answer.body.length, answer.headers['content-type']]).toEqual([200, 0, 'text/html; charset=utf-8']);
  });

  it('streams the precompressed file and reads nothing for a 304 (no whole-file read before the cache check)', async () => {
    const opened: string[] = [];
    const { createReadStream, readFile, readFileSync } = fs;
    const { readFile: readFilePromise } = fs.promises;
    fs.createReadStream = ((path: fs.PathLike, ...rest: unknown[]) => {
      opened.push(`stream ${String(path)}`);
      return (createReadStream as (...a: unknown[]) => fs.ReadStream)(path, ...rest);
    }) as typeof fs.createReadStream;
    fs.readFile = ((path: fs.PathLike, ...rest: unknown[]) => {
      opened.push(`read ${String(path)}`);
      return (readFile as (...a: unknown[]) => void)(path, ...rest);
    }) as typeof fs.readFile;
    fs.readFileSync = ((path: fs.PathLike, ...rest: unknown[]) => {
      opened.push(`read ${String(path)}`);
      return (readFileSync as (...a: unknown[]) => Buffer)(path, ...rest);
    }) as typeof fs.readFileSync;
    fs.promises.readFile = ((path: fs.PathLike, ...rest: unknown[]) => {
      opened.push(`read ${String(path)}`);
      return (readFilePromise as (...a: unknown[]) => Promise<Buffer>)(path, ...rest);
    }) as typeof fs.promises.readFile;
    syncBuiltinESMExports();
    try {
      const path = '/long-bien-2025/du-lieu/tai-ve/long-bien-2025.duckdb';
      const first = await get(site, path, { 'Accept-Encoding': 'br' });
      expect(first.status).toBe(200);
      expect(opened.map((line) => line.replace(root, ''))).toEqual([`stream ${path}.br`]);
      opened.length = 0;
      expect((await get(site, path, { 'Accept-Encoding': 'br', 'If-None-Match': first.headers.etag as string })).status).toBe(304);
      expect(opened).toEqual([]);
    } finally {
      Object.assign(fs, { createReadStream, readFile, readFileSync });
      fs.promises.readFile = readFilePromise;
      syncBuiltinESMExports();
    }
  });
});

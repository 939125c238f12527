// The one place that owns DuckDB-WASM in the browser. In: the URL of a plan's
// browser database and {sql, params} from src/core/measure-sql.ts. Out: plain
// row objects. The engine starts once (even under concurrent first calls),
// from the site's own hashed files, and the database is attached read-only as
// `d`. Only this module imports @duckdb/duckdb-wasm; load it with import().
// The "eh" bundle only (src/client/engine-files.ts says why): a browser
// without WebAssembly exceptions gets EngineUnsupportedError, never a broken engine.
import * as duckdb from '@duckdb/duckdb-wasm';
import type { Query } from '../core/measure-sql.ts';
import type { EngineCost } from './filter-config.ts';
import { ENGINE_URLS, loadedBefore, rememberEngine } from './engine-files.ts';

/** Seconds without progress after which starting the engine is given up. */
const IDLE_TIMEOUT_MS = 30_000;
/** Prepared statements kept for reuse, by SQL text. */
const STATEMENT_CACHE_SIZE = 32;

interface Engine {
  db: duckdb.AsyncDuckDB;
  conn: duckdb.AsyncDuckDBConnection;
}

let engine: Promise<Engine> | undefined;
let attached: { url: string; ready: Promise<void> } | undefined;
const statements = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();

/** Rejects when `work` makes no progress (no call to the returned `touch`) for `ms`. */
function withIdleTimeout<T>(ms: number, what: string, work: (touch: () => void) => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout>;
    const touch = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `${what} stalled for ${ms / 1000} s (the CSP of the page and of its worker must allow 'wasm-unsafe-eval'; ` +
                `is the .wasm reachable?)`,
            ),
          ),
        ms,
      );
    };
    touch();
    work(touch).then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

/** Thrown when the browser cannot run the eh bundle (no WebAssembly exceptions). */
export class EngineUnsupportedError extends Error {
  constructor() {
    super('this browser has no WebAssembly exceptions, which DuckDB-WASM needs');
    this.name = 'EngineUnsupportedError';
  }
}

/** Bytes loaded so far and in all, on the wire (estimated from the decompressed stream and the build's sizes). */
export interface EngineProgress {
  loaded: number;
  total: number;
}

const listeners = new Set<(progress: EngineProgress) => void>();
const received = { wasm: 0, database: 0, worker: 0 };
let cost: EngineCost | undefined;

/** Follow the engine's download; returns the function that stops following. */
export function onEngineProgress(listener: (progress: EngineProgress) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function report(): void {
  if (!cost) return;
  const share = (part: keyof typeof received) => Math.min(1, received[part] / Math.max(1, cost![part].bytes)) * cost![part].wire;
  const total = cost.wasm.wire + cost.worker.wire + cost.database.wire;
  const progress = { loaded: Math.round(share('wasm') + share('worker') + share('database')), total };
  for (const listener of listeners) listener(progress);
}

/** Whether this browser can run the engine at all. */
export async function engineSupported(): Promise<boolean> {
  return (await duckdb.getPlatformFeatures()).wasmExceptions;
}

async function startEngine(): Promise<Engine> {
  performance.mark('duckdb:start');
  if (!(await engineSupported())) throw new EngineUnsupportedError();
  // A first load: the wasm starts downloading now, while the worker script
  // loads and boots (about 2 s on a slow phone); the worker's own request then
  // joins this one (measured: the server sends the wasm once).
  if (!loadedBefore()) void fetch(ENGINE_URLS.wasm).then((response) => response.body?.pipeTo(new WritableStream())).catch(() => undefined);
  const worker = new Worker(ENGINE_URLS.worker);
  try {
    return await withIdleTimeout(IDLE_TIMEOUT_MS, 'Starting DuckDB-WASM', async (touch) => {
      const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
      await db.instantiate(ENGINE_URLS.wasm, null, (progress) => {
        // The worker is running once the wasm streams in.
        received.worker = cost?.worker.bytes ?? 0;
        received.wasm = progress.bytesLoaded;
        report();
        touch();
      });
      received.wasm = cost?.wasm.bytes ?? 0;
      report();
      touch();
      await db.open({
        query: { castBigIntToDouble: true, castDecimalToDouble: true },
        // Files are small and fetched whole: no range requests over a slow link.
        filesystem: { forceFullHTTPReads: true, allowFullHTTPReads: true },
      });
      const conn = await db.connect();
      // Never fetch extensions from extensions.duckdb.org (a third party).
      await conn.query('SET autoinstall_known_extensions=false');
      await conn.query('SET autoload_known_extensions=false');
      return { db, conn };
    });
  } catch (error) {
    worker.terminate();
    throw error;
  }
}

/** The engine, started on first call; a failed start may be retried. */
function loadEngine(): Promise<Engine> {
  engine ??= startEngine().catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}

/** The database file, read as it streams so the progress bar moves. */
async function fetchDatabase(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received.database += value.byteLength;
    report();
  }
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function attach(url: string): Promise<void> {
  if (!(await engineSupported())) throw new EngineUnsupportedError();
  received.database = 0;
  // The file downloads while the engine starts.
  const [{ db, conn }, bytes] = await Promise.all([loadEngine(), fetchDatabase(url)]);
  const name = 'plan.duckdb';
  for (const statement of statements.values()) void statement.then((s) => s.close()).catch(() => undefined);
  statements.clear();
  await conn.query('DETACH DATABASE IF EXISTS d');
  await db.dropFile(name).catch(() => undefined);
  await db.registerFileBuffer(name, bytes);
  // The name is a constant above, never user input.
  await conn.query(`ATTACH '${name}' AS d (READ_ONLY)`);
  performance.mark('duckdb:ready');
  performance.measure('duckdb:init', 'duckdb:start', 'duckdb:ready');
  rememberEngine();
}

/**
 * Start DuckDB-WASM and attach the database at `url` (a plan's .duckdb file)
 * as `d`. Safe to call many times; a different URL replaces the attachment.
 * `engine` (the build's sizes) lets the progress listeners count bytes.
 */
export function ready(url: string, engine?: EngineCost): Promise<void> {
  cost ??= engine;
  const absolute = new URL(url, document.baseURI).href;
  if (attached?.url !== absolute) {
    const previous = attached?.ready.catch(() => undefined) ?? Promise.resolve();
    const current = previous.then(() => attach(absolute));
    attached = { url: absolute, ready: current };
    current.catch(() => {
      if (attached?.ready === current) attached = undefined;
    });
  }
  return attached.ready;
}

function prepared(conn: duckdb.AsyncDuckDBConnection, sql: string): Promise<duckdb.AsyncPreparedStatement> {
  let statement = statements.get(sql);
  if (!statement) {
    if (statements.size >= STATEMENT_CACHE_SIZE) {
      const [oldest, old] = statements.entries().next().value ?? [];
      if (oldest !== undefined) statements.delete(oldest);
      void old?.then((s) => s.close()).catch(() => undefined);
    }
    statement = conn.prepare(sql);
    statements.set(sql, statement);
    statement.catch(() => statements.delete(sql));
  }
  return statement;
}

/** Queries run one after another (the worker runs one at a time anyway), so each 'duckdb:query' measure is its own time. */
let queue: Promise<unknown> = Promise.resolve();

/** Run a parameterised query against the attached database; rows as plain objects. */
export async function query<T>(q: Query, url: string, engine?: EngineCost): Promise<T[]> {
  await ready(url, engine);
  const { conn } = await loadEngine();
  const run = queue.then(async () => {
    const started = performance.now();
    const statement = await prepared(conn, q.sql);
    const table = await statement.query(...q.params);
    const rows = table.toArray().map((row) => row.toJSON() as T);
    performance.measure('duckdb:query', { start: started, end: performance.now() });
    return rows;
  });
  queue = run.catch(() => undefined);
  return run;
}

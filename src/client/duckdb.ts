/// <reference types="vite/client" />
// The one place that owns DuckDB-WASM in the browser. In: the URL of a plan's
// .duckdb file and {sql, params} from src/core/measure-sql.ts. Out: plain row
// objects. The engine starts once (even under concurrent first calls), from
// the site's own hashed files, and the database is attached read-only as `d`.
// Only this module imports @duckdb/duckdb-wasm; load it with import().
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import type { Query } from '../core/measure-sql.ts';

/** Schema prefix to pass to buildMeasureQuery / buildCompletenessQuery. */
export const SCHEMA = 'd.';

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

async function startEngine(): Promise<Engine> {
  performance.mark('duckdb:start');
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
    eh: { mainModule: ehWasm, mainWorker: ehWorker },
  });
  if (!bundle.mainWorker) throw new Error('DuckDB-WASM bundle without a worker');
  const worker = new Worker(bundle.mainWorker);
  try {
    return await withIdleTimeout(IDLE_TIMEOUT_MS, 'Starting DuckDB-WASM', async (touch) => {
      const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
      await db.instantiate(bundle.mainModule, bundle.pthreadWorker, touch);
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

async function fetchDatabase(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function attach(url: string): Promise<void> {
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
}

/**
 * Start DuckDB-WASM and attach the database at `url` (a plan's .duckdb file)
 * as `d`. Safe to call many times; a different URL replaces the attachment.
 */
export function ready(url: string): Promise<void> {
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
export async function query<T>(q: Query, url: string): Promise<T[]> {
  await ready(url);
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

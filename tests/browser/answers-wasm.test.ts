// The precomputed filter answers equal DuckDB-WASM's, on the shipped files:
// for every page of the built site with a filter form, every question its
// blocks ask over the precomputed states is run by the WASM engine the
// browser uses (Node's blocking bundle) on the shipped browser database
// (<plan>/loc/<plan>.duckdb), shaped like the browser shapes it, and must be
// exactly the rows in the page's shipped loc.json, which holds nothing else.
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as duckdbWasm from '@duckdb/duckdb-wasm/blocking';
import { queryKey } from '../../src/core/query-key.ts';
import { shapeRows, type AnswerFile } from '../../src/client/answers.ts';
import { ANSWERS_FILE, pageQuestions } from '../../src/site-data/answers.ts';
import { readFilterPages, type FilterPage } from '../../src/site-data/filter-pages.ts';

const require = createRequire(import.meta.url);
const wasmDist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
const root = inject('siteRoot');
let db: duckdbWasm.DuckDBBindings;
let conn: duckdbWasm.DuckDBConnection;
let pages: FilterPage[];
let attached = '';
const statements = new Map<string, duckdbWasm.PreparedStatement>();

beforeAll(async () => {
  db = await duckdbWasm.createDuckDB(
    { mvp: { mainModule: join(wasmDist, 'duckdb-mvp.wasm'), mainWorker: join(wasmDist, 'duckdb-node-mvp.worker.cjs') }, eh: { mainModule: join(wasmDist, 'duckdb-eh.wasm'), mainWorker: join(wasmDist, 'duckdb-node-eh.worker.cjs') } },
    new duckdbWasm.VoidLogger(),
    duckdbWasm.NODE_RUNTIME,
  );
  await db.instantiate(() => undefined);
  // As src/client/duckdb.ts opens it.
  db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  conn = db.connect();
  conn.query('SET autoinstall_known_extensions=false');
  conn.query('SET autoload_known_extensions=false');
  pages = await readFilterPages(root);
});
afterAll(() => {
  for (const statement of statements.values()) statement.close();
  conn?.close();
});

/** Attach a plan's shipped browser database as `d`, as the browser does. */
function attach(plan: string): void {
  if (attached === plan) return;
  for (const statement of statements.values()) statement.close();
  statements.clear();
  conn.query('DETACH DATABASE IF EXISTS d');
  db.registerFileBuffer(`${plan}.duckdb`, new Uint8Array(readFileSync(join(root, plan, 'loc', `${plan}.duckdb`))));
  conn.query(`ATTACH '${plan}.duckdb' AS d (READ_ONLY)`);
  attached = plan;
}

function runWasm(sql: string, params: (string | number)[]): Record<string, unknown>[] {
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = conn.prepare(sql)));
  return statement.query(...params).toArray().map((row) => row.toJSON() as Record<string, unknown>);
}

describe('precomputed answers = DuckDB-WASM on the shipped files', () => {
  it('covers the filter pages of both plans', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(new Set(pages.map((p) => p.config.planId))).toEqual(new Set(['hung-yen-2026', 'long-bien-2025']));
  });

  it('every page, every question', { timeout: 600_000 }, () => {
    let questions = 0;
    // A question shared by several pages of a plan is run once.
    const answered = new Map<string, unknown>();
    for (const page of pages) {
      attach(page.config.planId);
      const file = JSON.parse(readFileSync(join(root, page.dir, ANSWERS_FILE), 'utf8')) as AnswerFile;
      const asked = pageQuestions(page);
      expect(Object.keys(file.answers).sort(), page.dir).toEqual([...asked.keys()].sort());
      for (const [key, question] of asked) {
        expect(queryKey(question.query, question.columns)).toBe(key);
        const id = `${page.config.planId}:${key}`;
        if (!answered.has(id)) answered.set(id, shapeRows(runWasm(question.query.sql, question.query.params), question.columns));
        const wasm = answered.get(id);
        expect(wasm, `${page.dir}: ${question.query.sql.slice(0, 80)} ${JSON.stringify(question.query.params)}`).toEqual(file.answers[key]);
        questions += 1;
      }
    }
    expect(questions).toBeGreaterThan(5000);
  });
});

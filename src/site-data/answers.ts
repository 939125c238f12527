// Precomputed filter answers: for every built page with a filter form, the
// answers to its blocks' questions (src/client/questions.ts) for the states
// its filters offer, computed with the shared SQL on native DuckDB over the
// very database the browser attaches, written beside the page as loc.json.
// Which states: every state with one filter chosen, and every combination
// when a page offers at most COMBINATION_LIMIT states in all (Long Biên's
// pages); DuckDB-WASM answers the other combinations (docs/site.md).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBPreparedStatement } from '@duckdb/node-api';
import type { Query } from '../core/measure-sql.ts';
import { queryKey, questionText } from '../core/query-key.ts';
import { shapeRows, type AnswerFile, type Cell } from '../client/answers.ts';
import type { FilterControl, FilterOptions, FilterState } from '../client/filter-state.ts';
import { questionsOf, type Question } from '../client/questions.ts';
import { readFilterPages, type FilterPage } from './filter-pages.ts';
import { browserDatabasePath } from './paths.ts';

/** A page offering at most this many states gets all of them precomputed. */
export const COMBINATION_LIMIT = 64;
/** The file beside each page (src/components/routes.ts answersHref). */
export const ANSWERS_FILE = 'loc.json';

/** The controls that change figures, with the values each offers. */
function choices(options: FilterOptions): [FilterControl, string[]][] {
  const values: Record<FilterControl, string[]> = {
    year: options.years.map(String),
    phase: options.phases.map((p) => p.id),
    level: [...options.levels],
    ward: [...options.wards],
    criterion: [],
  };
  return options.controls.filter((c) => values[c].length > 0).map((c) => [c, values[c]]);
}

/** The states precomputed for a page: one filter chosen each, or all of them when there are few. */
export function precomputedStates(options: FilterOptions): FilterState[] {
  const controls = choices(options);
  const total = controls.reduce((product, [, values]) => product * (values.length + 1), 1);
  if (total <= COMBINATION_LIMIT) {
    let states: FilterState[] = [{}];
    for (const [control, values] of controls) states = states.flatMap((s) => [s, ...values.map((v) => ({ ...s, [control]: v }))]);
    return states.filter((s) => Object.keys(s).length > 0);
  }
  return controls.flatMap(([control, values]) => values.map((v) => ({ [control]: v })));
}

/** Every distinct question of a page over its precomputed states, by key. */
export function pageQuestions(page: FilterPage): Map<string, Question> {
  const questions = new Map<string, Question>();
  for (const state of precomputedStates(page.config.options)) {
    for (const block of page.blocks) {
      for (const question of questionsOf(block, state, page.config)) {
        const key = queryKey(question.query, question.columns);
        const known = questions.get(key);
        if (known && questionText(known.query, known.columns) !== questionText(question.query, question.columns)) {
          throw new Error(`${page.dir}: two questions share the key ${key}; change the hash in src/core/query-key.ts`);
        }
        questions.set(key, question);
      }
    }
  }
  return questions;
}

export interface AttachedDatabase {
  /** Rows of a question's query (prepared once per SQL text: states differ by parameters only). */
  rows(query: Query): Promise<Record<string, unknown>[]>;
  close(): void;
}

/** A connection with a plan's browser database attached read-only as `d`. */
export async function attachBrowserDatabase(path: string): Promise<AttachedDatabase> {
  const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false', threads: '1' });
  const connection = await instance.connect();
  await connection.run(`ATTACH '${path.replace(/'/g, "''")}' AS d (READ_ONLY)`);
  const statements = new Map<string, Promise<DuckDBPreparedStatement>>();
  return {
    async rows(query) {
      let statement = statements.get(query.sql);
      if (!statement) statements.set(query.sql, (statement = connection.prepare(query.sql)));
      const prepared = await statement;
      prepared.bind(query.params);
      return (await prepared.runAndReadAll()).getRowObjectsJS() as Record<string, unknown>[];
    },
    close() {
      for (const statement of statements.values()) void statement.then((s) => s.destroySync()).catch(() => undefined);
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export interface AnswersResult {
  pages: number;
  questions: number;
  /** Questions actually run (the others were shared with a page before). */
  queries: number;
  bytes: number;
}

/** Write loc.json beside every filter page under `root`, answered from the browser databases under `siteDataDir`. */
export async function writeAnswerFiles(root: string, siteDataDir: string): Promise<AnswersResult> {
  const pages = await readFilterPages(root);
  const result: AnswersResult = { pages: pages.length, questions: 0, queries: 0, bytes: 0 };
  const databases = new Map<string, Awaited<ReturnType<typeof attachBrowserDatabase>>>();
  const answered = new Map<string, Cell[][]>();
  try {
    for (const page of pages) {
      const plan = page.config.planId;
      let db = databases.get(plan);
      if (!db) {
        db = await attachBrowserDatabase(browserDatabasePath(siteDataDir, plan));
        databases.set(plan, db);
      }
      const file: AnswerFile = { version: 1, answers: {} };
      for (const [key, question] of [...pageQuestions(page)].sort(([a], [b]) => a.localeCompare(b))) {
        const cacheKey = `${plan}:${key}`;
        let rows = answered.get(cacheKey);
        if (!rows) {
          rows = shapeRows(await db.rows(question.query), question.columns);
          answered.set(cacheKey, rows);
          result.queries += 1;
        }
        file.answers[key] = rows;
        result.questions += 1;
      }
      const text = JSON.stringify(file);
      writeFileSync(join(root, page.dir, ANSWERS_FILE), text);
      result.bytes += text.length;
    }
  } finally {
    for (const db of databases.values()) db.close();
  }
  return result;
}

// Answers to the questions of src/client/questions.ts, as the build files them
// (one JSON per page, src/site-data/answers.ts) and as the browser reads them.
// Rows are shaped the same way whichever engine answered: the question's
// columns only, as arrays, numbers rounded to 4 decimals (the precision of
// the site data; pages show at most 2). Pure; Node and browser.
import { queryKey } from '../core/query-key.ts';
import type { Question } from './questions.ts';

export type Cell = number | string | null;
export type Row = Record<string, Cell>;

/** A page's answer file: question key → rows. */
export interface AnswerFile {
  version: 1;
  answers: Record<string, Cell[][]>;
}

function shapeCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return shapeCell(Number(value));
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const rounded = Math.round(value * 1e4) / 1e4;
    return rounded === 0 ? 0 : rounded;
  }
  return String(value);
}

/** Rows from an engine (objects) as an answer's arrays. */
export function shapeRows(rows: readonly Record<string, unknown>[], columns: readonly string[]): Cell[][] {
  return rows.map((row) => columns.map((c) => shapeCell(row[c])));
}

/** An answer's arrays as objects keyed by the question's columns. */
export function toObjects(cells: readonly Cell[][], columns: readonly string[]): Row[] {
  return cells.map((cell) => Object.fromEntries(columns.map((c, i) => [c, cell[i] ?? null])));
}

export class AnswerStore {
  readonly size: number;
  private readonly file: AnswerFile;
  constructor(file: AnswerFile = { version: 1, answers: {} }) {
    this.file = file;
    this.size = Object.keys(file.answers).length;
  }

  /** The rows for a question, or undefined when it was not precomputed. */
  get(question: Question): Row[] | undefined {
    const cells = this.file.answers[queryKey(question.query, question.columns)];
    return cells ? toObjects(cells, question.columns) : undefined;
  }
}

/** A page's answers; an empty store when the file is missing or not understood (DuckDB-WASM answers instead). */
export async function fetchAnswers(url: string): Promise<AnswerStore> {
  try {
    const response = await fetch(url);
    if (!response.ok) return new AnswerStore();
    const file = (await response.json()) as AnswerFile;
    return file.version === 1 && file.answers ? new AnswerStore(file) : new AnswerStore();
  } catch {
    return new AnswerStore();
  }
}

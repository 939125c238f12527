// A question's key changes with anything that changes its answer (SQL text,
// parameters and their types, the columns kept) and with nothing else.
import { describe, expect, it } from 'vitest';
import { queryKey } from '../../src/core/query-key.ts';

const base = { query: { sql: 'SELECT ? AS x', params: [1] as (string | number)[] }, columns: ['x'] };

describe('queryKey', () => {
  it('is the same for the same question, built twice', () => {
    expect(queryKey({ sql: 'SELECT ? AS x', params: [1] }, ['x'])).toBe(queryKey(base.query, base.columns));
  });

  it.each([
    { name: 'the SQL text', query: { sql: 'SELECT ? AS y', params: [1] }, columns: ['x'] },
    { name: 'a parameter', query: { sql: 'SELECT ? AS x', params: [2] }, columns: ['x'] },
    { name: "a parameter's type (1 vs '1')", query: { sql: 'SELECT ? AS x', params: ['1'] }, columns: ['x'] },
    { name: 'one more parameter', query: { sql: 'SELECT ? AS x', params: [1, 1] }, columns: ['x'] },
    { name: 'the columns kept', query: { sql: 'SELECT ? AS x', params: [1] }, columns: ['x', 'y'] },
    { name: 'text moved between SQL and parameters', query: { sql: 'SELECT ? AS x1', params: [] }, columns: ['x'] },
  ])('changes with $name', ({ query, columns }) => {
    expect(queryKey(query, columns)).not.toBe(queryKey(base.query, base.columns));
  });

  it('is short base-36 text', () => {
    expect(queryKey(base.query, base.columns)).toMatch(/^[0-9a-z]{1,11}$/);
  });

  it('gives 20,000 distinct questions 20,000 distinct keys', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 20_000; i++) keys.add(queryKey({ sql: 'SELECT ? AS x', params: [String(i)] }, ['x']));
    expect(keys.size).toBe(20_000);
  });
});

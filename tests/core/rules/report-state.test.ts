// The report state rule in TypeScript and in SQL, on the same table of cases;
// the SQL runs on real DuckDB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { hasReported, reportStateOf, reportStateSql, timelinessOf, timelinessSql, type ReportFacts, type ReportState } from '../../../src/core/rules/report-state.ts';

let con: DuckDBConnection;
beforeAll(async () => {
  con = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => con?.closeSync());

const DEADLINE = '2026-12-15';
const cases: { name: string; facts: ReportFacts; buildDate: string; expected: ReportState; codes?: string[] }[] = [
  { name: 'an accepted report on time', facts: { accepted: 'on_time' }, buildDate: '2026-11-21', expected: 'on_time' },
  { name: 'an accepted report that came late', facts: { accepted: 'late' }, buildDate: '2027-01-05', expected: 'late' },
  { name: 'an accepted report wins over a rejected one', facts: { accepted: 'on_time', rejectedCodes: ['ward-mismatch'] }, buildDate: '2026-11-21', expected: 'on_time' },
  { name: 'issue 6: a rejected-only school is "sent but rejected" before the deadline', facts: { rejectedCodes: ['ward-mismatch'] }, buildDate: '2026-11-21', expected: 'rejected', codes: ['ward-mismatch'] },
  { name: 'issue 6: a rejected-only school is "sent but rejected" after the deadline, not "not reported"', facts: { rejectedCodes: ['ward-mismatch', 'bad-date', 'ward-mismatch'] }, buildDate: '2027-01-05', expected: 'rejected', codes: ['bad-date', 'ward-mismatch'] },
  { name: 'two reports tied on date are sent but rejected', facts: { rejectedCodes: ['duplicate-conflict'] }, buildDate: '2027-01-05', expected: 'rejected', codes: ['duplicate-conflict'] },
  { name: 'nothing sent, on the deadline day: not yet due', facts: {}, buildDate: DEADLINE, expected: 'not_yet_due' },
  { name: 'nothing sent, the day after: not reported', facts: {}, buildDate: '2026-12-16', expected: 'not_reported' },
  { name: 'a school the plan does not expect', facts: { expected: false, accepted: 'on_time' }, buildDate: '2027-01-05', expected: 'not_expected' },
];

describe('reportStateOf', () => {
  it.each(cases)('$name', ({ facts, buildDate, expected, codes = [] }) => {
    expect(reportStateOf(facts, DEADLINE, buildDate)).toEqual({ state: expected, codes });
  });

  it.each(cases.filter((c) => c.facts.expected !== false))('the SQL agrees: $name', async ({ facts, buildDate, expected }) => {
    const sql = `SELECT ${reportStateSql({ accepted: 'a', sent: 's', deadline: 'dl', buildDate: 'bd' })} AS state
      FROM (SELECT ?::VARCHAR AS a, ?::BOOLEAN AS s, ?::DATE AS dl, ?::DATE AS bd)`;
    const reader = await con.runAndReadAll(sql, [facts.accepted ?? null, (facts.rejectedCodes?.length ?? 0) > 0, DEADLINE, buildDate] as never);
    expect(reader.getRowObjectsJson()[0]!.state).toBe(expected);
  });
});

describe('timelinessOf', () => {
  const dates = [
    { date: '2026-12-14', expected: 'on_time' },
    { date: '2026-12-15', expected: 'on_time' },
    { date: '2026-12-16', expected: 'late' },
    { date: '2027-01-02', expected: 'late' },
  ] as const;
  it.each(dates)('$date against 15/12/2026 is $expected', async ({ date, expected }) => {
    expect(timelinessOf(date, DEADLINE)).toBe(expected);
    const reader = await con.runAndReadAll(`SELECT ${timelinessSql('?::DATE', '?::DATE')} AS t`, [date, DEADLINE]);
    expect(reader.getRowObjectsJson()[0]!.t).toBe(expected);
  });
});

describe('hasReported', () => {
  it.each([
    { state: 'on_time', expected: true }, { state: 'late', expected: true }, { state: 'rejected', expected: false },
    { state: 'not_yet_due', expected: false }, { state: 'not_reported', expected: false }, { state: 'not_expected', expected: false }, { state: undefined, expected: false },
  ] as const)('$state → $expected', ({ state, expected }) => expect(hasReported(state)).toBe(expected));
});

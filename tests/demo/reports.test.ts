import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import * as XLSX from '@e965/xlsx';
import { buildDemo, DEMO_AS_OF } from '../../src/demo/generate.ts';
import { indicatorsOf } from '../../src/core/indicators.ts';
import { readSeedPlan } from '../fixtures/seed-plan.ts';
import { foldKey } from '../../src/core/fold.ts';
import type { ReportFile } from '../../src/demo/report-files.ts';
import type { ReportRow } from '../../src/demo/report-row.ts';

const demo = await buildDemo();
// Both seed plans carry the same template (their configuration: data/plans/<id>/plan.json).
const INDICATORS = indicatorsOf(readSeedPlan());
const reports = demo.reports;
const codeOf = (row: ReportRow) => (typeof row.schoolCode === 'string' ? row.schoolCode : row.schoolCode.raw);
const dateOf = (row: ReportRow) => (typeof row.date === 'string' ? row.date : null);
const inFolder = (folder: string) => reports.filter((r) => r.path.startsWith(`${folder}/`));
const rowsIn = (files: ReportFile[]) => files.flatMap((f) => f.rows);
/** Schools that carry a deliberate error: excluded from the consistency checks. */
const erroneous = new Set(reports.flatMap((r) => r.errors.map((e) => e.split(/[: ]/)[0] ?? '')));
const num = (row: ReportRow, id: string) => (typeof row.values[id] === 'number' ? (row.values[id] as number) : null);

describe('files', () => {
  it('are named in kebab-case ASCII, in the plan/year folders', () => {
    expect(reports.filter((r) => !/^[a-z0-9-]+\/\d{4}\/[a-z0-9]+(-[a-z0-9]+)*\.(csv|xlsx)$/.test(r.path)).map((r) => r.path)).toEqual([]);
    expect(reports.filter((r) => r.path.endsWith('.xlsx')).every((r) => r.form.workbook)).toBe(true);
    expect([...new Set(reports.map((r) => r.path.split('/').slice(0, 2).join('/')))].sort()).toEqual(['hung-yen-2026/2025', 'hung-yen-2026/2026', 'long-bien-2025/2025', 'long-bien-2025/2026']);
  });
  it('stay under 1.2 MB in all (two years of Hưng Yên: the 2025 baseline and 2026)', () => {
    const bytes = demo.files.filter((f) => f.path.startsWith('data/raw/')).reduce((n, f) => n + f.bytes.length, 0);
    expect(bytes).toBeLessThan(1200 * 1024);
  });
  it('decode and parse back to one data row per report row, with the same school codes', () => {
    for (const [i, report] of reports.entries()) {
      const bytes = demo.files.find((f) => f.path === `data/raw/${report.path}`)?.bytes ?? Buffer.alloc(0);
      const text = report.form.encoding === 'windows-1258' ? iconv.decode(bytes, 'windows1258').normalize('NFC')
        : report.form.encoding === 'utf16le' ? iconv.decode(bytes.subarray(2), 'utf16le') : bytes.toString('utf8').replace(/^\uFEFF/, '');
      // A workbook is opened with SheetJS, its first sheet as text rows.
      const book = report.form.workbook ? XLSX.read(bytes, { type: 'buffer' }) : null;
      const table = book ? XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, raw: false, defval: '', blankrows: false })
        : Papa.parse<string[]>(text, { delimiter: report.form.delimiter, skipEmptyLines: true }).data;
      const header = table.findIndex((cells) => cells.some((c) => foldKey(c) === 'ma truong'));
      expect(header, report.path).toBeGreaterThanOrEqual(report.form.titleRows.length);
      const column = table[header]?.findIndex((c) => foldKey(c) === 'ma truong') ?? -1;
      const codes = table.slice(header + 1).map((cells) => cells[column] ?? '').filter((c) => /^[0-9A-Z][0-9A-Z.+]*$/.test(c)); // not blanks, headers or signatures
      // A code typed as a number in a hand-made workbook lost its leading zero.
      const expected = report.rows.map(codeOf).map((c) => (report.form.workbook === 'own' ? c.replace(/^0+/, '') : c));
      expect(codes.map((c) => c.replace(/\.0$/, '')), `${i} ${report.path}`).toEqual(expected);
    }
  });
});

describe.each([
  { folder: 'hung-yen-2026/2025', plan: 'hung-yen-2026', minMissing: 0.02, maxMissing: 0.08 },
  { folder: 'hung-yen-2026/2026', plan: 'hung-yen-2026', minMissing: 0.05, maxMissing: 0.1 },
  { folder: 'long-bien-2025/2025', plan: 'long-bien-2025', minMissing: 0.02, maxMissing: 0.12 },
  { folder: 'long-bien-2025/2026', plan: 'long-bien-2025', minMissing: 0.02, maxMissing: 0.12 },
])('$folder', ({ folder, plan, minMissing, maxMissing }) => {
  const roster = demo.rosters[plan] ?? [];
  const rows = rowsIn(inFolder(folder));
  const clean = rows.filter((r) => !erroneous.has(codeOf(r)));
  it('misses a few schools of the roster', () => {
    const reported = new Set(rows.map(codeOf));
    const missing = roster.filter((s) => !reported.has(s.code)).length / roster.length;
    expect(missing).toBeGreaterThanOrEqual(minMissing);
    expect(missing).toBeLessThanOrEqual(maxMissing);
  });
  it('keeps every count within its denominator and every score within 0–100 (outside the deliberate errors)', () => {
    const problems: string[] = [];
    for (const row of clean) {
      for (const indicator of INDICATORS) {
        const value = num(row, indicator.id);
        if (value === null) continue;
        const denominator = indicator.denominator ? num(row, indicator.denominator) : null;
        if (denominator !== null && value > denominator) problems.push(`${codeOf(row)} ${indicator.id}`);
        if (indicator.kind === 'score' && (value < 0 || value > 100)) problems.push(`${codeOf(row)} ${indicator.id}`);
        if (value < 0) problems.push(`${codeOf(row)} ${indicator.id} negative`);
      }
    }
    expect(problems).toEqual([]);
  });
  it('has realistic sizes: staff 20–120, learners 150–2,000', () => {
    for (const row of clean) {
      expect(num(row, 'so_cbgvnv')).toBeGreaterThanOrEqual(18);
      expect(num(row, 'so_cbgvnv')).toBeLessThanOrEqual(125);
      expect(num(row, 'so_hoc_sinh')).toBeGreaterThanOrEqual(140);
      expect(num(row, 'so_hoc_sinh')).toBeLessThanOrEqual(2100);
    }
  });
  it('marks the teaching score of preschools as not applicable', () => {
    expect(rows.filter((r) => r.level === '45' && r.values['diem_cds_day_hoc'] !== 'NA')).toEqual([]);
  });
  it('has some zeros and some blank cells', () => {
    expect(rows.some((r) => Object.values(r.values).includes(0))).toBe(true);
    expect(rows.some((r) => Object.values(r.values).includes(null))).toBe(true);
  });
});

describe('report dates', () => {
  it(`dates no 2026 report after the demo's as-of date ${DEMO_AS_OF}`, () => {
    const late = rowsIn(reports.filter((r) => r.path.includes('/2026/'))).filter((r) => (dateOf(r) ?? '') > DEMO_AS_OF);
    expect(late).toEqual([]);
  });
  it('has a few Long Biên 2025 reports after the 15/12/2025 deadline, in December or January', () => {
    const late = rowsIn(inFolder('long-bien-2025/2025')).map(dateOf).filter((d): d is string => d !== null && d > '2025-12-15');
    expect(late.length).toBeGreaterThanOrEqual(2);
    expect(late.length).toBeLessThanOrEqual(5);
    expect(late.every((d) => d <= '2026-01-31')).toBe(true);
  });
});

describe('Long Biên improves from 2025 to 2026', () => {
  const before = new Map(rowsIn(inFolder('long-bien-2025/2025')).map((r) => [codeOf(r), r]));
  const after = rowsIn(inFolder('long-bien-2025/2026')).filter((r) => before.has(codeOf(r)));
  const ratios = INDICATORS.filter((i) => i.denominator);
  it.each(ratios.map((i) => ({ id: i.id, denominator: i.denominator ?? '' })))('$id / $denominator is not worse for any school', ({ id, denominator }) => {
    for (const row of after) {
      const old = before.get(codeOf(row));
      const [a, b, c, d] = [num(old!, id), num(old!, denominator), num(row, id), num(row, denominator)];
      if (a === null || b === null || c === null || d === null || b === 0 || d === 0) continue;
      expect(c / d, codeOf(row)).toBeGreaterThanOrEqual(a / b - 1e-9);
    }
  });
  it('raises the mean management score', () => {
    const mean = (rows: ReportRow[]) => rows.reduce((s, r) => s + (num(r, 'diem_cds_quan_tri') ?? 0), 0) / rows.length;
    expect(mean(after)).toBeGreaterThan(mean(after.map((r) => before.get(codeOf(r))!)) + 2);
  });
});

describe('Hưng Yên improves from the 2025 baseline to 2026', () => {
  it('scores every school that sent both years higher in 2026', () => {
    const before = new Map(rowsIn(inFolder('hung-yen-2026/2025')).map((r) => [codeOf(r), r]));
    const after = rowsIn(inFolder('hung-yen-2026/2026')).filter((r) => before.has(codeOf(r)) && !erroneous.has(codeOf(r)));
    expect(after.length).toBeGreaterThan(1000);
    const worse = after.filter((r) => (num(r, 'diem_cds_quan_tri') ?? 0) < (num(before.get(codeOf(r))!, 'diem_cds_quan_tri') ?? 0) && num(r, 'diem_cds_quan_tri') !== null && num(before.get(codeOf(r))!, 'diem_cds_quan_tri') !== null);
    expect(worse.map(codeOf)).toEqual([]);
  });
});

describe('Hưng Yên wards differ enough to rank', () => {
  it('spreads ward means of the management score over more than 15 points', () => {
    const byWard = new Map<string, number[]>();
    for (const row of rowsIn(inFolder('hung-yen-2026/2026'))) {
      const score = num(row, 'diem_cds_quan_tri');
      if (score !== null && score <= 100) byWard.set(row.wardCode, [...(byWard.get(row.wardCode) ?? []), score]);
    }
    const means = [...byWard.values()].map((s) => s.reduce((a, b) => a + b, 0) / s.length);
    expect(Math.max(...means) - Math.min(...means)).toBeGreaterThan(15);
  });
});

describe('deliberate forms', () => {
  const features = reports.flatMap((r) => r.features);
  const cases = [
    { form: 'Windows-1258 with decomposed tone marks', min: 3 },
    { form: 'UTF-8 with BOM', min: 3 },
    { form: 'UTF-16 LE with BOM, tab-separated', min: 1, max: 1 },
    { form: 'semicolons, decimal commas', min: 4 },
    { form: 'title rows, footer rows', min: 4 },
    { form: 'STT column', min: 4 },
    { form: 'headers without diacritics', min: 1, max: 1 },
    { form: 'school codes as Excel floats', min: 1, max: 1 },
    { form: 'line breaks inside header cells', min: 1 },
    { form: 'header row repeated mid-table', min: 1 },
    { form: 'columns in another order', min: 1 },
    { form: 'unknown extra column "Ghi chú"', min: 1 },
    { form: 'scores as percentages', min: 1 },
    { form: 'dates as Excel serial numbers', min: 1 },
    { form: 'a corrected report sent again', min: 2 },
  ];
  it.each(cases)('$form', ({ form, min, max }) => {
    const n = features.filter((f) => f.startsWith(form)).length;
    expect(n).toBeGreaterThanOrEqual(min);
    if (max !== undefined) expect(n).toBeLessThanOrEqual(max);
  });
  it('Windows-1258 files hold combining tone marks (0xCC, 0xEC, 0xD2, 0xDE or 0xF2)', () => {
    const files = reports.filter((r) => r.form.encoding === 'windows-1258').map((r) => demo.files.find((f) => f.path === `data/raw/${r.path}`)!.bytes);
    expect(files.every((b) => [0xcc, 0xec, 0xd2, 0xde, 0xf2].some((m) => b.includes(m)))).toBe(true);
  });
});

describe('deliberate errors', () => {
  const errors = reports.flatMap((r) => r.errors);
  const notes = reports.flatMap((r) => r.notes);
  const cases = [
    { what: 'count above denominator', found: errors.some((e) => e.includes('[count above denominator]')) },
    { what: 'score of 105', found: errors.some((e) => e.includes('105') && e.includes('[score out of range]')) },
    { what: 'school code not in the roster', found: errors.some((e) => e.includes('[unknown school]')) },
    { what: 'ward mismatch', found: errors.some((e) => e.includes('[ward mismatch]')) },
    { what: 'date that does not exist', found: errors.some((e) => e.includes('31/02/2026')) },
    { what: 'personal-data columns', found: errors.some((e) => e.includes('Số điện thoại')) },
    { what: 'inexact Excel float code', found: errors.some((e) => e.includes('E+07')) },
    { what: 'superseded duplicate (Hưng Yên)', found: notes.some((n) => n.includes('[superseded]') && n.includes('2026')) },
    { what: 'superseded duplicate (Long Biên 2025)', found: notes.some((n) => n.includes('[superseded]') && n.includes('2025')) },
    { what: 'late reports', found: notes.filter((n) => n.includes('[late]')).length >= 2 },
  ];
  it.each(cases)('$what', ({ found }) => expect(found).toBe(true));
  it('superseding rows are dated later than the rows they replace, same school and year', () => {
    for (const report of reports.filter((r) => r.path.endsWith('-bo-sung.csv'))) {
      const row = report.rows[0]!;
      const earlier = reports.flatMap((r) => (r === report ? [] : r.rows)).filter((r) => codeOf(r) === codeOf(row) && r.year === row.year);
      expect(earlier.length).toBe(1);
      expect(dateOf(row)! > dateOf(earlier[0]!)!).toBe(true);
    }
  });
});

// The report templates: written by exceljs, opened by a different real reader
// (SheetJS), and a pre-filled one filled with figures run back through the
// ingest (real DuckDB) on the e2e fixtures' plan.
import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { indicatorsOf } from '../../src/core/indicators.ts';
import { parsePlan } from '../../src/core/plan-schema.ts';
import { parseLevel } from '../../src/core/school-levels.ts';
import { parseYesNo } from '../../src/core/parse-values.ts';
import { runIngest } from '../../src/pipeline/index.ts';
import type { IngestReport } from '../../src/pipeline/index.ts';
import { isHeaderRow } from '../../src/pipeline/locate-header.ts';
import { exampleRow, LEVEL_CHOICES, templateColumns, YES_NO_CHOICES } from '../../src/site-data/template-columns.ts';
import { buildTemplateFiles, templateFileName, templateYear } from '../../src/site-data/template-files.ts';
import { templateHeaders } from '../../src/site-data/template.ts';
import { INSTRUCTIONS_SHEET, REPORT_SHEET } from '../../src/site-data/template-xlsx.ts';
import { pinZipDates } from '../../src/site-data/xlsx-bytes.ts';
import type { SiteSchool, SiteWard } from '../../src/site-data/types.ts';
import { templateLinksOf } from '../../src/components/template-links.ts';
import type { Plan } from '../../src/core/plan-schema.ts';

const fixtures = fileURLToPath(new URL('../fixtures/e2e/data', import.meta.url));
const plan = (parsePlan(JSON.parse(readFileSync(join(fixtures, 'plans/mini-2025/plan.json'), 'utf8'))) as { plan: Plan }).plan;
const INDICATORS = indicatorsOf(plan);
const roster: SiteSchool[] = readFileSync(join(fixtures, 'plans/mini-2025/schools.csv'), 'utf8').trim().split('\n').slice(1)
  .map((line) => line.split(',')).map(([code, name, level, ward]) => ({ code: code!, name: name!, level: level!, ward: ward!, states: {} }));
const wards: SiteWard[] = [{ code: '00127', name: 'Phường Phúc Lợi', type: 'Phường' }, { code: '00145', name: 'Phường Long Biên', type: 'Phường' }];
const BUILD_DATE = '2026-11-21';
const tmp = mkdtempSync(join(tmpdir(), 'template-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let files: Awaited<ReturnType<typeof buildTemplateFiles>>;
const fileOf = (name: string) => files.find((f) => f.entry.file === name)!.bytes;
const ward145 = templateFileName(plan.id, 'xlsx', wards[1], 2026);

beforeAll(async () => {
  files = await buildTemplateFiles({ plan, indicators: INDICATORS, wards, schools: roster, buildDate: BUILD_DATE });
});

/** The workbook as SheetJS reads it, with its zip entries. */
const open = (bytes: Buffer) => XLSX.read(bytes, { type: 'buffer', dense: true, cellNF: true, bookFiles: true }) as XLSX.WorkBook & { files: Record<string, { content: Uint8Array }> };
const sheetXml = (bytes: Buffer, index: number) => Buffer.from(open(bytes).files[`xl/worksheets/sheet${index}.xml`]!.content).toString('utf8');
/** Data validations of a sheet: range → [type, first formula]. */
const validations = (xml: string) => Object.fromEntries([...xml.matchAll(/<dataValidation ([^>]*)>([\s\S]*?)<\/dataValidation>/g)].map(([, attrs, body]) => [
  /sqref="([^"]+)"/.exec(attrs!)![1], [/type="([^"]+)"/.exec(attrs!)![1], /<formula1>([\s\S]*?)<\/formula1>/.exec(body!)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')],
]));

describe('the template files of a plan', () => {
  it('are a blank pair and a pre-filled pair per ward, for the build date\'s year', () => {
    expect(files.map((f) => [f.entry.file, f.entry.ward, f.entry.format, f.entry.schools, f.entry.year])).toEqual([
      ['mau-bao-cao-mini-2025.csv', null, 'csv', 0, 2026],
      ['mau-bao-cao-mini-2025.xlsx', null, 'xlsx', 0, 2026],
      ['mau-bao-cao-2026-00127-phuong-phuc-loi.csv', '00127', 'csv', 2, 2026],
      ['mau-bao-cao-2026-00127-phuong-phuc-loi.xlsx', '00127', 'xlsx', 2, 2026],
      ['mau-bao-cao-2026-00145-phuong-long-bien.csv', '00145', 'csv', 3, 2026],
      ['mau-bao-cao-2026-00145-phuong-long-bien.xlsx', '00145', 'xlsx', 3, 2026],
    ]);
    expect(files.every((f) => f.entry.bytes === f.bytes.length)).toBe(true);
    expect([templateYear(plan, '2024-05-01'), templateYear(plan, '2027-01-10'), templateYear(plan, '2031-12-31')]).toEqual([2025, 2027, 2030]);
  });

  it('are the same bytes when built again at another time of the clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2031-07-04T13:37:42Z') });
    try {
      const again = await buildTemplateFiles({ plan, indicators: INDICATORS, wards, schools: roster, buildDate: BUILD_DATE });
      expect(again.filter((f, i) => !f.bytes.equals(files[i]!.bytes)).map((f) => f.entry.file)).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('date every zip entry and the document properties with the build date', () => {
    const bytes = fileOf(ward145);
    expect(pinZipDates(bytes, new Date('2026-11-21T00:00:00Z')).equals(bytes)).toBe(true);
    expect(pinZipDates(bytes, new Date('2027-01-02T03:04:06Z')).equals(bytes)).toBe(false);
    expect(() => pinZipDates(bytes, new Date(0))).toThrow('zip dates cover 1980–2107');
    const core = Buffer.from(open(bytes).files['docProps/core.xml']!.content).toString('utf8');
    expect(core.match(/<dcterms:(created|modified)[^>]*>([^<]+)</g)).toEqual(['<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-21T00:00:00Z<', '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-21T00:00:00Z<']);
  });
});

describe('templateLinksOf', () => {
  const site = () => ({ plan, templates: files.map((f) => f.entry) });
  const cases = [
    { name: 'a ward: its pre-filled pair', ward: '00145', expected: { year: 2026, schools: 3, csv: '/mini-2025/mau-bao-cao/mau-bao-cao-2026-00145-phuong-long-bien.csv', xlsx: '/mini-2025/mau-bao-cao/mau-bao-cao-2026-00145-phuong-long-bien.xlsx' } },
    { name: 'the plan: its blank pair', ward: null, expected: { year: 2026, schools: 0, csv: '/mini-2025/mau-bao-cao/mau-bao-cao-mini-2025.csv', xlsx: '/mini-2025/mau-bao-cao/mau-bao-cao-mini-2025.xlsx' } },
    { name: 'a ward without templates: nothing', ward: '99999', expected: null },
  ];
  it.each(cases)('$name', ({ ward, expected }) => expect(templateLinksOf(site(), ward)).toEqual(expected));
  it('gives nothing for site data built before templates existed', () => expect(templateLinksOf({ plan } as never, null)).toBeNull());
});

describe('the Excel template, opened with SheetJS', () => {
  it('has the report sheet first, with the Vietnamese header row, then the instructions', () => {
    const book = open(fileOf(ward145));
    expect(book.SheetNames).toEqual([REPORT_SHEET, INSTRUCTIONS_SHEET]);
    const header = book.Sheets[REPORT_SHEET]!['!data']![0]!.map((c) => c?.v);
    expect(header).toEqual(templateHeaders(plan));
  });

  it('fills in the ward\'s roster schools, codes as text with their leading zeros, the year, and leaves figures and date blank', () => {
    const rows = XLSX.utils.sheet_to_json<unknown[]>(open(fileOf(ward145)).Sheets[REPORT_SHEET]!, { header: 1, raw: true, defval: null });
    const expected = roster.filter((s) => s.ward === '00145').map((s) => [2026, s.code, s.name, { '1': 'Tiểu học', '2': 'THCS', '45': 'Mầm non' }[s.level], s.ward]);
    expect(rows.slice(1).map((r) => r.slice(0, 5))).toEqual(expected);
    expect(rows.slice(1).every((r) => r.slice(5).every((cell) => cell === null))).toBe(true);
    const data = open(fileOf(ward145)).Sheets[REPORT_SHEET]!['!data']!;
    expect([data[1]![1], data[1]![4]].map((c) => [c?.t, c?.v, c?.z])).toEqual([['s', '01000001', '@'], ['s', '00145', '@']]);
  });

  it('formats the code, name, ward and date columns as Text for the rows to be typed', () => {
    const xml = sheetXml(fileOf(templateFileName(plan.id, 'xlsx')), 1);
    const styled = [...xml.matchAll(/<col min="(\d+)" max="(\d+)"[^>]*style="\d+"/g)].flatMap(([, a, b]) => Array.from({ length: Number(b) - Number(a) + 1 }, (_, i) => Number(a) + i));
    expect(styled).toEqual([2, 3, 5, 6]);
  });

  it('offers drop-down lists for yes/no and level, and checks years, ward codes, counts and scores', () => {
    const columns = templateColumns(INDICATORS);
    const letter = (id: string) => XLSX.utils.encode_col(columns.findIndex((c) => c.id === id));
    const found = validations(sheetXml(fileOf(ward145), 1));
    const last = 1 + 3 + 2000;
    expect(found[`${letter('co_ke_hoach')}2:${letter('co_ke_hoach')}${last}`]).toEqual(['list', '"Có,Không"']);
    expect(found[`${letter('co_phan_loai_rac')}2:${letter('co_phan_loai_rac')}${last}`]).toEqual(['list', '"Có,Không"']);
    expect(found[`D2:D${last}`]).toEqual(['list', '"Tiểu học,THCS,THPT,Mầm non,Nhà trẻ,Mẫu giáo,GDTX,TH&THCS,THCS&THPT,Liên cấp TH-THCS-THPT"']);
    expect(found[`A2:A${last}`]).toEqual(['whole', '2025']);
    expect(found[`E2:E${last}`]).toEqual(['textLength', '5']);
    expect(found[`${letter('so_hoc_sinh')}2:${letter('so_hoc_sinh')}${last}`]).toEqual(['whole', '0']);
    expect(found[`${letter('diem_cds_day_hoc')}2:${letter('diem_cds_day_hoc')}${last}`]).toEqual(['decimal', '0']);
    expect(Object.keys(found)).toHaveLength(1 + 1 + 1 + INDICATORS.length);
  });

  it('offers only choices the rules read back', () => {
    expect(LEVEL_CHOICES.map(parseLevel)).toEqual(['1', '2', '3', '45', '4', '5', '6', '12', '23', '123']);
    expect(YES_NO_CHOICES.map((c) => parseYesNo(c))).toEqual([{ ok: true, value: { status: 'value', value: 1 } }, { ok: true, value: { status: 'value', value: 0 } }]);
  });

  it('explains every column on the instructions sheet, in no row the ingest could take for a header', () => {
    const rows = XLSX.utils.sheet_to_json<string[]>(open(fileOf(ward145)).Sheets[INSTRUCTIONS_SHEET]!, { header: 1, defval: '' });
    expect(rows.some((r) => isHeaderRow(r))).toBe(false);
    const columns = templateColumns(INDICATORS);
    for (const [i, column] of columns.entries()) {
      const row = rows.find((r) => r[1] === column.header);
      expect(row, column.id).toBeDefined();
      expect(row![0]).toBe(`Cột ${XLSX.utils.encode_col(i)}`);
      expect(row![4]!.length, column.id).toBeGreaterThan(20);
      expect(row![6], column.id).toContain(column.labelEn);
    }
    expect(rows.find((r) => r[2] === 'cap_hoc')![4]).toContain('12, 23, 123');
  });
});

describe('a filled-in template through the ingest', () => {
  let report: IngestReport;
  beforeAll(async () => {
    const dataDir = join(tmp, 'data');
    cpSync(join(fixtures, 'plans'), join(dataDir, 'plans'), { recursive: true });
    cpSync(join(fixtures, 'reference'), join(dataDir, 'reference'), { recursive: true });
    // The template page's example school, so its example row can be sent too.
    appendFileSync(join(dataDir, 'plans/mini-2025/schools.csv'), '01000101,Trường Tiểu học Gia Thụy,1,00145\n');
    const raw = join(dataDir, 'raw/mini-2025/2026');
    mkdirSync(raw, { recursive: true });
    const columns = templateColumns(INDICATORS);
    const figures = exampleRow(columns).slice(6);

    // The officer opens the ward's workbook, types the figures and the date, saves.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fileOf(ward145) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(REPORT_SHEET)!;
    for (let r = 2; r <= 4; r++) {
      sheet.getCell(r, 6).value = '18/11/2026';
      figures.forEach((text, i) => {
        const kind = columns[6 + i]!.kind;
        sheet.getCell(r, 7 + i).value = kind === 'yesno' ? text : Number(text.replace('.', '').replace(',', '.'));
      });
    }
    writeFileSync(join(raw, 'phuong-long-bien.xlsx'), Buffer.from(await workbook.xlsx.writeBuffer()));

    // The other ward fills in its CSV (as a text editor would: figures after the identity cells).
    const csv = Papa.parse<string[]>(fileOf(templateFileName(plan.id, 'csv', wards[0], 2026)).toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const filled = [csv[0]!, ...csv.slice(1).map((cells) => [...cells.slice(0, 5), '17/11/2026', ...figures])];
    writeFileSync(join(raw, 'phuong-phuc-loi.csv'), `\uFEFF${Papa.unparse(filled)}\r\n`);
    writeFileSync(join(raw, 'vi-du.csv'), `\uFEFF${Papa.unparse([columns.map((c) => c.header), exampleRow(columns).map((c, i) => (i === 5 ? '18/11/2026' : c))])}\r\n`);

    await runIngest({ dataDir, outDir: join(tmp, 'out'), buildDate: BUILD_DATE });
    report = JSON.parse(readFileSync(join(tmp, 'out/mini-2025/ingest-report.json'), 'utf8')) as IngestReport;
  });

  it('accepts every pre-filled school and the example row, with no error', () => {
    expect(report.files.map((f) => [f.file.split('/').pop(), f.sheet, f.rows_read, f.accepted])).toEqual([
      ['phuong-long-bien.xlsx', REPORT_SHEET, 3, 3],
      ['phuong-phuc-loi.csv', null, 2, 2],
      ['vi-du.csv', null, 1, 1],
    ]);
    expect(report.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
    expect(report.problems.map((p) => p.code)).toEqual([]);
  });
});

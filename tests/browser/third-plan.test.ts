// Issue 7.1: a third plan with indicators of its own (tests/fixtures/third-plan.ts)
// goes through the real entry points, `npm run data` then `npm run build`
// (astro), into a scratch folder, with no code change: its template page, blank
// CSV, data dictionary and school pages show its own columns. About 10 s.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { THIRD_PLAN_ID, writeThirdPlanData } from '../fixtures/third-plan.ts';

const root = mkdtempSync(join(tmpdir(), 'third-plan-site-'));
const dist = join(root, 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed (exit ${result.status}):\n${`${result.stdout}\n${result.stderr}`.split('\n').slice(-30).join('\n')}`);
}

beforeAll(() => {
  const data = writeThirdPlanData(root);
  const env = { SITE_PLANS_DIR: join(data, 'plans'), SITE_DATA_IN: join(root, 'out'), SITE_DATA_OUT: join(root, 'site'), BASE_PATH: '/' };
  run(['scripts/ingest.ts', '--data', data, '--out', join(root, 'out'), '--build-date', '2026-11-21']);
  run(['scripts/build-site.ts', '--build-date', '2026-11-21', '--outDir', dist], env);
});

const page = (path: string) => parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document;
const rows = (document: Document, caption: string) => {
  const table = [...document.querySelectorAll('main table')].find((t) => t.querySelector('caption')?.textContent?.startsWith(caption));
  return [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.children].map((cell) => cell.textContent?.trim() ?? ''));
};

describe('issue 7.1: the third plan\'s pages, built by astro', () => {
  it('its template page lists its own columns, with unit, rule, levels and accepted spellings', () => {
    expect(rows(page(`${THIRD_PLAN_ID}/mau-bao-cao`), 'Các cột số liệu')).toEqual([
      ['Tổng số trẻ', 'so_tre', 'số lượng', 'trẻ', '', 'Nhà trẻ, Mẫu giáo', ''],
      ['Số trẻ biết bơi', 'so_tre_biet_boi', 'số lượng', 'trẻ', 'không lớn hơn “Tổng số trẻ”', 'Nhà trẻ, Mẫu giáo', 'Trẻ biết bơi'],
      ['Có vườn rau của trường', 'co_vuon_rau', 'có/không', '', '', 'Mọi cấp học', ''],
      ['Điểm an toàn trường học', 'diem_an_toan', 'điểm 0–100', 'điểm', '', 'Mọi cấp học', ''],
    ]);
    expect(rows(page(`en/${THIRD_PLAN_ID}/mau-bao-cao`), 'Indicator columns')[1]!.slice(0, 5)).toEqual(['Số trẻ biết bơi — Children who can swim', 'so_tre_biet_boi', 'count', 'children', 'not more than “Tổng số trẻ”']);
  });

  it('its blank CSV holds the identity and its own headers', () => {
    const csv = readFileSync(join(dist, THIRD_PLAN_ID, 'mau-bao-cao', `mau-bao-cao-${THIRD_PLAN_ID}.csv`), 'utf8');
    expect(csv).toBe('\ufeffNăm báo cáo,Mã trường,Tên trường,Cấp học,Mã xã/phường,Ngày báo cáo,Tổng số trẻ,Số trẻ biết bơi,Có vườn rau của trường,Điểm an toàn trường học\r\n');
    expect(page('mau-bao-cao').querySelector(`main a[href="/${THIRD_PLAN_ID}/mau-bao-cao/"]`)?.textContent).toBe('Trường học xanh 2026–2027');
  });

  it('its data dictionary and measures name its own indicators', () => {
    const data = page(`${THIRD_PLAN_ID}/du-lieu`);
    expect(rows(data, 'Các cột số liệu của kế hoạch').map((r) => r[0])).toEqual(['so_tre', 'so_tre_biet_boi', 'co_vuon_rau', 'diem_an_toan']);
    expect(rows(data, 'Cách tính').map((r) => r.slice(0, 4))).toEqual([
      ['Tỷ lệ trẻ biết bơi', 'ratio', 'Số trẻ biết bơi (so_tre_biet_boi)', 'Tổng số trẻ (so_tre)'],
      ['Tỷ lệ trường có vườn rau', 'share-yes', 'Có vườn rau của trường (co_vuon_rau)', '—'],
      ['Điểm an toàn trung bình', 'mean', 'Điểm an toàn trường học (diem_an_toan)', '—'],
    ]);
  });

  it('a school page lists the cells of its level: a preschool all four, a primary school the two that apply', () => {
    expect(rows(page(`${THIRD_PLAN_ID}/truong/01000101`), 'Số liệu báo cáo năm 2026')).toEqual([
      ['Tổng số trẻ', 'so_tre', '100'], ['Số trẻ biết bơi', 'so_tre_biet_boi', '60'], ['Có vườn rau của trường', 'co_vuon_rau', 'Có'], ['Điểm an toàn trường học', 'diem_an_toan', '80'],
    ]);
    expect(rows(page(`${THIRD_PLAN_ID}/truong/01000103`), 'Số liệu báo cáo năm 2026')).toEqual([['Có vườn rau của trường', 'co_vuon_rau', 'Không'], ['Điểm an toàn trường học', 'diem_an_toan', '70']]);
    expect(existsSync(join(dist, THIRD_PLAN_ID, 'tieu-chi', 'truong-xanh', 'index.html'))).toBe(true);
  });
});

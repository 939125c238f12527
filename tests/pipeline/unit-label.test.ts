// Issue 7.4: a message that gives a ward or a school by code names it too, where
// the message is composed (validate-row), for every code that carries one:
// ward-mismatch (both wards), ward-not-in-roster (from the 2025 list of the
// plan's province), excel-number-code (the recovered school or ward). The
// check page composes the same text from its check data (two-paths test).
import { describe, it, expect, beforeAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkFiles, type PlanChecks } from '../../src/pipeline/check-files.ts';
import { buildCheckData, loadedPlanOf } from '../../src/pipeline/check-data.ts';
import { loadPlan, loadWardReference } from '../../src/pipeline/load-plan.ts';
import { labelSchool, labelWard } from '../../src/pipeline/unit-label.ts';

const dataDir = fileURLToPath(new URL('../fixtures/e2e/data', import.meta.url));
let checks: PlanChecks;
beforeAll(async () => {
  const reference = await loadWardReference(dataDir, dataDir);
  if (!('wards' in reference)) throw new Error('reference');
  const loaded = await loadPlan(dataDir, dataDir, 'mini-2025', reference.wards);
  if (!('loaded' in loaded)) throw new Error(loaded.problems.join('\n'));
  checks = { loaded: loaded.loaded, buildDate: '2026-11-21' };
});

const HEADER = 'Năm báo cáo,Mã trường,Tên trường,Cấp học,Mã xã/phường,Ngày báo cáo';
const messageOf = (row: string, code: string) => {
  const result = checkFiles([{ file: 'x.csv', folderYear: null, bytes: new TextEncoder().encode(`${HEADER}\n${row}\n`) }], checks);
  const problem = result.problems.find((p) => p.code === code);
  return problem && `${problem.message_vi} / ${problem.message_en}`;
};

describe('messages name wards and schools', () => {
  it.each([
    { code: 'ward-mismatch', row: '2026,01000001,Trường Tiểu học Gia Thụy,1,00127,10/11/2026', wards: ['00145', '00127'] },
    { code: 'ward-not-in-roster', row: '2026,01000001,Trường Tiểu học Gia Thụy,1,00070,10/11/2026', wards: ['00070'] },
    { code: 'excel-number-code', row: '2026,1000001,Trường Tiểu học Gia Thụy,1,00145,10/11/2026', schools: ['01000001'] },
  ])('$code', ({ code, row, wards = [], schools = [] }) => {
    const message = messageOf(row, code)!;
    expect(message).toBeDefined();
    for (const ward of wards) {
      const label = labelWard(checks.loaded, ward);
      expect(label, 'the ward has a name').not.toBe(ward);
      expect(message.split(label).length - 1, `${label} in both languages`).toBe(code === 'ward-not-in-roster' ? 0 : 2);
      const name = label.replace(/ \(\d+\)$/, '');
      expect(message).toContain(name);
    }
    for (const school of schools) expect(message.split(labelSchool(checks.loaded, school)).length - 1).toBe(2);
  });
  it('the pinned example: "Xã Tiền Hải (12970) … Xã Đông Tiền Hải (12988)"', async () => {
    const root = fileURLToPath(new URL('../../data', import.meta.url));
    const reference = await loadWardReference(root, root);
    if (!('wards' in reference)) throw new Error('reference');
    const loaded = await loadPlan(root, root, 'hung-yen-2026', reference.wards);
    if (!('loaded' in loaded)) throw new Error(loaded.problems.join('\n'));
    const bytes = new TextEncoder().encode(`${HEADER}\n2026,33340047,Trường THCS Tiền Hải,2,12988,10/11/2026\n`);
    const shipped = loadedPlanOf(JSON.parse(JSON.stringify(buildCheckData(loaded.loaded))));
    for (const plan of [loaded.loaded, shipped]) {
      const problem = checkFiles([{ file: 'x.csv', folderYear: null, bytes }], { loaded: plan, buildDate: '2026-11-21' }).problems.find((p) => p.code === 'ward-mismatch')!;
      expect(problem.message_vi).toBe('Trường thuộc Xã Tiền Hải (12970) theo danh sách, nhưng báo cáo ghi Xã Đông Tiền Hải (12988)');
      expect(problem.value).toBe('12988');
    }
  });
  it('a code no list knows stays a code', () => {
    expect(labelWard(checks.loaded, '99999')).toBe('99999');
    expect(labelSchool(checks.loaded, '99999999')).toBe('99999999');
  });
});

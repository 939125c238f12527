// The communes/wards a demo plan covers: read from the 2025 reference list
// (data/reference/wards-2025.csv) in the plan's order, and the plan file itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parsePlan, type Plan } from '../core/plan-schema.ts';

export interface Ward {
  code: string;
  /** Full name with its type, e.g. "Phường Phố Hiến". */
  name: string;
  /** The name without "Phường"/"Xã", e.g. "Phố Hiến". */
  shortName: string;
  type: 'Phường' | 'Xã';
  provinceCode: string;
  provinceName: string;
}

/** Parse the reference list (header ma_tinh,ten_tinh,ma_xa,ten_xa,loai). */
export function parseWardList(csv: string): Ward[] {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  return parsed.data.map((row) => {
    const name = (row['ten_xa'] ?? '').normalize('NFC');
    const type = row['loai'] === 'Phường' ? 'Phường' : 'Xã';
    return {
      code: row['ma_xa'] ?? '',
      name,
      shortName: name.replace(/^(Phường|Xã)\s+/, ''),
      type,
      provinceCode: row['ma_tinh'] ?? '',
      provinceName: (row['ten_tinh'] ?? '').normalize('NFC'),
    };
  });
}

/** Format wards back into the reference list's CSV form. */
export function formatWardList(wards: readonly Ward[]): string {
  const lines = ['ma_tinh,ten_tinh,ma_xa,ten_xa,loai'];
  for (const w of wards) lines.push([w.provinceCode, w.provinceName, w.code, w.name, w.type].join(','));
  return lines.join('\n') + '\n';
}

/** Read and validate a plan file; throws with the schema's problems. */
export function readPlan(dataDir: string, planId: string): Plan {
  const raw: unknown = JSON.parse(readFileSync(join(dataDir, 'plans', planId, 'plan.json'), 'utf8'));
  const result = parsePlan(raw);
  if ('problems' in result) throw new Error(`invalid plan ${planId}: ${result.problems.join('; ')}`);
  return result.plan;
}

/** The plan's wards, in the plan's order, looked up in the reference list. */
export function readPlanWards(dataDir: string, plan: Plan): Ward[] {
  const all = parseWardList(readFileSync(join(dataDir, 'reference', 'wards-2025.csv'), 'utf8'));
  const byCode = new Map(all.map((w) => [w.code, w]));
  return plan.wards.map((code) => {
    const ward = byCode.get(code);
    if (!ward) throw new Error(`plan ${plan.id}: ward ${code} is not in the reference list`);
    return ward;
  });
}

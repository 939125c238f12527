// Stage 0, configuration: data/plans/<id>/plan.json (parsePlan), its roster
// schools.csv and the plan's wards from data/reference/wards-2025.csv in; a
// checked plan out, or friendly "path:line: message" lines that stop the plan.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parsePlan } from '../core/plan-schema.ts';
import type { Plan } from '../core/plan-schema.ts';
import { LEVELS } from '../core/school-levels.ts';

export interface RosterSchool {
  code: string;
  name: string;
  level: string;
  ward: string;
}

export interface Ward {
  code: string;
  name: string;
  type: string;
  provinceCode: string;
  provinceName: string;
}

export interface LoadedPlan {
  plan: Plan;
  schools: RosterSchool[];
  roster: Map<string, RosterSchool>;
  wards: Ward[];
  /** Names of the 2025 list's communes and wards in the plan's province, by code: a message names a ward outside the plan too. Default none. */
  provinceWards?: ReadonlyMap<string, string>;
}

async function readText(path: string): Promise<string | null> {
  try {
    return (await readFile(path, 'utf8')).replace(/^\ufeff/, '').normalize('NFC');
  } catch {
    return null;
  }
}

/** Rows of a UTF-8 CSV with its header, each with its 1-based line. */
function readCsvRecords(text: string): { header: string[]; rows: { line: number; cells: string[] }[] } {
  const data = Papa.parse<string[]>(text.replace(/\r\n?/g, '\n').trimEnd(), { delimiter: ',', newline: '\n' }).data;
  const [header = [], ...rest] = data;
  return { header: header.map((h) => h.trim()), rows: rest.map((cells, i) => ({ line: i + 2, cells: cells.map((c) => c.trim()) })) };
}

/** The 2025 national ward list, by ward code. */
export async function loadWardReference(dataDir: string, shown: string): Promise<{ wards: Map<string, Ward> } | { problems: string[] }> {
  const name = `${shown}/reference/wards-2025.csv`;
  const text = await readText(join(dataDir, 'reference', 'wards-2025.csv'));
  if (text === null) return { problems: [`${name}: cannot be read / không đọc được`] };
  const { header, rows } = readCsvRecords(text);
  if (header.join(',') !== 'ma_tinh,ten_tinh,ma_xa,ten_xa,loai') return { problems: [`${name}:1: header must be ma_tinh,ten_tinh,ma_xa,ten_xa,loai`] };
  const wards = new Map<string, Ward>();
  for (const { cells } of rows) {
    const [provinceCode = '', provinceName = '', code = '', wardName = '', type = ''] = cells;
    wards.set(code, { code, name: wardName, type, provinceCode, provinceName });
  }
  return { wards };
}

/** Load and check one plan. `shown` is the data folder as the user wrote it, for messages. */
export async function loadPlan(dataDir: string, shown: string, planId: string, reference: Map<string, Ward>): Promise<{ loaded: LoadedPlan } | { problems: string[] }> {
  const planName = `${shown}/plans/${planId}/plan.json`;
  const planText = await readText(join(dataDir, 'plans', planId, 'plan.json'));
  if (planText === null) return { problems: [`${planName}: cannot be read / không đọc được`] };
  let json: unknown;
  try {
    json = JSON.parse(planText);
  } catch (error) {
    return { problems: [`${planName}: not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = parsePlan(json);
  if ('problems' in parsed) return { problems: parsed.problems.map((line) => `${planName}: ${line}`) };
  const plan = parsed.plan;
  const problems: string[] = [];
  if (plan.id !== planId) problems.push(`${planName}: id: must equal the folder name "${planId}"`);

  const wards: Ward[] = [];
  plan.wards.forEach((code, i) => {
    const ward = reference.get(code);
    if (!ward) problems.push(`${planName}: wards.${i}: "${code}" is not in ${shown}/reference/wards-2025.csv`);
    else wards.push(ward);
  });

  const rosterName = `${shown}/plans/${planId}/schools.csv`;
  const rosterText = await readText(join(dataDir, 'plans', planId, 'schools.csv'));
  const schools: RosterSchool[] = [];
  const roster = new Map<string, RosterSchool>();
  if (rosterText === null) problems.push(`${rosterName}: cannot be read / không đọc được`);
  else {
    const { header, rows } = readCsvRecords(rosterText);
    if (header.join(',') !== 'ma_truong,ten_truong,cap_hoc,ma_xa') problems.push(`${rosterName}:1: header must be ma_truong,ten_truong,cap_hoc,ma_xa`);
    else {
      const planWards = new Set(plan.wards);
      // Excel drops a code's leading zeros and the ingest pads them back, so
      // "01004011" and "1004011" would be the same school in a report.
      const byStripped = new Map<string, { code: string; line: number }>();
      for (const { line, cells } of rows) {
        if (cells.every((c) => c === '')) continue;
        const [code = '', name = '', level = '', ward = ''] = cells;
        const at = `${rosterName}:${line}`;
        const stripped = code.replace(/^0+(?=.)/, '');
        const twin = byStripped.get(stripped);
        if (!/^[0-9A-Z]+$/.test(code)) problems.push(`${at}: ma_truong "${code}" is not a school code`);
        else if (roster.has(code)) problems.push(`${at}: ma_truong "${code}" is listed twice`);
        else if (twin) problems.push(`${at}: ma_truong "${code}" and "${twin.code}" (line ${twin.line}) differ only in leading zeros, which Excel drops: a report could not tell them apart; give each school its own code`);
        else byStripped.set(stripped, { code, line });
        if (name === '') problems.push(`${at}: ten_truong is empty`);
        if (!(level in LEVELS)) problems.push(`${at}: cap_hoc "${level}" is not a level code (${Object.keys(LEVELS).join(', ')})`);
        if (!planWards.has(ward)) problems.push(`${at}: ma_xa "${ward}" is not one of the plan's wards`);
        const school = { code, name, level, ward };
        if (!roster.has(code)) roster.set(code, school);
        schools.push(school);
      }
    }
  }
  if (problems.length > 0) return { problems };
  schools.sort((a, b) => (a.code < b.code ? -1 : 1));
  wards.sort((a, b) => (a.code < b.code ? -1 : 1));
  const provinceWards = new Map([...reference.values()].filter((w) => w.provinceCode === plan.province).map((w) => [w.code, w.name]));
  return { loaded: { plan, schools, roster, wards, provinceWards } };
}

// A plain-text summary of the generated demo data: counts per plan and year,
// and what each file deliberately exercises (forms, errors, notes).
import type { DemoData } from './generate.ts';

export function summarizeDemo(demo: DemoData): string {
  const lines: string[] = [];
  for (const [planId, roster] of Object.entries(demo.rosters)) {
    const levels = new Map<string, number>();
    for (const s of roster) levels.set(s.level, (levels.get(s.level) ?? 0) + 1);
    const wards = new Set(roster.map((s) => s.wardCode)).size;
    lines.push(`${planId}: roster ${roster.length} schools in ${wards} wards (${[...levels].map(([l, n]) => `${l}: ${n}`).join(', ')})`);
    const years = [...new Set(demo.reports.filter((r) => r.path.startsWith(`${planId}/`)).map((r) => r.path.split('/')[1]))];
    for (const year of years) {
      const files = demo.reports.filter((r) => r.path.startsWith(`${planId}/${year}/`));
      const rows = files.reduce((n, f) => n + f.rows.length, 0);
      const schools = new Set(files.flatMap((f) => f.rows.map((r) => (typeof r.schoolCode === 'string' ? r.schoolCode : r.schoolCode.raw))));
      const onRoster = roster.filter((s) => schools.has(s.code)).length;
      lines.push(`  ${year}: ${files.length} files, ${rows} rows, ${onRoster} of ${roster.length} roster schools reported (${roster.length - onRoster} missing)`);
    }
  }
  const featureCounts = new Map<string, number>();
  for (const f of demo.reports.flatMap((r) => r.features)) featureCounts.set(f, (featureCounts.get(f) ?? 0) + 1);
  lines.push('', 'Forms (number of files):');
  for (const [feature, n] of [...featureCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) lines.push(`  ${n} × ${feature}`);
  const rare = (f: string) => (featureCounts.get(f) ?? 0) <= 3;
  lines.push('', 'Files with deliberate errors, notes or rare forms:');
  for (const report of demo.reports) {
    const parts = [...report.features.filter(rare).map((f) => `form: ${f}`), ...report.errors.map((e) => `ERROR: ${e}`), ...report.notes.map((n) => `note: ${n}`)];
    if (parts.length === 0) continue;
    lines.push(`  ${report.path} (${report.rows.length} rows)`);
    for (const part of parts) lines.push(`    - ${part}`);
  }
  return lines.join('\n');
}

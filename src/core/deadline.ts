// A plan's yearly deadline as a date. Apart from plan-schema.ts (zod) so the
// browser's checks (validate-row, build-report) carry no schema library.
// Runs in Node and the browser.

/** The deadline for reports on `reportYear`, as YYYY-MM-DD. */
export function deadlineOf(plan: { deadline: { month: number; day: number } }, reportYear: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${reportYear}-${pad(plan.deadline.month)}-${pad(plan.deadline.day)}`;
}

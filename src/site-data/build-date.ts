// The site's build date comes from the ingest: the ingest decided "late",
// "not yet due" and "dated after the build" on its own build date, so pages
// built on another date would contradict its report (ingest at 2026-12-10,
// build at 2027-01-20: "99 not yet due" in the report, "99 not reported" on
// the pages). In: a build date asked for (or none) and each plan's ingest
// date. Out: the one date, or an error saying what to run.

export interface IngestDate {
  plan: string;
  /** build_date of out/data/<plan>/ingest-report.json, or null when the report has none. */
  date: string | null;
}

export function resolveSiteBuildDate(asked: string | undefined, ingests: readonly IngestDate[]): string {
  const dates = [...new Set(ingests.map((i) => i.date).filter((d): d is string => d !== null))].sort();
  if (dates.length > 1) {
    const list = ingests.map((i) => `${i.plan} ${i.date ?? '?'}`).join(', ');
    throw new Error(
      `các kế hoạch được nhập liệu vào những ngày khác nhau (${list}): chạy lại npm run data cho mọi kế hoạch với cùng --build-date / ` +
        `the plans were ingested on different build dates (${list}): run npm run data again for every plan with one --build-date`,
    );
  }
  const ingest = dates[0];
  if (asked && ingest && asked !== ingest) {
    throw new Error(
      `ngày dựng trang ${asked} khác ngày nhập liệu ${ingest} (out/data/*/ingest-report.json): chạy npm run data -- --build-date ${asked}, hoặc dựng trang với --build-date ${ingest} / ` +
        `the site's build date ${asked} differs from the ingest's ${ingest}: run npm run data -- --build-date ${asked}, or build with --build-date ${ingest}`,
    );
  }
  const date = asked ?? ingest;
  if (!date) throw new Error('không có ngày nhập liệu trong ingest-report.json: chạy npm run data trước / no build date: the ingest reports name none; run npm run data first');
  return date;
}

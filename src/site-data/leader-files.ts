// The leaders' downloads (issue 6, items 5 and 8), built by the site-data step:
// the commendation shortlist, and the aggregated figures per ward and
// per school (aggregate-files.ts), each as CSV and XLSX (table-files.ts). In: the plan's SiteData
// and schools.json, the build date. Out: each file's entry and bytes.
import { schoolTable, wardTable } from './aggregate-files.ts';
import { shortlistTable } from './shortlist-file.ts';
import { tableCsv, tableXlsx, type TableFile } from './table-files.ts';
import type { DownloadFile, SchoolDetail, SiteData } from './types.ts';

export async function buildLeaderFiles(site: SiteData, details: Record<string, SchoolDetail>): Promise<{ entry: DownloadFile; bytes: Buffer }[]> {
  const date = new Date(`${site.buildDate}T00:00:00Z`);
  const tables: { name: string; table: TableFile }[] = [
    { name: 'de-xuat-khen-thuong', table: shortlistTable(site, details) },
    { name: 'so-lieu-theo-xa-phuong', table: wardTable(site) },
    { name: 'so-lieu-theo-truong', table: schoolTable(site, details) },
  ];
  const files: { entry: DownloadFile; bytes: Buffer }[] = [];
  for (const { name, table } of tables) {
    const csv = Buffer.from(tableCsv(table), 'utf8');
    const xlsx = await tableXlsx(table, date);
    files.push({ entry: { file: `${name}.csv`, table: name, format: 'csv', bytes: csv.length }, bytes: csv });
    files.push({ entry: { file: `${name}.xlsx`, table: name, format: 'xlsx', bytes: xlsx.length }, bytes: xlsx });
  }
  return files;
}

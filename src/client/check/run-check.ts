// The check itself, loaded by check-page.ts as soon as the page has loaded
// (so no request is made once a file is dropped): the files' bytes in, the
// ingest's checks run on them (checkFiles, with the plan's check data), the
// results laid out into `results`. Nothing is sent anywhere.
import { resolveBuildDate } from '../../core/build-date.ts';
import type { Lang } from '../../i18n/index.ts';
import { loadedPlanOf, type CheckData } from '../../pipeline/check-data.ts';
import { checkFiles, type SourceFile } from '../../pipeline/check-files.ts';
import { buildCheckView } from './check-view.ts';
import { buildCorrectedFile, type CorrectedFile } from './corrected-file.ts';
import { renderCheck } from './render-check.ts';

export interface Checker {
  /** Check the files and show the result; resolves with the counts the status line announces. */
  check(files: readonly File[], folderYear: number | null, results: HTMLElement): Promise<{ files: number; errors: number; warnings: number }>;
  /** Today's date in Asia/Ho_Chi_Minh: reports dated later are rejected, as the build rejects reports dated after it. */
  today: string;
}

/** Names made unique, so two dropped files called "bao-cao.csv" keep their problems apart. */
function uniqueNames(files: readonly File[]): string[] {
  const seen = new Map<string, number>();
  return files.map((file) => {
    const count = (seen.get(file.name) ?? 0) + 1;
    seen.set(file.name, count);
    return count === 1 ? file.name : `${file.name} (${count})`;
  });
}

export function createChecker(data: CheckData, lang: Lang): Checker {
  const loaded = loadedPlanOf(data);
  const today = resolveBuildDate({});
  let urls: string[] = [];
  return {
    today,
    async check(files, folderYear, results) {
      const names = uniqueNames(files);
      const sources: SourceFile[] = await Promise.all(files.map(async (file, i) => ({ file: names[i]!, folderYear, bytes: new Uint8Array(await file.arrayBuffer()) })));
      const started = performance.now();
      const result = checkFiles(sources, { loaded, buildDate: today });
      const view = buildCheckView(result, data.plan, lang);
      const corrected = new Map<string, CorrectedFile | null>(result.reads.map((read) => [read.file, buildCorrectedFile(read, loaded, result.problems)]));
      for (const url of urls) URL.revokeObjectURL(url);
      urls = [];
      const linkTo = (file: CorrectedFile) => {
        const url = URL.createObjectURL(new Blob([file.text], { type: 'text/csv;charset=utf-8' }));
        urls.push(url);
        return url;
      };
      results.replaceChildren(renderCheck(view, { lang, corrected, linkTo }));
      performance.measure('check:run', { start: started, end: performance.now() });
      return { files: view.files.length, errors: view.errors, warnings: view.warnings };
    },
  };
}

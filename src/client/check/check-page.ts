// The check page's script (/<plan>/kiem-tra/): enables the form (drawn in
// place but disabled, so nothing moves; hidden by CSS without JavaScript,
// where the page explains how to check by hand), loads the plan's check data
// and the checker right after the page loads, then checks every file picked
// or dropped, in the browser. Marks the form data-state="ready" once nothing
// more needs to be fetched: from then on a check makes no request.
import type { Lang } from '../../i18n/index.ts';
import { tc } from '../../i18n/check.ts';
import { formatNumber } from '../../i18n/format-number.ts';
import type { CheckData } from '../../pipeline/check-data.ts';
import type { Checker } from './run-check.ts';

const form = document.querySelector<HTMLFormElement>('form[data-check]');
if (form) start(form);

function start(form: HTMLFormElement): void {
  const lang: Lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
  const input = form.querySelector<HTMLInputElement>('input[type=file]')!;
  const year = form.querySelector<HTMLSelectElement>('select[name=year]')!;
  const drop = form.querySelector<HTMLElement>('[data-drop]')!;
  const status = document.querySelector<HTMLElement>('[data-check-status]')!;
  const results = document.querySelector<HTMLElement>('[data-check-results]')!;
  const fieldset = form.querySelector('fieldset')!;

  const ready: Promise<Checker> = Promise.all([
    fetch(form.dataset.checkData!).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<CheckData>;
    }),
    import('./run-check.ts'),
  ]).then(([data, module]) => module.createChecker(data, lang));

  ready.then(
    (checker) => {
      fieldset.disabled = false;
      form.dataset.today = checker.today;
      form.dataset.state = 'ready';
      status.textContent = tc(lang, 'check.ready');
    },
    (error: unknown) => {
      form.dataset.state = 'failed';
      status.textContent = tc(lang, 'check.failed', { reason: error instanceof Error ? error.message : String(error) });
    },
  );

  let last: readonly File[] = [];
  const run = async (files: readonly File[]) => {
    if (files.length === 0) return;
    last = files;
    const checker = await ready;
    form.dataset.state = 'checking';
    status.textContent = tc(lang, 'check.checking', { count: files.length });
    const folderYear = year.value === '' ? null : Number(year.value);
    try {
      const counts = await checker.check(files, folderYear, results);
      status.textContent = tc(lang, 'check.done', { files: formatNumber(lang, counts.files), errors: formatNumber(lang, counts.errors), warnings: formatNumber(lang, counts.warnings) });
      results.querySelector<HTMLElement>('h2')?.focus();
      // How many checks have finished: tests and the bench wait on it.
      form.dataset.checked = String(Number(form.dataset.checked ?? '0') + 1);
    } catch (error) {
      status.textContent = tc(lang, 'check.failed', { reason: error instanceof Error ? error.message : String(error) });
    } finally {
      form.dataset.state = 'ready';
    }
  };

  input.addEventListener('change', () => void run([...(input.files ?? [])]));
  year.addEventListener('change', () => void run(last));
  form.addEventListener('submit', (event) => event.preventDefault());
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('dragging');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('dragging');
    void run([...(event.dataTransfer?.files ?? [])]);
  });
}

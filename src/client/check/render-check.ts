// Lays out a check's view (check-view.ts) as DOM: a summary, each file's
// problems (numbered, with position, message and how to fix it), the
// normalised file to download, and the table as read with every problem's
// cell marked by a symbol and a link to the problem (never by colour alone).
// Text only ever goes in through textContent: a file's cells never become markup.
import type { Lang } from '../../i18n/index.ts';
import { tc, type CheckStringKey } from '../../i18n/check.ts';
import { formatNumber } from '../../i18n/format-number.ts';
import type { CheckView, FileView, Mark } from './check-view.ts';
import type { CorrectedFile } from './corrected-file.ts';

type Children = (Node | string | null | undefined | false)[];

export interface RenderOptions {
  lang: Lang;
  doc?: Document;
  /** The normalised file of each file (by name), or null when none is offered. */
  corrected: Map<string, CorrectedFile | null>;
  /** Makes the download link of a normalised file (a Blob URL in the page). */
  linkTo: (file: CorrectedFile) => string;
}

export function renderCheck(view: CheckView, options: RenderOptions): HTMLElement {
  const { lang } = options;
  const doc = options.doc ?? document;
  const s = (key: CheckStringKey, values?: Record<string, string | number>) => tc(lang, key, values);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, children: Children = []): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    for (const child of children) if (child) node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
    return node;
  };
  const markLink = (mark: Mark) =>
    el('a', { href: `#check-problem-${mark.n}`, class: `mark mark-${mark.severity}`, 'aria-label': s(mark.severity === 'error' ? 'check.mark.error' : 'check.mark.warning', { n: mark.n }) }, [
      `${mark.severity === 'error' ? '✖' : '⚠'}${mark.n}`,
    ]);
  const markClass = (marks: readonly Mark[]) => (marks.some((m) => m.severity === 'error') ? 'cell-error' : marks.length > 0 ? 'cell-warning' : '');

  const fileSection = (file: FileView, index: number) => {
    const corrected = options.corrected.get(file.file) ?? null;
    const headingId = `check-file-${index + 1}`;
    const problems = file.problems.map((p) =>
      el('li', { id: `check-problem-${p.n}`, class: `sev-${p.severity}`, tabindex: '-1', 'data-code': p.code, 'data-line': String(p.line ?? ''), 'data-column': String(p.column ?? '') }, [
        el('strong', {}, [`${p.n}. ${s(`check.severity.${p.severity}`)}`]), ' [', el('code', {}, [p.code]), '] ',
        el('span', { class: 'where' }, [p.where]), ': ', p.message,
        p.hint && el('div', { class: 'note' }, [`${s('check.hint')}: ${p.hint}`]),
      ]),
    );
    const table = file.table;
    return el('section', { class: 'check-file', 'aria-labelledby': headingId, 'data-file': file.file }, [
      el('h3', { id: headingId }, [s('check.fileHeading', { name: file.file })]),
      file.facts && el('p', { class: 'note' }, [file.facts]),
      el('p', { class: file.rejected ? 'check-rejected' : '' }, [file.summary]),
      corrected && corrected.differs && el('div', { class: 'check-corrected' }, [
        el('p', {}, [el('a', { class: 'button', href: options.linkTo(corrected), download: corrected.name }, [s('check.corrected')]), ' ', el('span', { class: 'mono' }, [corrected.name])]),
        el('p', { class: 'note' }, [s('check.correctedIntro'), ' ', s('check.correctedChanges', { cells: formatNumber(lang, corrected.changedCells) }),
          corrected.remainingErrors > 0 ? ` ${s('check.correctedRemaining', { count: formatNumber(lang, corrected.remainingErrors) })}` : '']),
      ]),
      corrected && !corrected.differs && el('p', { class: 'note' }, [s('check.correctedSame')]),
      file.problems.length === 0
        ? el('p', { class: 'check-ok' }, [s('check.noProblems')])
        : el('h4', {}, [s('check.problems', { count: formatNumber(lang, file.problems.length) })]),
      file.problems.length > 0 && file.errors === 0 && el('p', { class: 'check-ok' }, [s('check.noErrors')]),
      problems.length > 0 && el('ol', { class: 'problem-list check-problems' }, problems),
      table && el('p', { class: 'note' }, [s('check.tableNote')]),
      table && el('div', { class: 'table-scroll', tabindex: '0', role: 'group', 'aria-label': s('check.table', { name: file.file }) }, [
        el('table', { class: 'check-table' }, [
          el('caption', {}, [s('check.table', { name: file.file })]),
          el('thead', {}, [
            el('tr', {}, [
              el('th', { scope: 'col', class: markClass(table.headerMarks) }, [s('check.line'), ' ', String(table.headerLine), ...table.headerMarks.map(markLink)]),
              el('th', { scope: 'col' }, [s('check.outcome')]),
              ...table.columns.map((column) =>
                el('th', { scope: 'col', class: [markClass(column.marks), `col-${column.kind}`].join(' ').trim() }, [
                  column.header,
                  column.kind === 'personal' && el('span', { class: 'note col-note' }, [` (${s('check.column.personal')})`]),
                  column.kind === 'unknown' && el('span', { class: 'note col-note' }, [` (${s('check.column.unknown')})`]),
                  ...column.marks.map(markLink),
                ]),
              ),
            ]),
          ]),
          el('tbody', {}, table.rows.map((row) =>
            el('tr', { class: `row-${row.outcome}`, 'data-line': String(row.line) }, [
              el('th', { scope: 'row', class: markClass(row.marks) }, [String(row.line), ...row.marks.map(markLink)]),
              el('td', {}, [s(`check.outcome.${row.outcome}`)]),
              ...row.cells.map((cell) =>
                cell.hidden
                  ? el('td', { class: 'cell-hidden' }, [s('check.cell.hidden')])
                  : el('td', { class: markClass(cell.marks) }, [cell.text, ...cell.marks.map(markLink)]),
              ),
            ]),
          )),
        ]),
      ]),
    ]);
  };

  return el('section', { class: 'check-results', 'aria-labelledby': 'check-results-heading' }, [
    el('h2', { id: 'check-results-heading', tabindex: '-1' }, [s('check.results')]),
    el('p', {}, [s('check.done', { files: formatNumber(lang, view.files.length), errors: formatNumber(lang, view.errors), warnings: formatNumber(lang, view.warnings) })]),
    view.years.length > 0 && el('ul', {}, view.years.map((line) => el('li', {}, [line]))),
    ...view.files.map(fileSection),
  ]);
}

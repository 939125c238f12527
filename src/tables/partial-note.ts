// The note that the year shown is still open (its deadline not passed on the
// build date: src/core/rules isDue), so its figures are provisional: from the
// year's completeness row → a <p class="note">, or null once the year is due.
// Build and browser (the filters redraw it with the year and counts chosen).
import type { CompletenessRow } from '../core/measure-sql.ts';
import { t, type Lang } from '../i18n/index.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { resolveDocument } from '../charts/figure.ts';
import { isDue } from '../core/rules/calendar.ts';

export function partialNote(
  row: Pick<CompletenessRow, 'expected' | 'on_time' | 'late'> | undefined,
  options: { lang: Lang; year: number; deadline: { month: number; day: number }; buildDate: string; document?: Document },
): HTMLElement | null {
  if (!row || isDue({ deadline: options.deadline } as Parameters<typeof isDue>[0], options.year, options.buildDate)) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const deadline = `${options.year}-${pad(options.deadline.month)}-${pad(options.deadline.day)}`;
  const { lang, year } = options;
  const doc = resolveDocument(options.document);
  const note = doc.createElement('p');
  note.setAttribute('class', 'note');
  note.appendChild(
    doc.createTextNode(
      t(lang, 'headline.partial', {
        year,
        deadline: formatDate(lang, deadline),
        reported: formatNumber(lang, row.on_time + row.late),
        expected: formatNumber(lang, row.expected),
      }),
    ),
  );
  return note;
}

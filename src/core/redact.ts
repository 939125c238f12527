// What a published problem may show (issue 8): a text from a report file in;
// out, the same text when nothing in it looks personal, else the neutral
// "[đã ẩn]" in its place, whole. Used wherever a problem is published (the
// report, the Reporting page, the console). No Node imports: the browser uses it too.
//
// Looks personal: an e-mail address, a link to a profile, or an ID-like run of
// 9 or more digits, spaces, dots, dashes and brackets allowed between them:
// phones (0987 000 106, +84 987 000 106, (024) 3826 1234: 10–11 digits), CCCD
// (12), CMND (9), BHYT (10, or 2 letters + 13), bank accounts (9–16), tax codes
// (10, 0101234567-001). What stays visible: school codes (8 characters), ward
// codes (5 digits), counts and scores, dates, Excel's `19164390.0`.
// The whole text is hidden, not only the match: a phone number usually sits
// beside a name ("Cô Lan 0987…"), which no pattern can recognise.
// Not caught: an 8-digit local number typed without its area code (it cannot
// be told from a school code) and a name on its own (personal-data columns are
// dropped by their header instead, see src/pipeline/personal-data.ts).

export const REDACTED = '[đã ẩn]';

const MIN_ID_DIGITS = 9;

const EMAIL = /[^\s@]@[^\s@]/;
const LINK = /\b(?:https?:\/\/|www\.)\S|\b(?:facebook|fb|zalo|tiktok|instagram)\.(?:com|me|vn)\b/i;
// dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy and yyyy-mm-dd are dates, never joined into a digit run.
const DATE = /(?<!\d)(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?!\d)/g;
// Digits with at most two separators (space, no-break space, dot, dash, bracket) between each.
const DIGIT_RUN = /\d(?:[ \u00a0.\-()]{0,2}\d)*/g;
const EXCEL_FLOAT = /^\d+\.0+$/;

function hasIdLikeRun(text: string): boolean {
  for (const run of text.replace(DATE, ' / ').match(DIGIT_RUN) ?? []) {
    const digits = (EXCEL_FLOAT.test(run) ? run.slice(0, run.indexOf('.')) : run).replace(/\D/g, '');
    if (digits.length >= MIN_ID_DIGITS) return true;
  }
  return false;
}

/** True when a text holds an e-mail address, a profile link or an ID-like digit run. */
export function looksPersonal(text: string): boolean {
  return EMAIL.test(text) || LINK.test(text) || hasIdLikeRun(text);
}

/** The text as it may be published: itself, or "[đã ẩn]" when it looks personal. */
export function redactText(text: string): string {
  return looksPersonal(text) ? REDACTED : text;
}

/** redactText, keeping null (and undefined) as null. */
export function redactNullable(text: string | null | undefined): string | null {
  return text === null || text === undefined ? null : redactText(text);
}

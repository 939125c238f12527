// The build date is an input, never read from the clock inside a stage: it
// decides "dated after the build", "late" vs "not yet due" and "where we are"
// in a plan. Resolved once by each entry point from the environment.
import { isCalendarDate } from './calendar-date.ts';

/**
 * BUILD_DATE (YYYY-MM-DD, a day that exists) if set; else SOURCE_DATE_EPOCH (the
 * reproducible-builds convention, seconds since 1970); else today's date in Asia/Ho_Chi_Minh.
 */
export function resolveBuildDate(env: Record<string, string | undefined>, now: () => Date = () => new Date()): string {
  const explicit = env.BUILD_DATE?.trim();
  if (explicit) {
    if (!isCalendarDate(explicit)) throw new Error(`build date (--build-date or BUILD_DATE) must be a calendar date as YYYY-MM-DD, got "${explicit}"`);
    return explicit;
  }
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  const instant = epoch ? new Date(Number(epoch) * 1000) : now();
  if (Number.isNaN(instant.getTime())) throw new Error(`SOURCE_DATE_EPOCH must be seconds since 1970, got "${epoch}"`);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/**
 * Day arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone moves a day. The app, the schedule rule
 * and the seed all count days here (it is part of the contract: every date on the wire is an ISO day), so they
 * cannot disagree by one day.
 * No imports: the seed side must stay free of the client's dependencies.
 */
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 at the start of the given day. */
export const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
export const fromDay = (day: number) => new Date(Math.round(day) * MS_PER_DAY).toISOString().slice(0, 10);
export const addDays = (iso: string, days: number) => fromDay(toDay(iso) + days);
/** Whole days from a to b: 0 on the same day, negative when b is earlier. */
export const daysBetween = (a: string, b: string) => toDay(b) - toDay(a);

/**
 * Share of the days from start to end, both counted, that have passed by the end of asOf (0..1).
 * The as-of day counts as elapsed because the figures describe the close of that day: 2026-10-31 is day
 * 304 of 365, and a window that ends on the as-of date is wholly elapsed.
 */
export function elapsedShare(start: string, end: string, asOf: string): number {
  const span = Math.max(1, daysBetween(start, end) + 1);
  return Math.min(1, Math.max(0, (daysBetween(start, asOf) + 1) / span));
}

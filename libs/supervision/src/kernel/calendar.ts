/**
 * Calendar dates and instants, in one place. Deadlines are calendar dates ('YYYY-MM-DD') read in
 * Beijing time (Asia/Shanghai, a fixed UTC+8 with no daylight saving): a deadline is met through
 * the end of that day, i.e. until 24:00 Beijing time. Nothing here reads the clock.
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real date written 'YYYY-MM-DD' (rejects '2026-02-30'). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** The instant as an ISO-8601 string (UTC), the form every event's `<verb>At` takes. */
export function instantOf(now: Date): string {
  return now.toISOString();
}

/** The Beijing calendar date of an instant: what "today" means for deadlines. */
export function calendarDateOf(instant: Date | string): string {
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(time + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a calendar date ends in Beijing (the next day's 00:00 +08:00). */
export function endOfDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - BEIJING_OFFSET_MS + DAY_MS);
}

/** A deadline has passed once its whole day is over in Beijing. */
export function hasDeadlinePassed(deadline: string, now: Date): boolean {
  return now.getTime() >= endOfDay(deadline).getTime();
}

/** Whole calendar days from today (Beijing) to the date: 0 on the day itself, negative after it. */
export function daysUntil(date: string, now: Date): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${calendarDateOf(now)}T00:00:00Z`)) / DAY_MS);
}

/** Whole days elapsed between two instants (rounded down). */
export function daysBetween(from: Date | string, to: Date): number {
  const start = typeof from === 'string' ? Date.parse(from) : from.getTime();
  return Math.floor((to.getTime() - start) / DAY_MS);
}

/*
 * Calendar days in a time zone, with nothing but Intl: which day an instant falls on, where a day
 * starts, and every day of a range. For the activity figures (created and used per day), on the
 * server and in the browser alike.
 */

/** `YYYY-MM-DD`. */
export type CalendarDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** True for a time zone Intl knows (`Europe/Paris`, `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** True for a real date written `YYYY-MM-DD` (not 2026-02-30). */
export function isCalendarDate(value: string): value is CalendarDate {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The wall-clock fields of an instant in a time zone. */
function wallClock(instant: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return parts as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** The calendar day an instant falls on in a time zone. */
export function dayOf(instant: Date | number, timeZone: string): CalendarDate {
  const { year, month, day } = wallClock(+instant, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** How far the time zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instant / 1000) * 1000;
}

/**
 * The first instant of a calendar day in a time zone (its midnight, or the first moment after a
 * daylight-saving gap that skips midnight).
 */
export function startOfDay(date: CalendarDate, timeZone: string): Date {
  const midnightAsUtc = +utcMidnight(date);
  // Two passes settle the offset on either side of a daylight-saving change.
  let guess = midnightAsUtc - offsetAt(midnightAsUtc, timeZone);
  guess = midnightAsUtc - offsetAt(guess, timeZone);
  // A gap at midnight: the guess lands on the day before; step to the first instant of this day.
  while (dayOf(guess, timeZone) < date) guess += 15 * 60 * 1000;
  return new Date(guess);
}

/** Midnight UTC of `date`, `days` later (or earlier, when negative). */
export function utcMidnight(date: CalendarDate, days = 0): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days));
}

/** The calendar date `days` after (or before, when negative) `date`. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return utcMidnight(date, days).toISOString().slice(0, 10);
}

/** The day after `date`. */
export function nextDay(date: CalendarDate): CalendarDate {
  return addDays(date, 1);
}

/** Every day from `from` to `to`, both included, in order. */
export function daysBetween(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let day = from; day <= to; day = nextDay(day)) days.push(day);
  return days;
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

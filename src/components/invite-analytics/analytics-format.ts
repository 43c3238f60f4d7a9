import { cached } from '../../i18n/format.js';
import { utcMidnight, type CalendarDate } from '../../rules/calendar.js';
import { durationInUnit } from '../../rules/analytics.js';

/*
 * Formatting of the panel's figures, cached per locale like src/i18n/format.ts. A calendar date is
 * formatted as UTC midnight in UTC: it is already a day in the viewer's zone and must not shift.
 */

const shortDates = new Map<string, Intl.DateTimeFormat>();
const longDates = new Map<string, Intl.DateTimeFormat>();
const percents = new Map<string, Intl.NumberFormat>();
const units = { minute: new Map<string, Intl.NumberFormat>(), hour: new Map<string, Intl.NumberFormat>(), day: new Map<string, Intl.NumberFormat>() };

/** "Mar 1": axis labels. */
export function formatShortDay(date: CalendarDate, locale?: string): string {
  return cached(shortDates, locale, (tag) => new Intl.DateTimeFormat(tag, { timeZone: 'UTC', month: 'short', day: 'numeric' })).format(
    utcMidnight(date),
  );
}

/** "Sun, Mar 1, 2026": table rows, the chart's title and what a screen reader reads per day. */
export function formatLongDay(date: CalendarDate, locale?: string): string {
  return cached(
    longDates,
    locale,
    (tag) => new Intl.DateTimeFormat(tag, { timeZone: 'UTC', weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }),
  ).format(utcMidnight(date));
}

/** 0.425 → "43%" (or "43 %", as the locale writes it). */
export function formatPercent(ratio: number, locale?: string): string {
  return cached(percents, locale, (tag) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 })).format(ratio);
}

/** 7200 → "2 hr", 259200 → "3 days": the unit a person reads it in, as the locale abbreviates it. */
export function formatDuration(seconds: number, locale?: string): string {
  const { value, unit } = durationInUnit(seconds);
  const cache = units[unit];
  return cached(cache, locale, (tag) => new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'short' })).format(value);
}

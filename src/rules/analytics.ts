/*
 * The maths of the analytics panel, kept out of the element so it has plain unit tests: which
 * calendar days a range covers in the viewer's time zone, invitations bucketed by the day they were
 * created, the axis of the chart (the acceptance rate and median come from the companion plugin).
 */
import type { ActivityQuery, Invitation } from '../api/types.js';
import { addDays, dayOf, daysBetween, startOfDay, type CalendarDate } from './calendar.js';

/** The periods the panel offers, in days (today included). */
export const ANALYTICS_RANGES = [7, 30, 90] as const;
export type AnalyticsRange = (typeof ANALYTICS_RANGES)[number];
export const DEFAULT_ANALYTICS_RANGE: AnalyticsRange = 30;

/**
 * Most invitations the panel reads in the browser when the backend has no `activity` (plain
 * better-invite): one request of this many rows. Past it the panel says the companion plugin is needed.
 */
export const BROWSER_ANALYTICS_LIMIT = 2_000;

/** "Expiring soon" means within this many days from now. */
export const EXPIRING_WINDOW_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/** One bar pair of the chart: invitations created that day, and uses that day when the backend knows them. */
export interface ChartDay {
  date: CalendarDate;
  created: number;
  /** Absent when the backend cannot say when invitations were used. */
  used?: number;
}

/** True for 7, 30 or 90. */
export function isAnalyticsRange(value: unknown): value is AnalyticsRange {
  return (ANALYTICS_RANGES as readonly unknown[]).includes(value);
}

/** The viewer's IANA time zone; UTC where the runtime does not say. */
export function viewerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export { addDays };

/** The last `range` days up to today in `timeZone`, both ends included: what `activity()` is asked. */
export function activityQuery(range: AnalyticsRange, timeZone: string, now: Date = new Date()): Required<ActivityQuery> {
  const to = dayOf(now, timeZone);
  return { from: addDays(to, 1 - range), to, timeZone };
}

/** The first instant of the query's first day, in its time zone (for `createdFrom`). */
export function rangeStart(query: ActivityQuery): Date {
  return startOfDay(query.from, query.timeZone ?? 'UTC');
}

/**
 * Every day of the query, in order, with how many of `invitations` were created on it (in the
 * query's time zone); invitations created outside the range are not counted. No `used`: a list
 * does not say when an invitation was used.
 */
export function createdPerDay(invitations: readonly Pick<Invitation, 'createdAt'>[], query: ActivityQuery): ChartDay[] {
  const timeZone = query.timeZone ?? 'UTC';
  const days = new Map(daysBetween(query.from, query.to).map((date) => [date, { date, created: 0 }]));
  for (const { createdAt } of invitations) {
    const day = days.get(dayOf(createdAt, timeZone));
    if (day) day.created += 1;
  }
  return [...days.values()];
}

/** Pending invitations still live that expire within `days` days of `now`. */
export function countExpiringSoon(
  invitations: readonly Pick<Invitation, 'status' | 'expiresAt'>[],
  now: Date = new Date(),
  days: number = EXPIRING_WINDOW_DAYS,
): number {
  const start = now.getTime();
  const end = start + days * DAY_MS;
  return invitations.filter(({ status, expiresAt }) => status === 'pending' && +expiresAt >= start && +expiresAt <= end).length;
}

/** Created and used over all days; `used` is undefined when no day says. */
export function activityTotals(days: readonly ChartDay[]): { created: number; used?: number } {
  let created = 0;
  let used: number | undefined;
  for (const day of days) {
    created += day.created;
    if (day.used !== undefined) used = (used ?? 0) + day.used;
  }
  return { created, used };
}

/** True when nothing was created or used on any day. */
export function isEmptyActivity(days: readonly ChartDay[]): boolean {
  return days.every((day) => day.created === 0 && !day.used);
}

/**
 * A duration in the unit a person reads it in: minutes under an hour, hours under two days, days
 * after that; rounded, and at least 1 of the unit (a use seconds after creation reads "1 minute").
 */
export function durationInUnit(seconds: number): { value: number; unit: 'minute' | 'hour' | 'day' } {
  const minutes = seconds / 60;
  if (minutes < 59.5) return { value: Math.max(1, Math.round(minutes)), unit: 'minute' };
  const hours = minutes / 60;
  if (hours < 47.5) return { value: Math.round(hours), unit: 'hour' };
  return { value: Math.round(hours / 24), unit: 'day' };
}

/**
 * Which of `count` days get a label on the time axis, when at most `maxLabels` fit: evenly spaced,
 * counted back from the last day, so today is always labelled.
 */
export function axisLabelIndexes(count: number, maxLabels: number): number[] {
  if (count <= 0) return [];
  const step = Math.max(1, Math.ceil(count / Math.max(1, maxLabels)));
  const indexes: number[] = [];
  for (let i = count - 1; i >= 0; i -= step) indexes.unshift(i);
  return indexes;
}

/**
 * A value axis for counts up to `max`: a round step (1, 2 or 5 times a power of ten, at least 1)
 * giving about `ticks` gridlines, and the top of the axis, a multiple of the step at or above `max`.
 */
export function countScale(max: number, ticks = 4): { top: number; step: number } {
  if (!(max > 0)) return { top: ticks, step: 1 };
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((f) => f * power).find((candidate) => candidate >= raw)!);
  return { top: Math.ceil(max / step) * step, step };
}

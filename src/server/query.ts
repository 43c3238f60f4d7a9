import * as z from 'zod';
import { APIError } from 'better-auth/api';
import { isCalendarDate, isTimeZone } from '../rules/calendar.js';

/*
 * The companion endpoints' query parameters: checked here, each refusal a 400 VALIDATION_ERROR whose
 * message names the parameter and says what it takes.
 */

const STATUSES = ['pending', 'used', 'canceled', 'rejected', 'expired'] as const;
export type StatusFilter = (typeof STATUSES)[number];

/** A query parameter given once (a repeated one arrives as an array and is refused). */
const single = (name: string) => z.string({ error: `${name} must be given once, as text.` });

const instant = (name: string) =>
  single(name).check(z.refine((value) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value)), {
    error: `${name} must be an ISO 8601 date or instant, e.g. 2026-12-01T00:00:00Z.`,
  })).transform((value) => new Date(value));

const filters = {
  search: z.optional(single('search').check(z.maxLength(200, { error: 'search must be at most 200 characters.' }))),
  role: z.optional(single('role').check(z.minLength(1, { error: 'role must not be empty.' }))),
  createdFrom: z.optional(instant('createdFrom')),
  createdTo: z.optional(instant('createdTo')),
};

const wholeNumber = (name: string, min: number, max: number) =>
  single(name)
    .check(z.regex(/^\d+$/, { error: `${name} must be a whole number from ${min} to ${max}.` }))
    .transform(Number)
    .check(z.refine((n) => n >= min && n <= max, { error: `${name} must be a whole number from ${min} to ${max}.` }));

const oneOf = <T extends string>(name: string, values: readonly [T, ...T[]]) =>
  z.enum(values, { error: `${name} must be one of ${values.join(', ')}.` });

export const listQuerySchema = z.object({
  ...filters,
  status: z.optional(oneOf('status', STATUSES)),
  sortBy: z.optional(oneOf('sortBy', ['createdAt', 'expiresAt'])),
  sortDirection: z.optional(oneOf('sortDirection', ['asc', 'desc'])),
  limit: z.optional(wholeNumber('limit', 1, 1000)),
  offset: z.optional(wholeNumber('offset', 0, 1_000_000_000)),
});
export type ListQuery = z.output<typeof listQuerySchema>;

export const statsQuerySchema = z.object(filters);
export type StatsQuery = z.output<typeof statsQuerySchema>;

export const usesQuerySchema = z.object({ id: single('id').check(z.minLength(1, { error: 'id must not be empty.' })) });

export const activityQuerySchema = z
  .object({
    from: single('from').check(z.refine(isCalendarDate, { error: 'from must be a calendar date, YYYY-MM-DD.' })),
    to: single('to').check(z.refine(isCalendarDate, { error: 'to must be a calendar date, YYYY-MM-DD.' })),
    timeZone: z.optional(single('timeZone').check(z.refine(isTimeZone, { error: 'timeZone must be an IANA time zone, e.g. Europe/Paris.' }))),
  })
  .check(
    z.refine((query) => query.from <= query.to, { error: 'from must not be after to.' }),
    z.refine((query) => daysApart(query.from, query.to) <= 366, { error: 'from and to may be at most 366 days apart.' }),
  );
export type ActivityQuery = z.output<typeof activityQuerySchema>;

function daysApart(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/**
 * The parsed query, or a 400 VALIDATION_ERROR naming what is wrong. Unknown parameters are refused
 * too: a misspelt filter must not silently widen the answer.
 */
export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.output<S> {
  const raw = (query ?? {}) as Record<string, unknown>;
  const known = schema instanceof z.ZodObject ? Object.keys(schema.shape) : undefined;
  const unknown = known ? Object.keys(raw).filter((key) => !known.includes(key)) : [];
  if (unknown.length > 0) {
    throw new APIError('BAD_REQUEST', { code: 'VALIDATION_ERROR', message: `Unknown parameter ${unknown[0]}; this endpoint takes ${known!.join(', ')}.` });
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new APIError('BAD_REQUEST', { code: 'VALIDATION_ERROR', message: issue?.message ?? 'The query is not valid.' });
}

import type { ListQuery } from './types.js';

/** The ListQuery fields that become better-invite's single `filterField`/`filterValue`. */
export const FILTER_KEYS = ['status', 'role', 'createdFrom', 'createdTo', 'expiresFrom'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The filters a query sets (an empty role counts as unset). */
export function activeFilters(query: ListQuery): FilterKey[] {
  return FILTER_KEYS.filter((key) => query[key] !== undefined && query[key] !== '');
}

/**
 * Checks what better-invite cannot take: more than one filter, a limit or offset that is not a
 * whole number ≥ 0 (limit is required), an invalid date. Throws a TypeError: these are mistakes in the calling code.
 */
export function assertListQuery(query: ListQuery): void {
  const filters = activeFilters(query);
  if (filters.length > 1) {
    throw new TypeError(`better-invite takes one filter per request, but the query sets ${filters.join(' and ')}.`);
  }
  for (const key of ['limit', 'offset'] as const) {
    const value = query[key];
    if ((key === 'limit' || value !== undefined) && !(Number.isInteger(value) && (value as number) >= 0)) {
      throw new TypeError(`ListQuery.${key} must be a whole number ≥ 0, not ${String(value)}.`);
    }
  }
  for (const key of ['createdFrom', 'createdTo', 'expiresFrom'] as const) {
    const value = query[key];
    if (value !== undefined && !(value instanceof Date && !Number.isNaN(value.getTime()))) {
      throw new TypeError(`ListQuery.${key} must be a valid Date.`);
    }
  }
}

/**
 * A ListQuery as better-invite's `GET /invite/list` parameters. `limit` is always sent (without it
 * the server silently caps at 100); newest first unless asked otherwise; `expired` becomes
 * "expiresAt before `now`" because the server computes that status and cannot filter on it.
 */
export function listQueryParams(query: ListQuery, now: Date = new Date()): URLSearchParams {
  assertListQuery(query);
  const params = new URLSearchParams();
  params.set('limit', String(query.limit));
  if (query.offset) params.set('offset', String(query.offset));
  params.set('sortBy', query.sortBy ?? 'createdAt');
  params.set('sortDirection', query.sortDirection ?? 'desc');

  const search = query.search?.trim();
  if (search) {
    params.set('searchValue', search);
    params.set('searchField', 'email');
    params.set('searchOperator', 'contains');
  }

  const filter = filterFor(query, now);
  if (filter) {
    params.set('filterField', filter[0]);
    params.set('filterOperator', filter[1]);
    params.set('filterValue', filter[2]);
  }
  return params;
}

type Filter = [field: string, operator: 'eq' | 'lt' | 'lte' | 'gte', value: string];

function filterFor(query: ListQuery, now: Date): Filter | undefined {
  const [key] = activeFilters(query);
  switch (key) {
    case 'status':
      return query.status === 'expired'
        ? ['expiresAt', 'lt', now.toISOString()]
        : ['status', 'eq', query.status as string];
    case 'role':
      return ['role', 'eq', query.role as string];
    case 'createdFrom':
      return ['createdAt', 'gte', (query.createdFrom as Date).toISOString()];
    case 'createdTo':
      return ['createdAt', 'lte', (query.createdTo as Date).toISOString()];
    case 'expiresFrom':
      return ['expiresAt', 'gte', (query.expiresFrom as Date).toISOString()];
    default:
      return undefined;
  }
}

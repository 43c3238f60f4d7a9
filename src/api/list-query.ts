import type { ListQuery, SortField } from './types.js';

/** The ListQuery fields that become better-invite's single filter, each as the row field and operator it sets. */
const FILTERS = {
  status: ['status', 'eq'],
  role: ['role', 'eq'],
  createdFrom: ['createdAt', 'gte'],
  createdTo: ['createdAt', 'lte'],
  expiresFrom: ['expiresAt', 'gte'],
} as const;
type FilterKey = keyof typeof FILTERS;

/** One filter: better-invite's `filterField`, `filterOperator` and `filterValue` (a Date until sent). */
export type Filter = [field: SortField, operator: 'eq' | 'lt' | 'lte' | 'gte', value: string | Date];

/** The filters a query sets (an empty role counts as unset). */
function activeFilters(query: ListQuery): FilterKey[] {
  return (Object.keys(FILTERS) as FilterKey[]).filter((key) => query[key] !== undefined && query[key] !== '');
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
 * The query's one filter, if any. `expired` becomes "expiresAt before `now`": the server computes
 * that status and cannot filter on it.
 */
export function queryFilter(query: ListQuery, now: Date): Filter | undefined {
  const [key] = activeFilters(query);
  if (key === 'status' && query.status === 'expired') return ['expiresAt', 'lt', now];
  return key && [...FILTERS[key], query[key] as string | Date];
}

/**
 * A ListQuery as better-invite's `GET /invite/list` parameters. `limit` is always sent (without it
 * the server silently caps at 100); newest first unless asked otherwise.
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

  const filter = queryFilter(query, now);
  if (filter) {
    const [field, operator, value] = filter;
    params.set('filterField', field);
    params.set('filterOperator', operator);
    params.set('filterValue', value instanceof Date ? value.toISOString() : value);
  }
  return params;
}

import type { SortField } from '../types.js';

/** One of better-invite's filters: `filterField`, `filterOperator`, `filterValue` (a Date until sent). */
export interface Filter {
  field: 'status' | 'role' | 'createdAt' | 'expiresAt';
  operator: 'eq' | 'lt' | 'lte' | 'gte';
  value: string | Date;
}

/**
 * What one `GET /invite/list` can be asked: paging, a sort, at most one filter, and an email search
 * that only narrows (a `contains` LIKE over the stored JSON text, so `_`, `%` and JSON punctuation
 * match more than themselves: see the completion).
 */
export interface ServerQuery {
  limit: number;
  offset?: number;
  filter?: Filter;
  search?: string;
  sortBy: SortField;
  sortDirection: 'asc' | 'desc';
}

/**
 * A ServerQuery as better-invite's parameters. `limit` is always sent: without it the server
 * silently caps at 100.
 */
export function serverQueryParams(query: ServerQuery): URLSearchParams {
  const params = new URLSearchParams();
  params.set('limit', String(query.limit));
  if (query.offset) params.set('offset', String(query.offset));
  params.set('sortBy', query.sortBy);
  params.set('sortDirection', query.sortDirection);
  if (query.search) {
    params.set('searchValue', query.search);
    params.set('searchField', 'email');
    params.set('searchOperator', 'contains');
  }
  if (query.filter) {
    const { field, operator, value } = query.filter;
    params.set('filterField', field);
    params.set('filterOperator', operator);
    params.set('filterValue', value instanceof Date ? value.toISOString() : value);
  }
  return params;
}

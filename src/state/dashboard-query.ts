import type { InviteStatus, ListQuery, StatsQuery } from '../api/types.js';

/** A status tab: every invitation, or those with one status. */
export type StatusFilter = 'all' | InviteStatus;

export const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'pending', 'used', 'canceled', 'rejected', 'expired'];

/** `newest` / `oldest` by creation, `expiring`: soonest expiry first. */
export type SortOrder = 'newest' | 'oldest' | 'expiring';

/**
 * What the dashboard shows: one value, so one key caches it and one place turns it into the
 * adapter's queries. Dates are calendar days `YYYY-MM-DD` in the viewer's time zone, both
 * included; empty strings mean "no filter". `page` counts from 0.
 */
export interface DashboardQuery {
  status: StatusFilter;
  search: string;
  roleFilter: string;
  createdFrom: string;
  createdTo: string;
  sort: SortOrder;
  page: number;
  pageSize: number;
}

export const DEFAULT_QUERY: Readonly<DashboardQuery> = {
  status: 'all',
  search: '',
  roleFilter: '',
  createdFrom: '',
  createdTo: '',
  sort: 'newest',
  page: 0,
  pageSize: 20,
};

const SORTS: Record<SortOrder, Pick<ListQuery, 'sortBy' | 'sortDirection'>> = {
  newest: { sortBy: 'createdAt', sortDirection: 'desc' },
  oldest: { sortBy: 'createdAt', sortDirection: 'asc' },
  expiring: { sortBy: 'expiresAt', sortDirection: 'asc' },
};

/** The cache key of a query's rows: every field, in a fixed order. */
export function rowsKey(query: DashboardQuery): string {
  return JSON.stringify([query.status, ...filterFields(query), query.sort, query.page, query.pageSize]);
}

/** The cache key of a query's counts: the filters only (a tab switch or page flip keeps them). */
export function countsKey(query: DashboardQuery): string {
  return JSON.stringify(filterFields(query));
}

function filterFields(query: DashboardQuery): string[] {
  return [query.search.trim(), query.roleFilter, query.createdFrom, query.createdTo];
}

/** The filters as the adapter takes them (shared by the rows and the counts). */
export function toStatsQuery(query: DashboardQuery): StatsQuery {
  const stats: StatsQuery = {};
  const search = query.search.trim();
  if (search) stats.search = search;
  if (query.roleFilter) stats.role = query.roleFilter;
  const from = dayStart(query.createdFrom);
  const to = dayStart(query.createdTo, 1);
  if (from) stats.createdFrom = from;
  // "To" includes its whole day: up to the last millisecond before the next midnight.
  if (to) stats.createdTo = new Date(to.getTime() - 1);
  return stats;
}

/** One page of the query as the adapter's ListQuery. */
export function toListQuery(query: DashboardQuery): ListQuery {
  const list: ListQuery = { ...toStatsQuery(query), ...SORTS[query.sort], limit: query.pageSize, offset: query.page * query.pageSize };
  if (query.status !== 'all') list.status = query.status;
  return list;
}

/** Every row of the query, whatever its page: what an export reads. */
export function toExportQuery(query: DashboardQuery): Omit<ListQuery, 'limit' | 'offset'> {
  const { limit: _limit, offset: _offset, ...rest } = toListQuery(query);
  return rest;
}

/** Local midnight of a `YYYY-MM-DD` day (plus `addDays`), or undefined when it is not a real day. */
export function dayStart(day: string, addDays = 0): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [year, month, date] = match.slice(1).map(Number);
  const start = new Date(year, month - 1, date);
  // new Date rolls 2026-02-31 over into March: such a day is not a day.
  if (start.getFullYear() !== year || start.getMonth() !== month - 1 || start.getDate() !== date) return undefined;
  start.setDate(date + addDays);
  return start;
}

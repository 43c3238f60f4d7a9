import type { Invitation, InviteAdapter, InviteStats, StatsQuery } from '../api/types.js';
import { STATUS_FILTERS, toListQuery, toStatsQuery, type DashboardQuery, type StatusFilter } from './dashboard-query.js';

/** One loaded page: the query it answers, its rows, and how many match the whole query (for the pager). */
export interface DashboardView {
  query: DashboardQuery;
  invitations: Invitation[];
  filteredTotal: number;
}

export async function loadRows(adapter: InviteAdapter, query: DashboardQuery, signal?: AbortSignal): Promise<DashboardView> {
  const page = await adapter.list(toListQuery(query), signal);
  return { query, invitations: page.invitations, filteredTotal: page.total };
}

/** The tab counts for the query's filters: the adapter's `stats`, else one list total per status. */
export async function loadCounts(adapter: InviteAdapter, query: DashboardQuery, signal?: AbortSignal): Promise<InviteStats> {
  const filters = toStatsQuery(query);
  if (adapter.stats) return adapter.stats(filters, signal);
  return countsFromTotals(adapter, filters, signal);
}

async function countsFromTotals(adapter: InviteAdapter, filters: StatsQuery, signal?: AbortSignal): Promise<InviteStats> {
  const totals = await Promise.all(
    STATUS_FILTERS.map(async (status) => {
      const page = await adapter.list({ ...filters, ...(status === 'all' ? {} : { status }), limit: 1 }, signal);
      return [status === 'all' ? 'total' : status, page.total] as const;
    }),
  );
  return Object.fromEntries(totals) as unknown as InviteStats;
}

export function countFor(stats: InviteStats, filter: StatusFilter): number {
  return filter === 'all' ? stats.total : stats[filter];
}

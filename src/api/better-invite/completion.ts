import { applyListQuery, assertListQuery, matchesQuery, normalSearch } from '../list-query.js';
import { emptyStats, isExpired } from '../../rules/invitation.js';
import type { InvitePage, InviteStats, ListQuery, StatsQuery, StoredStatus } from '../types.js';
import { dedupeById, readAll, type ServerList } from './read-all.js';
import type { Filter, ServerQuery } from './server-query.js';

/*
 * better-invite's list takes one filter, cannot filter on `expired` (it is computed at list time,
 * and `status=pending` includes expired rows), and its email search is a LIKE over the stored JSON
 * text. So a ListQuery goes to the server whole when one request answers it exactly, and otherwise
 * the server narrows (one filter and the search) and the browser finishes over a bounded read.
 */

export interface CompletionOptions {
  /** False for a route that ignores every parameter and returns all rows (the seed's `GET /invites`). */
  serverFilters: boolean;
  /** The instant `expired` is judged at. */
  now: Date;
  /** Most rows read in the browser (default BROWSER_READ_LIMIT); past it the query fails as `COMPANION_PLUGIN_NEEDED`. */
  readLimit?: number;
}

/**
 * Characters a `contains` LIKE over JSON text takes for more than themselves: `_` and `%` are
 * wildcards, quotes, commas and brackets are the JSON around each address, a backslash is escaped.
 * A search without them, matched ASCII case-insensitively, is exact on the server.
 */
const INEXACT_SEARCH = /[_%"\\,[\]]/;

/** What the server is asked for a query, and whether its answer is then already exact. */
export function planQuery(query: Omit<ListQuery, 'limit'>, options: CompletionOptions): { server: Omit<ServerQuery, 'limit' | 'offset'>; exact: boolean } {
  const { now } = options;
  const filters: { filter: Filter; exact: boolean }[] = [];
  const add = (field: Filter['field'], operator: Filter['operator'], value: Filter['value'] | undefined, exact = true) => {
    if (value) filters.push({ filter: { field, operator, value }, exact });
  };
  // A stored status needs two filters (that status, and not expired): "not expired" narrows best,
  // live rows being few next to expired ones.
  if (query.status === 'expired') add('expiresAt', 'lt', now);
  else if (query.status) add('expiresAt', 'gte', now, false);
  add('role', 'eq', query.role);
  add('createdAt', 'gte', query.createdFrom);
  add('createdAt', 'lte', query.createdTo);
  const search = normalSearch(query.search);
  const server: Omit<ServerQuery, 'limit' | 'offset'> = { sortBy: query.sortBy ?? 'createdAt', sortDirection: query.sortDirection ?? 'desc' };
  if (!options.serverFilters) return { server, exact: false };
  if (search) server.search = search;
  if (filters[0]) server.filter = filters[0].filter;
  const exact = filters.length <= 1 && (filters[0]?.exact ?? true) && !INEXACT_SEARCH.test(search);
  return { server, exact };
}

/** A ListQuery answered exactly: in one request when the server can, else completed over a bounded read. */
export async function completeList(list: ServerList, query: ListQuery, options: CompletionOptions, signal?: AbortSignal): Promise<InvitePage> {
  assertListQuery(query);
  const { server, exact } = planQuery(query, options);
  if (exact) {
    const page = await list({ ...server, limit: query.limit, offset: query.offset }, signal);
    // A row twice on one page (a server bug, or rows shifting under the query) is shown once.
    return { invitations: dedupeById(page.invitations), total: page.total };
  }
  const rows = await readAll(list, server, signal, options.readLimit);
  return applyListQuery(rows, query, options.now);
}

/**
 * Counts by status for the filters. Live rows (not expired) are few, so they are read whole and
 * counted by their stored status; every other matching row is expired: the total (one request
 * when exact) minus the live ones.
 */
export async function completeStats(list: ServerList, query: StatsQuery, options: CompletionOptions, signal?: AbortSignal): Promise<InviteStats> {
  assertListQuery(query, { needsLimit: false });
  const filters: StatsQuery = { search: query.search, role: query.role, createdFrom: query.createdFrom, createdTo: query.createdTo };
  const liveQuery = planQuery({ ...filters, status: 'pending' }, options).server;
  const [liveRows, all] = await Promise.all([
    readAll(list, liveQuery, signal, options.readLimit),
    completeList(list, { ...filters, limit: 0 }, options, signal),
  ]);
  const stats = emptyStats();
  let liveCount = 0;
  for (const invitation of liveRows) {
    if (isExpired(invitation, options.now) || !matchesQuery(invitation, filters, options.now)) continue;
    stats[invitation.status as StoredStatus] += 1;
    liveCount += 1;
  }
  stats.total = Math.max(all.total, liveCount);
  stats.expired = stats.total - liveCount;
  return stats;
}

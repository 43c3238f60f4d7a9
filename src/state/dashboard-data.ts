import type { Invitation, InviteAdapter, InviteStats, InviteStatus, StoredStatus } from '../api/types.js';
import { emptyStats } from '../rules/invitation.js';
import { dedupeById, fetchAll } from './fetch-all.js';

/** A status tab: every invitation, or those the list reports with one status. */
export type StatusFilter = 'all' | InviteStatus;

export const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'pending', 'used', 'canceled', 'rejected', 'expired'];

/**
 * What the dashboard knows about the invitations that have not expired, at one instant.
 *
 * better-invite computes `expired` at list time (it cannot be filtered on) and takes one filter per
 * request, so "pending and not expired" cannot be asked for. But "not expired" (expiresAt ≥ now)
 * can, and those rows carry their real stored status. Live invitations are few next to the
 * expired ones that pile up over time, so the dashboard reads all live rows and derives the
 * pending / used / canceled / rejected tabs and counts from them; "all" and "expired" are paged
 * on the server, where they are exact.
 */
export interface LiveSnapshot {
  now: Date;
  /** Every invitation with expiresAt ≥ now, newest first. */
  live: Invitation[];
  /** All of the user's invitations, from the server's total. */
  total: number;
}

export interface DashboardView {
  filter: StatusFilter;
  page: number;
  /** The rows on screen. */
  invitations: Invitation[];
  /** How many invitations the current tab holds, for the pager. */
  filteredTotal: number;
  /** Counts over every invitation: the stats tiles and the tab badges. */
  stats: InviteStats;
  snapshot: LiveSnapshot;
}

export interface LoadRequest {
  filter: StatusFilter;
  page: number;
  pageSize: number;
  /** Reuse counts and live rows read moments ago (a page flip), instead of reading them again. */
  snapshot?: LiveSnapshot;
}

/** "All" and "Expired" are paged by the server; the other tabs are cut from the live set. */
export function isServerPaged(filter: StatusFilter): boolean {
  return filter === 'all' || filter === 'expired';
}

export async function loadDashboardView(
  adapter: InviteAdapter,
  request: LoadRequest,
  signal?: AbortSignal,
): Promise<DashboardView> {
  const { filter, page, pageSize } = request;
  const offset = page * pageSize;
  const now = request.snapshot?.now ?? new Date();
  const serverPaged = isServerPaged(filter);

  const [snapshot, serverPage] = await Promise.all([
    request.snapshot ?? readSnapshot(adapter, now, signal),
    serverPaged
      ? adapter.list({ limit: pageSize, offset, ...(filter === 'expired' ? { status: 'expired' as const } : {}) }, signal)
      : undefined,
  ]);

  const stats = statsOf(snapshot);
  if (serverPage) {
    // A row twice on one page (a server bug, or rows shifting under the query) is shown once.
    const invitations = dedupeById(serverPage.invitations);
    return { filter, page, invitations, filteredTotal: serverPage.total, stats, snapshot };
  }
  const matching = snapshot.live.filter((invitation) => invitation.status === filter);
  return {
    filter,
    page,
    invitations: matching.slice(offset, offset + pageSize),
    filteredTotal: matching.length,
    stats,
    snapshot,
  };
}

async function readSnapshot(adapter: InviteAdapter, now: Date, signal?: AbortSignal): Promise<LiveSnapshot> {
  // One unfiltered row gives the overall total; the live set gives everything else.
  const [overall, live] = await Promise.all([
    adapter.list({ limit: 1 }, signal),
    fetchAll(adapter, { expiresFrom: now }, signal),
  ]);
  return { now, live: live.invitations, total: Math.max(overall.total, live.invitations.length) };
}

/** Counts for every tab. Rows the server already calls expired (its clock ran ahead) count as expired. */
export function statsOf(snapshot: LiveSnapshot): InviteStats {
  const stats = emptyStats();
  stats.total = snapshot.total;
  let liveNotExpired = 0;
  for (const invitation of snapshot.live) {
    if (invitation.status === 'expired') continue;
    stats[invitation.status as StoredStatus] += 1;
    liveNotExpired += 1;
  }
  stats.expired = Math.max(0, snapshot.total - liveNotExpired);
  return stats;
}

export function countFor(stats: InviteStats, filter: StatusFilter): number {
  return filter === 'all' ? stats.total : stats[filter];
}

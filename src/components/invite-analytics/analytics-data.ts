import { isInviteApiError } from '../../api/errors.js';
import type { ActivityQuery, InviteAdapter, InviteStats } from '../../api/types.js';
import {
  BROWSER_ANALYTICS_LIMIT, EXPIRING_WINDOW_DAYS, countExpiringSoon, createdPerDay, rangeStart, type ChartDay,
} from '../../rules/analytics.js';
import { countByStatus } from '../../rules/invitation.js';

/** What the panel shows for one range, by where it came from. */
export type AnalyticsData =
  /** The backend's `activity` (the companion plugin): created and used per day, and the figures. */
  | {
      source: 'activity';
      query: ActivityQuery;
      days: ChartDay[];
      acceptanceRate: number | null;
      medianSecondsToFirstUse: number | null;
      expiringWithin7Days: number;
    }
  /** Counted in the browser from a list: created per day and the status mix only (no use times). */
  | {
      source: 'browser';
      query: ActivityQuery;
      days: ChartDay[];
      mix: InviteStats;
      /** Null when it could not be counted exactly in one bounded read. */
      expiringWithin7Days: number | null;
    }
  /** More invitations in the range than the browser reads: nothing shown but the reason. */
  | { source: 'too-many'; query: ActivityQuery; total: number };

/**
 * Reads the figures for one range. With `activity` (capabilities say so) it is one request; without
 * it, one list of the invitations created in the range (at most BROWSER_ANALYTICS_LIMIT rows, else
 * `too-many`) and one of the live pending ones by expiry, side by side.
 */
export async function loadAnalytics(
  adapter: InviteAdapter,
  query: ActivityQuery,
  signal: AbortSignal,
  now: Date = new Date(),
): Promise<AnalyticsData> {
  const capabilities = await adapter.capabilities(signal);
  if (capabilities.activity && adapter.activity) {
    const activity = await adapter.activity(query, signal);
    return { source: 'activity', query, ...activity };
  }
  const [created, expiring] = await Promise.all([
    adapter.list({ limit: BROWSER_ANALYTICS_LIMIT, createdFrom: rangeStart(query), sortBy: 'createdAt', sortDirection: 'desc' }, signal),
    expiringSoon(adapter, now, signal),
  ]);
  if (created.total > BROWSER_ANALYTICS_LIMIT) return { source: 'too-many', query, total: created.total };
  return {
    source: 'browser',
    query,
    days: createdPerDay(created.invitations, query),
    mix: countByStatus(created.invitations, now),
    expiringWithin7Days: expiring,
  };
}

/**
 * Live pending invitations expiring within the window, from one read sorted by expiry. Null when
 * that read cannot answer exactly: every row it returned is in the window and there are more, or the
 * backend refuses it as too large.
 */
async function expiringSoon(adapter: InviteAdapter, now: Date, signal: AbortSignal): Promise<number | null> {
  try {
    const page = await adapter.list(
      { limit: BROWSER_ANALYTICS_LIMIT, status: 'pending', sortBy: 'expiresAt', sortDirection: 'asc' },
      signal,
    );
    const count = countExpiringSoon(page.invitations, now, EXPIRING_WINDOW_DAYS);
    return count === page.invitations.length && page.total > count ? null : count;
  } catch (error) {
    if (isInviteApiError(error) && error.kind === 'unsupported') return null;
    throw error;
  }
}

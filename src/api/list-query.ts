import { isExpired } from '../rules/invitation.js';
import type { Invitation, InvitePage, ListQuery } from './types.js';

/*
 * What a ListQuery means, written once: adapters that complete a query in the browser apply these,
 * and tests compare every adapter against them.
 */

/**
 * Throws a TypeError for what no backend can take: a limit or offset that is not a whole number ≥ 0
 * (limit is required) or an invalid date. These are mistakes in the calling code, not the user's.
 */
export function assertListQuery(query: Partial<ListQuery>, { needsLimit = true } = {}): void {
  for (const key of ['limit', 'offset'] as const) {
    const value = query[key];
    if (((key === 'limit' && needsLimit) || value !== undefined) && !(Number.isInteger(value) && (value as number) >= 0)) {
      throw new TypeError(`ListQuery.${key} must be a whole number ≥ 0, not ${String(value)}.`);
    }
  }
  for (const key of ['createdFrom', 'createdTo'] as const) {
    const value = query[key];
    if (value !== undefined && !(value instanceof Date && !Number.isNaN(value.getTime()))) {
      throw new TypeError(`ListQuery.${key} must be a valid Date.`);
    }
  }
}

/** Lower-cases A–Z only: the search is ASCII case-insensitive, as the servers' LIKE is. */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/** The search as it is matched: trimmed, ASCII lower case; empty means none. */
export function normalSearch(search: string | undefined): string {
  return asciiLower(search?.trim() ?? '');
}

/** Whether one invitation belongs to the query's result at `now` (paging aside). */
export function matchesQuery(invitation: Invitation, query: Omit<ListQuery, 'limit'>, now: Date): boolean {
  const { status, role, createdFrom, createdTo } = query;
  if (status === 'expired' ? !isExpired(invitation, now) : status && (invitation.status !== status || isExpired(invitation, now))) {
    return false;
  }
  if (role && invitation.role !== role) return false;
  const created = invitation.createdAt.getTime();
  if ((createdFrom && created < createdFrom.getTime()) || (createdTo && created > createdTo.getTime())) return false;
  const search = normalSearch(query.search);
  return !search || invitation.emails.some((email) => asciiLower(email).includes(search));
}

/** The query's order: by `sortBy` (default createdAt), `sortDirection` (default desc), then by id for a stable order. */
export function compareForQuery(query: Pick<ListQuery, 'sortBy' | 'sortDirection'>): (a: Invitation, b: Invitation) => number {
  const field = query.sortBy ?? 'createdAt';
  const sign = (query.sortDirection ?? 'desc') === 'desc' ? -1 : 1;
  return (a, b) => sign * (a[field].getTime() - b[field].getTime()) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The query answered over every invitation there is: filter, sort, then the page. */
export function applyListQuery(all: readonly Invitation[], query: ListQuery, now: Date = new Date()): InvitePage {
  assertListQuery(query);
  const matching = all.filter((invitation) => matchesQuery(invitation, query, now)).sort(compareForQuery(query));
  const offset = query.offset ?? 0;
  return { invitations: matching.slice(offset, offset + query.limit), total: matching.length };
}

import { activeFilters, assertListQuery } from './list-query.js';
import type { Invitation, InvitePage, ListQuery, SortField } from './types.js';

/**
 * Applies a ListQuery in the browser, for list routes that return every invitation at once and
 * ignore query parameters (the seed dashboard's `GET /invites`). Same rules as the server path:
 * one filter, `expired` means "expiresAt before `now`", newest first by default.
 */
export function applyListQuery(all: readonly Invitation[], query: ListQuery, now: Date = new Date()): InvitePage {
  assertListQuery(query);
  const [filter] = activeFilters(query);
  const search = query.search?.trim().toLowerCase();
  const matching = all.filter(
    (invitation) =>
      (filter === undefined || matchesFilter(invitation, query, filter, now)) &&
      (!search || invitation.emails.some((email) => email.toLowerCase().includes(search))),
  );
  const sortBy = query.sortBy ?? 'createdAt';
  const sign = (query.sortDirection ?? 'desc') === 'desc' ? -1 : 1;
  matching.sort((a, b) => sign * compare(sortValue(a, sortBy), sortValue(b, sortBy)));
  const offset = query.offset ?? 0;
  return { invitations: matching.slice(offset, offset + query.limit), total: matching.length };
}

function matchesFilter(invitation: Invitation, query: ListQuery, filter: string, now: Date): boolean {
  switch (filter) {
    case 'status':
      return query.status === 'expired'
        ? invitation.status === 'expired' || invitation.expiresAt < now
        : invitation.status === query.status;
    case 'role':
      return invitation.role === query.role;
    case 'createdFrom':
      return invitation.createdAt >= (query.createdFrom as Date);
    case 'createdTo':
      return invitation.createdAt <= (query.createdTo as Date);
    case 'expiresFrom':
      return invitation.expiresAt >= (query.expiresFrom as Date);
    default:
      return true;
  }
}

function sortValue(invitation: Invitation, field: SortField): string | number {
  const value = invitation[field];
  return value instanceof Date ? value.getTime() : value;
}

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

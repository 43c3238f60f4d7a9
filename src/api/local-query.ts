import { assertListQuery, queryFilter, type Filter } from './list-query.js';
import type { Invitation, InvitePage, ListQuery } from './types.js';

/**
 * Applies a ListQuery in the browser, for list routes that return every invitation at once and
 * ignore query parameters (the seed dashboard's `GET /invites`). Same rules as the server path:
 * one filter, `expired` means "expiresAt before `now`", newest first by default.
 */
export function applyListQuery(all: readonly Invitation[], query: ListQuery, now: Date = new Date()): InvitePage {
  assertListQuery(query);
  const filter = queryFilter(query, now);
  const search = query.search?.trim().toLowerCase();
  const matching = all.filter(
    (invitation) =>
      // A row the server already calls expired counts as expired, whatever its date says.
      (!filter || (query.status === 'expired' && invitation.status === 'expired') || matches(invitation, filter)) &&
      (!search || invitation.emails.some((email) => email.toLowerCase().includes(search))),
  );
  const sortBy = query.sortBy ?? 'createdAt';
  const sign = (query.sortDirection ?? 'desc') === 'desc' ? -1 : 1;
  matching.sort((a, b) => sign * compare(a[sortBy], b[sortBy]));
  const offset = query.offset ?? 0;
  return { invitations: matching.slice(offset, offset + query.limit), total: matching.length };
}

/** What each filter operator accepts, as `compare(row value, filter value)`. */
const ACCEPTS = { eq: [0], lt: [-1], lte: [-1, 0], gte: [0, 1] };

function matches(invitation: Invitation, [field, operator, value]: Filter): boolean {
  return ACCEPTS[operator].includes(compare(invitation[field], value));
}

/** Strings in code-unit order, dates by time. */
function compare(a: string | Date, b: string | Date): number {
  const x = a instanceof Date ? a.getTime() : a;
  const y = b instanceof Date ? b.getTime() : b;
  return x < y ? -1 : x > y ? 1 : 0;
}

import { createAuthEndpoint, sessionMiddleware } from 'better-auth/api';
import { filterWhere, isExactInDatabase, matchesSearch, readAll, prepareSearch, shownStatus, statusWhere, usesByInvitation, type Adapter, type InviteRow } from '../invitations.js';
import { pageOrder, readOrderedPage } from '../paging.js';
import { listQuerySchema, parseQuery, type ListQuery } from '../query.js';

/**
 * `GET /invite-dashboard/list`: the caller's invitations for any combination of filters, sorted and
 * paged on the server, as `/invite/list` rows plus `uses`.
 */
export const listEndpoint = () =>
  createAuthEndpoint('/invite-dashboard/list', { method: 'GET', use: [sessionMiddleware] }, async (ctx) => {
    const query = parseQuery(listQuerySchema, ctx.query);
    const adapter = ctx.context.adapter as unknown as Adapter;
    const now = new Date();
    const { rows, total } = await readPage(adapter, ctx.context.session.user.id, query, now);
    const uses = await usesByInvitation(adapter, rows.map((row) => row.id));
    return ctx.json({
      total,
      invitations: rows.map((row) => ({ ...row, status: shownStatus(row, now), uses: uses.get(row.id) ?? 0 })),
    });
  });

/** One page and the total. The database pages whenever it answers the search exactly; else this code does. */
async function readPage(adapter: Adapter, userId: string, query: ListQuery, now: Date): Promise<{ rows: InviteRow[]; total: number }> {
  const searchReady = query.search ? await prepareSearch(adapter, userId) : true;
  const where = [...filterWhere({ ...query, userId, searchReady }), ...(query.status ? statusWhere(query.status, now) : [])];
  const limit = query.limit ?? 20;
  const offset = query.offset ?? 0;
  const sortBy = { field: query.sortBy ?? 'createdAt', direction: query.sortDirection ?? 'desc' } as const;
  if (!query.search || isExactInDatabase(query.search, searchReady)) {
    const [total, rows] = await Promise.all([adapter.count({ model: 'invite', where }), readOrderedPage(adapter, where, sortBy, limit, offset)]);
    return { rows, total };
  }
  // The search in code: read what it needs of every candidate, page, then read the page's rows whole.
  const search = query.search;
  const candidates = await readAll<Pick<InviteRow, 'id' | 'email' | 'emails' | 'createdAt' | 'expiresAt'>>(adapter, 'invite', where, ['id', 'email', 'emails', 'createdAt', 'expiresAt']);
  const matching = candidates.filter((row) => matchesSearch(row, search));
  matching.sort(pageOrder(sortBy));
  const pageIds = matching.slice(offset, offset + limit).map((row) => row.id);
  const found = pageIds.length ? await adapter.findMany<InviteRow>({ model: 'invite', where: [{ field: 'id', operator: 'in', value: pageIds }], limit: pageIds.length }) : [];
  const byId = new Map(found.map((row) => [row.id, row]));
  return { rows: pageIds.map((id) => byId.get(id)!).filter(Boolean), total: matching.length };
}

import { createAuthEndpoint, sessionMiddleware } from 'better-auth/api';
import { filterWhere, isExactInDatabase, matchesSearch, readAll, shownStatus, statusWhere, usesByInvitation, type Adapter, type InviteRow } from '../invitations.js';
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
  const where = [...filterWhere({ ...query, userId }), ...(query.status ? statusWhere(query.status, now) : [])];
  const limit = query.limit ?? 20;
  const offset = query.offset ?? 0;
  const sortBy = { field: query.sortBy ?? 'createdAt', direction: query.sortDirection ?? 'desc' } as const;
  if (!query.search || isExactInDatabase(query.search)) {
    const [total, rows] = await Promise.all([
      adapter.count({ model: 'invite', where }),
      adapter.findMany<InviteRow>({ model: 'invite', where, limit, offset, sortBy }),
    ]);
    return { rows, total };
  }
  const search = query.search;
  const matching = (await readAll<InviteRow>(adapter, 'invite', where)).filter((row) => matchesSearch(row, search));
  const sign = sortBy.direction === 'asc' ? 1 : -1;
  matching.sort((a, b) => sign * (new Date(a[sortBy.field]).getTime() - new Date(b[sortBy.field]).getTime()));
  return { rows: matching.slice(offset, offset + limit), total: matching.length };
}

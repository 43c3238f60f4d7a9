import { createAuthEndpoint, sessionMiddleware } from 'better-auth/api';
import { countUses, fillInviters, filterWhere, isExactInDatabase, matchesSearch, readAll, prepareSearch, shownStatus, statusWhere, type Adapter, type InviteRow } from '../invitations.js';
import { parseQuery, statsQuerySchema, type StatusFilter } from '../query.js';

const STATUSES: readonly StatusFilter[] = ['pending', 'used', 'canceled', 'rejected', 'expired'];

/**
 * `GET /invite-dashboard/stats`: how many of the caller's invitations match the filters, by status
 * (the five sum to `total`), and how many uses they have had in all.
 */
export const statsEndpoint = () =>
  createAuthEndpoint('/invite-dashboard/stats', { method: 'GET', use: [sessionMiddleware] }, async (ctx) => {
    const query = parseQuery(statsQuerySchema, ctx.query);
    const adapter = ctx.context.adapter as unknown as Adapter;
    const now = new Date();
    const userId = ctx.context.session.user.id;
    const searchReady = query.search ? await prepareSearch(adapter, userId) : true;
    const where = filterWhere({ ...query, userId, searchReady });
    const stats = { total: 0, pending: 0, used: 0, canceled: 0, rejected: 0, expired: 0, uses: 0 };
    let ids: string[] = [];
    // Without filters, the uses are one count over the plugin's inviterId; with them, a count over the ids.
    const unfiltered = !query.search && query.role === undefined && !query.createdFrom && !query.createdTo;
    if (!query.search || isExactInDatabase(query.search, searchReady)) {
      // One count per status, whatever the number of rows.
      const counts = await Promise.all(STATUSES.map((status) => adapter.count({ model: 'invite', where: [...where, ...statusWhere(status, now)] })));
      STATUSES.forEach((status, i) => (stats[status] = counts[i]!));
      if (!unfiltered) ids = (await readAll<{ id: string }>(adapter, 'invite', where, ['id'])).map((row) => row.id);
    } else {
      const search = query.search;
      const columns = ['id', 'email', 'emails', 'status', 'expiresAt'];
      const rows = (await readAll<InviteRow>(adapter, 'invite', where, columns)).filter((row) => matchesSearch(row, search));
      for (const row of rows) stats[shownStatus(row, now)] += 1;
      ids = rows.map((row) => row.id);
    }
    stats.total = STATUSES.reduce((sum, status) => sum + stats[status], 0);
    stats.uses = unfiltered ? await countAllUses(adapter, userId) : await countUses(adapter, ids);
    return ctx.json(stats);
  });

/** Every use of the user's invitations: one count, once the new uses carry their inviter. */
async function countAllUses(adapter: Adapter, userId: string): Promise<number> {
  await fillInviters(adapter);
  return adapter.count({ model: 'inviteUse', where: [{ field: 'inviterId', value: userId }] });
}

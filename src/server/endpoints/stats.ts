import { createAuthEndpoint, sessionMiddleware } from 'better-auth/api';
import { countUses, fillUseCopies, filterWhere, isExactInDatabase, matchesSearch, prepareSearch, readAll, shownStatus, statusWhere, useWhere, type Adapter, type InviteRow } from '../invitations.js';
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
    if (!query.search || isExactInDatabase(query.search, searchReady)) {
      // One count per status and one for the uses, whatever the number of rows (once the uses carry
      // their copies; until then, one count per 10,000 ids).
      const [counts, usesReady] = await Promise.all([
        Promise.all(STATUSES.map((status) => adapter.count({ model: 'invite', where: [...where, ...statusWhere(status, now)] }))),
        fillUseCopies(adapter),
      ]);
      STATUSES.forEach((status, i) => (stats[status] = counts[i]!));
      stats.uses = usesReady
        ? await adapter.count({ model: 'inviteUse', where: useWhere({ ...query, userId }) })
        : await countUses(adapter, (await readAll<{ id: string }>(adapter, 'invite', where, ['id'])).map((row) => row.id));
    } else {
      // A search the database cannot answer exactly: the candidates are decided here.
      const search = query.search;
      const columns = ['id', 'email', 'emails', 'status', 'expiresAt'];
      const rows = (await readAll<InviteRow>(adapter, 'invite', where, columns)).filter((row) => matchesSearch(row, search));
      for (const row of rows) stats[shownStatus(row, now)] += 1;
      stats.uses = await countUses(adapter, rows.map((row) => row.id));
    }
    stats.total = STATUSES.reduce((sum, status) => sum + stats[status], 0);
    return ctx.json(stats);
  });

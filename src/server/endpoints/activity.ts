import { createAuthEndpoint, sessionMiddleware } from 'better-auth/api';
import { dayOf, daysBetween, median, nextDay, startOfDay } from '../../rules/calendar.js';
import { readAll, readUses, type Adapter } from '../invitations.js';
import { activityQuerySchema, parseQuery } from '../query.js';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * `GET /invite-dashboard/activity?from&to&timeZone`: per calendar day in `timeZone`, how many of the
 * caller's invitations were created and how many uses they had; of those created in the range, the
 * share used at least once and the median time to the first use; and how many live pending ones
 * expire within 7 days.
 */
export const activityEndpoint = () =>
  createAuthEndpoint('/invite-dashboard/activity', { method: 'GET', use: [sessionMiddleware] }, async (ctx) => {
    const { from, to, timeZone = 'UTC' } = parseQuery(activityQuerySchema, ctx.query);
    const adapter = ctx.context.adapter as unknown as Adapter;
    const userId = ctx.context.session.user.id;
    const start = startOfDay(from, timeZone);
    const end = startOfDay(nextDay(to), timeZone);
    const now = new Date();

    const mine = await readAll<{ id: string; createdAt: Date }>(adapter, 'invite', [{ field: 'createdByUserId', value: userId }], ['id', 'createdAt']);
    const createdInRange = mine.filter(({ createdAt }) => +new Date(createdAt) >= +start && +new Date(createdAt) < +end);
    const uses = (await readUses<{ inviteId: string; usedAt: Date }>(adapter, mine.map((row) => row.id), ['inviteId', 'usedAt'])).map((use) => ({
      inviteId: use.inviteId,
      usedAt: new Date(use.usedAt),
    }));

    const days = new Map(daysBetween(from, to).map((date) => [date, { date, created: 0, used: 0 }]));
    for (const { createdAt } of createdInRange) days.get(dayOf(new Date(createdAt), timeZone))!.created += 1;
    for (const use of uses) {
      if (+use.usedAt >= +start && +use.usedAt < +end) days.get(dayOf(use.usedAt, timeZone))!.used += 1;
    }

    const firstUse = new Map<string, number>();
    for (const use of uses) firstUse.set(use.inviteId, Math.min(firstUse.get(use.inviteId) ?? Infinity, +use.usedAt));
    const waits = createdInRange.flatMap(({ id, createdAt }) => (firstUse.has(id) ? [(firstUse.get(id)! - +new Date(createdAt)) / 1000] : []));

    const expiringWithin7Days = await adapter.count({
      model: 'invite',
      where: [
        { field: 'createdByUserId', value: userId },
        { field: 'status', value: 'pending' },
        { field: 'expiresAt', operator: 'gte', value: now },
        { field: 'expiresAt', operator: 'lte', value: new Date(now.getTime() + WEEK_MS) },
      ],
    });
    return ctx.json({
      days: [...days.values()],
      // Of the invitations created in the range; null when none was.
      acceptanceRate: createdInRange.length ? waits.length / createdInRange.length : null,
      medianSecondsToFirstUse: median(waits),
      expiringWithin7Days,
    });
  });

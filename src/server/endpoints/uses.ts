import { APIError, createAuthEndpoint, sessionMiddleware } from 'better-auth/api';
import { readAll, type Adapter, type InviteRow } from '../invitations.js';
import { parseQuery, usesQuerySchema } from '../query.js';

interface UseRow {
  usedAt: Date;
  usedByUserId?: string | null;
}

/**
 * `GET /invite-dashboard/uses?id=`: who used one of the caller's invitations and when, newest first
 * (`user` is null once that account is deleted). Someone else's invitation is a 404, as an unknown one.
 */
export const usesEndpoint = () =>
  createAuthEndpoint('/invite-dashboard/uses', { method: 'GET', use: [sessionMiddleware] }, async (ctx) => {
    const { id } = parseQuery(usesQuerySchema, ctx.query);
    const adapter = ctx.context.adapter as unknown as Adapter;
    const invitation = await adapter.findOne<InviteRow>({ model: 'invite', where: [{ field: 'id', value: id }] });
    if (!invitation || invitation.createdByUserId !== ctx.context.session.user.id) {
      throw new APIError('NOT_FOUND', { code: 'INVITATION_NOT_FOUND', message: 'You have no invitation with this id.' });
    }
    const uses = await readAll<UseRow>(adapter, 'inviteUse', [{ field: 'inviteId', value: id }]);
    const userIds = [...new Set(uses.map((use) => use.usedByUserId).filter((userId): userId is string => Boolean(userId)))];
    const users = userIds.length
      ? await readAll<{ id: string; name: string; email: string }>(adapter, 'user', [{ field: 'id', operator: 'in', value: userIds }], ['id', 'name', 'email'])
      : [];
    const byId = new Map(users.map((user) => [user.id, { id: user.id, name: user.name, email: user.email }]));
    const answer = uses
      .map((use) => ({ usedAt: new Date(use.usedAt), user: (use.usedByUserId && byId.get(use.usedByUserId)) || null }))
      .sort((a, b) => b.usedAt.getTime() - a.usedAt.getTime());
    return ctx.json({ uses: answer });
  });

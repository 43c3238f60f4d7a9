/*
 * better-invite's own `inviteHooks` see every path that uses or rejects an invitation (activate, the
 * mailed link, sign-in or sign-up with the invite cookie). The plugin hands out hooks that call the
 * app's callbacks after the fact and never throw: better-invite does not catch, and an app's failing
 * mail must not fail the invitee's request.
 */

export interface InviteEventData {
  /** The invitation as stored (better-invite's row). */
  invitation: Record<string, unknown> & { id: string; createdByUserId?: string | null };
  /** Who used or rejected it. */
  user: { id: string; name?: string | null; email: string };
  /** Who created it, or null when that account is gone. */
  creator: { id: string; name: string; email: string } | null;
}

export interface InviteCallbacks {
  onInviteUsed?: (data: InviteEventData) => void | Promise<void>;
  onInviteRejected?: (data: InviteEventData) => void | Promise<void>;
}

type FindUser = (id: string) => Promise<{ id: string; name: string; email: string } | null>;

export interface HookData {
  ctx: {
    context: {
      internalAdapter: { findUserById: (id: string) => Promise<{ id: string; name: string; email: string } | null> };
      session?: { user: InviteEventData['user'] } | null;
    };
  };
  invitation: InviteEventData['invitation'];
  /** Given on accept; a reject is by the signed-in user. */
  invitedUser?: InviteEventData['user'];
}

/** Hooks for `invite({ inviteHooks })`. */
export function createInviteHooks(callbacks: InviteCallbacks, log: (message: string, error: unknown) => void = defaultLog) {
  const call = async (name: keyof InviteCallbacks, data: HookData) => {
    const callback = callbacks[name];
    if (!callback) return;
    try {
      const user = data.invitedUser ?? data.ctx.context.session?.user;
      if (!user) return;
      const findUser: FindUser = (id) => data.ctx.context.internalAdapter.findUserById(id);
      const creatorId = data.invitation.createdByUserId;
      const found = creatorId ? await findUser(creatorId) : null;
      const creator = found ? { id: found.id, name: found.name, email: found.email } : null;
      await callback({ invitation: data.invitation, user: { id: user.id, name: user.name ?? null, email: user.email }, creator });
    } catch (error) {
      log(`invite-dashboard: ${name} failed; the invitee's request went on.`, error);
    }
  };
  return {
    afterAcceptInvite: (data: HookData) => call('onInviteUsed', data),
    afterRejectInvite: (data: HookData) => call('onInviteRejected', data),
  };
}

function defaultLog(message: string, error: unknown): void {
  console.error(message, error instanceof Error ? error.message : error);
}

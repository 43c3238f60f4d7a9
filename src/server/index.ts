/*
 * invite-dashboard/server: the companion Better Auth plugin. Read endpoints beside better-invite's
 * (list with any filters, stats, uses, activity) and hooks that tell the app when an invitation is
 * used or rejected. Node only; never imported by the elements.
 *
 *   const dashboard = inviteDashboard({ onInviteUsed });
 *   betterAuth({ plugins: [invite({ …, inviteHooks: dashboard.inviteHooks }), dashboard] });
 */
import type { BetterAuthPlugin } from 'better-auth';
import { activityEndpoint } from './endpoints/activity.js';
import { listEndpoint } from './endpoints/list.js';
import { statsEndpoint } from './endpoints/stats.js';
import { usesEndpoint } from './endpoints/uses.js';
import { createInviteHooks, type InviteCallbacks } from './hooks.js';

export type { InviteCallbacks, InviteEventData } from './hooks.js';

export interface InviteDashboardOptions extends InviteCallbacks {
  /** Where a throwing callback is reported (default: console.error). */
  log?: (message: string, error: unknown) => void;
}

/** The plugin, plus the `inviteHooks` to hand to better-invite's `invite()`. */
export function inviteDashboard(options: InviteDashboardOptions = {}) {
  return {
    id: 'invite-dashboard',
    endpoints: {
      inviteDashboardList: listEndpoint(),
      inviteDashboardStats: statsEndpoint(),
      inviteDashboardUses: usesEndpoint(),
      inviteDashboardActivity: activityEndpoint(),
    },
    // Who created the invitation a use is of, on each `inviteUse` row (filled in by the stats endpoint):
    // the uses of all of a user's invitations are then one count, not a read of every invitation.
    // And on each `invite` row, its addresses as one searchable line each (filled in by list and stats).
    schema: {
      invite: { fields: { searchText: { type: 'string', required: false, input: false } } },
      inviteUse: { fields: { inviterId: { type: 'string', required: false, input: false, index: true } } },
    },
    inviteHooks: createInviteHooks(options, options.log),
  } satisfies BetterAuthPlugin & { inviteHooks: unknown };
}

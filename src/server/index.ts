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
    // Columns of its own on better-invite's tables, filled in by the endpoints (see invitations.ts): on
    // `invite` its addresses as one searchable line each; on `inviteUse` copies of what stats filter on,
    // so the uses of any filtered set are one count rather than a read of every invitation.
    schema: {
      invite: { fields: { searchText: { type: 'string', required: false, input: false } } },
      inviteUse: {
        fields: {
          inviterId: { type: 'string', required: false, input: false, index: true },
          inviteRole: { type: 'string', required: false, input: false },
          inviteCreatedAt: { type: 'date', required: false, input: false },
          inviteSearchText: { type: 'string', required: false, input: false },
        },
      },
    },
    inviteHooks: createInviteHooks(options, options.log),
  } satisfies BetterAuthPlugin & { inviteHooks: unknown };
}

/**
 * invite-dashboard: importing this module registers the elements and exports their classes,
 * the adapter layer and the types.
 */
export { InviteDashboard } from './components/invite-dashboard/invite-dashboard.js';
export { InviteCard } from './components/invite-card/invite-card.js';
export { InviteStatsElement } from './components/invite-stats/invite-stats.js';
export { CreateInviteDialog } from './components/create-invite-dialog/create-invite-dialog.js';
export { InviteHistory } from './components/invite-history/invite-history.js';
export { InviteAnalytics } from './components/invite-analytics/invite-analytics.js';
// The adapter layer, but for upgradeAdapter() (0.1 adapters), which is only in 'invite-dashboard/api'.
export type * from './api/index.js';
export {
  INVITE_STATUSES,
  invitationSchema,
  invitePageSchema,
  COMPANION_PLUGIN_NEEDED,
  InviteApiError,
  isAbort,
  isInviteApiError,
  toInviteApiError,
  createBetterInviteAdapter,
  BROWSER_READ_LIMIT,
  adapterFor,
  applyListQuery,
  matchesQuery,
} from './api/index.js';
export { dispatchInviteEvent } from './events.js';
export type { InviteEventDetailMap, InviteEventName, InviteEvent, InviteOperation } from './events.js';
export { defaultStrings, type InviteStrings } from './i18n/strings.js';
export type { Count, PluralForms } from './i18n/plural.js';
export { buildInviteUrl, DEFAULT_INVITE_URL_TEMPLATE } from './rules/invite-url.js';
export { isExpired, isPublic, canCancel, displayStatus, countByStatus } from './rules/invitation.js';

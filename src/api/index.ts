export type {
  ActivityQuery,
  CreateInviteInput,
  CreateInviteResult,
  Invitation,
  InviteActivity,
  InviteAdapter,
  InviteCapabilities,
  InvitePage,
  InviteStats,
  InviteStatus,
  InviteUse,
  ListQuery,
  SortField,
  StatsQuery,
  StoredStatus,
} from './types.js';
export { INVITE_STATUSES } from './types.js';
export type { InvitationRow } from './better-invite/wire.js';
export { invitationSchema, invitePageSchema } from './better-invite/wire.js';
export type { InviteApiErrorInit, InviteApiErrorKind } from './errors.js';
export { COMPANION_PLUGIN_NEEDED, InviteApiError, isAbort, isInviteApiError, toInviteApiError } from './errors.js';
export type { BetterInviteAdapterOptions } from './better-invite/adapter.js';
export { createBetterInviteAdapter } from './better-invite/adapter.js';
export { BROWSER_READ_LIMIT } from './better-invite/read-all.js';
export type { LegacyInviteAdapter, LegacyInvitation, LegacyListQuery } from './legacy-adapter.js';
export { upgradeAdapter } from './legacy-adapter.js';
export type { AdapterHost } from './adapter-for.js';
export { adapterFor } from './adapter-for.js';
export { applyListQuery, matchesQuery } from './list-query.js';

export type {
  CreateInviteInput,
  CreateInviteResult,
  Invitation,
  InviteAdapter,
  InvitePage,
  InviteStats,
  InviteStatus,
  InviteUse,
  ListQuery,
  SortField,
  StoredStatus,
} from './types.js';
export type { InvitationRow } from './schemas.js';
export { INVITE_STATUSES, invitationSchema, invitePageSchema } from './schemas.js';
export type { InviteApiErrorInit, InviteApiErrorKind } from './errors.js';
export { InviteApiError, isAbort, isInviteApiError, toInviteApiError } from './errors.js';
export type { BetterInviteAdapterOptions } from './better-invite-adapter.js';
export { createBetterInviteAdapter } from './better-invite-adapter.js';
export type { AdapterHost } from './adapter-for.js';
export { adapterFor } from './adapter-for.js';
export { applyListQuery } from './local-query.js';

// Generated from custom-elements.json by scripts/generate-framework-types.mjs: do not edit.
// Vue 3 templates: `<invite-dashboard :roles.prop="roles" @invite-created="onCreated">` typed
// through `GlobalComponents` (Volar / vue-tsc). Use: `/// <reference types="invite-dashboard/vue" />`
// in env.d.ts, and `compilerOptions.isCustomElement` so Vue leaves the tags to the browser.
import type { DefineComponent } from 'vue';
import type { InviteEvent } from '../events.js';
import type { CreateInviteDialog } from '../components/create-invite-dialog/create-invite-dialog.js';
import type { InviteAnalytics } from '../components/invite-analytics/invite-analytics.js';
import type { InviteCard } from '../components/invite-card/invite-card.js';
import type { InviteDashboard } from '../components/invite-dashboard/invite-dashboard.js';
import type { InviteHistory } from '../components/invite-history/invite-history.js';
import type { InviteStatsElement } from '../components/invite-stats/invite-stats.js';

/** Props of `<create-invite-dialog>` in Vue: properties (bind with `.prop` or `:`), kebab attributes, `@invite-…` listeners. */
export interface CreateInviteDialogVueProps {
  /** Base URL of the Better Auth API, used by the default adapter and for `{api}` in `invite-url`. By default the dashboard's, else `/api/auth`. */
  apiBase?: CreateInviteDialog['apiBase'];
  /** Fetch used by the default adapter (headers, bearer token, a test double). */
  fetch?: CreateInviteDialog['fetch'];
  /** Replaces the whole data source; by default the dashboard's, else a better-invite HTTP adapter. */
  adapter?: CreateInviteDialog['adapter'];
  /** Milliseconds the default adapter waits for the server before the request fails as a timeout; 0 waits forever. */
  requestTimeout?: CreateInviteDialog['requestTimeout'];
  /** Roles offered in the select: a comma list as an attribute, an array as a property. */
  roles?: CreateInviteDialog['roles'];
  /** Whether the dialog is shown. Setting it opens or closes the dialog. */
  open?: CreateInviteDialog['open'];
  /** Template of the public link shown after creating: `{api}`, `{origin}`, `{token}`. By default the dashboard's, else `{api}/invite/{token}`. */
  inviteUrl?: CreateInviteDialog['inviteUrl'];
  /** BCP 47 locale for dates and numbers; by default the dashboard's, then the page's `<html lang>`, then the browser's. */
  locale?: CreateInviteDialog['locale'];
  /** Overrides of any visible text; by default the dashboard's. */
  strings?: CreateInviteDialog['strings'];
  /** `light`, `dark` or `auto`; unset follows the surrounding page or element. */
  theme?: CreateInviteDialog['theme'];
  /** Attribute form of `apiBase`. */
  'api-base'?: string;
  /** Attribute form of `requestTimeout`. */
  'request-timeout'?: number | string;
  /** Attribute form of `inviteUrl`. */
  'invite-url'?: string;
  /** `{ invitations }` (private) or `{ token, url }` (public) after the server accepted. */
  onInviteCreated?: (event: InviteEvent<'invite-created'>) => void;
  /** `{ url }` when the public link was copied. */
  onInviteLinkCopied?: (event: InviteEvent<'invite-link-copied'>) => void;
  /** `{ operation: 'create', error }` when the server refused or could not be reached (once per failed submit; a request aborted by its adapter or host is not an error). */
  onInviteError?: (event: InviteEvent<'invite-error'>) => void;
  /** `{}` when the server answered 401/403. */
  onInviteUnauthorized?: (event: InviteEvent<'invite-unauthorized'>) => void;
}

/** Props of `<invite-analytics>` in Vue: properties (bind with `.prop` or `:`), kebab attributes, `@invite-…` listeners. */
export interface InviteAnalyticsVueProps {
  /** Base URL of the Better Auth API for the default adapter. By default the dashboard's, else `/api/auth`. */
  apiBase?: InviteAnalytics['apiBase'];
  /** Fetch used by the default adapter (headers, bearer token, a test double). */
  fetch?: InviteAnalytics['fetch'];
  /** Replaces the whole data source; by default the dashboard's, else a better-invite HTTP adapter. */
  adapter?: InviteAnalytics['adapter'];
  /** Milliseconds the default adapter waits for the server before the request fails as a timeout; 0 waits forever. */
  requestTimeout?: InviteAnalytics['requestTimeout'];
  /** Days shown, today included: 7, 30 or 90 (another value shows 30). The period select sets it. */
  range?: InviteAnalytics['range'];
  /** IANA time zone the days are counted in; by default the viewer's. */
  timeZone?: InviteAnalytics['timeZone'];
  /** BCP 47 locale for dates and numbers; by default the dashboard's, then the page's `<html lang>`, then the browser's. */
  locale?: InviteAnalytics['locale'];
  /** Overrides of any visible text; by default the dashboard's. */
  strings?: InviteAnalytics['strings'];
  /** `light`, `dark` or `auto`; unset follows the surrounding page or element. */
  theme?: InviteAnalytics['theme'];
  /** Attribute form of `apiBase`. */
  'api-base'?: string;
  /** Attribute form of `requestTimeout`. */
  'request-timeout'?: number | string;
  /** Attribute form of `timeZone`. */
  'time-zone'?: string;
  /** `{ count }` when "Show them" beside the expiring count is pressed: the host shows the pending invitations, soonest expiry first. */
  onInviteShowExpiring?: (event: InviteEvent<'invite-show-expiring'>) => void;
  /** `{ range }` after the period select changed `range`. */
  onInviteRangeChanged?: (event: InviteEvent<'invite-range-changed'>) => void;
  /** `{ operation: 'activity', error }` once per failed read (a stale read aborted is not an error). */
  onInviteError?: (event: InviteEvent<'invite-error'>) => void;
  /** `{}` when the server answered 401/403. */
  onInviteUnauthorized?: (event: InviteEvent<'invite-unauthorized'>) => void;
}

/** Props of `<invite-card>` in Vue: properties (bind with `.prop` or `:`), kebab attributes, `@invite-…` listeners. */
export interface InviteCardVueProps {
  /** The invitation to show, as the adapter parsed it. */
  invitation?: InviteCard['invitation'];
  /** Link template for public invites: `{api}`, `{origin}`, `{token}`. By default the dashboard's, else `{api}/invite/{token}`. */
  inviteUrl?: InviteCard['inviteUrl'];
  /** Base URL of the Better Auth API, used for `{api}` in `invite-url`. By default the dashboard's, else `/api/auth`. */
  apiBase?: InviteCard['apiBase'];
  /** Set by the owner while it cancels or resends this invitation: disables both buttons. */
  busy?: InviteCard['busy'];
  /** The owner can send invitations again: a pending or expired one offers "Resend" (`invite-resend`). */
  resendable?: InviteCard['resendable'];
  /** `comfortable` (a card) or `compact` (one line, for long lists; the QR code stays with the card). */
  density?: InviteCard['density'];
  /** BCP 47 locale for dates and numbers; by default the dashboard's, then the page's `<html lang>`, then the browser's. */
  locale?: InviteCard['locale'];
  /** Overrides of any visible text; by default the dashboard's. */
  strings?: InviteCard['strings'];
  /** `light`, `dark` or `auto`; unset follows the surrounding page or element. */
  theme?: InviteCard['theme'];
  /** Attribute form of `inviteUrl`. */
  'invite-url'?: string;
  /** Attribute form of `apiBase`. */
  'api-base'?: string;
  /** The user confirmed cancelling: `{ invitation }`. Cancelable; the owner checks `defaultPrevented`. */
  onInviteCancel?: (event: InviteEvent<'invite-cancel'>) => void;
  /** The invite link was copied: `{ url }`. */
  onInviteLinkCopied?: (event: InviteEvent<'invite-link-copied'>) => void;
  /** The user asked who used it (shown when the backend counts uses and there is one): `{ invitation }`. The owner shows it. */
  onInviteHistory?: (event: InviteEvent<'invite-history'>) => void;
  /** The user asked to send it again (`resendable` cards): `{ invitation }`. The owner does it. */
  onInviteResend?: (event: InviteEvent<'invite-resend'>) => void;
}

/** Props of `<invite-dashboard>` in Vue: properties (bind with `.prop` or `:`), kebab attributes, `@invite-…` listeners. */
export interface InviteDashboardVueProps {
  /** The status tab shown: `all`, `pending`, `used`, `canceled`, `rejected` or `expired`. */
  status?: InviteDashboard['status'];
  /** Shows invitations with an email containing this text. */
  search?: InviteDashboard['search'];
  /** Shows invitations with this role ('' for every role). */
  roleFilter?: InviteDashboard['roleFilter'];
  /** Shows invitations created on or after this day (`YYYY-MM-DD`, the viewer's time zone). */
  createdFrom?: InviteDashboard['createdFrom'];
  /** Shows invitations created on or before this day (`YYYY-MM-DD`, the viewer's time zone). */
  createdTo?: InviteDashboard['createdTo'];
  /** `newest`, `oldest` (by creation) or `expiring` (soonest expiry first). */
  sort?: InviteDashboard['sort'];
  /** The page shown, from 1. */
  page?: InviteDashboard['page'];
  /** No insight panel (`<invite-analytics>`). */
  hideAnalytics?: InviteDashboard['hideAnalytics'];
  /** Where the host's sign-in page is: the signed-out state links there ("Sign in"). Same origin or http(s) only. */
  signInUrl?: InviteDashboard['signInUrl'];
  /** `comfortable` (cards) or `compact` (one line per invitation, for long lists). */
  density?: InviteDashboard['density'];
  /** Keeps the view in the page URL's query (`invite_status`, `invite_q`, …): reloads and back/forward keep it. */
  syncUrl?: InviteDashboard['syncUrl'];
  /** Base URL of the Better Auth API, relative or absolute. */
  apiBase?: InviteDashboard['apiBase'];
  /** Fetch used by the default adapter (inject headers, a bearer token, a test double). */
  fetch?: InviteDashboard['fetch'];
  /** Replaces the whole data source. */
  adapter?: InviteDashboard['adapter'];
  /** Roles offered when creating (attribute: comma list). */
  roles?: InviteDashboard['roles'];
  /** Invitations per page. */
  pageSize?: InviteDashboard['pageSize'];
  /** Seconds between background refreshes; 0 is off. Paused while the page is hidden or offline; after failures it backs off (doubling, up to 5 minutes) and never polls before a 429's retry-after. */
  pollInterval?: InviteDashboard['pollInterval'];
  /** Milliseconds a request may take before it fails as a timeout (`network`, code `TIMEOUT`); 0 waits forever. */
  requestTimeout?: InviteDashboard['requestTimeout'];
  /** Link template for public invites: `{api}`, `{origin}`, `{token}`. */
  inviteUrl?: InviteDashboard['inviteUrl'];
  /** `light`, `dark` or `auto` (follows prefers-color-scheme). */
  theme?: InviteDashboard['theme'];
  /** BCP 47 locale for dates and numbers; by default the dashboard's, then the page's `<html lang>`, then the browser's. */
  locale?: InviteDashboard['locale'];
  /** Overrides of any visible text; by default the dashboard's. */
  strings?: InviteDashboard['strings'];
  /** Attribute form of `roleFilter`. */
  'role-filter'?: string;
  /** Attribute form of `createdFrom`. */
  'created-from'?: string;
  /** Attribute form of `createdTo`. */
  'created-to'?: string;
  /** Attribute form of `syncUrl`. */
  'sync-url'?: boolean | string;
  /** Attribute form of `signInUrl`. */
  'sign-in-url'?: string;
  /** Attribute form of `hideAnalytics`. */
  'hide-analytics'?: boolean | string;
  /** Attribute form of `apiBase`. */
  'api-base'?: string;
  /** Attribute form of `pageSize`. */
  'page-size'?: number | string;
  /** Attribute form of `pollInterval`. */
  'poll-interval'?: number | string;
  /** Attribute form of `requestTimeout`. */
  'request-timeout'?: number | string;
  /** Attribute form of `inviteUrl`. */
  'invite-url'?: string;
  /** An invitation was created: `{ invitations?, url?, token? }`. */
  onInviteCreated?: (event: InviteEvent<'invite-created'>) => void;
  /** An invitation was canceled: `{ invitation }`. */
  onInviteCanceled?: (event: InviteEvent<'invite-canceled'>) => void;
  /** A card asks to cancel (cancelable: call `preventDefault()` to stop the dashboard). */
  onInviteCancel?: (event: InviteEvent<'invite-cancel'>) => void;
  /** An invite link was copied: `{ url }`. */
  onInviteLinkCopied?: (event: InviteEvent<'invite-link-copied'>) => void;
  /** A request failed: `{ operation, error }`. */
  onInviteError?: (event: InviteEvent<'invite-error'>) => void;
  /** The server answered 401/403; the dashboard shows its signed-out state. */
  onInviteUnauthorized?: (event: InviteEvent<'invite-unauthorized'>) => void;
  /** The insight panel asked for the invitations expiring soon (the dashboard shows them): `{ count }`. */
  onInviteShowExpiring?: (event: InviteEvent<'invite-show-expiring'>) => void;
  /** The insight panel's period changed: `{ range }`. */
  onInviteRangeChanged?: (event: InviteEvent<'invite-range-changed'>) => void;
  /** The user changed the view (tab, search, filters, sort, page): `{ view }`, as the attributes. */
  onInviteViewChanged?: (event: InviteEvent<'invite-view-changed'>) => void;
  /** An invitation was sent again: `{ previous, result }` (the new one's create result). */
  onInviteResent?: (event: InviteEvent<'invite-resent'>) => void;
  /** A bulk cancel finished: `{ canceled, failed }` (failed: `{ invitation, error }`). */
  onInviteBulkCanceled?: (event: InviteEvent<'invite-bulk-canceled'>) => void;
  /** A CSV file was saved: `{ count, filename }`. */
  onInviteExported?: (event: InviteEvent<'invite-exported'>) => void;
  /** A reload found an invitation whose status changed (e.g. it was used): `{ invitation, previous }`. Not fired for the dashboard's own cancels. */
  onInviteStatusChanged?: (event: InviteEvent<'invite-status-changed'>) => void;
}

/** Props of `<invite-history>` in Vue: properties (bind with `.prop` or `:`), kebab attributes, `@invite-…` listeners. */
export interface InviteHistoryVueProps {
  /** The invitation whose uses are shown. */
  invitation?: InviteHistory['invitation'];
  /** Base URL of the Better Auth API, used by the default adapter. By default the dashboard's, else `/api/auth`. */
  apiBase?: InviteHistory['apiBase'];
  /** Fetch used by the default adapter (headers, bearer token, a test double). */
  fetch?: InviteHistory['fetch'];
  /** Replaces the whole data source; by default the dashboard's, else a better-invite HTTP adapter. */
  adapter?: InviteHistory['adapter'];
  /** Milliseconds the default adapter waits for the server before the request fails as a timeout; 0 waits forever. */
  requestTimeout?: InviteHistory['requestTimeout'];
  /** Whether the drawer is shown. Setting it opens or closes it. */
  open?: InviteHistory['open'];
  /** BCP 47 locale for dates and numbers; by default the dashboard's, then the page's `<html lang>`, then the browser's. */
  locale?: InviteHistory['locale'];
  /** Overrides of any visible text; by default the dashboard's. */
  strings?: InviteHistory['strings'];
  /** `light`, `dark` or `auto`; unset follows the surrounding page or element. */
  theme?: InviteHistory['theme'];
  /** Attribute form of `apiBase`. */
  'api-base'?: string;
  /** Attribute form of `requestTimeout`. */
  'request-timeout'?: number | string;
  /** Reading who used it failed: `{ operation: 'uses', error }`. */
  onInviteError?: (event: InviteEvent<'invite-error'>) => void;
  /** `{}` when the server answered 401/403. */
  onInviteUnauthorized?: (event: InviteEvent<'invite-unauthorized'>) => void;
}

/** Props of `<invite-stats>` in Vue: properties (bind with `.prop` or `:`), kebab attributes, `@invite-…` listeners. */
export interface InviteStatsVueProps {
  /** Counts over all invitations. Wins over `invitations` when both are set. */
  stats?: InviteStatsElement['stats'];
  /** Invitations to count when no `stats` are given (exact only when this is all of them). */
  invitations?: InviteStatsElement['invitations'];
  /** Show the rejected and expired tiles even when their count is zero. */
  showAll?: InviteStatsElement['showAll'];
  /** BCP 47 locale for dates and numbers; by default the dashboard's, then the page's `<html lang>`, then the browser's. */
  locale?: InviteStatsElement['locale'];
  /** Overrides of any visible text; by default the dashboard's. */
  strings?: InviteStatsElement['strings'];
  /** `light`, `dark` or `auto`; unset follows the surrounding page or element. */
  theme?: InviteStatsElement['theme'];
  /** Attribute form of `showAll`. */
  'show-all'?: boolean | string;
}

declare module 'vue' {
  interface GlobalComponents {
    CreateInviteDialog: DefineComponent<CreateInviteDialogVueProps>;
    InviteAnalytics: DefineComponent<InviteAnalyticsVueProps>;
    InviteCard: DefineComponent<InviteCardVueProps>;
    InviteDashboard: DefineComponent<InviteDashboardVueProps>;
    InviteHistory: DefineComponent<InviteHistoryVueProps>;
    InviteStats: DefineComponent<InviteStatsVueProps>;
  }
}

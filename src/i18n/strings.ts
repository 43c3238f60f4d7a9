import type { InviteStatus } from '../api/types.js';
import type { InviteApiError } from '../api/errors.js';
import type { Count } from './plural.js';

/**
 * Every visible text of the elements, in English. A host overrides any of them through the
 * elements' `strings` property, or replaces them all with a full translation (`esStrings`).
 * Functions receive already-formatted values; counted phrases receive a `Count`, whose `plural()`
 * picks the form the locale's grammar needs (`Intl.PluralRules`).
 */
export const defaultStrings = {
  // dashboard
  title: 'Invitations',
  createInvite: 'Create invite',
  statusTabsLabel: 'Filter invitations by status',
  tabAll: 'All',
  loading: 'Loading invitations…',
  emptyTitleAll: 'No invitations yet',
  /** `label` is the status as the tabs name it; `_status` its key, for languages that inflect it. */
  emptyTitleStatus: (label: string, _status: InviteStatus) => `No ${label.toLowerCase()} invitations`,
  emptyBody: 'Invitations you create appear here, with their status and link.',
  createFirst: 'Create your first invitation',
  loadErrorTitle: 'Could not load invitations',
  retry: 'Retry',
  offlineError: 'You are offline. The list loads again by itself when the connection is back.',
  refreshFailed: (reason: string) => `Could not refresh the list: ${reason} Showing the invitations loaded before.`,
  signedOutTitle: 'You are signed out',
  signedOutBody: 'Sign in to see and manage your invitations.',
  signIn: 'Sign in',
  rowsPerPage: 'Rows per page',
  showing: (from: string, to: string, total: string) => `Showing ${from}–${to} of ${total}`,
  paginationLabel: 'Pages',
  previousPage: 'Previous',
  nextPage: 'Next',
  pageOf: (page: string, pages: string) => `Page ${page} of ${pages}`,
  canceledNotice: 'Invitation canceled.',
  cancelFailed: (reason: string) => `Could not cancel the invitation: ${reason}`,
  createdNotice: (count: Count) =>
    count.plural({ one: 'Invitation created.', other: `${count.text} invitations created.` }),
  dismiss: 'Dismiss',
  listLabel: 'Invitations',

  // live activity: what changed while the dashboard was open
  /** `status` is the new one; `kind`: a private invite was accepted by its addressee, a public link by someone. */
  activity: (name: string, status: InviteStatus, kind: 'private' | 'public') =>
    status === 'used'
      ? kind === 'private' ? `${name} accepted the invitation.` : `${name} was used.`
      : status === 'rejected'
        ? `${name} declined the invitation.`
        : status === 'expired'
          ? `The invitation for ${name} expired.`
          : status === 'canceled' ? `The invitation for ${name} was canceled.` : `The invitation for ${name} is ${status}.`,
  /** A use that changed no status (a link with uses left); `uses` the count now. */
  activityUsedAgain: (name: string, uses: Count) => uses.plural({ one: `${name} was used: 1 use so far.`, other: `${name} was used: ${uses.text} uses so far.` }),

  showActivity: 'Show activity',
  hideActivity: 'Hide activity',

  // toolbar: finding invitations
  toolbarLabel: 'Search, filter and sort',
  searchLabel: 'Search by email',
  roleFilterLabel: 'Role',
  allRoles: 'All roles',
  createdFromLabel: 'Created from',
  createdToLabel: 'Created to',
  dateRangeError: 'The start date is after the end date.',
  sortLabel: 'Sort',
  sortNewest: 'Newest first',
  sortOldest: 'Oldest first',
  sortExpiring: 'Expiring soonest',
  clearFilters: 'Clear filters',
  emptyFilteredTitle: 'No invitations match',
  /** `filters` lists what hides everything, from the `filter*` texts below. */
  emptyFilteredBody: (filters: string) => `Nothing matches ${filters}.`,
  filterStatus: (label: string) => `status ${label.toLowerCase()}`,
  filterSearch: (text: string) => `the search “${text}”`,
  filterRole: (role: string) => `role ${role}`,
  filterFrom: (date: string) => `created from ${date}`,
  filterTo: (date: string) => `created up to ${date}`,
  filterJoin: (...parts: string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`),

  // selection and bulk cancel
  selectInvitation: (name: string) => `Select ${name}`,
  selectAllOnPage: 'Select all on this page',
  selectedCount: (count: Count) => `${count.text} selected`,
  cancelSelected: 'Cancel selected',
  clearSelection: 'Clear selection',
  confirmBulkCancel: (count: Count) =>
    count.plural({ one: 'Cancel the selected invitation? Its link stops working.', other: `Cancel ${count.text} invitations? Their links stop working.` }),
  confirmBulkYes: 'Yes, cancel them',
  bulkCanceling: (count: Count) => `Canceling ${count.text}…`,
  /** `reasons` joins `bulkFailure` for each that failed. */
  bulkResult: (canceled: Count, failed: Count, reasons: string) =>
    failed.value === 0 ? `${canceled.text} canceled.` : `${canceled.text} canceled, ${failed.text} could not be: ${reasons}`,
  bulkFailure: (name: string, reason: string) => `${name} (${reason})`,

  // resend
  resend: 'Resend',
  /** `oldCanceled`: the old one was still pending and is now canceled (an expired one is left as it was). */
  resentNotice: (name: string, oldCanceled: boolean) => `Sent again: ${name}.${oldCanceled ? ' The old invitation was canceled.' : ''}`,
  resendFailed: (reason: string) => `Could not resend the invitation: ${reason}`,
  resendCancelFailed: (reason: string) => `Sent a new invitation, but the old one could not be canceled: ${reason}`,

  // statuses, as badges, tabs and tiles name them
  status: {
    pending: 'Pending',
    used: 'Used',
    canceled: 'Canceled',
    rejected: 'Rejected',
    expired: 'Expired',
  } satisfies Record<InviteStatus, string>,

  // card
  publicInvite: 'Public invite',
  privateInviteIcon: 'Private invite',
  role: 'Role',
  newAccount: 'New account',
  roleUpgrade: 'Role upgrade',
  /** A public invite's link, told apart by the end of its token. */
  linkEnding: (end: string) => `Link …${end}`,
  created: (date: string) => `Created ${date}`,
  maxUses: (count: string) => `Max uses: ${count}`,
  unlimitedUses: 'Unlimited',
  /** When the backend counts uses (the companion plugin): a limited invitation. */
  usesOf: (used: string, max: string) => `${used} of ${max} used`,
  /** When the backend counts uses: an unlimited link. */
  usesCount: (count: Count) => count.plural({ one: 'Used once', other: `${count.text} uses` }),
  expires: (relative: string) => `Expires ${relative}`,
  expiredOn: (date: string) => `Expired on ${date}`,
  inviteLink: 'Invite link',
  copyLink: 'Copy link',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the link and copy it by hand.',
  cancelInvite: 'Cancel invite',
  confirmCancel: 'Cancel this invitation? Its link stops working.',
  confirmCancelYes: 'Yes, cancel it',
  confirmCancelNo: 'Keep it',
  canceling: 'Canceling…',

  // stats
  statsLabel: 'Invitation statistics',
  statTotal: 'Total invites',
  statsLoading: 'Loading statistics…',

  // create dialog
  dialogTitle: 'Create invitation',
  close: 'Close',
  inviteType: 'Invite type',
  typePrivate: 'Private (email)',
  typePublic: 'Public (link)',
  emails: 'Email addresses',
  emailsHint: 'One or several, separated by commas or new lines.',
  maxUsesLabel: 'Max uses',
  maxUsesHint: '0 = unlimited',
  expiresInDays: 'Expires in (days)',
  shareName: 'Share my name with the invitee',
  cancel: 'Cancel',
  submit: 'Create invite',
  submitting: 'Creating…',
  errorEmailsRequired: 'Enter at least one email address.',
  errorInvalidEmails: (emails: string, count: Count) =>
    count.plural({ one: `Not a valid email address: ${emails}`, other: `Not valid email addresses: ${emails}` }),
  errorMaxUses: 'Max uses must be a whole number from 0 to 1000.',
  errorExpiry: 'Expiry must be a whole number of days from 1 to 365.',
  errorRole: 'Choose a role.',
  createdPublicTitle: 'Your invite link is ready',
  createdPublicBody: 'Anyone with this link can use the invitation.',
  done: 'Done',
  createAnother: 'Create another',
  createFailedTitle: 'Could not create the invitation',

  // qr code
  /** The QR image's accessible name. */
  qrTitle: 'QR code of the link',
  /** Under the QR code: what it encodes, with the link as text. */
  qrCaption: (url: string) => `Scan with a phone camera to open ${url}`,
  downloadQr: 'Download QR code',
  showQr: 'Show QR code',
  hideQr: 'Hide QR code',
  /** In place of a part loaded on first use (QR code, activity, usage history) whose file could not be fetched. */
  loadFailed: 'This part could not be loaded.',
  /** The dashboard's notice when the usage history's file could not be fetched. */
  historyLoadFailed: 'The usage history could not be loaded.',
  // create dialog: a kept draft, and the address limit per create
  /** At the top of the create form when it reopens with what was typed before it was dismissed. */
  draftKept: 'Your draft was kept.',
  /** On the emails field: how many addresses were typed, and the most one create accepts. */
  errorTooManyEmails: (count: Count, max: Count) =>
    count.plural({ one: `${count.text} address; at most ${max.text}`, other: `${count.text} addresses; at most ${max.text}` }),
  // usage history (<invite-history>)
  /** The drawer's title. */
  historyTitle: 'Who used this invitation',
  /** A card's button that opens the drawer. */
  historyButton: 'Who used it',
  /** The list of uses, for screen readers. */
  historyListLabel: 'Uses, newest first',
  historyLoading: 'Loading who used this invitation…',
  historyEmpty: 'Nobody has used it yet.',
  historyErrorTitle: 'Could not load who used this invitation',
  /** The backend serves no use history (better-invite without the companion plugin). */
  historyUnavailable:
    'This backend does not record who used an invitation: usage history needs the companion plugin (invite-dashboard/server) on the server.',
  /** In place of the name of a user deleted since they used the invitation. */
  deletedUser: 'Deleted user',
  // qr code (anchor: add QR texts above this line)

  exportButton: 'Export CSV',
  /** While an export runs: rows read so far and the total, both formatted. */
  exportProgress: (done: string, total: string) => `Exporting… ${done} of ${total}`,
  exportDone: (count: Count) => count.plural({ one: 'Exported 1 invitation', other: `Exported ${count.text} invitations` }),
  exportFailed: (reason: string) => `Could not export: ${reason}`,
  /** Stops a running export. */
  exportStop: 'Stop',

  // analytics panel (<invite-analytics>)
  analyticsTitle: 'Activity',
  analyticsRangeLabel: 'Period',
  /** An option of the period select: the last `days` days, today included. */
  analyticsRange: (days: Count) => `Last ${days.text} days`,
  analyticsLoading: 'Loading activity…',
  analyticsLoadFailed: 'Could not load the activity',
  analyticsRefreshFailed: (reason: string) => `Could not refresh the activity: ${reason} Showing what was loaded before.`,
  analyticsEmpty: (days: Count) => `No invitations were created or used in the last ${days.text} days.`,
  /** The series of the chart and the columns of its table. */
  analyticsCreated: 'Created',
  analyticsUsed: 'Used',
  /** The chart's accessible title and the table's caption; `from` and `to` are formatted dates. */
  analyticsChartTitle: (from: string, to: string, withUses: boolean) =>
    `Invitations created${withUses ? ' and used' : ''} per day, ${from} to ${to}`,
  /** The chart's description: totals over the period; `used` is null when the backend has no use times. */
  analyticsChartSummary: (created: Count, used: Count | null) =>
    `${created.text} created${used ? `, ${used.plural({ one: `${used.text} use`, other: `${used.text} uses` })}` : ''} in total.`,
  /** One day as a screen reader reads its bars, and as their tooltip. */
  analyticsDay: (date: string, created: Count, used: Count | null) =>
    `${date}: ${created.text} created${used ? `, ${used.text} used` : ''}`,
  analyticsPerDay: 'Per day',
  /** A toggle button (pressed: the table replaces the chart). */
  analyticsShowTable: 'Show as table',
  analyticsDate: 'Date',
  analyticsTotal: 'Total',
  /** Of the invitations created in the period, the share used at least once. */
  analyticsAcceptance: 'Acceptance rate',
  analyticsMedian: 'Median time to first use',
  analyticsExpiring: 'Expiring within 7 days',
  /** Beside the expiring count: opens the pending invitations, soonest expiry first. */
  analyticsShowExpiring: 'Show them',
  /** A figure with nothing to compute it from (nothing created, or nothing used yet). */
  analyticsNoValue: 'No data yet',
  analyticsStatusMix: 'Status of the invitations created in this period',
  analyticsCompanionNeeded:
    'Uses per day, the acceptance rate and the time to first use need the companion plugin (invite-dashboard/server) on the server.',
  /** Without the companion plugin: how the figures shown were counted, and the most rows read. */
  analyticsBrowserBound: (max: Count) => `Counted in this browser from the invitations created in this period (at most ${max.text}).`,
  analyticsTooMany: (count: Count, max: Count) =>
    `${count.text} invitations were created in this period, more than the ${max.text} this browser counts without the companion plugin. ` +
    'Add the companion plugin (invite-dashboard/server) to the server to see them.',
  // export (anchor: add export texts above this line)

  // errors
  /**
   * What a failed request says on screen. English shows the adapter's own sentence (`network`,
   * `http` with the server's message or status, `unauthorized`, `invalid-response`); a translation
   * switches on `error.kind`, `error.status` and `error.retryAfterSeconds`.
   */
  errorMessage: (error: InviteApiError) => error.message,
  /** A role as offered in the create form's select ("admin" → "Admin"). */
  roleName: (role: string) => role.charAt(0).toUpperCase() + role.slice(1),
};

export type InviteStrings = typeof defaultStrings;

/** The defaults with a host's overrides on top (`status` merged key by key). */
export function resolveStrings(overrides: Partial<InviteStrings> | undefined): InviteStrings {
  if (!overrides) return defaultStrings;
  return { ...defaultStrings, ...overrides, status: { ...defaultStrings.status, ...overrides.status } };
}

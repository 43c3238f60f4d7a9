import type { InviteStatus } from '../api/types.js';

/**
 * Every visible text of the elements, in English. A host overrides any of them through the
 * elements' `strings` property; functions receive already-formatted values.
 */
export const defaultStrings = {
  // dashboard
  title: 'Invitations',
  createInvite: 'Create invite',
  statusTabsLabel: 'Filter invitations by status',
  tabAll: 'All',
  loading: 'Loading invitations…',
  emptyTitleAll: 'No invitations yet',
  emptyTitleStatus: (status: string) => `No ${status.toLowerCase()} invitations`,
  emptyBody: 'Invitations you create appear here, with their status and link.',
  createFirst: 'Create your first invitation',
  loadErrorTitle: 'Could not load invitations',
  retry: 'Retry',
  signedOutTitle: 'You are signed out',
  signedOutBody: 'Sign in to see and manage your invitations.',
  showing: (from: string, to: string, total: string) => `Showing ${from}–${to} of ${total}`,
  paginationLabel: 'Pages',
  previousPage: 'Previous',
  nextPage: 'Next',
  pageOf: (page: string, pages: string) => `Page ${page} of ${pages}`,
  canceledNotice: 'Invitation canceled.',
  cancelFailed: (reason: string) => `Could not cancel the invitation: ${reason}`,
  createdNotice: 'Invitation created.',
  dismiss: 'Dismiss',
  listLabel: 'Invitations',

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
  publicInviteIcon: 'Public invite',
  role: 'Role',
  newAccount: 'New account',
  roleUpgrade: 'Role upgrade',
  created: (date: string) => `Created ${date}`,
  maxUses: (count: string) => `Max uses: ${count}`,
  unlimitedUses: 'Unlimited',
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
  errorInvalidEmails: (emails: string) => `Not a valid email address: ${emails}`,
  errorMaxUses: 'Max uses must be a whole number from 0 to 1000.',
  errorExpiry: 'Expiry must be a whole number of days from 1 to 365.',
  errorRole: 'Choose a role.',
  createdPublicTitle: 'Your invite link is ready',
  createdPublicBody: 'Anyone with this link can use the invitation.',
  createdPrivateTitle: (count: number) => (count === 1 ? 'Invitation sent' : `${count} invitations sent`),
  done: 'Done',
  createAnother: 'Create another',
  createFailedTitle: 'Could not create the invitation',
  /** A role as offered in the create form's select ("admin" → "Admin"). */
  roleName: (role: string) => role.charAt(0).toUpperCase() + role.slice(1),
};

export type InviteStrings = typeof defaultStrings;

/** The defaults with a host's overrides on top (`status` merged key by key). */
export function resolveStrings(overrides: Partial<InviteStrings> | undefined): InviteStrings {
  if (!overrides) return defaultStrings;
  return { ...defaultStrings, ...overrides, status: { ...defaultStrings.status, ...overrides.status } };
}

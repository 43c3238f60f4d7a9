import type { InvitationRow } from '../../src/api/better-invite/wire.js';
import { invitationSchema } from '../../src/api/better-invite/wire.js';
import type { Invitation } from '../../src/api/types.js';

const DAY = 24 * 3600e3;
let sequence = 0;

/** A list row as better-invite sends it: a pending private invite by default, expiring in 3 days. */
export function row(overrides: Partial<InvitationRow> = {}): InvitationRow {
  sequence += 1;
  const now = Date.now();
  return {
    id: `id-${sequence}`,
    token: `token-${sequence}-aaaaaaaaaaaaaaaa`,
    createdAt: new Date(now - sequence * 60e3).toISOString(),
    expiresAt: new Date(now + 3 * DAY).toISOString(),
    maxUses: 1,
    infinityMaxUses: false,
    createdByUserId: 'user-1',
    redirectToAfterUpgrade: null,
    shareInviterName: true,
    email: null,
    emails: [`person${sequence}@example.com`],
    role: 'user',
    newAccount: true,
    status: 'pending',
    ...overrides,
  };
}

/** A public (link) row: no emails, newAccount null. */
export function publicRow(overrides: Partial<InvitationRow> = {}): InvitationRow {
  return row({ emails: null, newAccount: null, ...overrides });
}

/** The domain object components receive, parsed from a row exactly as the adapter does. */
export function invitation(overrides: Partial<InvitationRow> = {}): Invitation {
  return invitationSchema.parse(row(overrides));
}

export function publicInvitation(overrides: Partial<InvitationRow> = {}): Invitation {
  return invitationSchema.parse(publicRow(overrides));
}

export const DAYS = DAY;

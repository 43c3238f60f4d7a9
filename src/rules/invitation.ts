import type { Invitation, InviteStats, InviteStatus } from '../api/types.js';

/** A public invite is a shareable link; a private one is addressed to emails. */
export function isPublic(invitation: Invitation): boolean {
  return invitation.kind === 'public';
}

/** Past its expiry, whatever status the server stored (the server also reports these as `expired`). */
export function isExpired(invitation: Invitation, now: Date = new Date()): boolean {
  return invitation.status === 'expired' || invitation.expiresAt.getTime() < now.getTime();
}

/** Only a pending invite that has not expired can still be cancelled. */
export function canCancel(invitation: Invitation, now: Date = new Date()): boolean {
  return invitation.status === 'pending' && !isExpired(invitation, now);
}

/** The status shown to the user: the server's, or `expired` once the expiry has passed on screen. */
export function displayStatus(invitation: Invitation, now: Date = new Date()): InviteStatus {
  return isExpired(invitation, now) ? 'expired' : invitation.status;
}

export function emptyStats(): InviteStats {
  return { total: 0, pending: 0, used: 0, canceled: 0, rejected: 0, expired: 0 };
}

/** Counts by displayed status. Exact only when given every invitation, not one page. */
export function countByStatus(invitations: readonly Invitation[], now: Date = new Date()): InviteStats {
  const stats = emptyStats();
  for (const invitation of invitations) {
    stats.total += 1;
    stats[displayStatus(invitation, now)] += 1;
  }
  return stats;
}

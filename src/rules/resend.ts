import type { CreateInviteInput, Invitation } from '../api/types.js';
import { displayStatus } from './invitation.js';

/**
 * A pending or expired private invitation can be sent again; a public link only once expired (a
 * live one is out there, printed or shared: sending it again would revoke it). A used, canceled or
 * rejected one cannot.
 */
export function canResend(invitation: Invitation, now: Date = new Date()): boolean {
  const status = displayStatus(invitation, now);
  return status === 'expired' || (status === 'pending' && invitation.kind === 'private');
}

/**
 * The create request for a new invitation like this one: the same emails, role, uses and
 * lifetime (its expiry minus its creation, at least a minute), and the same name sharing.
 */
export function resendInput(invitation: Invitation): CreateInviteInput {
  const input: CreateInviteInput = {
    role: invitation.role,
    expiresIn: Math.max(60, Math.round((invitation.expiresAt.getTime() - invitation.createdAt.getTime()) / 1000)),
    shareInviterName: invitation.shareInviterName,
  };
  if (invitation.kind === 'private') input.emails = [...invitation.emails];
  else if (!invitation.unlimited) input.maxUses = invitation.maxUses;
  return input;
}

import type { CreateInviteResult, Invitation } from './api/types.js';
import type { InviteApiError } from './api/errors.js';
import type { InviteView } from './state/view-params.js';

/** The operations an `invite-error` can come from. */
export type InviteOperation = 'list' | 'stats' | 'create' | 'cancel' | 'copy' | 'resend' | 'export' | 'uses' | 'activity';

/** Detail of every `invite-*` event, by name. */
export interface InviteEventDetailMap {
  'invite-created': { invitations?: string[]; url?: string; token?: string };
  'invite-canceled': { invitation: Invitation };
  'invite-cancel': { invitation: Invitation };
  'invite-link-copied': { url: string };
  'invite-error': { operation: InviteOperation; error: InviteApiError };
  'invite-unauthorized': Record<string, never>;
  'invite-status-changed': { invitation: Invitation; previous: Invitation };
  'invite-view-changed': { view: InviteView };
  'invite-resend': { invitation: Invitation };
  'invite-history': { invitation: Invitation };
  'invite-show-expiring': { count: number };
  'invite-range-changed': { range: 7 | 30 | 90 };
  'invite-resent': { previous: Invitation; result: CreateInviteResult };
  'invite-bulk-canceled': { canceled: Invitation[]; failed: { invitation: Invitation; error: InviteApiError }[] };
  'invite-exported': { count: number; filename: string };
}

export type InviteEventName = keyof InviteEventDetailMap;
export type InviteEvent<K extends InviteEventName> = CustomEvent<InviteEventDetailMap[K]>;

/**
 * Dispatches an `invite-*` event that bubbles out of shadow roots. Returns false when a listener
 * called `preventDefault()` on a cancelable one.
 */
export function dispatchInviteEvent<K extends InviteEventName>(
  target: EventTarget,
  name: K,
  detail: InviteEventDetailMap[K],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}

declare global {
  interface HTMLElementEventMap {
    'invite-created': InviteEvent<'invite-created'>;
    'invite-canceled': InviteEvent<'invite-canceled'>;
    'invite-cancel': InviteEvent<'invite-cancel'>;
    'invite-link-copied': InviteEvent<'invite-link-copied'>;
    'invite-error': InviteEvent<'invite-error'>;
    'invite-unauthorized': InviteEvent<'invite-unauthorized'>;
    'invite-status-changed': InviteEvent<'invite-status-changed'>;
    'invite-view-changed': InviteEvent<'invite-view-changed'>;
    'invite-resend': InviteEvent<'invite-resend'>;
    'invite-history': InviteEvent<'invite-history'>;
    'invite-show-expiring': InviteEvent<'invite-show-expiring'>;
    'invite-range-changed': InviteEvent<'invite-range-changed'>;
    'invite-resent': InviteEvent<'invite-resent'>;
    'invite-bulk-canceled': InviteEvent<'invite-bulk-canceled'>;
    'invite-exported': InviteEvent<'invite-exported'>;
  }
}

/** A request failed: `invite-error`, and `invite-unauthorized` too when the server said 401/403. */
export function reportError(target: EventTarget, operation: InviteOperation, error: InviteApiError): void {
  dispatchInviteEvent(target, 'invite-error', { operation, error });
  if (error.kind === 'unauthorized') dispatchInviteEvent(target, 'invite-unauthorized', {});
}

import type { ReactiveControllerHost } from 'lit';
import { toInviteApiError, type InviteApiError } from '../api/errors.js';
import type { CreateInviteResult, Invitation, InviteAdapter } from '../api/types.js';
import { dispatchInviteEvent, type InviteEvent, type InviteOperation } from '../events.js';
import type { InviteStrings } from '../i18n/strings.js';
import { countOf } from '../i18n/plural.js';
import { canCancel } from '../rules/invitation.js';
import { resendInput } from '../rules/resend.js';

/** The line above the list after a create or cancel. */
export interface Notice {
  tone: 'success' | 'error';
  text: string;
}

export interface InviteActionsHost extends ReactiveControllerHost, HTMLElement {
  readonly inviteAdapter: InviteAdapter;
  /** The texts in use now (defaults with the host's overrides). */
  readonly resolvedStrings: InviteStrings;
  /** For counts in notices. */
  readonly locale?: string;
}

export interface InviteActionsOptions {
  /** Reads rows and counts again, quietly (what is on screen stays). */
  refresh: () => Promise<void>;
  /** A cancel or resend failed (reported as `invite-error` by the host). */
  onError: (error: InviteApiError, operation: InviteOperation) => void;
  /** Invitations changed here (created, canceled, sent again): other tabs are told. */
  onMutated?: () => void;
}

/** A resend: the new invitation's create result, and why the old one could not be canceled, if so. */
export interface ResendResult {
  result: CreateInviteResult;
  /** The old one was pending and is now canceled. */
  canceled: boolean;
  cancelError?: InviteApiError;
}

/** The outcome of a batch: which invitations were canceled, and which could not be, with why. */
export interface CancelManyResult {
  canceled: Invitation[];
  failed: { invitation: Invitation; error: InviteApiError }[];
}

/** Cancels in flight at once in a batch: quick, without tripping the server's rate limit. */
const PARALLEL_CANCELS = 4;

/**
 * What the dashboard does to invitations: cancel one or many, with the busy state of each row,
 * the notice that reports the outcome, and the rows it canceled (shown canceled at once, whatever
 * an older answer still says). One refresh follows each cancel or batch.
 */
export class InviteActions {
  notice?: Notice;

  readonly #host: InviteActionsHost;
  readonly #options: InviteActionsOptions;
  /** Ids with a cancel or resend in flight: their cards show busy. */
  readonly #cancelling = new Set<string>();
  /** Ids this dashboard canceled: never shown pending again, and not reported as a status change. */
  readonly canceled = new Set<string>();
  readonly #shown = new WeakMap<Invitation, Invitation>();

  constructor(host: InviteActionsHost, options: InviteActionsOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** A cancel or resend of this row is in flight. */
  isCancelling(invitation: Invitation): boolean {
    return this.#cancelling.has(invitation.id);
  }

  say(notice: Notice | undefined): void {
    this.notice = notice;
    this.#host.requestUpdate();
  }

  /**
   * A card's confirmed cancel: cancels, says how it went in the notice, and fires `invite-canceled`
   * (or reports the error). Never rejects.
   */
  async cancelWithNotice(invitation: Invitation): Promise<void> {
    // A second request for the same row (a double click) waits for nothing and says nothing.
    if (this.#cancelling.has(invitation.id)) return;
    const strings = this.#host.resolvedStrings;
    this.say(undefined);
    try {
      await this.cancel(invitation);
      this.say({ tone: 'success', text: strings.canceledNotice });
      dispatchInviteEvent(this.#host, 'invite-canceled', { invitation });
    } catch (thrown) {
      const error = toInviteApiError(thrown);
      this.say({ tone: 'error', text: strings.cancelFailed(strings.errorMessage(error)) });
      this.#options.onError(error, 'cancel');
    }
  }

  /**
   * Cancels one invitation; resolves once the server confirmed, then refreshes in the background.
   * While it runs the card is busy; a second call for the same row does nothing. Rejects with the
   * server's error (the row stays as it was).
   */
  async cancel(invitation: Invitation): Promise<void> {
    if (this.#cancelling.has(invitation.id)) return;
    await this.#cancelOne(invitation);
    this.#options.onMutated?.();
    void this.#options.refresh();
  }

  /**
   * Cancels several, at most four at once; never rejects. One refresh at the end, whatever failed.
   */
  async cancelMany(invitations: readonly Invitation[]): Promise<CancelManyResult> {
    const result: CancelManyResult = { canceled: [], failed: [] };
    const queue = invitations.filter((invitation) => !this.#cancelling.has(invitation.id));
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        try {
          await this.#cancelOne(next);
          result.canceled.push(next);
        } catch (error) {
          result.failed.push({ invitation: next, error: toInviteApiError(error) });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_CANCELS, queue.length) }, worker));
    if (result.canceled.length > 0) this.#options.onMutated?.();
    if (result.canceled.length > 0 || result.failed.length > 0) await this.#options.refresh();
    return result;
  }

  /** Cancels a batch, then says in the notice how it went ("3 canceled, 1 could not be: …"). Never rejects. */
  async cancelManyWithNotice(invitations: readonly Invitation[]): Promise<CancelManyResult> {
    this.say(undefined);
    const result = await this.cancelMany(invitations);
    const strings = this.#host.resolvedStrings;
    const count = (n: number) => countOf(n, this.#host.locale);
    const reasons = result.failed.map(({ invitation, error }) => strings.bulkFailure(nameOf(strings, invitation), strings.errorMessage(error))).join('; ');
    this.say({ tone: result.failed.length ? 'error' : 'success', text: strings.bulkResult(count(result.canceled.length), count(result.failed.length), reasons) });
    for (const { error } of result.failed) this.#options.onError(error, 'cancel');
    return result;
  }

  /**
   * Sends an invitation again: creates a new one like it (the adapter's own `resend` when it has
   * one), and only once that exists cancels the old one if it is still pending. Rejects when the
   * create failed (nothing changed); a failed cancel after it is reported in the result.
   */
  async resend(invitation: Invitation): Promise<ResendResult> {
    if (this.#cancelling.has(invitation.id)) throw new Error('busy');
    const adapter = this.#host.inviteAdapter;
    this.#busy(invitation.id, true);
    let created = false;
    try {
      const pending = canCancel(invitation);
      // An adapter's own resend cancels the old one itself, as its contract says.
      if (adapter.resend) {
        const result = await adapter.resend(invitation);
        created = true;
        // The adapter canceled the old one: the dashboard's own doing, not news from elsewhere.
        if (pending) this.canceled.add(invitation.id);
        return { result, canceled: pending };
      }
      const result = await adapter.create(resendInput(invitation));
      created = true;
      if (!pending) return { result, canceled: false };
      try {
        await adapter.cancel(invitation);
        this.canceled.add(invitation.id);
        return { result, canceled: true };
      } catch (error) {
        return { result, canceled: false, cancelError: toInviteApiError(error) };
      }
    } finally {
      this.#busy(invitation.id, false);
      // Other tabs hear of it once the old one is canceled too (or could not be).
      if (created) this.#options.onMutated?.();
      void this.#options.refresh();
    }
  }

  /** The create dialog made invitations: says so, and reads the list again. */
  onCreated = (event: InviteEvent<'invite-created'>): void => {
    const count = countOf(event.detail.invitations?.length ?? 1, this.#host.locale);
    this.say({ tone: 'success', text: this.#host.resolvedStrings.createdNotice(count) });
    this.#options.onMutated?.();
    void this.#options.refresh();
  };

  /** A card asks to cancel: done unless a listener of the host called `preventDefault()`. */
  onCancelRequest = (event: InviteEvent<'invite-cancel'>): void => {
    // Host listeners run after this one; decide once the whole dispatch is over.
    queueMicrotask(() => {
      if (!event.defaultPrevented) void this.cancelWithNotice(event.detail.invitation);
    });
  };

  /** A card asks to send its invitation again. */
  onResendRequest = (event: InviteEvent<'invite-resend'>): void => void this.resendWithNotice(event.detail.invitation);

  /** A card's resend: says how it went and fires `invite-resent` (or reports the error). Never rejects. */
  async resendWithNotice(invitation: Invitation): Promise<void> {
    if (this.#cancelling.has(invitation.id)) return;
    const strings = this.#host.resolvedStrings;
    this.say(undefined);
    try {
      const { result, canceled, cancelError } = await this.resend(invitation);
      dispatchInviteEvent(this.#host, 'invite-resent', { previous: invitation, result });
      if (cancelError) {
        this.say({ tone: 'error', text: strings.resendCancelFailed(strings.errorMessage(cancelError)) });
        this.#options.onError(cancelError, 'cancel');
      } else this.say({ tone: 'success', text: strings.resentNotice(nameOf(strings, invitation), canceled) });
    } catch (thrown) {
      const error = toInviteApiError(thrown);
      this.say({ tone: 'error', text: strings.resendFailed(strings.errorMessage(error)) });
      this.#options.onError(error, 'resend');
    }
  }

  /** The row as it should show: one this dashboard canceled is canceled, whatever an older answer says. */
  shown(invitation: Invitation): Invitation {
    if (invitation.status !== 'pending' || !this.canceled.has(invitation.id)) return invitation;
    let patched = this.#shown.get(invitation);
    if (!patched) {
      patched = { ...invitation, status: 'canceled' };
      this.#shown.set(invitation, patched);
    }
    return patched;
  }

  async #cancelOne(invitation: Invitation): Promise<void> {
    this.#busy(invitation.id, true);
    try {
      await this.#host.inviteAdapter.cancel(invitation);
      this.canceled.add(invitation.id);
    } finally {
      this.#busy(invitation.id, false);
    }
  }

  #busy(id: string, busy: boolean): void {
    if (busy) this.#cancelling.add(id);
    else this.#cancelling.delete(id);
    this.#host.requestUpdate();
  }
}

/** How notices name an invitation: its addresses, or "Public invite Link …X79GOY". */
export function nameOf(strings: InviteStrings, invitation: Invitation): string {
  if (invitation.kind !== 'public') return invitation.emails.join(', ');
  return invitation.token ? `${strings.publicInvite} (${strings.linkEnding(invitation.token.slice(-6))})` : strings.publicInvite;
}

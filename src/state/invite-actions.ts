import type { ReactiveControllerHost } from 'lit';
import { toInviteApiError, type InviteApiError } from '../api/errors.js';
import type { Invitation, InviteAdapter } from '../api/types.js';
import { dispatchInviteEvent } from '../events.js';
import type { InviteStrings } from '../i18n/strings.js';

/** The line above the list after a create or cancel. */
export interface Notice {
  tone: 'success' | 'error';
  text: string;
}

export interface InviteActionsHost extends ReactiveControllerHost, HTMLElement {
  readonly inviteAdapter: InviteAdapter;
  /** The texts in use now (defaults with the host's overrides). */
  readonly resolvedStrings: InviteStrings;
}

export interface InviteActionsOptions {
  /** Reads rows and counts again, quietly (what is on screen stays). */
  refresh: () => Promise<void>;
  /** A cancel failed (reported as `invite-error` by the host). */
  onError: (error: InviteApiError) => void;
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
  /** Ids whose cancel is in flight: their cards show busy. */
  readonly #cancelling = new Set<string>();
  /** Ids this dashboard canceled: never shown pending again, and not reported as a status change. */
  readonly canceled = new Set<string>();
  readonly #shown = new WeakMap<Invitation, Invitation>();

  constructor(host: InviteActionsHost, options: InviteActionsOptions) {
    this.#host = host;
    this.#options = options;
  }

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
      this.#options.onError(error);
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
    if (result.canceled.length > 0 || result.failed.length > 0) await this.#options.refresh();
    return result;
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
    this.#cancelling.add(invitation.id);
    this.#host.requestUpdate();
    try {
      await this.#host.inviteAdapter.cancel(invitation);
      this.canceled.add(invitation.id);
    } finally {
      this.#cancelling.delete(invitation.id);
      this.#host.requestUpdate();
    }
  }
}

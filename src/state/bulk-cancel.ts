import type { ReactiveControllerHost } from 'lit';
import { dispatchInviteEvent } from '../events.js';
import type { Invitation } from '../api/types.js';
import type { CancelManyResult, InviteActions } from './invite-actions.js';
import { Selection } from './selection.js';

/**
 * The selection and its one bulk action: "Cancel selected", asked once inside the widget, then
 * run at most four at a time with one refresh at the end. Rows that could not be canceled stay
 * selected, so trying again is one click; `invite-bulk-canceled` says what happened.
 */
export class BulkCancel {
  readonly selection = new Selection();
  /** The in-widget confirmation is open. */
  confirming = false;
  /** The batch is running. */
  running = false;

  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #actions: InviteActions;

  constructor(host: ReactiveControllerHost & EventTarget, actions: InviteActions) {
    this.#host = host;
    this.#actions = actions;
  }

  /** Picks or drops rows (a card's checkbox, select all). */
  pick(invitations: readonly Invitation[], picked: boolean): void {
    this.selection.set(invitations, picked);
    this.#host.requestUpdate();
  }

  ask(): void {
    this.#set(true);
  }

  keep(): void {
    this.#set(false);
  }

  /** Cancels every selected invitation; resolves with what happened (never rejects). */
  async run(): Promise<CancelManyResult | undefined> {
    if (this.running || this.selection.size === 0) return undefined;
    this.running = true;
    this.#set(false);
    try {
      const result = await this.#actions.cancelManyWithNotice(this.selection.invitations);
      this.selection.keepOnly(result.failed.map(({ invitation }) => invitation));
      this.running = false;
      // Fired once the selection holds what failed: a listener reading the dashboard sees the outcome.
      dispatchInviteEvent(this.#host, 'invite-bulk-canceled', result);
      return result;
    } finally {
      this.running = false;
      this.#host.requestUpdate();
    }
  }

  /** Another view (status or filters): what was picked is out of sight, so nothing stays picked. */
  reset(): void {
    if (this.running) return;
    this.selection.clear();
    this.#set(false);
  }

  #set(confirming: boolean): void {
    this.confirming = confirming;
    this.#host.requestUpdate();
  }
}

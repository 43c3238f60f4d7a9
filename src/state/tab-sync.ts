import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface TabSyncOptions {
  /** The channel: dashboards on the same API share one. */
  channel: () => string;
  /** Another tab changed invitations: read again (called once per burst of messages). */
  onChange: () => void;
}

/**
 * Other tabs of the same site learn of a create, cancel or resend made here (BroadcastChannel),
 * and this one of theirs. A burst of messages (a bulk cancel, several tabs) makes one refresh, and
 * a refresh caused by a message sends none: no storm.
 */
export class TabSync implements ReactiveController {
  readonly #options: TabSyncOptions;
  #channel?: BroadcastChannel;
  #name?: string;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost, options: TabSyncOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#open();
  }

  hostUpdated(): void {
    if (this.#options.channel() !== this.#name) this.#open();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#channel?.close();
    this.#channel = this.#name = undefined;
  }

  /** Tells the other tabs that invitations changed here. */
  announce(): void {
    this.#channel?.postMessage('changed');
  }

  #open(): void {
    this.#channel?.close();
    this.#name = this.#options.channel();
    if (typeof BroadcastChannel !== 'function') return;
    this.#channel = new BroadcastChannel(this.#name);
    this.#channel.onmessage = () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(this.#options.onChange, 100);
    };
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InviteApiError } from '../api/errors.js';

export interface PollHost extends ReactiveControllerHost {
  /** Seconds between background refreshes; 0 (or anything not above 0) is off. */
  readonly pollInterval: number;
}

export interface PollOptions {
  /** Starts one background refresh, unless a load is already running (its end schedules again). */
  refresh: () => void;
}

/** The longest wait between polls after repeated failures (unless the server asks for longer). */
export const MAX_BACKOFF_MS = 5 * 60_000;

export interface PollDelayInput {
  intervalSeconds: number;
  /** Failed loads in a row, 0 after a success. */
  failures: number;
  /** The last failure's `retryAfterSeconds` (a 429), if any. */
  retryAfterSeconds?: number;
}

/**
 * Milliseconds until the next background refresh: the interval after a success; after failures,
 * the interval doubled per failure, capped at MAX_BACKOFF_MS (or the interval when it is longer);
 * never sooner than the server's retry-after.
 */
export function nextPollDelay({ intervalSeconds, failures, retryAfterSeconds = 0 }: PollDelayInput): number {
  const interval = intervalSeconds * 1000;
  const backoff = failures > 0 ? Math.min(interval * 2 ** Math.min(failures, 30), Math.max(MAX_BACKOFF_MS, interval)) : interval;
  return Math.max(backoff, retryAfterSeconds * 1000);
}

/**
 * When the dashboard refreshes by itself: every `poll-interval` seconds while the page is visible
 * and the browser online, backing off on failures and never before a 429's retry-after; and once
 * when the connection comes back after a load failed for want of it (even with polling off).
 *
 * The owner calls `settled()` after every load, whoever started it, so polls count from the last
 * answer and a user's own reloads push the next poll back.
 */
export class PollController implements ReactiveController {
  /** False after an `offline` event (or when the browser says so), until an `online` event. */
  online = true;

  readonly #host: PollHost;
  readonly #options: PollOptions;
  #failures = 0;
  #lastError?: InviteApiError;
  /** Epoch ms before which nothing is sent by itself (a 429's retry-after). */
  #notBefore = 0;
  /** Epoch ms the next poll is due; undefined when none is scheduled. */
  #dueAt?: number;
  #timer?: ReturnType<typeof setTimeout>;
  #interval = 0;
  #connected = false;

  constructor(host: PollHost, options: PollOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.online = globalThis.navigator?.onLine !== false;
    globalThis.addEventListener?.('online', this.#onOnline);
    globalThis.addEventListener?.('offline', this.#onOffline);
    globalThis.document?.addEventListener('visibilitychange', this.#onVisibility);
    if (this.#dueAt !== undefined) this.#arm();
  }

  hostDisconnected(): void {
    this.#connected = false;
    globalThis.removeEventListener?.('online', this.#onOnline);
    globalThis.removeEventListener?.('offline', this.#onOffline);
    globalThis.document?.removeEventListener('visibilitychange', this.#onVisibility);
    clearTimeout(this.#timer);
  }

  hostUpdated(): void {
    const interval = this.#host.pollInterval > 0 ? this.#host.pollInterval : 0;
    if (interval === this.#interval) return;
    this.#interval = interval;
    this.#schedule();
  }

  /** True while the last failure was a lost connection: an `online` event retries it. */
  get #waitingForNetwork(): boolean {
    return this.#lastError?.kind === 'network';
  }

  /** A load ended: with the error it failed with, or none. Schedules the next poll from now. */
  settled(error?: InviteApiError): void {
    if (error?.kind === 'aborted') return;
    this.#lastError = error;
    this.#failures = error ? this.#failures + 1 : 0;
    this.#notBefore = error?.retryAfterSeconds ? Date.now() + error.retryAfterSeconds * 1000 : 0;
    this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#dueAt = undefined;
    if (this.#interval <= 0) return;
    const delay = nextPollDelay({
      intervalSeconds: this.#interval,
      failures: this.#failures,
      retryAfterSeconds: this.#lastError?.retryAfterSeconds,
    });
    this.#dueAt = Date.now() + delay;
    this.#arm();
  }

  /** Sets the timer for `#dueAt`, unless the page is hidden or offline (their events re-arm it). */
  #arm(): void {
    clearTimeout(this.#timer);
    if (this.#dueAt === undefined || !this.#connected || !this.online || globalThis.document?.hidden) return;
    this.#timer = setTimeout(this.#fire, Math.max(0, this.#dueAt - Date.now(), this.#notBefore - Date.now()));
  }

  #fire = (): void => {
    this.#dueAt = undefined;
    // When a load is already running, its own settled() schedules the next poll.
    this.#options.refresh();
  };

  #onVisibility = (): void => {
    if (globalThis.document?.hidden) clearTimeout(this.#timer);
    else this.#arm();
  };

  #onOffline = (): void => {
    this.online = false;
    clearTimeout(this.#timer);
    this.#host.requestUpdate();
  };

  #onOnline = (): void => {
    this.online = true;
    this.#host.requestUpdate();
    // Back online after a failed load: try again now (or when retry-after allows), polling or not.
    if (this.#waitingForNetwork) this.#dueAt = Date.now();
    this.#arm();
  };
}

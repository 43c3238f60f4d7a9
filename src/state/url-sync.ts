import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { rawViewFromParams, writeViewParams, type InviteView, type RawView } from './view-params.js';

export interface UrlSyncOptions {
  /** The URL holds a view (on start, or after back/forward): show it. */
  apply: (raw: RawView) => void;
}

/**
 * Keeps the dashboard's view in the page's query string (`sync-url`): read once when it starts,
 * written on every change the user makes (a new history entry, so back/forward step through
 * views; typing a search replaces the entry instead of adding one per pause), and read again on
 * `popstate`. Every parameter that is not the dashboard's stays as it was.
 */
export class UrlSyncController implements ReactiveController {
  readonly #options: UrlSyncOptions;
  #on = false;
  #connected = false;

  constructor(host: ReactiveControllerHost, options: UrlSyncOptions) {
    this.#options = options;
    host.addController(this);
  }

  /** Turns syncing on or off (the `sync-url` attribute). Turning it on shows the URL's view. */
  set enabled(on: boolean) {
    if (on === this.#on) return;
    this.#on = on;
    if (this.#connected) this.#listen(on);
    if (on) this.#options.apply(rawViewFromParams(new URLSearchParams(location.search)));
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.#on) this.#listen(true);
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#listen(false);
  }

  /** Writes `view` into the URL; `replace` for a change that should not add a history entry. */
  write(view: InviteView, replace = false): void {
    if (!this.#on) return;
    const url = new URL(location.href);
    const search = writeViewParams(view, url.searchParams).toString();
    if (search === url.searchParams.toString()) return;
    url.search = search;
    history[replace ? 'replaceState' : 'pushState'](history.state, '', url);
  }

  #listen(on: boolean): void {
    if (on) addEventListener('popstate', this.#onPopState);
    else removeEventListener('popstate', this.#onPopState);
  }

  #onPopState = (): void => {
    this.#options.apply(rawViewFromParams(new URLSearchParams(location.search)));
  };
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { rawViewFromParams, writeViewParams, type InviteView, type RawView } from './view-params.js';

export interface UrlSyncOptions {
  /**
   * The URL holds a view (on start, or after back/forward: `stepped`): show it. Fields it leaves
   * out are the host's first view's.
   */
  apply: (raw: RawView, stepped: boolean) => void;
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
  /** The view the host's attributes gave when syncing started: what a URL without `invite_*` means. */
  #home?: InviteView;

  constructor(host: ReactiveControllerHost, options: UrlSyncOptions) {
    this.#options = options;
    host.addController(this);
  }

  /**
   * Turns syncing on or off (the `sync-url` attribute). Turning it on shows the URL's view over
   * `home`, the host's view now: a field the URL leaves out keeps the host's value.
   */
  sync(on: boolean, home: InviteView): void {
    if (on === this.#on) return;
    this.#on = on;
    this.#home = home;
    if (this.#connected) this.#listen(on);
    if (on) this.#apply(false);
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
    if (!this.#on || !this.#connected) return;
    const url = new URL(location.href);
    const search = writeViewParams(view, url.searchParams, this.#home).toString();
    if (search === url.searchParams.toString()) return;
    url.search = search;
    history[replace ? 'replaceState' : 'pushState'](history.state, '', url);
  }

  #listen(on: boolean): void {
    if (on) addEventListener('popstate', this.#onPopState);
    else removeEventListener('popstate', this.#onPopState);
  }

  #onPopState = (): void => this.#apply(true);

  #apply(stepped: boolean): void {
    this.#options.apply({ ...this.#home, ...rawViewFromParams(new URLSearchParams(location.search)) }, stepped);
  }
}

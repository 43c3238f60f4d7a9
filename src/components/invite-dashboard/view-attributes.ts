import type { PropertyValues, ReactiveControllerHost } from 'lit';
import { dispatchInviteEvent } from '../../events.js';
import type { BulkCancel } from '../../state/bulk-cancel.js';
import type { DashboardDataController } from '../../state/dashboard-controller.js';
import { DEFAULT_QUERY, countsKey, type DashboardQuery } from '../../state/dashboard-query.js';
import { UrlSyncController } from '../../state/url-sync.js';
import { queryOf, viewOf, type InviteView } from '../../state/view-params.js';

/** The view's fields, as the dashboard's properties name them. */
export const VIEW_FIELDS = Object.keys(viewOf(DEFAULT_QUERY)) as (keyof InviteView)[];

export interface ViewHost extends ReactiveControllerHost, HTMLElement, InviteView {
  syncUrl: boolean;
}

export interface ViewAttributesOptions {
  data: DashboardDataController;
  bulk: BulkCancel;
  /** A host or the URL changed the search: a search being typed gives way. */
  onSearchSet: () => void;
}

/**
 * The dashboard's view as attributes: what a host sets is shown; what the user changes is
 * reflected, written into the URL (`sync-url`) and announced with `invite-view-changed`; what the
 * data settled on (a page clamped to the last one) is reflected back. Changing the tab or the
 * filters clears the selection.
 */
export class ViewAttributes {
  readonly #host: ViewHost;
  readonly #options: ViewAttributesOptions;
  readonly #url: UrlSyncController;
  /** The last change was a typed search: the next one replaces its history entry. */
  #typing = false;

  constructor(host: ViewHost, options: ViewAttributesOptions) {
    this.#host = host;
    this.#options = options;
    this.#url = new UrlSyncController(host, {
      apply: (raw, stepped) => {
        const view = viewOf(queryOf(raw, console.warn));
        Object.assign(host, view);
        // Back/forward is the user changing the view too.
        if (stepped) dispatchInviteEvent(host, 'invite-view-changed', { view });
      },
    });
  }

  /** Called from the host's `willUpdate`. */
  willUpdate(changed: PropertyValues): void {
    const host = this.#host;
    if (changed.has('syncUrl')) this.#url.sync(host.syncUrl, this.#attributeView());
    if (VIEW_FIELDS.some((field) => changed.has(field))) {
      const view = this.#attributeView();
      // A new page size starts at page 1 unless the page was given with it.
      if (changed.has('pageSize') && !changed.has('page')) view.page = 1;
      if (changed.has('search')) this.#options.onSearchSet();
      this.#show(queryOf(view, console.warn));
    }
    const settled = viewOf(this.#options.data.query);
    if (VIEW_FIELDS.some((field) => host[field] !== settled[field])) {
      Object.assign(host, settled);
      this.#url.write(settled, true);
    }
  }

  /**
   * The user changed the view: show it, reflect it, put it in the URL, and say so. `typing`: a
   * search typed; the first of a run of them adds a history entry, the next ones replace it.
   */
  change(change: Partial<DashboardQuery>, typing = false): void {
    this.#show({ ...this.#options.data.query, ...change });
    const view = viewOf(this.#options.data.query);
    Object.assign(this.#host, view);
    this.#url.write(view, typing && this.#typing);
    this.#typing = typing;
    dispatchInviteEvent(this.#host, 'invite-view-changed', { view });
  }

  #attributeView(): InviteView {
    return Object.fromEntries(VIEW_FIELDS.map((field) => [field, this.#host[field]])) as unknown as InviteView;
  }

  #show(query: DashboardQuery): void {
    const { data, bulk } = this.#options;
    if (query.status !== data.query.status || countsKey(query) !== countsKey(data.query)) bulk.reset();
    data.show(query);
  }
}

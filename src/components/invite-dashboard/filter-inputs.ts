import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DashboardQuery } from '../../state/dashboard-query.js';

/** A pause this long in typing sends the search. */
export const SEARCH_DEBOUNCE_MS = 300;

export interface FilterInputsOptions {
  /** The view now. */
  query: () => DashboardQuery;
  /** Show these filters (page 1). `typing`: a search typed, not a new history entry. */
  change: (filters: Partial<DashboardQuery>, typing?: boolean) => void;
}

/**
 * What the toolbar's fields hold between the user's input and the view: the search typed but not
 * yet sent (one request per pause; the view's Task aborts the older one), and a date range that
 * does not hold (marked on the field, not applied, what was typed kept).
 */
export class FilterInputs implements ReactiveController {
  /** The search as typed; undefined once it is the view's. */
  searchDraft?: string;
  /** The date field whose value made the range impossible. */
  dateError?: 'createdFrom' | 'createdTo';
  /** While the range does not hold: both dates as typed (kept on screen, not applied). */
  dates?: { createdFrom: string; createdTo: string };

  readonly #host: ReactiveControllerHost;
  readonly #options: FilterInputsOptions;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost, options: FilterInputsOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Leaving the page: a search not yet sent is dropped (sending it would write the next page's URL). */
  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.searchDraft = undefined;
  }

  /** The text the search field shows. */
  get search(): string {
    return this.searchDraft ?? this.#options.query().search;
  }

  onSearchInput = (event: Event): void => {
    this.searchDraft = (event.target as HTMLInputElement).value;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#flush(), SEARCH_DEBOUNCE_MS);
  };

  /** Enter in the search field sends it now. */
  onSearchKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') this.#flush();
  };

  onRoleChange = (event: Event): void => {
    this.#options.change({ roleFilter: (event.target as HTMLSelectElement).value });
  };

  onSortChange = (event: Event): void => {
    this.#options.change({ sort: (event.target as HTMLSelectElement).value as DashboardQuery['sort'] });
  };

  /** Either date changed: both fields are read, so fixing one side of a bad range applies the other too. */
  onDateChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const root = input.getRootNode() as ParentNode;
    const day = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value ?? '';
    const createdFrom = day('createdFrom');
    const createdTo = day('createdTo');
    if (createdFrom && createdTo && createdFrom > createdTo) {
      this.dateError = input.name as 'createdFrom' | 'createdTo';
      this.dates = { createdFrom, createdTo };
      this.#host.requestUpdate();
      return;
    }
    this.dateError = this.dates = undefined;
    this.#options.change({ createdFrom, createdTo });
  };

  /** Clears every filter (sort and status stay), the draft and a date error included. */
  clear = (): void => {
    clearTimeout(this.#timer);
    this.searchDraft = this.dateError = this.dates = undefined;
    this.#options.change({ search: '', roleFilter: '', createdFrom: '', createdTo: '' });
  };

  /** The search changed from outside (host, URL, a search sent): a draft not being typed gives way. A date range being fixed stays. */
  reset(): void {
    clearTimeout(this.#timer);
    this.searchDraft = undefined;
  }

  #flush(): void {
    clearTimeout(this.#timer);
    const draft = this.searchDraft;
    if (draft === undefined) return;
    this.searchDraft = undefined;
    if (draft !== this.#options.query().search) this.#options.change({ search: draft }, true);
    else this.#host.requestUpdate();
  }
}

import type { ReactiveController } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { isAbort, toInviteApiError, type InviteApiError } from '../api/errors.js';
import type { Invitation, InviteAdapter } from '../api/types.js';
import { loadDashboardView, type DashboardView, type LiveSnapshot, type StatusFilter } from './dashboard-data.js';
import { PollController, type PollHost } from './poll-controller.js';
import { StatusTracker, type StatusChange } from './status-changes.js';

export interface InviteListHost extends PollHost {
  readonly inviteAdapter: InviteAdapter;
  readonly pageSize: number;
}

export interface InviteListOptions {
  /** A load found invitations whose status changed since the last one; called after it rendered. */
  onStatusChanged?: (changes: StatusChange[]) => void;
}

/**
 * The dashboard's data: which tab and page are shown, the rows and counts for them, the cancel
 * requests in flight, and background polling. Loading runs through a @lit/task, so a newer
 * request aborts an older one and only the latest answer is ever shown.
 *
 * A background refresh (a poll, or the reload after a create or cancel) that fails leaves the
 * last rows on screen and reports `refreshError`; any other failed load is `loadError`.
 */
export class InviteListController implements ReactiveController {
  filter: StatusFilter = 'all';
  page = 0;
  /** Tokens of invitations whose cancel request is in flight: their cards show busy. */
  readonly cancelling = new Set<string>();
  readonly poll: PollController;

  readonly #host: InviteListHost;
  readonly #options: InviteListOptions;
  /** Bumped to read everything again (refresh, after create or cancel). */
  #generation = 0;
  #snapshot?: { generation: number; adapter: InviteAdapter; value: LiveSnapshot };
  /** Tokens this dashboard canceled: an answer older than the cancel never shows them pending again. */
  readonly #canceled = new Set<string>();
  readonly #shown = new WeakMap<Invitation, Invitation>();
  #lastView?: { adapter: InviteAdapter; view: DashboardView };
  #runAdapter?: InviteAdapter;
  /** The next run is a background refresh; `#background`: the current (or last) one was. */
  #backgroundRequested = false;
  #background = false;
  readonly #statuses = new StatusTracker();
  #changes: StatusChange[] = [];

  readonly task: Task<[InviteAdapter, StatusFilter, number, number, number], DashboardView>;

  constructor(host: InviteListHost, options: InviteListOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.poll = new PollController(host, {
      refresh: () => {
        if (!this.loading) void this.refresh({ background: true });
      },
    });
    this.task = new Task(host, {
      args: () => [host.inviteAdapter, this.filter, this.page, host.pageSize, this.#generation] as const,
      task: async ([adapter, filter, page, pageSize, generation], { signal }) => {
        this.#background = this.#backgroundRequested;
        this.#backgroundRequested = false;
        this.#runAdapter = adapter;
        // Switching tab or page keeps the counts read moments ago; a refresh reads them again.
        const cached = this.#snapshot;
        const snapshot =
          cached && cached.generation === generation && cached.adapter === adapter ? cached.value : undefined;
        const view = await loadDashboardView(adapter, { filter, page, pageSize, snapshot }, signal);
        this.#snapshot = { generation, adapter, value: view.snapshot };
        return view;
      },
      onComplete: (view) => this.#onView(view),
      onError: (error) => this.poll.settled(toInviteApiError(error)),
    });
  }

  hostUpdated(): void {
    if (this.#changes.length === 0) return;
    const changes = this.#changes;
    this.#changes = [];
    this.#options.onStatusChanged?.(changes);
  }

  /** The rows on screen: the last complete view, kept while a newer one loads or a background one failed. */
  get view(): DashboardView | undefined {
    return this.task.value ?? this.#staleView;
  }

  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.INITIAL;
  }

  /** Why the last load failed (aborts aside), whatever is on screen: signed-out decisions use it. */
  get error(): InviteApiError | undefined {
    if (this.task.status !== TaskStatus.ERROR || isAbort(this.task.error)) return undefined;
    return toInviteApiError(this.task.error);
  }

  /** A failed load with nothing left to show for it: the error state. */
  get loadError(): InviteApiError | undefined {
    return this.#staleView ? undefined : this.error;
  }

  /** A failed background refresh: the last rows stay on screen, with this said above them. */
  get refreshError(): InviteApiError | undefined {
    return this.#staleView ? this.error : undefined;
  }

  /** The last rows loaded for this tab and page, while a background refresh is running or failed. */
  get #staleView(): DashboardView | undefined {
    const last = this.#lastView;
    if (!this.#background || !last || this.task.value) return undefined;
    if (last.adapter !== this.#host.inviteAdapter || last.view.filter !== this.filter || last.view.page !== this.page) {
      return undefined;
    }
    return last.view;
  }

  show(filter: StatusFilter, page = 0): void {
    this.filter = filter;
    this.page = Math.max(0, page);
    this.#backgroundRequested = false;
    this.#host.requestUpdate();
  }

  /**
   * Reads everything again; resolves when the new view is on screen (or failed). A `background`
   * refresh that fails keeps the current rows on screen (see `refreshError`).
   */
  async refresh({ background = false }: { background?: boolean } = {}): Promise<void> {
    this.#backgroundRequested = background;
    this.#generation += 1;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    await this.task.taskComplete.catch(() => undefined);
  }

  /** Whether a cancel request for this token is in flight. */
  isCancelling(token: string): boolean {
    return this.cancelling.has(token);
  }

  /**
   * Cancels one invitation; resolves as soon as the server confirmed. While the request runs its
   * card is busy, whatever refreshes land; on success the row shows canceled at once (even if an
   * older answer still says pending) and everything is read again in the background. If the server
   * refuses, the row stays as it was and the error is rethrown.
   */
  async cancel(invitation: Invitation): Promise<void> {
    const { token } = invitation;
    if (this.cancelling.has(token)) return;
    this.cancelling.add(token);
    this.#host.requestUpdate();
    try {
      await this.#host.inviteAdapter.cancel(token);
      this.#canceled.add(token);
    } finally {
      this.cancelling.delete(token);
      this.#host.requestUpdate();
    }
    void this.refresh({ background: true });
  }

  /** The row as it should show: one this dashboard canceled is canceled, whatever an older answer says. */
  shown(invitation: Invitation): Invitation {
    if (invitation.status !== 'pending' || !this.#canceled.has(invitation.token)) return invitation;
    let patched = this.#shown.get(invitation);
    if (!patched) {
      patched = { ...invitation, status: 'canceled' };
      this.#shown.set(invitation, patched);
    }
    return patched;
  }

  /** After the last row of a page goes away, step back to a page that exists. */
  clampPage(view: DashboardView, pageSize: number): void {
    const lastPage = Math.max(0, Math.ceil(view.filteredTotal / pageSize) - 1);
    if (this.page > lastPage) this.show(this.filter, lastPage);
  }

  #onView(view: DashboardView): void {
    const adapter = this.#runAdapter ?? this.#host.inviteAdapter;
    if (this.#lastView && this.#lastView.adapter !== adapter) this.#statuses.reset();
    this.#lastView = { adapter, view };
    this.#changes.push(...this.#statuses.update(view, this.#canceled));
    this.poll.settled();
  }
}

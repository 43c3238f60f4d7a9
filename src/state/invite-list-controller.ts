import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { Invitation, InviteAdapter } from '../api/types.js';
import { loadDashboardView, type DashboardView, type LiveSnapshot, type StatusFilter } from './dashboard-data.js';

export interface InviteListHost extends ReactiveControllerHost {
  readonly inviteAdapter: InviteAdapter;
  readonly pageSize: number;
}

/**
 * The dashboard's data: which tab and page are shown, the rows and counts for them, and the
 * cancel requests in flight. Loading runs through a @lit/task, so a newer request aborts an older
 * one and only the latest answer is ever shown.
 */
export class InviteListController implements ReactiveController {
  filter: StatusFilter = 'all';
  page = 0;
  /** Tokens of invitations whose cancel request is in flight: their cards show busy. */
  readonly cancelling = new Set<string>();

  readonly #host: InviteListHost;
  /** Bumped to read everything again (refresh, after create or cancel). */
  #generation = 0;
  #snapshot?: { generation: number; adapter: InviteAdapter; value: LiveSnapshot };

  readonly task: Task<[InviteAdapter, StatusFilter, number, number, number], DashboardView>;

  constructor(host: InviteListHost) {
    this.#host = host;
    host.addController(this);
    this.task = new Task(host, {
      args: () => [host.inviteAdapter, this.filter, this.page, host.pageSize, this.#generation] as const,
      task: async ([adapter, filter, page, pageSize, generation], { signal }) => {
        // Switching tab or page keeps the counts read moments ago; a refresh reads them again.
        const cached = this.#snapshot;
        const snapshot =
          cached && cached.generation === generation && cached.adapter === adapter ? cached.value : undefined;
        const view = await loadDashboardView(adapter, { filter, page, pageSize, snapshot }, signal);
        this.#snapshot = { generation, adapter, value: view.snapshot };
        return view;
      },
    });
  }

  hostConnected(): void {}

  /** The last complete view, kept on screen while a newer one loads. */
  get view(): DashboardView | undefined {
    return this.task.value;
  }

  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.INITIAL;
  }

  show(filter: StatusFilter, page = 0): void {
    this.filter = filter;
    this.page = Math.max(0, page);
    this.#host.requestUpdate();
  }

  /** Reads everything again; resolves when the new view is on screen (or failed). */
  async refresh(): Promise<void> {
    this.#generation += 1;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    await this.task.taskComplete.catch(() => undefined);
  }

  /** Cancels one invitation; the row stays as it was if the server refuses (the error is rethrown). */
  async cancel(invitation: Invitation): Promise<void> {
    if (this.cancelling.has(invitation.token)) return;
    this.cancelling.add(invitation.token);
    this.#host.requestUpdate();
    try {
      await this.#host.inviteAdapter.cancel(invitation.token);
    } finally {
      this.cancelling.delete(invitation.token);
      this.#host.requestUpdate();
    }
    await this.refresh();
  }

  /** After the last row of a page goes away, step back to a page that exists. */
  clampPage(view: DashboardView, pageSize: number): void {
    const lastPage = Math.max(0, Math.ceil(view.filteredTotal / pageSize) - 1);
    if (this.page > lastPage) this.show(this.filter, lastPage);
  }
}

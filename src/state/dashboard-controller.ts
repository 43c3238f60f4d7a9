import type { ReactiveController } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { isAbort, toInviteApiError, type InviteApiError } from '../api/errors.js';
import type { InviteAdapter, InviteStats } from '../api/types.js';
import { loadCounts, loadRows, type DashboardView } from './dashboard-data.js';
import { countsKey, rowsKey, type DashboardQuery } from './dashboard-query.js';
import { PollController, type PollHost } from './poll-controller.js';
import { RecentCache } from './recent-cache.js';
import { StatusTracker, type StatusChange } from './status-changes.js';

export interface DashboardDataHost extends PollHost {
  readonly inviteAdapter: InviteAdapter;
}

export interface DashboardDataOptions {
  /** A load failed (aborts aside): once per failure, whichever of rows and counts failed first. */
  onError?: (error: InviteApiError) => void;
  /** A load found invitations whose status changed since they were last read; called after it rendered. */
  onStatusChanged?: (changes: StatusChange[]) => void;
  /** Ids whose status change is the dashboard's own doing (its cancels): not reported. */
  quiet?: () => ReadonlySet<string>;
}

type RowsArgs = [InviteAdapter, string, number];

/**
 * The dashboard's data for its current query: the rows (a Task keyed on adapter + the whole query)
 * and the tab counts (a Task keyed on adapter + the filters, so a tab switch or page flip does not
 * read them again), background polling, and what stays on screen when a read fails.
 *
 * Nothing loaded ever vanishes: answers are kept by key, so a view seen moments ago shows at once
 * while it is read again, and a failed read keeps the last rows and counts on screen with `error`
 * set. Only a first load with nothing to show is `loadError`.
 */
export class DashboardDataController implements ReactiveController {
  query: DashboardQuery;
  readonly poll: PollController;

  readonly #host: DashboardDataHost;
  readonly #options: DashboardDataOptions;
  /** Bumped to read everything again (refresh, poll, after a create or cancel). */
  #generation = 0;
  /** Bumped to read only the counts (a poll with the adapter's `stats`), or only the rows (the counts moved). */
  #countsGeneration = 0;
  #rowsGeneration = 0;
  /** The counts read now are a poll's: they decide whether the rows are read too. */
  #countsOnly = false;
  /** Fires when the first invitation on screen expires: the view is read again, so the change shows. */
  #expiryTimer?: ReturnType<typeof setTimeout>;
  #adapter?: InviteAdapter;
  readonly #rows = new RecentCache<DashboardView>();
  readonly #counts = new RecentCache<InviteStats>();
  #lastRows?: DashboardView;
  #lastCounts?: InviteStats;
  readonly #statuses = new StatusTracker();
  #changes: StatusChange[] = [];
  /** The rows key whose last read failed: retrying it keeps the last rows on screen. */
  #failedKey?: string;
  /** The read round (generation and query) and error kind last reported: said once per round. */
  #reported?: string;

  readonly rowsTask: Task<RowsArgs, DashboardView>;
  readonly countsTask: Task<RowsArgs, { key: string; counts: InviteStats }>;

  constructor(host: DashboardDataHost, query: DashboardQuery, options: DashboardDataOptions = {}) {
    this.#host = host;
    this.query = query;
    this.#options = options;
    host.addController(this);
    this.poll = new PollController(host, {
      refresh: () => {
        if (!this.loading) void this.#pollTick();
      },
    });
    this.rowsTask = new Task(host, {
      args: (): RowsArgs => [this.#currentAdapter(), rowsKey(this.query), this.#generation + this.#rowsGeneration],
      task: ([adapter], { signal }) => loadRows(adapter, this.query, signal),
      onComplete: (view) => this.#onRows(view),
      onError: (error) => {
        this.#failedKey = rowsKey(this.query);
        this.#report(error);
        this.poll.settled(toInviteApiError(error));
      },
    });
    this.countsTask = new Task(host, {
      args: (): RowsArgs => [this.#currentAdapter(), countsKey(this.query), this.#generation + this.#countsGeneration],
      task: async ([adapter, key], { signal }) => ({ key, counts: await loadCounts(adapter, this.query, signal) }),
      onComplete: ({ key, counts }) => {
        const before = this.#counts.get(key);
        this.#counts.set(key, counts);
        this.#lastCounts = counts;
        // A poll that read only the counts: the rows are read again when something moved.
        if (this.#countsOnly) {
          this.#countsOnly = false;
          if (!before || JSON.stringify(before) !== JSON.stringify(counts)) this.#rereadRows();
          else this.poll.settled();
        }
      },
      onError: (error) => {
        if (this.#countsOnly) {
          this.#countsOnly = false;
          this.poll.settled(toInviteApiError(error));
        }
        this.#report(error);
      },
    });
  }

  hostUpdated(): void {
    if (this.#changes.length === 0) return;
    const changes = this.#changes;
    this.#changes = [];
    this.#options.onStatusChanged?.(changes);
  }

  /**
   * The rows to show: this query's (the last read, or one from moments ago); else the last rows
   * read, while this query's read failed (or is retried) or while another page or filter of the
   * same tab loads. Undefined — a placeholder — for a tab not seen moments ago, and on the first
   * load until the counts have answered too (rows and counts appear together, as one view).
   */
  get view(): DashboardView | undefined {
    if (!this.#lastCounts && this.countsTask.status === TaskStatus.PENDING) return undefined;
    const key = rowsKey(this.query);
    const last = this.#lastRows;
    if (last && rowsKey(last.query) === key) return last;
    const cached = this.#rows.get(key);
    if (cached) return cached;
    return this.#failedKey === key || last?.query.status === this.query.status ? last : undefined;
  }

  /** The counts to show: these filters' (fresh or from moments ago), else the last ones read. */
  get counts(): InviteStats | undefined {
    return this.#counts.get(countsKey(this.query)) ?? this.#lastCounts;
  }

  /** True while this query's rows are being read (whatever is on screen meanwhile). */
  get loading(): boolean {
    return this.rowsTask.status === TaskStatus.PENDING || this.rowsTask.status === TaskStatus.INITIAL;
  }

  /** Why the last read for this query failed (aborts aside): rows first, then counts. */
  get error(): InviteApiError | undefined {
    for (const task of [this.rowsTask, this.countsTask]) {
      if (task.status === TaskStatus.ERROR && !isAbort(task.error)) return toInviteApiError(task.error);
    }
    return undefined;
  }

  /** A failed read with nothing loaded to show instead: the full error state. */
  get loadError(): InviteApiError | undefined {
    return this.#lastRows ? undefined : this.error;
  }

  /** A failed read while earlier rows stay on screen: said above them, with Retry. */
  get refreshError(): InviteApiError | undefined {
    return this.#lastRows ? this.error : undefined;
  }

  /** Shows another view (a tab, a page, other filters); its rows load, or show at once if seen moments ago. */
  show(query: DashboardQuery): void {
    this.query = query;
    this.#host.requestUpdate();
  }

  /** Reads rows and counts again; resolves when both answered (or failed). What is on screen stays meanwhile. */
  async refresh(): Promise<void> {
    this.#generation += 1;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    await Promise.allSettled([this.rowsTask.taskComplete, this.countsTask.taskComplete]);
  }

  hostDisconnected(): void {
    clearTimeout(this.#expiryTimer);
  }

  /**
   * A background poll. With the adapter's `stats` (one request) only the counts are read, and the
   * rows only when they moved (a status or a use); without, everything is read again.
   */
  async #pollTick(): Promise<void> {
    // Without stats, or after a failed read of the rows (the counts alone would never bring them back).
    if (!this.#currentAdapter().stats || this.rowsTask.status === TaskStatus.ERROR) return this.refresh();
    this.#countsOnly = true;
    this.#countsGeneration += 1;
    this.#host.requestUpdate();
  }

  #rereadRows(): void {
    this.#rowsGeneration += 1;
    this.#host.requestUpdate();
  }

  /** Resolves when this query's rows have been read (or failed); never rejects. */
  async settled(): Promise<void> {
    await this.rowsTask.taskComplete.catch(() => {});
  }

  #onRows(view: DashboardView): void {
    const key = rowsKey(view.query);
    this.#rows.set(key, view);
    this.#lastRows = view;
    if (this.#failedKey === key) this.#failedKey = undefined;
    this.#changes.push(...this.#statuses.update(view.invitations, this.#options.quiet?.() ?? new Set()));
    this.poll.settled();
    this.#watchExpiry(view);
    // The last rows of the last page went away (canceled elsewhere, a smaller page size): step back.
    const lastPage = Math.max(0, Math.ceil(view.filteredTotal / view.query.pageSize) - 1);
    if (view.query === this.query && this.query.page > lastPage) this.show({ ...this.query, page: lastPage });
  }

  /** Reads the view again just after the first pending invitation on screen expires (within a day). */
  #watchExpiry(view: DashboardView): void {
    clearTimeout(this.#expiryTimer);
    const now = Date.now();
    const next = Math.min(...view.invitations.filter((row) => row.status === 'pending' && row.expiresAt.getTime() > now).map((row) => row.expiresAt.getTime()));
    if (next - now < 86_400_000) this.#expiryTimer = setTimeout(() => void this.refresh(), next - now + 1000);
  }

  /** The adapter now; another one than before forgets every answer and status of the old one. */
  #currentAdapter(): InviteAdapter {
    const adapter = this.#host.inviteAdapter;
    if (this.#adapter && adapter !== this.#adapter) {
      this.#rows.clear();
      this.#counts.clear();
      this.#lastRows = undefined;
      this.#lastCounts = undefined;
      this.#statuses.reset();
    }
    this.#adapter = adapter;
    return adapter;
  }

  /** Rows and counts of one read often fail together (signed out, offline): say it once. */
  #report(error: unknown): void {
    if (isAbort(error)) return;
    const api = toInviteApiError(error);
    const reported = `${this.#generation} ${this.#countsGeneration} ${this.#rowsGeneration} ${api.kind} ${rowsKey(this.query)}`;
    if (this.#reported === reported) return;
    this.#reported = reported;
    this.#options.onError?.(api);
  }
}

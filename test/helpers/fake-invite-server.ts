import type { InvitationRow } from '../../src/api/better-invite/wire.js';
import { invitationSchema } from '../../src/api/better-invite/wire.js';
import { applyListQuery } from '../../src/api/list-query.js';
import type { InviteStatus, ListQuery, SortField } from '../../src/api/types.js';
import { displayStatus } from '../../src/rules/invitation.js';
import { FakeBetterInvite } from './fake-better-invite.js';
import { realDelay } from './fake-clock.js';

/** One request the widget sent: its route under the api base, its query parameters and its abort signal. */
export interface SeenRequest {
  route: string;
  params: Record<string, string>;
  signal?: AbortSignal;
}

const STATUSES: InviteStatus[] = ['pending', 'used', 'canceled', 'rejected', 'expired'];

/**
 * A whole invitation server as a `fetch` to give the dashboard (`.fetch=${server.fetch}`): plain
 * better-invite's `GET /invite/list` (answered by FakeBetterInvite's rules), and with `plugin` the
 * companion's `GET /invite-dashboard/list` and `/invite-dashboard/stats` (a 404 without it, as
 * plain better-invite answers). It records every request with its signal, can hold answers until
 * released (an aborted request fails at once, as the browser's fetch does), and says when it is idle.
 *
 * A fresh server per test also means a fresh adapter: the dashboard keeps one per `fetch`, and the
 * adapter remembers whether the plugin answered.
 */
export class FakeInviteServer {
  rows: InvitationRow[];
  plugin: boolean;
  /** Uses of each invitation by id, as the plugin counts them (0 when absent). */
  uses: Record<string, number> = {};
  readonly requests: SeenRequest[] = [];
  readonly #inflight = new Set<Promise<unknown>>();
  #gate?: Promise<void>;

  constructor({ rows, plugin }: { rows: InvitationRow[]; plugin: boolean }) {
    this.rows = rows;
    this.plugin = plugin;
  }

  /** List requests, to the plugin's route or to better-invite's. */
  lists(): SeenRequest[] {
    return this.requests.filter((r) => r.route === 'invite-dashboard/list' || r.route === 'invite/list');
  }

  /** Count requests to the plugin (the first is its discovery). */
  stats(): SeenRequest[] {
    return this.requests.filter((r) => r.route === 'invite-dashboard/stats');
  }

  /** Holds every answer from now until the returned function is called. */
  hold(): () => void {
    let release!: () => void;
    this.#gate = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.#gate = undefined;
      release();
    };
  }

  /** Resolves once no request is in flight, and none started on the next task. */
  async idle(): Promise<void> {
    for (;;) {
      await realDelay(0);
      if (this.#inflight.size === 0) return;
      await Promise.allSettled([...this.#inflight]);
    }
  }

  readonly fetch = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const route = url.pathname.replace(/^\/api\/auth\//, '');
    const signal = init.signal ?? undefined;
    this.requests.push({ route, params: Object.fromEntries(url.searchParams), signal });
    const gate = this.#gate;
    const answer = new Promise<Response>((resolve, reject) => {
      const abort = () => reject(signal!.reason ?? new DOMException('The operation was aborted.', 'AbortError'));
      if (signal?.aborted) return abort();
      signal?.addEventListener('abort', abort, { once: true });
      void (gate ?? Promise.resolve()).then(() => resolve(this.#tracked(route === 'invite/cancel' ? this.#cancel(init.body) : this.#answer(route, url.searchParams))));
    });
    this.#track(answer);
    return answer;
  };

  #track(promise: Promise<unknown>): void {
    this.#inflight.add(promise);
    void promise.catch(() => undefined).finally(() => this.#inflight.delete(promise));
  }

  /** The body read counts as in flight too: idle() then means the page has every answer whole. */
  #tracked(response: Response): Response {
    const text = response.text.bind(response);
    response.text = () => {
      const read = text();
      this.#track(read);
      return read;
    };
    return response;
  }

  /** better-invite's `POST /invite/cancel { token }`: a pending row becomes canceled. */
  #cancel(body: unknown): Response {
    const { token } = JSON.parse(String(body)) as { token: string };
    const row = this.rows.find((r) => r.token === token && r.status === 'pending');
    if (!row) return Response.json({ message: 'Invalid or non-existent token', code: 'INVALID_TOKEN' }, { status: 400 });
    row.status = 'canceled';
    return Response.json({ status: true, message: 'Invite cancelled successfully' });
  }

  #answer(route: string, params: URLSearchParams): Response {
    if (route === 'invite/list') return Response.json(new FakeBetterInvite(this.rows).list(params));
    if (!this.plugin || !route.startsWith('invite-dashboard/')) return Response.json({ message: 'Not found' }, { status: 404 });
    if (route === 'invite-dashboard/stats') return Response.json(this.#stats(params));
    if (route === 'invite-dashboard/list') return Response.json(this.#list(params));
    // Who used an invitation: as many anonymous (deleted) users as it has uses, an hour apart.
    if (route === 'invite-dashboard/uses') {
      const count = this.uses[params.get('id') ?? ''] ?? 0;
      return Response.json({ uses: Array.from({ length: count }, (_, i) => ({ usedAt: new Date(Date.now() - (i + 1) * 3600e3).toISOString(), user: null })) });
    }
    return Response.json({ message: 'Not found' }, { status: 404 });
  }

  /** The plugin's query parameters as a ListQuery. */
  #query(params: URLSearchParams): ListQuery {
    const date = (name: string) => (params.has(name) ? new Date(params.get(name)!) : undefined);
    return {
      search: params.get('search') ?? undefined,
      role: params.get('role') ?? undefined,
      createdFrom: date('createdFrom'),
      createdTo: date('createdTo'),
      status: (params.get('status') as InviteStatus | null) ?? undefined,
      sortBy: (params.get('sortBy') as SortField | null) ?? undefined,
      sortDirection: (params.get('sortDirection') as 'asc' | 'desc' | null) ?? undefined,
      limit: Number(params.get('limit') ?? 1000),
      offset: Number(params.get('offset') ?? 0),
    };
  }

  #invitations() {
    return this.rows.map((row) => invitationSchema.parse(row));
  }

  #list(params: URLSearchParams) {
    const page = applyListQuery(this.#invitations(), this.#query(params));
    const rows = page.invitations.map((invitation) => {
      const row = this.rows.find((r) => r.id === invitation.id)!;
      return { ...row, status: displayStatus(invitation), uses: this.uses[row.id] ?? 0 };
    });
    return { total: page.total, invitations: rows };
  }

  #stats(params: URLSearchParams) {
    const all = this.#invitations();
    const query = { ...this.#query(params), status: undefined, limit: 0 };
    const matching = applyListQuery(all, { ...query, limit: all.length }).invitations;
    const stats: Record<string, number> = { total: applyListQuery(all, query).total, uses: matching.reduce((sum, row) => sum + (this.uses[row.id] ?? 0), 0) };
    for (const status of STATUSES) stats[status] = applyListQuery(all, { ...query, status }).total;
    return stats;
  }
}

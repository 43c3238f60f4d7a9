import type * as z from 'zod/mini';
import { featureNeedsCompanion } from '../errors.js';
import { invalidResponse, refusal, requestJson, type JsonRequest } from '../http.js';
import type { CreateInviteInput, CreateInviteResult, Invitation, InviteAdapter, InviteCapabilities } from '../types.js';
import { createCompanion } from './companion.js';
import { completeList, completeStats, type CompletionOptions } from './completion.js';
import { BROWSER_READ_LIMIT, type ServerList } from './read-all.js';
import { serverQueryParams } from './server-query.js';
import { invitePageSchema, statusMessageSchema } from './wire.js';

export interface BetterInviteAdapterOptions {
  /**
   * Better Auth API base (`/api/auth`, `https://auth.example.com/api/auth/`), with or without a
   * trailing slash; a relative one is resolved against the page at each call.
   */
  apiBase: string;
  /** Fetch to use (extra headers, a bearer token, a test double); else `globalThis.fetch` at call time. */
  fetch?: typeof fetch;
  /** List route under `apiBase`: `invite/list` for better-invite, `invites` for the seed shape. */
  listPath?: string;
  /**
   * `better-invite` (default): the server filters, sorts and pages what it can. `seed`: the route
   * returns every invitation as `{ invitations }` and ignores parameters, so the query is applied in the browser.
   */
  listShape?: 'better-invite' | 'seed';
  /**
   * Most rows read to complete one query in the browser (default 5,000). Past it, `list` and `stats`
   * fail with an InviteApiError of kind `unsupported`, code `COMPANION_PLUGIN_NEEDED`.
   */
  browserReadLimit?: number;
  /**
   * Milliseconds a request may take (headers and body) before it fails with an InviteApiError of
   * kind `network` and code `TIMEOUT`. Default 15000; 0 waits forever.
   */
  timeoutMs?: number;
  /**
   * Whether the server runs the companion plugin (`invite-dashboard/server`). Left out, the adapter asks
   * once, with its first list or count (`GET invite-dashboard/stats`; a 404 means plain better-invite).
   */
  companion?: boolean;
}

/**
 * The default data source: better-invite's HTTP API under `apiBase`, with the session cookie
 * (`credentials: "include"`), JSON bodies and abort signals. Every answer is checked with zod;
 * every failure is an InviteApiError.
 *
 * Which queries the server answers: better-invite takes one filter per request and cannot filter
 * on `expired`. A query with at most one of `role`, `createdFrom`, `createdTo`, `status: 'expired'`,
 * and a search without `_ % " , [ ] \`, is one request, paged and sorted on the server. Any other
 * (a stored status such as `pending`, which must also exclude expired rows; two filters; such a
 * search) is completed in the browser: the server narrows by one filter and the search, at most
 * `browserReadLimit` rows are read in chunks of 500, and the browser filters, sorts and pages them
 * exactly. Past the limit the query fails with `COMPANION_PLUGIN_NEEDED` instead of a partial answer.
 * `stats` reads the live (unexpired) rows for the filters and one total, the same way.
 *
 * With the companion plugin on the server (found with one request, see `companion`), every list and
 * count is one request answered by the server at any size, and `uses` and `activity` work; without
 * it they fail with an InviteApiError of kind `unsupported`, code `COMPANION_PLUGIN_NEEDED`.
 */
export function createBetterInviteAdapter(options: BetterInviteAdapterOptions): InviteAdapter {
  const { apiBase, fetch: givenFetch } = options;
  const seed = options.listShape === 'seed';
  const listPath = options.listPath ?? (seed ? 'invites' : 'invite/list');
  const readLimit = options.browserReadLimit ?? BROWSER_READ_LIMIT;
  // NaN (a request-timeout attribute that is not a number) counts as unset: requestJson's default.
  const timeoutMs = Number.isNaN(options.timeoutMs) ? undefined : options.timeoutMs;
  const send = <T>(request: JsonRequest, schema: z.ZodMiniType<T>) =>
    requestJson(givenFetch ?? globalThis.fetch, { ...request, timeoutMs }, schema);
  /** A create or cancel: better-invite answers `{ status, message }`, and `status: false` is a refusal. */
  const post = async (path: string, body: Record<string, unknown>, signal?: AbortSignal, redact?: string[]) => {
    const url = apiUrl(apiBase, path);
    const { data, status } = await send({ method: 'POST', url, body, signal, redact }, statusMessageSchema);
    if (!data.status) throw refusal(data.message, status, redact);
    return data.message;
  };
  const serverList: ServerList = async (query, signal) => {
    const url = apiUrl(apiBase, listPath);
    if (!seed) url.search = serverQueryParams(query).toString();
    return (await send({ method: 'GET', url, signal }, invitePageSchema)).data;
  };
  const completion = (): CompletionOptions => ({ serverFilters: !seed, now: new Date(), readLimit });
  const companion = createCompanion(send, (path) => apiUrl(apiBase, path), seed ? false : options.companion);
  /** The companion's answer when the plugin is there, else `plain()`; at once when that is known (no await first). */
  const either = <T>(withPlugin: () => Promise<T>, plain: () => Promise<T>): Promise<T> => {
    const known = companion.known();
    if (known !== undefined) return known ? withPlugin() : plain();
    return companion.available().then((found) => (found ? withPlugin() : plain()));
  };
  const needsPlugin = (feature: string) => () => Promise.reject(featureNeedsCompanion(feature));
  const capabilities: InviteCapabilities = {
    publicInvites: true,
    maxUses: true,
    serverQueries: false,
    browserReadLimit: readLimit,
    uses: false,
    activity: false,
    resend: false,
  };

  return {
    capabilities: async () => {
      const plugin = await companion.available();
      return plugin ? { ...capabilities, serverQueries: true, browserReadLimit: undefined, uses: true, activity: true } : { ...capabilities };
    },

    list: (query, signal) =>
      either(
        () => companion.list(query, signal),
        () => completeList(serverList, query, completion(), signal),
      ),

    stats: (query, signal) =>
      either(
        () => companion.stats(query, signal),
        () => completeStats(serverList, query, completion(), signal),
      ),

    uses: (invitation, signal) => either(() => companion.uses(invitation, signal), needsPlugin('who used an invitation')),

    activity: (range, signal) => either(() => companion.activity(range, signal), needsPlugin('activity per day')),

    async create(input: CreateInviteInput, signal?: AbortSignal): Promise<CreateInviteResult> {
      const body = createBody(input);
      const message = await post('invite/create', body, signal);
      return body.email === undefined ? publicResult(message) : { message };
    },

    async cancel(invitation: Invitation, signal?: AbortSignal): Promise<void> {
      const { token } = invitation;
      if (!token) throw new TypeError('better-invite cancels by token, and this invitation has none.');
      await post('invite/cancel', { token }, signal, [token]);
    },
  };
}

/**
 * `path` under `apiBase`, which may be relative (resolved against the page's base URI now, not at
 * import) and may or may not end with a slash.
 */
export function apiUrl(apiBase: string, path: string): URL {
  const page = globalThis.document?.baseURI ?? globalThis.location?.href;
  let base: URL;
  try {
    base = new URL(apiBase, page);
  } catch (error) {
    const why = page ? '' : ' (a relative api-base needs a page to resolve against)';
    throw new TypeError(`api-base "${apiBase}" is not a valid URL${why}.`, { cause: error });
  }
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return new URL(path.replace(/^\/+/, ''), base);
}

/** better-invite takes `email` as a string or an array; it is omitted for a public invite. */
function createBody(input: CreateInviteInput): Record<string, unknown> {
  const emails = input.emails ?? [];
  const body: Record<string, unknown> = { role: input.role };
  if (emails.length === 1) body.email = emails[0];
  else if (emails.length > 1) body.email = [...emails];
  for (const key of ['maxUses', 'expiresIn', 'shareInviterName'] as const) {
    if (input[key] !== undefined) body[key] = input[key];
  }
  return body;
}

/** A public invite's message is its token, or the activation URL when the server sends URLs. */
function publicResult(message: string): CreateInviteResult {
  const url = httpUrl(message);
  const token = url ? decodeSegment(url.pathname.split('/').filter(Boolean).pop() ?? '') : message.trim();
  if (!token) throw invalidResponse("it did not contain the new invitation's token.");
  return url ? { url: url.href, token, message } : { token, message };
}

function httpUrl(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

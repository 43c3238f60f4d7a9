import { createBetterInviteAdapter } from './better-invite/adapter.js';
import { outdatedAdapter } from './outdated-adapter.js';
import type { InviteAdapter } from './types.js';

/** What an element knows about its data source: its `adapter`, `apiBase`, `fetch` and `requestTimeout` properties. */
export interface AdapterHost {
  adapter?: InviteAdapter;
  apiBase: string;
  fetch?: typeof fetch;
  /** Milliseconds before a request fails as `TIMEOUT`; the adapter's default when unset. */
  requestTimeout?: number;
}

/** Stands for "no fetch given" as a WeakMap key. */
const DEFAULT_FETCH = {};
const cache = new WeakMap<object, Map<string, InviteAdapter>>();

/**
 * The adapter an element should use now: its own `adapter` when set (one written for the first
 * interface is refused, see outdated-adapter.ts), else the default better-invite
 * adapter for its `apiBase` + `fetch` + `requestTimeout`, made once per combination, so elements can
 * call this on every request.
 */
export function adapterFor(host: AdapterHost): InviteAdapter {
  // One written for the first interface (no capabilities()) fails loudly, saying what to change.
  if (host.adapter) return typeof host.adapter.capabilities === 'function' ? host.adapter : outdatedAdapter(host.adapter);
  const key: object = host.fetch ?? DEFAULT_FETCH;
  let byBase = cache.get(key);
  if (!byBase) {
    byBase = new Map();
    cache.set(key, byBase);
  }
  // The timeout (a number, no spaces) first: "15000 /api/auth" cannot collide with another pair.
  const id = `${host.requestTimeout ?? ''} ${host.apiBase}`;
  let adapter = byBase.get(id);
  if (!adapter) {
    adapter = createBetterInviteAdapter({ apiBase: host.apiBase, fetch: host.fetch, timeoutMs: host.requestTimeout });
    byBase.set(id, adapter);
  }
  return adapter;
}

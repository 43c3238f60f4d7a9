import { createBetterInviteAdapter } from './better-invite-adapter.js';
import type { InviteAdapter } from './types.js';

/** What an element knows about its data source: its `adapter`, `apiBase` and `fetch` properties. */
export interface AdapterHost {
  adapter?: InviteAdapter;
  apiBase: string;
  fetch?: typeof fetch;
}

/** Stands for "no fetch given" as a WeakMap key. */
const DEFAULT_FETCH = {};
const cache = new WeakMap<object, Map<string, InviteAdapter>>();

/**
 * The adapter an element should use now: its own `adapter` when set, else the default better-invite
 * adapter for its `apiBase` + `fetch`, made once per pair, so elements can call this on every request.
 */
export function adapterFor(host: AdapterHost): InviteAdapter {
  if (host.adapter) return host.adapter;
  const key: object = host.fetch ?? DEFAULT_FETCH;
  let byBase = cache.get(key);
  if (!byBase) {
    byBase = new Map();
    cache.set(key, byBase);
  }
  let adapter = byBase.get(host.apiBase);
  if (!adapter) {
    adapter = createBetterInviteAdapter({ apiBase: host.apiBase, fetch: host.fetch });
    byBase.set(host.apiBase, adapter);
  }
  return adapter;
}

import { InviteApiError } from './errors.js';
import type { InviteAdapter } from './types.js';

const refused = new WeakMap<object, InviteAdapter>();

/**
 * Stands in for an adapter written for the first interface (it has no `capabilities()`): every
 * call fails with an `unsupported` error that says what to change, so the dashboard shows it, and
 * the console says it once. `upgradeAdapter()` from `invite-dashboard/api` keeps such an adapter
 * working; it is not in the single-file build, which stays smaller for everyone else.
 */
export function outdatedAdapter(adapter: object): InviteAdapter {
  let stand = refused.get(adapter);
  if (stand) return stand;
  const message =
    "This adapter has no capabilities(), so it is for the first InviteAdapter interface: wrap it with upgradeAdapter() " +
    "from 'invite-dashboard/api', or update it (README: \"Adapters written for 0.1\").";
  console.error(`invite-dashboard: ${message}`);
  const fail = async (): Promise<never> => {
    throw new InviteApiError({ kind: 'unsupported', code: 'ADAPTER_OUTDATED', message });
  };
  stand = { capabilities: fail, list: fail, create: fail, cancel: fail };
  refused.set(adapter, stand);
  return stand;
}

import { createContext, type ContextProvider } from '@lit/context';
import { adapterFor, type AdapterHost } from '../api/adapter-for.js';
import type { InviteAdapter } from '../api/types.js';
import type { InviteStrings } from '../i18n/strings.js';

/**
 * What `<invite-dashboard>` shares with the card, stats and dialog inside it, by context: its
 * adapter and the settings a host gives once. An element's own attribute or property wins; alone,
 * an element uses its own and the defaults.
 */
export interface InviteConfig {
  adapter: InviteAdapter;
  apiBase: string;
  inviteUrl: string;
  locale?: string;
  strings?: Partial<InviteStrings>;
  theme?: 'light' | 'dark' | 'auto';
}

export const inviteConfigContext = createContext<InviteConfig | undefined>(Symbol('invite-config'));

/** Gives `provider` this config, as a new object only when something changed (every consumer updates on a new one). */
export function shareConfig(provider: ContextProvider<typeof inviteConfigContext>, next: InviteConfig): void {
  const current = provider.value;
  if (!current || (Object.keys(next) as (keyof InviteConfig)[]).some((key) => next[key] !== current[key])) provider.setValue(next);
}

/**
 * The adapter of an element that takes `adapter`, `api-base`, `fetch` and `request-timeout`: its own
 * `adapter`; else, inside a dashboard and with no `api-base` or `fetch` of its own, the dashboard's;
 * else the better-invite adapter for its settings.
 */
export function elementAdapter(host: Partial<AdapterHost>, config: InviteConfig | undefined): InviteAdapter {
  if (!host.adapter && config && host.apiBase === undefined && !host.fetch) return config.adapter;
  const apiBase = host.apiBase ?? config?.apiBase ?? '/api/auth';
  return adapterFor({ adapter: host.adapter, apiBase, fetch: host.fetch, requestTimeout: host.requestTimeout });
}

import { completeList, completeStats, type CompletionOptions } from './better-invite/completion.js';
import { BROWSER_READ_LIMIT, type ServerList } from './better-invite/read-all.js';
import type { Filter } from './better-invite/server-query.js';
import type { CreateInviteInput, CreateInviteResult, Invitation, InviteAdapter, InvitePage, InviteStatus } from './types.js';

/** The first InviteAdapter interface (0.1): one filter per list request, cancel by token. */
export interface LegacyInviteAdapter {
  list(query: LegacyListQuery, signal?: AbortSignal): Promise<{ invitations: LegacyInvitation[]; total: number }>;
  create(input: CreateInviteInput, signal?: AbortSignal): Promise<CreateInviteResult>;
  cancel(token: string, signal?: AbortSignal): Promise<void>;
}

/** 0.1's query: at most one of status, role, createdFrom, createdTo, expiresFrom. */
export interface LegacyListQuery {
  limit: number;
  offset?: number;
  status?: InviteStatus;
  role?: string;
  createdFrom?: Date;
  createdTo?: Date;
  expiresFrom?: Date;
  search?: string;
  sortBy?: 'createdAt' | 'expiresAt';
  sortDirection?: 'asc' | 'desc';
}

/** 0.1's row: better-invite's fields (`infinityMaxUses`, no `kind`). */
export type LegacyInvitation = Omit<Invitation, 'kind' | 'unlimited' | 'newAccount' | 'shareInviterName' | 'token'> & {
  token: string;
  infinityMaxUses?: boolean;
  newAccount?: boolean | null;
  shareInviterName?: boolean;
};

const upgraded = new WeakMap<object, InviteAdapter>();

/**
 * An adapter as the elements use it. One without `capabilities()` was written for the first
 * interface: it keeps working through this layer (its one-filter `list` narrows, the browser
 * completes any combination over at most 5,000 rows; cancel passes the token), with one warning
 * saying what to change.
 */
export function upgradeAdapter(adapter: InviteAdapter | LegacyInviteAdapter): InviteAdapter {
  if (typeof (adapter as InviteAdapter).capabilities === 'function') return adapter as InviteAdapter;
  let done = upgraded.get(adapter);
  if (!done) {
    done = fromLegacy(adapter as LegacyInviteAdapter);
    upgraded.set(adapter, done);
  }
  return done;
}

function fromLegacy(legacy: LegacyInviteAdapter): InviteAdapter {
  // Once per adapter object: upgradeAdapter keeps the upgraded one.
  console.warn(
    'invite-dashboard: this adapter has no capabilities(), so it was written for the first InviteAdapter interface. ' +
      'It still works (queries it cannot answer are completed in the browser over at most 5,000 rows), but update it: ' +
      'add capabilities(), take cancel(invitation) instead of cancel(token), return invitations with kind and unlimited, ' +
      'and answer any ListQuery combination. See "Adapters written for 0.1" in the README.',
  );
  const serverList: ServerList = async (query, signal) => {
    const { limit, offset, search, sortBy, sortDirection } = query;
    const page = await legacy.list({ limit, offset, search, sortBy, sortDirection, ...legacyFilter(query.filter) }, signal);
    return { total: page.total, invitations: page.invitations.map(fromLegacyInvitation) } satisfies InvitePage;
  };
  const completion = (): CompletionOptions => ({ serverFilters: true, now: new Date() });
  return {
    capabilities: async () => ({
      publicInvites: true,
      maxUses: true,
      serverQueries: false,
      browserReadLimit: BROWSER_READ_LIMIT,
      uses: false,
      activity: false,
      resend: false,
    }),
    list: (query, signal) => completeList(serverList, query, completion(), signal),
    stats: (query, signal) => completeStats(serverList, query, completion(), signal),
    create: (input, signal) => legacy.create(input, signal),
    cancel: (invitation, signal) => legacy.cancel(invitation.token ?? invitation.id, signal),
  };
}

/** A better-invite filter as 0.1's query field. */
function legacyFilter(filter: Filter | undefined): Partial<LegacyListQuery> {
  if (!filter) return {};
  const { field, operator, value } = filter;
  if (field === 'expiresAt') return operator === 'lt' ? { status: 'expired' } : { expiresFrom: value as Date };
  if (field === 'createdAt') return operator === 'gte' ? { createdFrom: value as Date } : { createdTo: value as Date };
  return field === 'role' ? { role: value as string } : { status: value as InviteStatus };
}

function fromLegacyInvitation(row: LegacyInvitation | Invitation): Invitation {
  if ('kind' in row && 'unlimited' in row) return row;
  // infinityMaxUses is 0.1's wire field: it becomes `unlimited` and stays out of the domain object.
  const { infinityMaxUses, ...legacy } = row as LegacyInvitation;
  return {
    ...legacy,
    kind: legacy.emails.length > 0 ? 'private' : 'public',
    unlimited: infinityMaxUses === true,
    newAccount: legacy.newAccount ?? null,
    shareInviterName: legacy.shareInviterName ?? false,
  };
}

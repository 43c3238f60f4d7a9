import type { StatusFilter } from './query.js';

/*
 * Reading one user's invitations through Better Auth's database adapter (whatever database it runs
 * on): the filters as `where` clauses, the search narrowed in the database and finished exactly here,
 * paging, and the uses of each invitation (better-invite's `inviteUse` rows).
 */

/** The part of Better Auth's adapter this plugin uses. */
export interface Adapter {
  options?: { adapterConfig?: { supportsJSON?: boolean; supportsArrays?: boolean } };
  findMany<T>(data: { model: string; where?: Where[]; limit?: number; offset?: number; sortBy?: { field: string; direction: 'asc' | 'desc' }; select?: string[] }): Promise<T[]>;
  findOne<T>(data: { model: string; where: Where[] }): Promise<T | null>;
  count(data: { model: string; where?: Where[] }): Promise<number>;
  updateMany(data: { model: string; where: Where[]; update: Record<string, unknown> }): Promise<number>;
}

export interface Where {
  field: string;
  value: string | number | boolean | Date | string[] | null;
  operator?: 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte' | 'in' | 'contains';
  connector?: 'AND' | 'OR';
  mode?: 'sensitive' | 'insensitive';
}

/** An `invite` row as the adapter returns it. */
export interface InviteRow {
  id: string;
  token: string;
  createdAt: Date;
  expiresAt: Date;
  maxUses: number;
  infinityMaxUses: boolean;
  createdByUserId: string;
  redirectToAfterUpgrade?: string | null;
  shareInviterName: boolean;
  email?: string | null;
  emails?: string[] | null;
  role: string;
  newAccount?: boolean | null;
  status: string;
}

export interface Filters {
  userId: string;
  /** Whether the database can look into `emails` with `contains` (searchIn()). */
  searchIn?: boolean;
  search?: string;
  role?: string;
  createdFrom?: Date;
  createdTo?: Date;
}

/** How many rows one read takes when reading a whole set. */
const CHUNK = 10_000;

/** ASCII letters folded to lower case; anything else as it is (the search is ASCII case-insensitive). */
export function foldAscii(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** Every address of a row: `emails`, or the legacy `email`. */
export function addressesOf(row: Pick<InviteRow, 'email' | 'emails'>): string[] {
  const emails = Array.isArray(row.emails) ? row.emails : [];
  return emails.length > 0 ? emails : row.email ? [row.email] : [];
}

/** Whether the search is a literal substring of one of the row's addresses, ASCII case-insensitively. */
export function matchesSearch(row: Pick<InviteRow, 'email' | 'emails'>, search: string): boolean {
  const needle = foldAscii(search);
  return addressesOf(row).some((address) => foldAscii(address).includes(needle));
}

/**
 * Characters that the database's LIKE reads as wildcards or escapes (`%`, `_`, `\`), or that belong to
 * the stored JSON text of `emails` rather than to an address (`"`, `,`, `[`, `]`).
 */
const NOT_LITERAL = /[%_\\",[\]]/;

/**
 * Whether `contains` can look into `emails`: only where Better Auth stores a string array as JSON text
 * (SQLite, MySQL). PostgreSQL keeps it as jsonb, where LIKE is an error; there the search is done in code.
 */
export function searchIn(adapter: Adapter): boolean {
  const config = adapter.options?.adapterConfig;
  return !config?.supportsJSON && !config?.supportsArrays;
}

/**
 * True when the database's case-insensitive `contains` gives exactly the search's answer: it can look
 * into `emails`, and the search is printable ASCII with none of the characters above. Otherwise the
 * database only narrows (or not at all) and the code decides.
 */
export function isExactInDatabase(search: string, adapter: Adapter): boolean {
  return searchIn(adapter) && /^[\x20-\x7e]*$/.test(search) && !NOT_LITERAL.test(search);
}

/** The longest run of the search that the database can look for literally (to narrow a search it cannot answer). */
function narrowingTerm(search: string): string {
  return search.split(NOT_LITERAL).reduce((longest, part) => (part.length > longest.length ? part : longest), '');
}

/** The filters other than status, as `where` clauses. */
export function filterWhere(filters: Filters): Where[] {
  const where: Where[] = [{ field: 'createdByUserId', value: filters.userId }];
  if (filters.role !== undefined) where.push({ field: 'role', value: filters.role });
  if (filters.createdFrom) where.push({ field: 'createdAt', operator: 'gte', value: filters.createdFrom });
  if (filters.createdTo) where.push({ field: 'createdAt', operator: 'lte', value: filters.createdTo });
  const term = filters.search && filters.searchIn ? narrowingTerm(filters.search) : '';
  if (term) {
    // Either column: new rows hold `emails`, legacy ones `email`.
    where.push({ field: 'emails', operator: 'contains', value: term, mode: 'insensitive', connector: 'OR' });
    where.push({ field: 'email', operator: 'contains', value: term, mode: 'insensitive', connector: 'OR' });
  }
  return where;
}

/**
 * A status as the dashboard means it: `expired` is past `expiresAt` whatever is stored; every other
 * status is the stored one on an invitation that has not expired.
 */
export function statusWhere(status: StatusFilter, now: Date): Where[] {
  if (status === 'expired') return [{ field: 'expiresAt', operator: 'lt', value: now }];
  return [
    { field: 'status', value: status },
    { field: 'expiresAt', operator: 'gte', value: now },
  ];
}

/** The status a row shows: its stored one, or `expired` once past its expiry (as `/invite/list`). */
export function shownStatus(row: Pick<InviteRow, 'status' | 'expiresAt'>, now: Date): StatusFilter {
  return new Date(row.expiresAt).getTime() < now.getTime() ? 'expired' : (row.status as StatusFilter);
}

/** Every row matching `where`, read in chunks (the adapter caps an unbounded read at 100). */
export async function readAll<T>(adapter: Adapter, model: string, where: Where[], select?: string[]): Promise<T[]> {
  const rows: T[] = [];
  // Ordered by id so the chunks neither skip nor repeat a row; the order needs id among the columns read.
  const columns = select && !select.includes('id') ? [...select, 'id'] : select;
  for (let offset = 0; ; offset += CHUNK) {
    const chunk = await adapter.findMany<T>({ model, where, limit: CHUNK, offset, sortBy: { field: 'id', direction: 'asc' }, select: columns });
    rows.push(...chunk);
    if (chunk.length < CHUNK) return rows;
  }
}

/** Uses per invitation id, from `inviteUse`, for the given ids. */
export async function usesByInvitation(adapter: Adapter, ids: readonly string[]): Promise<Map<string, number>> {
  const uses = new Map<string, number>();
  for (let start = 0; start < ids.length; start += 1000) {
    const slice = ids.slice(start, start + 1000);
    const rows = await readAll<{ inviteId: string }>(adapter, 'inviteUse', [{ field: 'inviteId', operator: 'in', value: slice }], ['inviteId']);
    for (const { inviteId } of rows) uses.set(inviteId, (uses.get(inviteId) ?? 0) + 1);
  }
  return uses;
}

/** Ids per `in` list: under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const IN_MAX = 10_000;

/** How many uses the given invitations have in all: one count per 10,000 ids. */
export async function countUses(adapter: Adapter, ids: readonly string[]): Promise<number> {
  let total = 0;
  for (let start = 0; start < ids.length; start += IN_MAX) {
    total += await adapter.count({ model: 'inviteUse', where: [{ field: 'inviteId', operator: 'in', value: ids.slice(start, start + IN_MAX) }] });
  }
  return total;
}

/** What `inviteUse.inviterId` holds for a use whose invitation is gone: not null, so it is not looked up again. */
const NO_INVITER = '';

/**
 * Fills `inviteUse.inviterId` (the plugin's own column: who created the invitation used) on uses that
 * lack it: every use better-invite wrote since the last call, and the history from before the plugin.
 * With it, one count answers "how many uses have this user's invitations had", whatever their number.
 * One count when there is nothing to do; else a read and an update per creator, 1,000 uses at a time.
 */
export async function fillInviters(adapter: Adapter): Promise<void> {
  const missing: Where[] = [{ field: 'inviterId', value: null }];
  while ((await adapter.count({ model: 'inviteUse', where: missing })) > 0) {
    const uses = await adapter.findMany<{ id: string; inviteId: string | null }>({ model: 'inviteUse', where: missing, limit: 1000, select: ['id', 'inviteId'] });
    const inviteIds = [...new Set(uses.map((use) => use.inviteId).filter((id): id is string => Boolean(id)))];
    const invites = inviteIds.length
      ? await adapter.findMany<{ id: string; createdByUserId: string | null }>({ model: 'invite', where: [{ field: 'id', operator: 'in', value: inviteIds }], limit: inviteIds.length, select: ['id', 'createdByUserId'] })
      : [];
    const creatorOf = new Map(invites.map((invite) => [invite.id, invite.createdByUserId || NO_INVITER]));
    const byInviter = new Map<string, string[]>();
    for (const use of uses) {
      const inviter = (use.inviteId && creatorOf.get(use.inviteId)) || NO_INVITER;
      byInviter.set(inviter, [...(byInviter.get(inviter) ?? []), use.id]);
    }
    for (const [inviterId, ids] of byInviter) {
      await adapter.updateMany({ model: 'inviteUse', where: [{ field: 'id', operator: 'in', value: ids }], update: { inviterId } });
    }
  }
}

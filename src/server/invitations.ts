import type { StatusFilter } from './query.js';

/*
 * Reading one user's invitations through Better Auth's database adapter (whatever database it runs
 * on): the filters as `where` clauses, the search narrowed in the database and finished exactly here,
 * paging, and the uses of each invitation (better-invite's `inviteUse` rows).
 */

/** The part of Better Auth's adapter this plugin uses. */
export interface Adapter {
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
  /** Whether every one of the user's invitations has its `searchText` (prepareSearch()). */
  searchReady?: boolean;
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

/*
 * The search runs on the plugin's own column, `invite.searchText`: the row's addresses, ASCII-folded,
 * one per line. better-invite's `emails` cannot serve it: SQLite keeps it as JSON text (a LIKE there
 * also matches the JSON's quotes and commas) and PostgreSQL as jsonb (a LIKE there is an error).
 */

/** The `searchText` of a row: "\nann@example.com\nbob@example.org\n" (just "\n" for a public link). */
export function searchTextOf(row: Pick<InviteRow, 'email' | 'emails'>): string {
  return `\n${addressesOf(row).map(foldAscii).join('\n')}\n`;
}

/** Rows given their `searchText` per request at most: the history from before the plugin fills over a few. */
const FILL_BUDGET = 2000;

/**
 * Gives the user's invitations that lack it their `searchText` (new ones, and those from before the
 * plugin, up to FILL_BUDGET a call); true when none is left without, so the database can answer a search.
 */
export async function prepareSearch(adapter: Adapter, userId: string): Promise<boolean> {
  const missing: Where[] = [
    { field: 'createdByUserId', value: userId },
    { field: 'searchText', value: null },
  ];
  const rows = await adapter.findMany<Pick<InviteRow, 'id' | 'email' | 'emails'>>({ model: 'invite', where: missing, limit: FILL_BUDGET, select: ['id', 'email', 'emails'] });
  for (const row of rows) {
    await adapter.updateMany({ model: 'invite', where: [{ field: 'id', value: row.id }], update: { searchText: searchTextOf(row) } });
  }
  return rows.length < FILL_BUDGET || (await adapter.count({ model: 'invite', where: missing })) === 0;
}

/** What LIKE reads as wildcards or escapes (`%`, `_`, `\`), and the line break between addresses. */
const NOT_LITERAL = /[%_\\\n]/;

/**
 * True when the database's `contains` on `searchText` gives exactly the search's answer: every row has
 * its searchText, and the search is printable ASCII with none of the characters above. Otherwise the
 * database only narrows and the code decides.
 */
export function isExactInDatabase(search: string, ready: boolean): boolean {
  return ready && /^[\x20-\x7e]*$/.test(search) && !NOT_LITERAL.test(search);
}

/** The longest run of the search the database can look for literally (to narrow a search it cannot answer). */
function narrowingTerm(search: string): string {
  return foldAscii(search)
    .split(NOT_LITERAL)
    .reduce((longest, part) => (part.length > longest.length ? part : longest), '');
}

/** The filters other than status, as `where` clauses. */
export function filterWhere(filters: Filters): Where[] {
  const where: Where[] = [{ field: 'createdByUserId', value: filters.userId }];
  if (filters.role !== undefined) where.push({ field: 'role', value: filters.role });
  if (filters.createdFrom) where.push({ field: 'createdAt', operator: 'gte', value: filters.createdFrom });
  if (filters.createdTo) where.push({ field: 'createdAt', operator: 'lte', value: filters.createdTo });
  const term = filters.search ? narrowingTerm(filters.search) : '';
  if (term && filters.searchReady) where.push({ field: 'searchText', operator: 'contains', value: term });
  else if (term) {
    // Rows not given their searchText yet are kept for the code to decide.
    where.push({ field: 'searchText', operator: 'contains', value: term, connector: 'OR' });
    where.push({ field: 'searchText', value: null, connector: 'OR' });
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

/** Ids per `in` list: under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const IN_MAX = 10_000;

/** The `inviteUse` rows of the given invitations (the columns asked for), one read per 10,000 ids. */
export async function readUses<T extends { inviteId: string }>(adapter: Adapter, ids: readonly string[], columns: string[]): Promise<T[]> {
  const uses: T[] = [];
  for (let start = 0; start < ids.length; start += IN_MAX) {
    uses.push(...(await readAll<T>(adapter, 'inviteUse', [{ field: 'inviteId', operator: 'in', value: ids.slice(start, start + IN_MAX) }], columns)));
  }
  return uses;
}

/** Uses per invitation id, for the given ids. */
export async function usesByInvitation(adapter: Adapter, ids: readonly string[]): Promise<Map<string, number>> {
  const uses = new Map<string, number>();
  for (const { inviteId } of await readUses(adapter, ids, ['inviteId'])) uses.set(inviteId, (uses.get(inviteId) ?? 0) + 1);
  return uses;
}

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
 * Copies onto each `inviteUse` row what the stats filter on (the plugin's own columns): `inviterId` (who
 * created the invitation), `inviteRole`, `inviteCreatedAt`, `inviteSearchText`. An invitation's creator,
 * role, date and addresses never change, so the copies stay true; with them the uses of any filtered set
 * are one count. Fills the uses that lack them (new ones, and the history from before the plugin), up
 * to FILL_BUDGET a call; true when none is left without.
 */
export async function fillUseCopies(adapter: Adapter): Promise<boolean> {
  const missing: Where[] = [{ field: 'inviterId', value: null }];
  const uses = await adapter.findMany<{ id: string; inviteId: string | null }>({ model: 'inviteUse', where: missing, limit: FILL_BUDGET, select: ['id', 'inviteId'] });
  if (uses.length === 0) return true;
  const inviteIds = [...new Set(uses.map((use) => use.inviteId).filter((id): id is string => Boolean(id)))];
  const invites = inviteIds.length
    ? await readAll<InviteRow>(adapter, 'invite', [{ field: 'id', operator: 'in', value: inviteIds }], ['id', 'createdByUserId', 'role', 'createdAt', 'email', 'emails'])
    : [];
  const inviteOf = new Map(invites.map((invite) => [invite.id, invite]));
  const usesOf = new Map<string, string[]>();
  for (const use of uses) {
    const key = use.inviteId && inviteOf.has(use.inviteId) ? use.inviteId : NO_INVITER;
    usesOf.set(key, [...(usesOf.get(key) ?? []), use.id]);
  }
  for (const [inviteId, ids] of usesOf) {
    const invite = inviteOf.get(inviteId);
    const update = invite
      ? { inviterId: invite.createdByUserId || NO_INVITER, inviteRole: invite.role, inviteCreatedAt: new Date(invite.createdAt), inviteSearchText: searchTextOf(invite) }
      : { inviterId: NO_INVITER };
    await adapter.updateMany({ model: 'inviteUse', where: [{ field: 'id', operator: 'in', value: ids }], update });
  }
  return uses.length < FILL_BUDGET || (await adapter.count({ model: 'inviteUse', where: missing })) === 0;
}

/**
 * The uses of the invitations `filterWhere(filters)` selects, as `where` clauses on the copies: for a
 * search the database answers exactly (isExactInDatabase) or none.
 */
export function useWhere(filters: Filters): Where[] {
  const where: Where[] = [{ field: 'inviterId', value: filters.userId }];
  if (filters.role !== undefined) where.push({ field: 'inviteRole', value: filters.role });
  if (filters.createdFrom) where.push({ field: 'inviteCreatedAt', operator: 'gte', value: filters.createdFrom });
  if (filters.createdTo) where.push({ field: 'inviteCreatedAt', operator: 'lte', value: filters.createdTo });
  if (filters.search) where.push({ field: 'inviteSearchText', operator: 'contains', value: foldAscii(filters.search) });
  return where;
}

import type { Invitation, InviteAdapter, ListQuery } from '../api/types.js';

/** Rows per request when reading a whole set: large enough to need few requests, small enough to stream. */
export const CHUNK_SIZE = 500;
/** Requests in flight at once while reading the rest of a set (the server rate-limits per IP). */
const PARALLEL_REQUESTS = 3;
/** The most rows read for one set, whatever total the server claims (200 requests). */
export const MAX_ROWS = 100_000;

/**
 * Every invitation matching a query, read in chunks: the first answer's `total` says how many more
 * requests to make. Returns the rows and the server's total.
 */
export async function fetchAll(
  adapter: InviteAdapter,
  query: Omit<ListQuery, 'limit' | 'offset'>,
  signal?: AbortSignal,
): Promise<{ invitations: Invitation[]; total: number }> {
  const first = await adapter.list({ ...query, limit: CHUNK_SIZE, offset: 0 }, signal);
  const invitations = [...first.invitations];
  const offsets: number[] = [];
  // A short first chunk means the server had no more, whatever its total says.
  if (first.invitations.length === CHUNK_SIZE) {
    const end = Math.min(first.total, MAX_ROWS);
    for (let offset = CHUNK_SIZE; offset < end; offset += CHUNK_SIZE) offsets.push(offset);
  }
  const chunks: Invitation[][] = new Array(offsets.length);
  let next = 0;
  /** Set by a short chunk: the set ended there, whatever the total said, so ask for no more. */
  let ended = false;
  async function worker() {
    while (next < offsets.length && !ended) {
      const index = next++;
      const page = await adapter.list({ ...query, limit: CHUNK_SIZE, offset: offsets[index] }, signal);
      chunks[index] = page.invitations;
      if (page.invitations.length < CHUNK_SIZE) ended = true;
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_REQUESTS, offsets.length) }, worker));
  for (const chunk of chunks) if (chunk) invitations.push(...chunk);
  return { invitations: dedupeById(invitations), total: first.total };
}

/** Rows shift between chunk requests when something is created meanwhile; never show one twice. */
export function dedupeById(invitations: Invitation[]): Invitation[] {
  const seen = new Set<string>();
  return invitations.filter((invitation) => !seen.has(invitation.id) && seen.add(invitation.id));
}

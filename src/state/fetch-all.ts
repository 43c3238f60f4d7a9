import type { Invitation, InviteAdapter, ListQuery } from '../api/types.js';

/** Rows per request when reading a whole set: large enough to need few requests, small enough to stream. */
export const CHUNK_SIZE = 500;
/** Requests in flight at once while reading the rest of a set (the server rate-limits per IP). */
const PARALLEL_REQUESTS = 3;

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
    for (let offset = CHUNK_SIZE; offset < first.total; offset += CHUNK_SIZE) offsets.push(offset);
  }
  const chunks: Invitation[][] = new Array(offsets.length);
  let next = 0;
  async function worker() {
    while (next < offsets.length) {
      const index = next++;
      const page = await adapter.list({ ...query, limit: CHUNK_SIZE, offset: offsets[index] }, signal);
      chunks[index] = page.invitations;
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_REQUESTS, offsets.length) }, worker));
  for (const chunk of chunks) invitations.push(...chunk);
  return { invitations: dedupeById(invitations), total: first.total };
}

/** Rows shift between chunk requests when something is created meanwhile; never show one twice. */
function dedupeById(invitations: Invitation[]): Invitation[] {
  const seen = new Set<string>();
  return invitations.filter((invitation) => !seen.has(invitation.id) && seen.add(invitation.id));
}

import { companionPluginNeeded } from '../errors.js';
import type { Invitation, InvitePage } from '../types.js';
import type { ServerQuery } from './server-query.js';

/** One request to a list route that takes a ServerQuery. */
export type ServerList = (query: ServerQuery, signal?: AbortSignal) => Promise<InvitePage>;

/** Rows per request when reading a whole set: large enough to need few requests, small enough to stream. */
export const CHUNK_SIZE = 500;
/** Requests in flight at once while reading the rest of a set (the server rate-limits per IP). */
const PARALLEL_REQUESTS = 3;
/**
 * The most rows read to complete one query in the browser (10 requests, about 2 MB of JSON). Past
 * it the query is refused with `COMPANION_PLUGIN_NEEDED`, never answered from part of the rows.
 */
export const BROWSER_READ_LIMIT = 5_000;

/**
 * Every row matching a server query, in chunks: the first answer's `total` says how many more
 * requests to make, and whether the set is over the limit (then nothing more is read).
 */
export async function readAll(
  list: ServerList,
  query: Omit<ServerQuery, 'limit' | 'offset'>,
  signal?: AbortSignal,
  limit = BROWSER_READ_LIMIT,
): Promise<Invitation[]> {
  const first = await list({ ...query, limit: CHUNK_SIZE, offset: 0 }, signal);
  if (first.total > limit) throw companionPluginNeeded(first.total, limit);
  const invitations = [...first.invitations];
  const offsets: number[] = [];
  // A short first chunk means the server had no more, whatever its total says.
  if (first.invitations.length === CHUNK_SIZE) {
    for (let offset = CHUNK_SIZE; offset < first.total; offset += CHUNK_SIZE) offsets.push(offset);
  }
  const chunks: Invitation[][] = new Array(offsets.length);
  let next = 0;
  /** Set by a short chunk: the set ended there, whatever the total said, so ask for no more. */
  let ended = false;
  async function worker() {
    while (next < offsets.length && !ended) {
      const index = next++;
      const page = await list({ ...query, limit: CHUNK_SIZE, offset: offsets[index] }, signal);
      chunks[index] = page.invitations;
      if (page.invitations.length < CHUNK_SIZE) ended = true;
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_REQUESTS, offsets.length) }, worker));
  for (const chunk of chunks) if (chunk) invitations.push(...chunk);
  return dedupeById(invitations);
}

/** Rows shift between chunk requests when something is created meanwhile; never count one twice. */
export function dedupeById(invitations: Invitation[]): Invitation[] {
  const seen = new Set<string>();
  return invitations.filter((invitation) => !seen.has(invitation.id) && seen.add(invitation.id));
}

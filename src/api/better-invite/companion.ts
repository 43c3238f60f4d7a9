import * as z from 'zod/mini';
import { InviteApiError } from '../errors.js';
import type { JsonRequest } from '../http.js';
import type { ActivityQuery, Invitation, InviteActivity, InvitePage, InviteStats, InviteUse, ListQuery, StatsQuery } from '../types.js';
import { dateSchema, invitationRowSchema, nullish, toInvitation } from './wire.js';

/*
 * The companion plugin (invite-dashboard/server) under the same api-base: found with one request
 * (a 404 means plain better-invite), then every list, count, history and activity is one request
 * answered by the server.
 */

type Send = <T>(request: JsonRequest, schema: z.ZodMiniType<T>) => Promise<{ data: T; status: number }>;
type Url = (path: string) => URL;

const count = z.number();
const statsSchema = z.object({ total: count, pending: count, used: count, canceled: count, rejected: count, expired: count, uses: count });

const pageSchema = z.object({
  total: count,
  invitations: z.array(
    z.pipe(
      z.object({ ...invitationRowSchema.shape, uses: count }),
      z.transform((row): Invitation => ({ ...toInvitation(row), uses: row.uses })),
    ),
  ),
});

const usesSchema = z.object({
  uses: z.array(z.object({ usedAt: dateSchema, user: nullish(z.object({ id: z.string(), name: z.string(), email: z.string() })) })),
});

const activitySchema = z.object({
  days: z.array(z.object({ date: z.string(), created: count, used: count })),
  acceptanceRate: nullish(z.number()),
  medianSecondsToFirstUse: nullish(z.number()),
  expiringWithin7Days: count,
});

/** The most rows the plugin sends in one answer. */
const PAGE_MAX = 1000;
/** How long the question's counts may stand in for a `stats` call. */
const FRESH_MS = 5000;

export interface Companion {
  /** Whether the server runs the plugin, when that is known already. */
  known(): boolean | undefined;
  /** Whether the server runs the plugin: asked once (a 404 is a no), then answered from memory. */
  available(): Promise<boolean>;
  list(query: ListQuery, signal?: AbortSignal): Promise<InvitePage>;
  stats(query: StatsQuery, signal?: AbortSignal): Promise<InviteStats>;
  uses(invitation: Invitation, signal?: AbortSignal): Promise<InviteUse[]>;
  activity(range: ActivityQuery, signal?: AbortSignal): Promise<InviteActivity>;
}

/**
 * @param presence `undefined`: ask the server; `true` / `false`: known, never asked.
 */
export function createCompanion(send: Send, url: Url, presence?: boolean): Companion {
  let known = presence;
  let asking: Promise<boolean> | undefined;
  /** The unfiltered counts the question brought back, for the first `stats` call to use. */
  let firstStats: { stats: InviteStats; at: number } | undefined;

  const ask = async (): Promise<boolean> => {
    try {
      firstStats = { stats: (await send({ method: 'GET', url: url('invite-dashboard/stats') }, statsSchema)).data, at: Date.now() };
      return (known = true);
    } catch (error) {
      // Only a 404 says the plugin is not there. Offline or timed out: that is this call's failure, and
      // the next call asks again. Signed out, a 500, an answer that is not the plugin's: the plain API
      // answers this time, and the next call asks again.
      if (!(error instanceof InviteApiError) || error.kind === 'network' || error.kind === 'aborted') throw error;
      if (error.status === 404) known = false;
      return false;
    }
  };

  const get = <T>(path: string, params: Record<string, string | number | Date | undefined>, schema: z.ZodMiniType<T>, signal?: AbortSignal) => {
    const target = url(path);
    for (const [name, value] of Object.entries(params)) {
      if (value !== undefined && value !== '') target.searchParams.set(name, value instanceof Date ? value.toISOString() : String(value));
    }
    return send({ method: 'GET', url: target, signal }, schema).then(({ data }) => data);
  };

  const filters = (query: StatsQuery) => ({ search: query.search, role: query.role, createdFrom: query.createdFrom, createdTo: query.createdTo });

  /** One answer of at most PAGE_MAX rows. */
  const page = (query: ListQuery, offset: number, limit: number, signal?: AbortSignal) =>
    get(
      'invite-dashboard/list',
      { ...filters(query), status: query.status, sortBy: query.sortBy, sortDirection: query.sortDirection, limit, offset: offset || undefined },
      pageSchema,
      signal,
    );

  return {
    known: () => known,
    available: () => (known !== undefined ? Promise.resolve(known) : (asking ??= ask().finally(() => (asking = undefined)))),

    async list(query, signal) {
      const start = query.offset ?? 0;
      const invitations: Invitation[] = [];
      let total = 0;
      // The plugin sends 1 to 1,000 rows an answer: a count alone asks for one row, a longer page for several answers.
      do {
        const size = Math.min(Math.max(query.limit - invitations.length, 1), PAGE_MAX);
        const answer = await page(query, start + invitations.length, size, signal);
        total = answer.total;
        if (query.limit === 0) break;
        invitations.push(...answer.invitations);
        if (answer.invitations.length < size) break;
      } while (invitations.length < query.limit);
      return { invitations, total };
    },

    async stats(query, signal) {
      const params = filters(query);
      const unfiltered = Object.values(params).every((value) => value === undefined || value === '');
      const early = firstStats;
      firstStats = undefined;
      // The question's own answer stands in for the first unfiltered count, while it is fresh.
      if (unfiltered && early && Date.now() - early.at < FRESH_MS) return early.stats;
      return get('invite-dashboard/stats', params, statsSchema, signal);
    },

    async uses(invitation, signal) {
      const { uses } = await get('invite-dashboard/uses', { id: invitation.id }, usesSchema, signal);
      return uses.map(({ usedAt, user }) => ({ usedAt, user: user ?? null }));
    },

    async activity(range, signal) {
      const answer = await get('invite-dashboard/activity', { from: range.from, to: range.to, timeZone: range.timeZone }, activitySchema, signal);
      return { ...answer, acceptanceRate: answer.acceptanceRate ?? null, medianSecondsToFirstUse: answer.medianSecondsToFirstUse ?? null };
    },
  };
}

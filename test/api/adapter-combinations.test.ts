import { expect } from '@open-wc/testing';
import { createBetterInviteAdapter } from '../../src/api/better-invite/adapter.js';
import { invitePageSchema } from '../../src/api/better-invite/wire.js';
import { InviteApiError } from '../../src/api/errors.js';
import type { Invitation, InviteStatus, ListQuery } from '../../src/api/types.js';
import { FakeBetterInvite } from '../helpers/fake-better-invite.js';
import { DAYS, publicRow, row } from '../helpers/invitations.js';
import { rejectionOf } from './fake-fetch.js';

const API = 'https://auth.example.com/api/auth';
const HOUR = 3600e3;
const now = Date.now();
const at = (ms: number) => new Date(now + ms).toISOString();

/**
 * Rows that tell the query rules apart: every stored status, live and expired; three roles; a
 * spread of creation days; addresses with `_`, `%`, capitals and two addresses on one invite (so
 * a search for `","` or `_` would match the JSON or a wildcard if sent to the server as is).
 */
function rows() {
  const statuses = ['pending', 'used', 'canceled', 'rejected'] as const;
  const roles = ['user', 'admin', 'moderator'];
  const emails = [['carol@example.com'], ['a_b@example.org'], ['axb@example.org'], ['Dan.Smith@Example.com'], ['pct%x@example.net'], ['one@example.com', 'two@example.com'], null];
  const out = [];
  for (let i = 0; i < 42; i += 1) {
    const expired = i % 3 === 0;
    const list = emails[i % emails.length];
    const fields = {
      id: `r${String(i).padStart(2, '0')}`,
      status: statuses[i % statuses.length],
      role: roles[i % roles.length],
      createdAt: at(-(i + 1) * 12 * HOUR),
      expiresAt: expired ? at(-(i % 5 + 1) * DAYS) : at((i % 7 + 1) * DAYS),
    };
    out.push(list ? row({ ...fields, emails: list }) : publicRow(fields));
  }
  return out;
}

/** The query's meaning, written out plainly: what every answer is checked against. */
function bruteForce(all: Invitation[], query: ListQuery) {
  const lower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const search = lower(query.search?.trim() ?? '');
  const expired = (i: Invitation) => i.status === 'expired' || i.expiresAt.getTime() < Date.now();
  const matching = all.filter((i) => {
    if (query.status === 'expired' && !expired(i)) return false;
    if (query.status && query.status !== 'expired' && (expired(i) || i.status !== query.status)) return false;
    if (query.role && i.role !== query.role) return false;
    if (query.createdFrom && i.createdAt < query.createdFrom) return false;
    if (query.createdTo && i.createdAt > query.createdTo) return false;
    return !search || i.emails.some((email) => lower(email).includes(search));
  });
  const field = query.sortBy ?? 'createdAt';
  const sign = query.sortDirection === 'asc' ? 1 : -1;
  matching.sort((a, b) => sign * (a[field].getTime() - b[field].getTime()) || (a.id < b.id ? -1 : 1));
  const offset = query.offset ?? 0;
  return { ids: matching.slice(offset, offset + query.limit).map((i) => i.id), total: matching.length };
}

/** A fetch answering from the fake better-invite server, as the real one would. */
function serverFetch(server: FakeBetterInvite): typeof fetch {
  return async (input) => Response.json(server.list(new URL(String(input)).searchParams));
}

describe('better-invite adapter: any combination of filters, answered exactly', () => {
  const server = new FakeBetterInvite(rows());
  const adapter = createBetterInviteAdapter({ apiBase: API, companion: false, fetch: serverFetch(server) });
  const all = invitePageSchema.parse(server.list(new URLSearchParams({ limit: '-1' }))).invitations;

  const statuses: (InviteStatus | undefined)[] = [undefined, 'pending', 'used', 'canceled', 'rejected', 'expired'];
  const roles = [undefined, 'admin'];
  const ranges: [Date | undefined, Date | undefined][] = [
    [undefined, undefined],
    [new Date(now - 8 * DAYS), undefined],
    [undefined, new Date(now - 5 * DAYS)],
    [new Date(now - 15 * DAYS), new Date(now - 3 * DAYS)],
  ];
  const searches = [undefined, 'example.org', 'a_b', '%', '","', '"', 'DAN.smith', 'two@'];
  const sorts: Pick<ListQuery, 'sortBy' | 'sortDirection'>[] = [{}, { sortBy: 'createdAt', sortDirection: 'asc' }, { sortBy: 'expiresAt', sortDirection: 'asc' }];

  it('agrees with a brute-force filter on every combination of status, role, dates, search and sort', async () => {
    let checked = 0;
    for (const status of statuses) {
      for (const role of roles) {
        for (const [createdFrom, createdTo] of ranges) {
          for (const search of searches) {
            for (const sort of sorts) {
              const query: ListQuery = { limit: 4, offset: 2, status, role, createdFrom, createdTo, search, ...sort };
              const page = await adapter.list(query);
              const expected = bruteForce(all, query);
              const label = JSON.stringify(query);
              expect(page.invitations.map((i) => i.id), label).to.deep.equal(expected.ids);
              expect(page.total, label).to.equal(expected.total);
              checked += 1;
            }
          }
        }
      }
    }
    expect(checked).to.equal(6 * 2 * 4 * 8 * 3);
  });

  it('counts by status for every combination of filters, summing to the total', async () => {
    for (const role of roles) {
      for (const [createdFrom, createdTo] of ranges) {
        for (const search of searches) {
          const filters = { role, createdFrom, createdTo, search };
          const stats = await adapter.stats!(filters);
          const label = JSON.stringify(filters);
          for (const status of ['pending', 'used', 'canceled', 'rejected', 'expired'] as const) {
            expect(stats[status], `${status} ${label}`).to.equal(bruteForce(all, { ...filters, status, limit: 0 }).total);
          }
          expect(stats.total, label).to.equal(bruteForce(all, { ...filters, limit: 0 }).total);
          expect(stats.pending + stats.used + stats.canceled + stats.rejected + stats.expired).to.equal(stats.total);
        }
      }
    }
  });

  it('sends a query the server answers exactly as one request, paged on the server', async () => {
    const calls: URL[] = [];
    const counting = createBetterInviteAdapter({
      apiBase: API,
      companion: false,
      fetch: async (input) => {
        calls.push(new URL(String(input)));
        return serverFetch(server)(input);
      },
    });
    await counting.list({ limit: 5, offset: 5, role: 'admin', search: 'example.org' });
    expect(calls).to.have.length(1);
    expect(calls[0]!.searchParams.get('limit')).to.equal('5');
    expect(calls[0]!.searchParams.get('offset')).to.equal('5');
  });

  it('refuses, naming the companion plugin, a query it would have to complete over more rows than its limit', async () => {
    const small = createBetterInviteAdapter({ apiBase: API, companion: false, fetch: serverFetch(server), browserReadLimit: 10 });
    const error = await rejectionOf(small.list({ limit: 5, status: 'pending' }));
    expect(error).to.be.instanceOf(InviteApiError);
    expect(error).to.deep.include({ kind: 'unsupported', code: 'COMPANION_PLUGIN_NEEDED' });
    expect((error as Error).message).to.contain('companion plugin');
    // A query the server answers alone is not limited.
    expect((await small.list({ limit: 5, role: 'admin' })).total).to.equal(14);
  });

  it('says which queries it completes in the browser, and up to how many rows', async () => {
    expect(await adapter.capabilities()).to.deep.include({ serverQueries: false, browserReadLimit: 5000, uses: false, activity: false });
  });
});

import { expect } from '@open-wc/testing';
import { createBetterInviteAdapter } from '../../src/api/better-invite/adapter.js';
import { InviteApiError } from '../../src/api/errors.js';
import type { Invitation } from '../../src/api/types.js';
import { fakeFetch, type RecordedCall } from './fake-fetch.js';

const API = 'https://auth.example.com/api/auth';
const STATS = { total: 3, pending: 1, used: 1, canceled: 0, rejected: 0, expired: 1, uses: 4 };
const ROW = {
  id: 'i1',
  token: 'tok-1',
  emails: ['ann@example.com'],
  role: 'user',
  status: 'used',
  maxUses: 5,
  infinityMaxUses: false,
  createdAt: '2026-12-01T10:00:00.000Z',
  expiresAt: '2026-12-20T10:00:00.000Z',
  newAccount: true,
  shareInviterName: true,
  uses: 2,
};

/** A server with the companion plugin: its four endpoints, and better-invite's list. */
function withPlugin(call: RecordedCall): Response {
  const path = call.url.pathname.replace('/api/auth/', '');
  if (path === 'invite-dashboard/stats') return Response.json(STATS);
  if (path === 'invite-dashboard/list') return Response.json({ total: 1, invitations: [ROW] });
  if (path === 'invite-dashboard/uses') return Response.json({ uses: [{ usedAt: '2026-12-02T10:00:00.000Z', user: { id: 'u1', name: 'Bo', email: 'bo@example.com' } }, { usedAt: '2026-12-01T12:00:00.000Z', user: null }] });
  if (path === 'invite-dashboard/activity') return Response.json({ days: [{ date: '2026-12-01', created: 1, used: 1 }], acceptanceRate: 1, medianSecondsToFirstUse: null, expiringWithin7Days: 2 });
  return Response.json({ total: 0, invitations: [] });
}

/** Plain better-invite: no such route. */
function withoutPlugin(call: RecordedCall): Response {
  if (call.url.pathname.includes('/invite-dashboard/')) return Response.json({ message: 'Not found' }, { status: 404 });
  return Response.json({ total: 1, invitations: [{ ...ROW, uses: undefined, status: 'pending' }] });
}

const paths = (calls: RecordedCall[]) => calls.map((call) => call.url.pathname.replace('/api/auth/', ''));

describe('the better-invite adapter with the companion plugin', () => {
  it('asks once whether the plugin is there, then sends every list to it as one request with every filter', async () => {
    const fetch = fakeFetch(withPlugin);
    const adapter = createBetterInviteAdapter({ apiBase: API, fetch });
    const page = await adapter.list({ limit: 20, offset: 40, status: 'pending', search: 'a_b', role: 'admin', createdFrom: new Date('2026-11-01T00:00:00Z'), sortBy: 'expiresAt', sortDirection: 'asc' });
    await adapter.list({ limit: 20 });
    expect(paths(fetch.calls)).to.deep.equal(['invite-dashboard/stats', 'invite-dashboard/list', 'invite-dashboard/list']);
    expect(Object.fromEntries(fetch.calls[1]!.url.searchParams)).to.deep.equal({
      search: 'a_b',
      role: 'admin',
      createdFrom: '2026-11-01T00:00:00.000Z',
      status: 'pending',
      sortBy: 'expiresAt',
      sortDirection: 'asc',
      limit: '20',
      offset: '40',
    });
    expect(page.total).to.equal(1);
    expect(page.invitations[0]).to.deep.include({ id: 'i1', uses: 2, maxUses: 5, status: 'used', kind: 'private' });
  });

  it('answers the first unfiltered count with what the question brought back, and later counts with a request each', async () => {
    const fetch = fakeFetch(withPlugin);
    const adapter = createBetterInviteAdapter({ apiBase: API, fetch });
    expect(await adapter.stats!({})).to.deep.equal(STATS);
    expect(paths(fetch.calls)).to.deep.equal(['invite-dashboard/stats']);
    expect(await adapter.stats!({ role: 'user' })).to.deep.equal(STATS);
    expect(paths(fetch.calls)).to.deep.equal(['invite-dashboard/stats', 'invite-dashboard/stats']);
    expect(fetch.last.url.searchParams.get('role')).to.equal('user');
  });

  it('reads who used an invitation and the activity, and says it can', async () => {
    const adapter = createBetterInviteAdapter({ apiBase: API, fetch: fakeFetch(withPlugin) });
    const uses = await adapter.uses!({ id: 'i1' } as Invitation);
    expect(uses).to.deep.equal([
      { usedAt: new Date('2026-12-02T10:00:00.000Z'), user: { id: 'u1', name: 'Bo', email: 'bo@example.com' } },
      { usedAt: new Date('2026-12-01T12:00:00.000Z'), user: null },
    ]);
    const activity = await adapter.activity!({ from: '2026-12-01', to: '2026-12-01', timeZone: 'Europe/Paris' });
    expect(activity).to.deep.equal({ days: [{ date: '2026-12-01', created: 1, used: 1 }], acceptanceRate: 1, medianSecondsToFirstUse: null, expiringWithin7Days: 2 });
    expect(await adapter.capabilities()).to.deep.include({ serverQueries: true, uses: true, activity: true });
  });

  it('reads a page longer than the plugin sends at once in several answers', async () => {
    const fetch = fakeFetch((call) => {
      if (!call.url.pathname.endsWith('/list')) return withPlugin(call);
      const limit = Number(call.url.searchParams.get('limit'));
      const offset = Number(call.url.searchParams.get('offset') ?? 0);
      const rows = Array.from({ length: Math.min(limit, 1500 - offset) }, (_, i) => ({ ...ROW, id: `r${offset + i}` }));
      return Response.json({ total: 1500, invitations: rows });
    });
    const page = await createBetterInviteAdapter({ apiBase: API, fetch, companion: true }).list({ limit: 1200 });
    expect(page.invitations.map((i) => i.id)).to.deep.equal(Array.from({ length: 1200 }, (_, i) => `r${i}`));
    expect(fetch.calls.map((call) => call.url.searchParams.get('limit'))).to.deep.equal(['1000', '200']);
  });
});

describe('the better-invite adapter without the companion plugin', () => {
  it('takes a 404 as "not there", keeps the answer, and uses plain better-invite from then on', async () => {
    const fetch = fakeFetch(withoutPlugin);
    const adapter = createBetterInviteAdapter({ apiBase: API, fetch });
    await adapter.list({ limit: 20 });
    await adapter.list({ limit: 20 });
    expect(paths(fetch.calls)).to.deep.equal(['invite-dashboard/stats', 'invite/list', 'invite/list']);
    expect(await adapter.capabilities()).to.deep.include({ serverQueries: false, uses: false, activity: false });
  });

  it('refuses history and activity with COMPANION_PLUGIN_NEEDED', async () => {
    const adapter = createBetterInviteAdapter({ apiBase: API, fetch: fakeFetch(withoutPlugin) });
    const error = await adapter.uses!({ id: 'i1' } as Invitation).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(InviteApiError);
    expect(error).to.deep.include({ kind: 'unsupported', code: 'COMPANION_PLUGIN_NEEDED' });
  });

  it('does not take a network failure for "not there": that call fails, and the next one asks again', async () => {
    let offline = true;
    const fetch = fakeFetch((call) => {
      if (offline) throw new TypeError('Failed to fetch');
      return withPlugin(call);
    });
    const adapter = createBetterInviteAdapter({ apiBase: API, fetch });
    const error = await adapter.list({ limit: 20 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.deep.include({ kind: 'network' });
    offline = false;
    await adapter.list({ limit: 20 });
    expect(paths(fetch.calls)).to.deep.equal(['invite-dashboard/stats', 'invite-dashboard/stats', 'invite-dashboard/list']);
  });

  it('takes a 500 or an answer that is not the plugin\'s for "not known": plain better-invite answers, and the next call asks again', async () => {
    const fetch = fakeFetch((call) => (call.url.pathname.includes('/invite-dashboard/') ? Response.json({ message: 'boom' }, { status: 500 }) : withoutPlugin(call)));
    const adapter = createBetterInviteAdapter({ apiBase: API, fetch });
    await adapter.list({ limit: 20 });
    await adapter.list({ limit: 20 });
    expect(paths(fetch.calls)).to.deep.equal(['invite-dashboard/stats', 'invite/list', 'invite-dashboard/stats', 'invite/list']);
  });

  it('never asks when told there is no plugin', async () => {
    const fetch = fakeFetch(withoutPlugin);
    await createBetterInviteAdapter({ apiBase: API, fetch, companion: false }).list({ limit: 20 });
    expect(paths(fetch.calls)).to.deep.equal(['invite/list']);
  });
});

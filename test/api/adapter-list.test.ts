import { expect } from '@open-wc/testing';
import { createBetterInviteAdapter } from '../../src/api/better-invite/adapter.js';
import type { ListQuery } from '../../src/api/types.js';
import { recorded } from '../fixtures/better-invite-responses.js';
import { DAYS, publicRow, row } from '../helpers/invitations.js';
import { answering, fakeFetch, rejectionOf } from './fake-fetch.js';

const API = 'https://auth.example.com/api/auth';

/** Lists with `query` through a recording fetch and returns what the server was asked. */
async function ask(query: Partial<ListQuery> = {}) {
  const fetch = fakeFetch();
  await createBetterInviteAdapter({ apiBase: API, companion: false, fetch }).list({ limit: 20, ...query });
  return fetch.last;
}

const params = (url: URL) => Object.fromEntries(url.searchParams);

describe('better-invite adapter: list', () => {
  describe('request', () => {
    it('asks GET /invite/list under the api base with the session cookie and JSON accepted', async () => {
      const controller = new AbortController();
      const fetch = fakeFetch();
      await createBetterInviteAdapter({ apiBase: API, companion: false, fetch }).list({ limit: 20 }, controller.signal);
      const { url, init, headers } = fetch.last;
      expect(url.origin + url.pathname).to.equal('https://auth.example.com/api/auth/invite/list');
      expect(init.method).to.equal('GET');
      expect(init.credentials).to.equal('include');
      // Fetch gets the caller's signal joined with the request timeout: aborting the caller aborts it.
      controller.abort();
      expect(init.signal!.aborted).to.equal(true);
      expect(headers.get('accept')).to.equal('application/json');
      expect(headers.has('content-type')).to.equal(false);
      expect(init.body).to.equal(undefined);
    });

    it('always sends the limit, newest first, and nothing else by default', async () => {
      const { url } = await ask();
      expect(params(url)).to.deep.equal({ limit: '20', sortBy: 'createdAt', sortDirection: 'desc' });
    });

    it('sends the limit it is given, even 0 (a count-only request)', async () => {
      expect((await ask({ limit: 5 })).url.searchParams.get('limit')).to.equal('5');
      expect((await ask({ limit: 0 })).url.searchParams.get('limit')).to.equal('0');
    });

    it('sends the offset of later pages only', async () => {
      expect((await ask({ offset: 0 })).url.searchParams.has('offset')).to.equal(false);
      expect((await ask({ offset: 40 })).url.searchParams.get('offset')).to.equal('40');
    });

    it('sorts as asked', async () => {
      const { url } = await ask({ sortBy: 'expiresAt', sortDirection: 'asc' });
      expect(params(url)).to.include({ sortBy: 'expiresAt', sortDirection: 'asc' });
    });

    it('searches the emails with "contains", trimmed', async () => {
      const { url } = await ask({ search: '  carol@ ' });
      expect(params(url)).to.include({ searchValue: 'carol@', searchField: 'email', searchOperator: 'contains' });
    });

    it('does not search for blank text', async () => {
      const { url } = await ask({ search: '   ' });
      expect(url.searchParams.has('searchValue')).to.equal(false);
      expect(url.searchParams.has('searchField')).to.equal(false);
    });
  });

  describe('filters', () => {
    for (const status of ['pending', 'used', 'canceled', 'rejected'] as const) {
      // better-invite's status=pending includes expired rows: the live rows are read and cut in the browser.
      it(`asks for the live rows when filtering the stored status ${status}, and keeps only that status`, async () => {
        const now = Date.now();
        const rows = [
          row({ id: 'a', status }),
          row({ id: 'b', status: status === 'pending' ? 'used' : 'pending' }),
        ];
        const fetch = answering({ total: rows.length, invitations: rows });
        const page = await createBetterInviteAdapter({ apiBase: API, companion: false, fetch }).list({ limit: 20, status });
        expect(params(fetch.last.url)).to.include({ filterField: 'expiresAt', filterOperator: 'gte', limit: '500' });
        expect(Date.parse(fetch.last.url.searchParams.get('filterValue') ?? '')).to.be.within(now - 1000, Date.now());
        expect(page.invitations.map((invitation) => invitation.id)).to.deep.equal(['a']);
        expect(page.total).to.equal(1);
      });
    }

    it('asks for expired as "expires before now", since the server computes that status', async () => {
      const before = Date.now();
      const { url } = await ask({ status: 'expired' });
      const after = Date.now();
      expect(params(url)).to.include({ filterField: 'expiresAt', filterOperator: 'lt' });
      const value = url.searchParams.get('filterValue') ?? '';
      expect(value).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(Date.parse(value)).to.be.within(before, after);
    });

    it('filters a role', async () => {
      const { url } = await ask({ role: 'moderator' });
      expect(params(url)).to.include({ filterField: 'role', filterOperator: 'eq', filterValue: 'moderator' });
    });

    const at = new Date('2026-11-01T00:00:00.000Z');
    const dateFilters: Array<[keyof ListQuery, string, string]> = [
      ['createdFrom', 'createdAt', 'gte'],
      ['createdTo', 'createdAt', 'lte'],
    ];
    for (const [key, field, operator] of dateFilters) {
      it(`maps ${key} to ${field} ${operator}`, async () => {
        const { url } = await ask({ [key]: at } as Partial<ListQuery>);
        expect(params(url)).to.include({ filterField: field, filterOperator: operator, filterValue: at.toISOString() });
      });
    }

    it('combines one filter with search and paging', async () => {
      const { url } = await ask({ role: 'admin', search: 'bulk', offset: 20 });
      expect(params(url)).to.deep.equal({
        limit: '20',
        offset: '20',
        sortBy: 'createdAt',
        sortDirection: 'desc',
        searchValue: 'bulk',
        searchField: 'email',
        searchOperator: 'contains',
        filterField: 'role',
        filterOperator: 'eq',
        filterValue: 'admin',
      });
    });

    it('answers two filters at once: the server narrows by the first, the browser finishes', async () => {
      const rows = [row({ id: 'a', role: 'admin' }), row({ id: 'b', role: 'user' }), row({ id: 'c', role: 'admin', status: 'used' })];
      const fetch = answering({ total: rows.length, invitations: rows });
      const page = await createBetterInviteAdapter({ apiBase: API, companion: false, fetch }).list({ limit: 20, status: 'pending', role: 'admin' });
      expect(page.invitations.map((invitation) => invitation.id)).to.deep.equal(['a']);
      expect(page.total).to.equal(1);
      expect(params(fetch.last.url)).to.include({ filterField: 'expiresAt', filterOperator: 'gte' });
    });

    it('refuses a limit that is missing, negative or fractional', async () => {
      const adapter = createBetterInviteAdapter({ apiBase: API, companion: false, fetch: fakeFetch() });
      for (const limit of [undefined, -1, 2.5, Number.NaN]) {
        const error = await rejectionOf(adapter.list({ limit } as unknown as ListQuery));
        expect(error, String(limit)).to.be.instanceOf(TypeError);
      }
    });
  });

  describe('response', () => {
    it('returns the parsed invitations and the total for the pager', async () => {
      const adapter = createBetterInviteAdapter({ apiBase: API, companion: false, fetch: answering(recorded.list_page) });
      const page = await adapter.list({ limit: 5, offset: 5 });
      expect(page.total).to.equal(19);
      expect(page.invitations.map((invitation) => invitation.status)).to.deep.equal([
        'pending',
        'canceled',
        'canceled',
        'expired',
        'expired',
      ]);
      expect(page.invitations[4].emails).to.deep.equal([]);
      expect(page.invitations[0].createdAt).to.be.instanceOf(Date);
    });
  });

  describe('api base and fetch', () => {
    it('joins an absolute api base with a trailing slash', async () => {
      const fetch = fakeFetch();
      await createBetterInviteAdapter({ apiBase: 'https://auth.example.org/api/auth/', companion: false, fetch }).list({ limit: 1 });
      expect(fetch.last.url.pathname).to.equal('/api/auth/invite/list');
      expect(fetch.last.url.origin).to.equal('https://auth.example.org');
    });

    it('resolves a relative api base against the page', async () => {
      const fetch = fakeFetch();
      await createBetterInviteAdapter({ apiBase: '/api/auth', companion: false, fetch }).list({ limit: 1 });
      expect(fetch.last.url.origin + fetch.last.url.pathname).to.equal(`${location.origin}/api/auth/invite/list`);
    });

    it("resolves against the document's base URI at call time, not when created", async () => {
      const fetch = fakeFetch();
      const adapter = createBetterInviteAdapter({ apiBase: 'auth', companion: false, fetch });
      const base = document.createElement('base');
      base.href = 'https://cdn.example/app/page.html';
      document.head.append(base);
      // The URL is built before the first await, so the <base> can go again at once.
      const listed = adapter.list({ limit: 1 });
      base.remove();
      await listed;
      expect(fetch.last.url.href).to.match(/^https:\/\/cdn\.example\/app\/auth\/invite\/list\?/);
    });

    it('uses another list path when given one', async () => {
      const fetch = fakeFetch();
      await createBetterInviteAdapter({ apiBase: API, companion: false, fetch, listPath: '/invitations/mine' }).list({ limit: 1 });
      expect(fetch.last.url.pathname).to.equal('/api/auth/invitations/mine');
    });

    it('uses the global fetch of the moment when none is given', async () => {
      const adapter = createBetterInviteAdapter({ apiBase: API, companion: false });
      const original = globalThis.fetch;
      const fetch = answering(recorded.list_bad_sort);
      globalThis.fetch = fetch;
      try {
        expect((await adapter.list({ limit: 3 })).total).to.equal(0);
      } finally {
        globalThis.fetch = original;
      }
      expect(fetch.calls).to.have.length(1);
    });
  });

  describe('seed list shape', () => {
    const now = Date.now();
    const rows = [
      row({ id: 'old', emails: ['old@example.com'], createdAt: new Date(now - 3 * DAYS).toISOString() }),
      row({ id: 'mid', emails: ['carol@example.com'], role: 'admin', createdAt: new Date(now - 2 * DAYS).toISOString() }),
      publicRow({ id: 'new', createdAt: new Date(now - DAYS).toISOString() }),
      row({ id: 'gone', status: 'expired', expiresAt: new Date(now - DAYS).toISOString(), createdAt: new Date(now - 4 * DAYS).toISOString() }),
    ];
    const seed = () => {
      const fetch = answering({ invitations: rows });
      return { fetch, adapter: createBetterInviteAdapter({ apiBase: API, companion: false, fetch, listShape: 'seed' }) };
    };

    it('reads GET /invites without parameters', async () => {
      const { fetch, adapter } = seed();
      await adapter.list({ limit: 2, status: 'pending' });
      expect(fetch.last.url.href).to.equal('https://auth.example.com/api/auth/invites');
    });

    it('pages newest first in the browser and counts every invitation', async () => {
      const { adapter } = seed();
      const page = await adapter.list({ limit: 2, offset: 1 });
      expect(page.total).to.equal(4);
      expect(page.invitations.map((invitation) => invitation.id)).to.deep.equal(['mid', 'old']);
    });

    it('filters and searches in the browser', async () => {
      const { adapter } = seed();
      expect((await adapter.list({ limit: 10, status: 'expired' })).invitations.map((i) => i.id)).to.deep.equal(['gone']);
      expect((await adapter.list({ limit: 10, role: 'admin' })).total).to.equal(1);
      const found = await adapter.list({ limit: 10, search: 'CAROL' });
      expect(found.invitations.map((i) => i.id)).to.deep.equal(['mid']);
    });

    it('answers two filters at once', async () => {
      const { adapter } = seed();
      expect((await adapter.list({ limit: 10, role: 'admin', status: 'pending' })).invitations.map((i) => i.id)).to.deep.equal(['mid']);
      expect((await adapter.list({ limit: 10, role: 'admin', status: 'used' })).total).to.equal(0);
    });
  });
});

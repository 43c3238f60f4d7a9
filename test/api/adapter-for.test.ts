import { expect } from '@open-wc/testing';
import { adapterFor } from '../../src/api/adapter-for.js';
import type { InviteAdapter } from '../../src/api/types.js';
import { fakeFetch } from './fake-fetch.js';
import { capabilities } from '../helpers/capabilities.js';

describe('adapterFor', () => {
  it("returns the element's own adapter when it has one", () => {
    const own: InviteAdapter = { capabilities, list: async () => ({ invitations: [], total: 0 }), create: async () => ({ message: '' }), cancel: async () => {} };
    expect(adapterFor({ adapter: own, apiBase: '/api/auth' })).to.equal(own);
  });

  it('gives the same default adapter for the same api base and fetch', () => {
    const fetch = fakeFetch();
    expect(adapterFor({ apiBase: '/api/auth', fetch })).to.equal(adapterFor({ apiBase: '/api/auth', fetch }));
    expect(adapterFor({ apiBase: '/x/auth' })).to.equal(adapterFor({ apiBase: '/x/auth' }));
  });

  it('gives another adapter for another api base or another fetch', () => {
    const fetch = fakeFetch();
    const base = adapterFor({ apiBase: '/api/auth', fetch });
    expect(adapterFor({ apiBase: '/other/auth', fetch })).not.to.equal(base);
    expect(adapterFor({ apiBase: '/api/auth', fetch: fakeFetch() })).not.to.equal(base);
    expect(adapterFor({ apiBase: '/api/auth' })).not.to.equal(base);
  });

  it('gives a better-invite adapter that uses the given fetch and api base', async () => {
    const fetch = fakeFetch();
    const adapter = adapterFor({ apiBase: 'https://auth.example.com/base', fetch });
    // It counts by status over what better-invite can answer (see the adapter's docs).
    expect(adapter).to.have.property('stats');
    await adapter.list({ limit: 3 });
    expect(fetch.last.url.pathname).to.equal('/base/invite/list');
  });
});

import { expect } from '@open-wc/testing';
import { http } from 'msw/core/http';
import { createBetterInviteAdapter } from '../../src/api/better-invite/adapter.js';
import { InviteApiError } from '../../src/api/errors.js';
import { recorded } from '../fixtures/better-invite-responses.js';
import { useMockServer } from '../helpers/msw.js';
import { rejectionOf } from './fake-fetch.js';
import { invitation } from '../helpers/invitations.js';

/** What the mock server saw of the last request. */
let seen: { url: URL; credentials: RequestCredentials; contentType: string | null; accept: string | null; body: unknown } | undefined;

async function record(request: Request): Promise<void> {
  const text = request.method === 'GET' ? '' : await request.text();
  seen = {
    url: new URL(request.url),
    credentials: request.credentials,
    contentType: request.headers.get('content-type'),
    accept: request.headers.get('accept'),
    body: text ? JSON.parse(text) : undefined,
  };
}

describe('better-invite adapter over real fetch', () => {
  const worker = useMockServer(
    http.get('/api/auth/invite/list', async ({ request }) => {
      await record(request);
      return Response.json(recorded.list_page);
    }),
    http.post('/api/auth/invite/create', async ({ request }) => {
      await record(request);
      return Response.json(recorded.create_public_url);
    }),
    http.post('/api/auth/invite/cancel', async ({ request }) => {
      await record(request);
      return Response.json(recorded.cancel_ok);
    }),
  );

  // The page's own fetch, passed as the property a host would set: it must not need `this`.
  const adapter = () => createBetterInviteAdapter({ apiBase: '/api/auth', fetch: globalThis.fetch });

  beforeEach(() => {
    seen = undefined;
  });

  it('lists with the session cookie, JSON accepted and the query in the URL', async () => {
    const page = await adapter().list({ limit: 5, offset: 5, role: 'user' });
    expect(page.total).to.equal(19);
    expect(page.invitations).to.have.length(5);
    expect(seen?.credentials).to.equal('include');
    expect(seen?.accept).to.equal('application/json');
    expect(seen?.url.origin).to.equal(location.origin);
    expect(Object.fromEntries(seen?.url.searchParams ?? [])).to.include({ limit: '5', offset: '5', filterField: 'role', filterValue: 'user' });
  });

  it('creates with a JSON body and returns the link', async () => {
    const result = await createBetterInviteAdapter({ apiBase: '/api/auth' }).create({ role: 'user', maxUses: 2 });
    expect(seen?.contentType).to.equal('application/json');
    expect(seen?.credentials).to.equal('include');
    expect(seen?.body).to.deep.equal({ role: 'user', maxUses: 2 });
    expect(result.token).to.equal('Euh1QlVoZPZBvWHvZWxetonw');
    expect(result.url).to.equal(recorded.create_public_url.message);
  });

  it('cancels with the token in a JSON body', async () => {
    await adapter().cancel(invitation({ token: 'ybFDQ4VkxRV5pAKQKg6K70D3' }));
    expect(seen?.contentType).to.equal('application/json');
    expect(seen?.body).to.deep.equal({ token: 'ybFDQ4VkxRV5pAKQKg6K70D3' });
  });

  it('reports a signed-out answer as unauthorized', async () => {
    worker.use(http.get('/api/auth/invite/list', () => Response.json(recorded.list_signed_out.body, { status: 401 })));
    const error = await rejectionOf(adapter().list({ limit: 5 }));
    expect(error).to.be.instanceOf(InviteApiError).with.property('kind', 'unauthorized');
  });

  it('reads x-retry-after from a real 429', async () => {
    worker.use(
      http.get('/api/auth/invite/list', () =>
        Response.json({ message: 'Too many requests. Please try again later.' }, { status: 429, headers: { 'x-retry-after': '9' } }),
      ),
    );
    const error = await rejectionOf(adapter().list({ limit: 5 }));
    expect(error).to.deep.include({ kind: 'http', status: 429, retryAfterSeconds: 9 });
  });

  it('reports a failed connection as a network error', async () => {
    worker.use(http.get('/api/auth/invite/list', () => Response.error()));
    const error = await rejectionOf(adapter().list({ limit: 5 }));
    expect(error).to.be.instanceOf(InviteApiError).with.property('kind', 'network');
  });

  it('reports an aborted request as aborted', async () => {
    let arrived!: () => void;
    const atServer = new Promise<void>((resolve) => (arrived = resolve));
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    worker.use(
      http.get('/api/auth/invite/list', async () => {
        arrived();
        await answered;
        return Response.json(recorded.list_bad_sort);
      }),
    );
    const controller = new AbortController();
    const listed = rejectionOf(adapter().list({ limit: 5 }, controller.signal));
    await atServer; // abort while the server holds the request
    controller.abort();
    expect(await listed).to.be.instanceOf(InviteApiError).with.property('kind', 'aborted');
    answer();
  });
});

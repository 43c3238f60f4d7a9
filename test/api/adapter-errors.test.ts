import { expect } from '@open-wc/testing';
import { createBetterInviteAdapter } from '../../src/api/better-invite/adapter.js';
import { InviteApiError, isAbort } from '../../src/api/errors.js';
import { recorded } from '../fixtures/better-invite-responses.js';
import {
  answering,
  answeringText,
  failingToConnect,
  fakeFetch,
  hangingUntilAborted,
  rejectionOf,
  type FakeFetch,
} from './fake-fetch.js';

const API = '/api/auth';

/** The InviteApiError a list through `fetch` ends with. */
async function listError(fetch: FakeFetch, signal?: AbortSignal): Promise<InviteApiError> {
  const error = await rejectionOf(createBetterInviteAdapter({ apiBase: API, companion: false, fetch }).list({ limit: 20 }, signal));
  expect(error).to.be.instanceOf(InviteApiError);
  return error as InviteApiError;
}

async function createError(fetch: FakeFetch): Promise<InviteApiError> {
  const error = await rejectionOf(createBetterInviteAdapter({ apiBase: API, companion: false, fetch }).create({ role: 'user', emails: ['a@example.com'] }));
  expect(error).to.be.instanceOf(InviteApiError);
  return error as InviteApiError;
}

const json = (status: number, body: unknown, headers?: HeadersInit) => answering(body, { status, headers });
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('better-invite adapter: errors', () => {
  describe('server error codes', () => {
    const cases: Array<[string, number, { message: string; code: string }]> = [
      ['VALIDATION_ERROR (bad email)', 400, recorded.create_invalid_email.body],
      ['VALIDATION_ERROR (missing role)', 400, recorded.create_missing_role.body],
      ['INVALID_TOKEN', 400, recorded.cancel_again.body],
      ['INSUFFICIENT_PERMISSIONS', 400, { message: 'User does not have sufficient permissions to create invite', code: 'INSUFFICIENT_PERMISSIONS' }],
      [
        'UNSUPPORTED_MEDIA_TYPE',
        415,
        { message: 'Content-Type "text/plain" is not allowed. Allowed types: application/json', code: 'UNSUPPORTED_MEDIA_TYPE' },
      ],
      ['ERROR_SENDING_THE_INVITATION_EMAIL', 500, { message: 'Error sending the invitation email', code: 'ERROR_SENDING_THE_INVITATION_EMAIL' }],
    ];
    for (const [name, status, body] of cases) {
      it(`carries ${status} ${name} with the server's code and message`, async () => {
        const error = await createError(json(status, body));
        expect(error).to.deep.include({ kind: 'http', status, code: body.code, message: body.message });
      });
    }

    it('reports 401 UNAUTHORIZED as signed out', async () => {
      const error = await listError(json(401, wire(recorded.list_signed_out.body)));
      expect(error).to.deep.include({ kind: 'unauthorized', status: 401, code: 'UNAUTHORIZED' });
      expect(error.message).to.match(/signed out/i);
    });

    it('reports 403 MISSING_OR_NULL_ORIGIN as unauthorized, with what the server said', async () => {
      const error = await createError(json(403, { message: 'Missing or null Origin', code: 'MISSING_OR_NULL_ORIGIN' }));
      expect(error).to.deep.include({ kind: 'unauthorized', status: 403, code: 'MISSING_OR_NULL_ORIGIN' });
      expect(error.message).to.equal('The server refused this request: Missing or null Origin.');
    });

    it('reports a bare 403 as not allowed', async () => {
      const error = await listError(answeringText('', { status: 403 }));
      expect(error).to.deep.include({ kind: 'unauthorized', status: 403, code: undefined });
      expect(error.message).to.match(/not allowed/);
    });

    it('reports 404 with an empty body by its status', async () => {
      const error = await listError(answeringText('', { status: 404 }));
      expect(error).to.deep.include({ kind: 'http', status: 404, code: undefined, message: 'The server answered 404 Not Found.' });
    });
  });

  describe('rate limit', () => {
    it('carries x-retry-after and says when to retry (the 429 body has no code)', async () => {
      const error = await listError(json(429, { message: 'Too many requests. Please try again later.' }, { 'x-retry-after': '9' }));
      expect(error).to.deep.include({ kind: 'http', status: 429, retryAfterSeconds: 9, code: undefined });
      expect(error.message).to.equal('Too many requests. Try again in 9 seconds.');
    });

    it('reads the standard Retry-After too', async () => {
      const error = await listError(answeringText('', { status: 429, headers: { 'retry-after': '1' } }));
      expect(error.retryAfterSeconds).to.equal(1);
      expect(error.message).to.equal('Too many requests. Try again in 1 second.');
    });

    it('reads a Retry-After date', async () => {
      const at = new Date(Date.now() + 30_000).toUTCString();
      const error = await listError(answeringText('', { status: 429, headers: { 'retry-after': at } }));
      expect(error.retryAfterSeconds).to.be.within(28, 31);
    });

    it('asks to wait a moment when the server gives no delay', async () => {
      const error = await listError(answeringText('', { status: 429 }));
      expect(error).to.deep.include({ kind: 'http', status: 429, retryAfterSeconds: undefined });
      expect(error.message).to.equal('Too many requests. Wait a moment and try again.');
    });
  });

  describe('error pages that are not JSON', () => {
    it('reports an HTML 502 page by its status, without any of the HTML', async () => {
      const page = '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
      const error = await listError(answeringText(page, { status: 502, headers: { 'content-type': 'text/html' } }));
      expect(error).to.deep.include({ kind: 'http', status: 502, message: 'The server answered 502 Bad Gateway.' });
      expect(error.message).not.to.contain('<');
    });

    it('reports a plain-text error by its status', async () => {
      const error = await listError(answeringText('upstream connect error', { status: 503 }));
      expect(error.message).to.equal('The server answered 503 Service Unavailable.');
    });

    it("uses the response's own status text for unusual statuses", async () => {
      const error = await listError(answeringText('', { status: 599, statusText: 'Network Connect Timeout' }));
      expect(error.message).to.equal('The server answered 599 Network Connect Timeout.');
    });

    it('keeps a long server message to one readable line', async () => {
      const error = await createError(json(400, { message: `bad\n${'x'.repeat(5000)}`, code: 'VALIDATION_ERROR' }));
      expect(error.message.length).to.be.at.most(300);
      expect(error.message).not.to.contain('\n');
      expect(error.message).to.match(/^bad x+…$/);
    });
  });

  describe('answers that do not parse', () => {
    it('refuses an empty 200 body', async () => {
      const error = await listError(answeringText('', { status: 200 }));
      expect(error.kind).to.equal('invalid-response');
      expect(error.message).to.equal("The server's answer was not understood: the answer was empty.");
    });

    it('refuses a 200 body that is not JSON', async () => {
      const error = await listError(answeringText('OK', { status: 200 }));
      expect(error.kind).to.equal('invalid-response');
      expect(error.message).to.contain('not valid JSON');
    });

    it('says when a 200 answer is an HTML page (a wrong api-base)', async () => {
      const error = await listError(answeringText('<!doctype html><title>App</title>', { status: 200 }));
      expect(error.kind).to.equal('invalid-response');
      expect(error.message).to.contain('HTML page');
      expect(error.message).not.to.contain('<');
    });

    it('refuses truncated JSON', async () => {
      const text = JSON.stringify(recorded.list_page).slice(0, 700);
      const error = await listError(answeringText(text, { status: 200, headers: { 'content-type': 'application/json' } }));
      expect(error.kind).to.equal('invalid-response');
    });

    it('names the first problem of JSON of the wrong shape', async () => {
      const body = JSON.parse(JSON.stringify(recorded.list_all)) as { invitations: Array<Record<string, unknown>> };
      body.invitations[3].status = 'archived';
      const error = await listError(json(200, body));
      expect(error.kind).to.equal('invalid-response');
      expect(error.message).to.match(/^The server's answer was not understood: invitations\.3\.status: Invalid option/);
    });

    it('names a missing field', async () => {
      const error = await listError(json(200, { total: 3 }));
      expect(error.message).to.equal("The server's answer was not understood: invitations: Invalid input: expected array, received undefined.");
    });

    it('refuses a create answer of the wrong shape', async () => {
      const error = await createError(json(200, { ok: true }));
      expect(error.kind).to.equal('invalid-response');
      expect(error.message).to.contain('status');
    });
  });

  describe('transport', () => {
    it('reports a failed connection in words, not "Failed to fetch"', async () => {
      const error = await listError(failingToConnect());
      expect(error.kind).to.equal('network');
      expect(error.message).to.equal('Could not reach the invitation server. Check your connection and try again.');
      expect(error.cause).to.be.instanceOf(TypeError);
    });

    it('reports an abort as aborted', async () => {
      const controller = new AbortController();
      const listed = listError(hangingUntilAborted(), controller.signal);
      controller.abort();
      const error = await listed;
      expect(error.kind).to.equal('aborted');
      expect(isAbort(error)).to.equal(true);
    });

    it('reports a request aborted before it started as aborted', async () => {
      const error = await listError(hangingUntilAborted(), AbortSignal.abort());
      expect(error.kind).to.equal('aborted');
    });

    it('reports a failure while reading the answer as a network error', async () => {
      const broken = new ReadableStream({ start: (controller) => controller.error(new TypeError('network error')) });
      const error = await listError(fakeFetch(() => new Response(broken, { status: 200 })));
      expect(error.kind).to.equal('network');
    });
  });
});

import { expect } from '@open-wc/testing';
import { createBetterInviteAdapter } from '../../src/api/better-invite/adapter.js';
import { InviteApiError } from '../../src/api/errors.js';
import type { CreateInviteInput } from '../../src/api/types.js';
import { recorded } from '../fixtures/better-invite-responses.js';
import { answering, rejectionOf } from './fake-fetch.js';
import { invitation } from '../helpers/invitations.js';

/** An invitation with this token, as the list would give it. */
const withToken = (token: string) => invitation({ token });

const API = 'https://auth.example.com/api/auth/';
const TOKEN = 'UYAOJ6vbcQ6nfkgbmLiXLLtf';

/** Creates `input` against a server answering `body`; returns the result and what was sent. */
async function create(input: CreateInviteInput, body: unknown = recorded.create_private) {
  const fetch = answering(body);
  const result = await createBetterInviteAdapter({ apiBase: API, fetch }).create(input);
  return { result, sent: fetch.last };
}

describe('better-invite adapter: create and cancel', () => {
  describe('create request', () => {
    it('posts JSON to /invite/create with the session cookie and the abort signal', async () => {
      const fetch = answering(recorded.create_private);
      const controller = new AbortController();
      await createBetterInviteAdapter({ apiBase: API, fetch }).create({ role: 'user', emails: ['a@example.com'] }, controller.signal);
      const { url, init, headers } = fetch.last;
      expect(url.href).to.equal('https://auth.example.com/api/auth/invite/create');
      expect(init.method).to.equal('POST');
      expect(init.credentials).to.equal('include');
      // Fetch gets the caller's signal joined with the request timeout: aborting the caller aborts it.
      controller.abort();
      expect(init.signal!.aborted).to.equal(true);
      expect(headers.get('content-type')).to.equal('application/json');
      expect(headers.get('accept')).to.equal('application/json');
    });

    it('sends one address as a string', async () => {
      const { sent } = await create({ role: 'admin', emails: ['carol@example.com'] });
      expect(sent.body).to.deep.equal({ role: 'admin', email: 'carol@example.com' });
    });

    it('sends several addresses as an array', async () => {
      const { sent } = await create({ role: 'admin', emails: ['new1@example.com', 'carol@example.com'] });
      expect(sent.body).to.deep.equal({ role: 'admin', email: ['new1@example.com', 'carol@example.com'] });
    });

    it('sends no email for a public invite, whether emails is empty or absent', async () => {
      for (const input of [{ role: 'user' }, { role: 'user', emails: [] }]) {
        const { sent } = await create(input, recorded.create_public_token);
        expect(sent.body).to.deep.equal({ role: 'user' });
      }
    });

    it('sends max uses, lifetime in seconds and name sharing when given, false included', async () => {
      const { sent } = await create(
        { role: 'user', maxUses: 5, expiresIn: 7 * 24 * 3600, shareInviterName: false },
        recorded.create_public_token,
      );
      expect(sent.body).to.deep.equal({ role: 'user', maxUses: 5, expiresIn: 604800, shareInviterName: false });
    });
  });

  describe('create result', () => {
    it("returns the server's sentence for a private invite", async () => {
      const { result } = await create({ role: 'user', emails: ['a@example.com', 'b@example.com'] }, { status: true, message: 'The invitations were sent' });
      expect(result).to.deep.equal({ message: 'The invitations were sent' });
    });

    it('returns the token of a public invite', async () => {
      const { result } = await create({ role: 'user' }, recorded.create_public_token);
      expect(result).to.deep.equal({ token: 'pejv3g6pO83HOhzdo0kDzsYn', message: 'pejv3g6pO83HOhzdo0kDzsYn' });
    });

    it('returns the link and its token when the server answers with a URL', async () => {
      const { result } = await create({ role: 'user' }, recorded.create_public_url);
      expect(result).to.deep.equal({
        url: recorded.create_public_url.message,
        token: 'Euh1QlVoZPZBvWHvZWxetonw',
        message: recorded.create_public_url.message,
      });
    });

    it('decodes an encoded token in the link', async () => {
      const { result } = await create({ role: 'user' }, { status: true, message: 'https://a.example/api/auth/invite/a%2Bb' });
      expect(result.token).to.equal('a+b');
    });

    it('takes a six-character code for a token', async () => {
      const { result } = await create({ role: 'user' }, { status: true, message: 'LTHUVB' });
      expect(result).to.deep.equal({ token: 'LTHUVB', message: 'LTHUVB' });
    });

    it('refuses a public answer without a token', async () => {
      const fetch = answering({ status: true, message: '' });
      const error = await rejectionOf(createBetterInviteAdapter({ apiBase: API, fetch }).create({ role: 'user' }));
      expect(error).to.be.instanceOf(InviteApiError).with.property('kind', 'invalid-response');
    });

    it('reports a { status: false } answer as a refusal with its message', async () => {
      const fetch = answering({ status: false, message: 'Invites are disabled' });
      const error = await rejectionOf(createBetterInviteAdapter({ apiBase: API, fetch }).create({ role: 'user' }));
      expect(error).to.be.instanceOf(InviteApiError);
      expect(error).to.deep.include({ kind: 'http', status: 200, message: 'Invites are disabled' });
    });
  });

  describe('cancel', () => {
    it('posts the token to /invite/cancel and resolves on success', async () => {
      const fetch = answering(recorded.cancel_ok);
      const controller = new AbortController();
      const result = await createBetterInviteAdapter({ apiBase: API, fetch }).cancel(withToken(TOKEN), controller.signal);
      expect(result).to.equal(undefined);
      const { url, init, headers, body } = fetch.last;
      expect(url.href).to.equal('https://auth.example.com/api/auth/invite/cancel');
      expect(init.method).to.equal('POST');
      expect(init.credentials).to.equal('include');
      // Fetch gets the caller's signal joined with the request timeout: aborting the caller aborts it.
      controller.abort();
      expect(init.signal!.aborted).to.equal(true);
      expect(headers.get('content-type')).to.equal('application/json');
      expect(body).to.deep.equal({ token: TOKEN });
    });

    it("reports an invite that can no longer be canceled with the server's code", async () => {
      const fetch = answering(recorded.cancel_again.body, { status: 400 });
      const error = await rejectionOf(createBetterInviteAdapter({ apiBase: API, fetch }).cancel(withToken(TOKEN)));
      expect(error).to.deep.include({ kind: 'http', status: 400, code: 'INVALID_TOKEN', message: 'Invalid or non-existent token' });
    });

    it('reports a { status: false } answer as a refusal', async () => {
      const fetch = answering({ status: false, message: 'Not cancelled' });
      const error = await rejectionOf(createBetterInviteAdapter({ apiBase: API, fetch }).cancel(withToken(TOKEN)));
      expect(error).to.deep.include({ kind: 'http', status: 200, message: 'Not cancelled' });
    });

    it('never repeats the token in an error message, even when the server does', async () => {
      for (const [body, status] of [
        [{ message: `Invite ${TOKEN} was not found`, code: 'INVALID_TOKEN' }, 400],
        [{ status: false, message: `Could not cancel ${TOKEN}` }, 200],
      ] as const) {
        const fetch = answering(body, { status });
        const error = (await rejectionOf(createBetterInviteAdapter({ apiBase: API, fetch }).cancel(withToken(TOKEN)))) as Error;
        expect(error.message).not.to.contain(TOKEN);
        expect(error.message).to.contain('…');
      }
    });
  });
});

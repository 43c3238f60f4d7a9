import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { HttpResponse, delay, http } from 'msw';
import '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteCard } from '../../src/components/invite-card/invite-card.js';
import type { InviteApiErrorKind } from '../../src/api/errors.js';
import type { InviteEvent } from '../../src/events.js';
import { recorded } from '../fixtures/better-invite-responses.js';
import { FakeBetterInvite } from '../helpers/fake-better-invite.js';
import { row } from '../helpers/invitations.js';
import { useFakeClock } from '../helpers/fake-clock.js';
import { useMockServer } from '../helpers/msw.js';
import { openDialog } from './create-form.js';
import { CANCEL, CREATE, LIST, cards, failOnPageErrors, part, restoreOnLine, settled, shadow, stubOnLine, textOf } from './support.js';

type Reply = () => Response | Promise<Response>;

interface Fault {
  name: string;
  reply: Reply;
  kind: InviteApiErrorKind;
  /** What the user reads. */
  says: RegExp;
  /** request-timeout for the case, in ms. */
  timeout?: number;
}

const fixtureRow = recorded.list_all.invitations[0]!;
const okRow = { ...fixtureRow, expiresAt: new Date(Date.now() + 864e5).toISOString() };
const list = (invitations: unknown, total: unknown = 1) => () => HttpResponse.json({ total, invitations });
const text = (body: string, status = 200, type = 'text/plain') => () => new HttpResponse(body, { status, headers: { 'Content-Type': type } });
const BAD_GATEWAY = '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';
const hang: Reply = async () => {
  await delay('infinite');
  return HttpResponse.json({});
};

const NOT_UNDERSTOOD = /The server's answer was not understood/;

/** Faults on the list: each ends in the error state (or signed-out), never a half-drawn list. */
const LIST_FAULTS: Fault[] = [
  { name: '500 with a JSON error', reply: () => HttpResponse.json({ message: 'Database is down', code: 'INTERNAL' }, { status: 500 }), kind: 'http', says: /Database is down/ },
  { name: '502 with an HTML page', reply: text(BAD_GATEWAY, 502, 'text/html'), kind: 'http', says: /The server answered 502 Bad Gateway\./ },
  { name: '503 with an empty body', reply: text('', 503), kind: 'http', says: /The server answered 503 Service Unavailable\./ },
  { name: '200 with plain text', reply: text('OK'), kind: 'invalid-response', says: /not understood: it is not valid JSON\./ },
  { name: "200 with an HTML page (a host's SPA fallback)", reply: text('<!doctype html><html><body>App</body></html>', 200, 'text/html'), kind: 'invalid-response', says: /it is an HTML page, not JSON\./ },
  { name: '200 with an empty body', reply: text(''), kind: 'invalid-response', says: /the answer was empty\./ },
  { name: '200 with a truncated body', reply: text(JSON.stringify({ total: 1, invitations: [okRow] }).slice(0, 120), 200, 'application/json'), kind: 'invalid-response', says: /not valid JSON/ },
  { name: '200 with null', reply: text('null', 200, 'application/json'), kind: 'invalid-response', says: NOT_UNDERSTOOD },
  { name: '200 with an array instead of an object', reply: text('[]', 200, 'application/json'), kind: 'invalid-response', says: NOT_UNDERSTOOD },
  { name: '200 with rows missing fields', reply: list([{ id: 'x' }]), kind: 'invalid-response', says: /invitations\.0\.token/ },
  { name: '200 with wrong types', reply: list([{ ...okRow, role: 42, maxUses: 'one' }]), kind: 'invalid-response', says: /expected string, received number/ },
  { name: '200 with invitations not an array', reply: list('none', '3'), kind: 'invalid-response', says: NOT_UNDERSTOOD },
  { name: '200 with an unknown status', reply: list([{ ...okRow, status: 'archived' }]), kind: 'invalid-response', says: /invitations\.0\.status: Invalid option/ },
  { name: '200 with an invalid date', reply: list([{ ...okRow, expiresAt: 'next tuesday' }]), kind: 'invalid-response', says: /"next tuesday" is not a date/ },
  { name: '429 with x-retry-after', reply: () => HttpResponse.json({ message: 'Too many requests. Please try again later.' }, { status: 429, headers: { 'x-retry-after': '7' } }), kind: 'http', says: /Too many requests\. Try again in 7 seconds\./ },
  { name: 'a network failure', reply: () => HttpResponse.error(), kind: 'network', says: /Could not reach the invitation server/ },
  { name: 'a server that never answers', reply: hang, timeout: 300, kind: 'network', says: /did not answer within 300 milliseconds/ },
];

/** Faults on cancel and create: the row or the form stays, with the reason said. */
const ACTION_FAULTS: Fault[] = [
  LIST_FAULTS[0]!,
  LIST_FAULTS[1]!,
  { name: '200 with plain text', reply: text('done'), kind: 'invalid-response', says: NOT_UNDERSTOOD },
  LIST_FAULTS[14]!,
  LIST_FAULTS[15]!,
  { ...LIST_FAULTS[16]!, timeout: 300 },
];

describe('<invite-dashboard> faults', () => {
  const server = new FakeBetterInvite();
  const worker = useMockServer();
  failOnPageErrors();
  let errors: InviteEvent<'invite-error'>[] = [];
  let unauthorized: InviteEvent<'invite-unauthorized'>[] = [];
  const onError = (event: Event) => errors.push(event as InviteEvent<'invite-error'>);
  const onUnauthorized = (event: Event) => unauthorized.push(event as InviteEvent<'invite-unauthorized'>);
  before(() => {
    document.addEventListener('invite-error', onError);
    document.addEventListener('invite-unauthorized', onUnauthorized);
  });
  after(() => {
    document.removeEventListener('invite-error', onError);
    document.removeEventListener('invite-unauthorized', onUnauthorized);
  });
  beforeEach(() => {
    errors = [];
    unauthorized = [];
    server.rows = [row({ emails: ['a@example.com'] }), row({ emails: ['b@example.com'] }), row({ emails: ['c@example.com'] })];
    server.requests.length = 0;
    worker.use(...server.handlers());
  });
  afterEach(restoreOnLine);
  const clock = useFakeClock({ manual: true });

  /** Breaks `path` with `reply` until the returned function is called; other requests pass to the fake server. */
  function breakRoute(method: 'get' | 'post', path: string, reply: Reply): () => void {
    let broken = true;
    worker.use(http[method](path, () => (broken ? reply() : undefined)));
    return () => (broken = false);
  }

  const mount = (timeout?: number) =>
    fixture<InviteDashboard>(html`<invite-dashboard request-timeout=${timeout ?? nothing}></invite-dashboard>`);

  describe('loading the list', () => {
    for (const fault of LIST_FAULTS) {
      it(`${fault.name}: says what went wrong, offers Retry, fires invite-error, and Retry recovers`, async () => {
        const repair = breakRoute('get', LIST, fault.reply);
        const el = await mount(fault.timeout);
        await settled(el);
        const error = part(el, 'error');
        expect(error, 'error state').to.exist;
        expect(error!.getAttribute('role')).to.equal('alert');
        expect(textOf(error)).to.match(fault.says);
        expect(cards(el)).to.have.length(0);
        expect(errors).to.have.length(1);
        expect(errors[0]!.detail.operation).to.equal('list');
        expect(errors[0]!.detail.error.kind).to.equal(fault.kind);
        repair();
        part(el, 'retry-button')!.click();
        await waitUntil(() => cards(el).length === 3, 'list after Retry');
        expect(part(el, 'error')).to.not.exist;
      });
    }

    for (const status of [401, 403] as const) {
      it(`${status}: shows the signed-out state, fires invite-error and invite-unauthorized`, async () => {
        breakRoute('get', LIST, () => HttpResponse.json({ message: status === 401 ? 'Unauthorized' : 'Forbidden', code: 'X' }, { status }));
        const el = await mount();
        await settled(el);
        expect(part(el, 'signed-out'), 'signed-out state').to.exist;
        // A 401 says "signed out" once, in the title; a 403 adds the server's reason.
        const said = textOf(part(el, 'signed-out'));
        if (status === 401) expect(said.match(/signed out/gi), said).to.have.length(1);
        else expect(said).to.contain('The server refused this request: Forbidden.');
        expect(part(el, 'error')).to.not.exist;
        expect(shadow(el).querySelector<HTMLButtonElement>('[part~="create-button"]')!.disabled).to.equal(true);
        expect(errors.map((e) => e.detail.error.kind)).to.deep.equal(['unauthorized']);
        expect(unauthorized).to.have.length(1);
      });
    }
  });

  describe('offline', () => {
    it('says "You are offline" when the browser is, and loads by itself when it is back online', async () => {
      stubOnLine(false);
      window.dispatchEvent(new Event('offline'));
      const repair = breakRoute('get', LIST, () => HttpResponse.error());
      const el = await mount();
      await settled(el);
      expect(textOf(part(el, 'error'))).to.match(/You are offline\. The list loads again by itself/);
      expect(part(el, 'retry-button')).to.exist;
      expect(errors[0]!.detail.error).to.deep.include({ kind: 'network', code: 'OFFLINE' });
      restoreOnLine();
      repair();
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => cards(el).length === 3, 'list after coming back online');
    });

    it('switches a failed load to the offline message when the offline event fires', async () => {
      const repair = breakRoute('get', LIST, () => HttpResponse.error());
      const el = await mount();
      await settled(el);
      expect(textOf(part(el, 'error'))).to.match(/Could not reach the invitation server/);
      window.dispatchEvent(new Event('offline'));
      await el.updateComplete;
      expect(textOf(part(el, 'error'))).to.match(/You are offline/);
      repair();
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => cards(el).length === 3, 'list after coming back online');
    });

    it('does not reload on online when nothing failed (and polling is off)', async () => {
      const el = await mount();
      await settled(el);
      const before = server.listRequests().length;
      clock.install();
      window.dispatchEvent(new Event('offline'));
      window.dispatchEvent(new Event('online'));
      await clock.tick(100);
      expect(server.listRequests().length).to.equal(before);
      expect(cards(el)).to.have.length(3);
    });
  });

  describe('cancelling', () => {
    for (const fault of ACTION_FAULTS) {
      it(`${fault.name}: the card stays pending and usable, the reason is said, invite-error fires`, async () => {
        breakRoute('post', CANCEL, fault.reply);
        const el = await mount(fault.timeout);
        await settled(el);
        const card = cards(el)[0]!;
        await confirmCancel(card);
        await waitUntil(() => errors.length === 1, 'invite-error', { timeout: 3000 });
        expect(errors[0]!.detail).to.include({ operation: 'cancel' });
        expect(errors[0]!.detail.error.kind).to.equal(fault.kind);
        await el.updateComplete;
        expect(textOf(part(el, 'notice'))).to.match(fault.says);
        expect(card.busy).to.equal(false);
        expect(card.invitation!.status).to.equal('pending');
        const button = card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel-button"]')!;
        expect(button.disabled).to.equal(false);
        expect(textOf(button)).to.equal('Cancel invite');
      });
    }
  });

  describe('creating', () => {
    for (const fault of ACTION_FAULTS) {
      it(`${fault.name}: the dialog stays open with what was typed and says why; invite-error fires`, async () => {
        breakRoute('post', CREATE, fault.reply);
        const el = await mount(fault.timeout);
        await settled(el);
        const dialog = await openDialog(el);
        const emails = dialog.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[name="emails"]')!;
        emails.value = 'kept@example.com';
        emails.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await dialog.updateComplete;
        dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
        await waitUntil(() => errors.length === 1, 'invite-error', { timeout: 3000 });
        expect(errors[0]!.detail.operation).to.equal('create');
        expect(errors[0]!.detail.error.kind).to.equal(fault.kind);
        await dialog.updateComplete;
        expect(dialog.open).to.equal(true);
        expect(emails.value).to.equal('kept@example.com');
        expect(textOf(dialog.shadowRoot!.querySelector('[role="alert"]'))).to.match(fault.says);
        expect(server.rows).to.have.length(3);
      });
    }
  });
});

async function confirmCancel(card: InviteCard): Promise<void> {
  card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();
  await card.updateComplete;
  card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm-yes-button"]')!.click();
}

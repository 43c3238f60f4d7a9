import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteCard } from '../../src/components/invite-card/invite-card.js';
import { applyListQuery } from '../../src/api/list-query.js';
import { capabilities } from '../helpers/capabilities.js';
import { invitePageSchema } from '../../src/api/better-invite/wire.js';
import type { InviteAdapter, ListQuery } from '../../src/api/types.js';
import { FakeBetterInvite } from '../helpers/fake-better-invite.js';
import { DAYS, row } from '../helpers/invitations.js';
import { useMockServer } from '../helpers/msw.js';
import { useFakeClock, waitFor } from '../helpers/fake-clock.js';
import { CANCEL, LIST, cards, failOnPageErrors, gate, part, settled, shadow, textOf } from './support.js';
import { fill, openDialog } from './create-form.js';

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const tab = (el: InviteDashboard, filter: string) => shadow(el).querySelector<HTMLButtonElement>(`#tab-${filter}`)!;
const cancelButton = (card: InviteCard) => card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel-button"]');
const cardFor = (el: InviteDashboard, email: string) => cards(el).find((c) => c.invitation!.emails[0] === email)!;

async function openConfirm(card: InviteCard): Promise<HTMLButtonElement> {
  cancelButton(card)!.click();
  await card.updateComplete;
  return card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm-yes-button"]')!;
}

/** 45 rows: 40 live pending ones and 5 expired, newest first. */
function manyRows() {
  return Array.from({ length: 45 }, (_, i) =>
    row({ emails: [`user${i}@example.com`], createdAt: ago(i * 1000), expiresAt: i % 9 === 0 ? ago(1000) : new Date(Date.now() + DAYS).toISOString() }),
  );
}

describe('<invite-dashboard> races', () => {
  const server = new FakeBetterInvite();
  const worker = useMockServer();
  failOnPageErrors();
  // Installed by each test before what it races, so the dashboard's timers then are fake too.
  const clock = useFakeClock({ manual: true });
  beforeEach(() => {
    server.rows = [row({ emails: ['a@example.com'], createdAt: ago(1e3) }), row({ emails: ['b@example.com'], createdAt: ago(2e3) }), row({ status: 'used', createdAt: ago(3e3) })];
    server.requests.length = 0;
    worker.use(...server.handlers());
  });

  const cancelRequests = () => server.requests.filter((r) => r.url.pathname.endsWith('/invite/cancel'));
  const createRequests = () => server.requests.filter((r) => r.url.pathname.endsWith('/invite/create'));

  describe('switching quickly', () => {
    it('a slow answer for an older page arriving after a newer one is never shown, and its request is aborted', async () => {
      server.rows = manyRows();
      const slow = gate();
      let slowAnswered = false;
      worker.use(
        http.get(LIST, async ({ request }) => {
          if (new URL(request.url).searchParams.get('offset') !== '20') return undefined;
          await slow.wait;
          slowAnswered = true;
          return HttpResponse.json(server.list(new URL(request.url).searchParams));
        }),
      );
      const signals = new Map<string, AbortSignal>();
      const recording: typeof fetch = (input, init) => {
        const url = new URL(String(input));
        if (init?.signal) signals.set(url.searchParams.get('offset') ?? '0', init.signal);
        return fetch(input, init);
      };
      const el = await fixture<InviteDashboard>(html`<invite-dashboard page-size="20" .fetch=${recording}></invite-dashboard>`);
      await settled(el);
      await waitUntil(() => textOf(part(el, 'pager')).includes('Showing 1–20 of 45'));
      clock.install();
      part(el, 'next-button')!.click(); // page 2: held
      await waitFor(() => signals.has('20'), 'page 2 requested');
      tab(el, 'expired').click(); // newer: answers at once
      await waitFor(() => cards(el).length === 5 && cards(el).every((c) => c.invitation!.status === 'expired'), 'expired tab');
      expect(signals.get('20')!.aborted, 'the stale page request is aborted').to.equal(true);
      slow.open();
      await clock.tick(100);
      expect(slowAnswered).to.equal(true);
      expect(cards(el)).to.have.length(5);
      expect(cards(el).every((c) => c.invitation!.status === 'expired')).to.equal(true);
      expect(tab(el, 'expired').getAttribute('aria-selected')).to.equal('true');
    });

    it('with an adapter that ignores abort signals, only the latest answer is shown', async () => {
      server.rows = manyRows();
      const held: Array<() => void> = [];
      const adapter: InviteAdapter = {
        capabilities,
        async list(query: ListQuery) {
          // Every row as the server would report it now, with the query applied to them.
          const all = invitePageSchema.parse(server.list(new URLSearchParams({ limit: '-1' }))).invitations;
          const page = applyListQuery(all, query);
          // Page 2 of "all" answers only when the test says so, whatever the signal says.
          if (query.offset === 20 && query.status === undefined) await new Promise<void>((resolve) => held.push(resolve));
          return page;
        },
        create: async () => ({ message: '' }),
        cancel: async () => {},
      };
      const el = await fixture<InviteDashboard>(html`<invite-dashboard page-size="20" .adapter=${adapter}></invite-dashboard>`);
      await settled(el);
      part(el, 'next-button')!.click();
      await waitUntil(() => held.length === 1, 'page 2 asked for');
      tab(el, 'pending').click();
      await waitUntil(() => tab(el, 'pending').getAttribute('aria-selected') === 'true' && cards(el).length === 20 && cards(el).every((c) => c.invitation!.status === 'pending'));
      const shown = cards(el).map((c) => c.invitation!.id);
      clock.install();
      held[0]!();
      await clock.tick(50);
      await el.updateComplete;
      expect(cards(el).map((c) => c.invitation!.id)).to.deep.equal(shown);
      expect(textOf(part(el, 'pager'))).to.contain('Showing 1–20 of 40');
    });

    it('clicking through every tab quickly ends on the last one clicked', async () => {
      const el = await fixture<InviteDashboard>(html`<invite-dashboard></invite-dashboard>`);
      await settled(el);
      clock.install();
      for (const filter of ['expired', 'all', 'used', 'expired', 'pending', 'all', 'used']) tab(el, filter).click();
      await waitFor(() => cards(el).length === 1 && cards(el)[0]!.invitation!.status === 'used', 'used tab');
      await clock.tick(100);
      expect(cards(el).map((c) => c.invitation!.status)).to.deep.equal(['used']);
    });
  });

  describe('double clicks', () => {
    it('a double click on "Yes, cancel it" sends one cancel request and fires one invite-cancel and one invite-canceled', async () => {
      const el = await fixture<InviteDashboard>(html`<invite-dashboard></invite-dashboard>`);
      await settled(el);
      const card = cardFor(el, 'a@example.com');
      const asked: Event[] = [];
      const done: Event[] = [];
      el.addEventListener('invite-cancel', (e) => asked.push(e));
      el.addEventListener('invite-canceled', (e) => done.push(e));
      const yes = await openConfirm(card);
      clock.install();
      yes.click();
      yes.click();
      await waitFor(() => done.length === 1, 'canceled');
      await clock.tick(100);
      expect(cancelRequests()).to.have.length(1);
      expect(asked).to.have.length(1);
      expect(done).to.have.length(1);
    });

    it('two cancel requests for the same invitation while one is in flight send one request and tell once', async () => {
      const release = gate();
      worker.use(http.post(CANCEL, async () => {
        await release.wait;
        return undefined;
      }));
      const el = await fixture<InviteDashboard>(html`<invite-dashboard></invite-dashboard>`);
      await settled(el);
      const card = cardFor(el, 'a@example.com');
      const done: Event[] = [];
      el.addEventListener('invite-canceled', (e) => done.push(e));
      const ask = () => card.dispatchEvent(new CustomEvent('invite-cancel', { detail: { invitation: card.invitation }, bubbles: true, composed: true, cancelable: true }));
      clock.install();
      ask();
      await waitFor(() => card.busy, 'card busy');
      ask();
      await clock.tick(50, { waitForRequests: false }); // the server holds the first one
      expect(done, 'nothing told before the server answered').to.have.length(0);
      release.open();
      await waitFor(() => done.length === 1, 'canceled');
      await clock.tick(100);
      expect(cancelRequests()).to.have.length(1);
      expect(done).to.have.length(1);
    });

    it('a double click on "Create invite" in the dialog sends one create request', async () => {
      const el = await fixture<InviteDashboard>(html`<invite-dashboard></invite-dashboard>`);
      await settled(el);
      const dialog = await openDialog(el);
      await fill(dialog, { emails: 'once@example.com' });
      const created: Event[] = [];
      el.addEventListener('invite-created', (e) => created.push(e));
      const submit = dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!;
      clock.install();
      submit.click();
      submit.click();
      dialog.shadowRoot!.querySelector('form')!.requestSubmit();
      await waitFor(() => created.length === 1, 'created');
      await clock.tick(100);
      expect(createRequests()).to.have.length(1);
      expect(created).to.have.length(1);
      expect(server.rows.filter((r) => r.emails?.[0] === 'once@example.com')).to.have.length(1);
    });
  });

});

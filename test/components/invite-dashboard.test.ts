import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import { sendKeys } from '@web/test-runner-commands';
import type { CreateInviteDialog } from '../../src/components/create-invite-dialog/create-invite-dialog.js';
import '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteCard } from '../../src/components/invite-card/invite-card.js';
import { FakeBetterInvite } from '../helpers/fake-better-invite.js';
import { DAYS, publicRow, row } from '../helpers/invitations.js';
import { useMockServer } from '../helpers/msw.js';
import { installFakeClock } from '../helpers/fake-clock.js';
import type { InvitationRow } from '../../src/api/better-invite/wire.js';

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const ahead = (ms: number) => new Date(Date.now() + ms).toISOString();

/** A varied set: 3 pending (1 public), 2 used, 1 canceled, 1 rejected, 2 expired (one pending, one used). */
function variedRows(): InvitationRow[] {
  return [
    row({ emails: ['newest@example.com'], createdAt: ago(1e3) }),
    publicRow({ infinityMaxUses: true, createdAt: ago(2e3) }),
    row({ emails: ['p3@example.com'], createdAt: ago(3e3) }),
    row({ status: 'used', createdAt: ago(4e3) }),
    row({ status: 'used', createdAt: ago(5e3) }),
    row({ status: 'canceled', createdAt: ago(6e3) }),
    row({ status: 'rejected', createdAt: ago(7e3) }),
    row({ emails: ['late@example.com'], createdAt: ago(10 * DAYS), expiresAt: ago(DAYS) }),
    row({ status: 'used', createdAt: ago(11 * DAYS), expiresAt: ago(2 * DAYS) }),
  ];
}

const shadow = (el: Element) => el.shadowRoot!;
const cards = (el: InviteDashboard) => [...shadow(el).querySelectorAll<InviteCard>('invite-card')];
const tab = (el: InviteDashboard, filter: string) => shadow(el).querySelector<HTMLButtonElement>(`#tab-${filter}`)!;
const tabCount = (el: InviteDashboard, filter: string) => tab(el, filter).querySelector('.tab-count')!.textContent!.trim();
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ');

async function loaded(el: InviteDashboard) {
  await waitUntil(() => shadow(el).querySelector('.list, [part~="empty"], [part~="error"], [part~="signed-out"]'), 'dashboard never settled', { timeout: 5000 });
  await el.updateComplete;
}

async function dashboard(template = html`<invite-dashboard></invite-dashboard>`) {
  const el = await fixture<InviteDashboard>(template);
  await loaded(el);
  return el;
}

describe('<invite-dashboard>', () => {
  const server = new FakeBetterInvite();
  const worker = useMockServer();
  beforeEach(() => {
    server.rows = variedRows();
    server.requests.length = 0;
    server.signedIn = true;
    worker.use(...server.handlers());
  });

  describe('list', () => {
    it('shows every invitation newest first with the status each has', async () => {
      const el = await dashboard();
      const shown = cards(el).map((card) => card.invitation!);
      expect(shown).to.have.length(9);
      expect(shown[0].emails).to.deep.equal(['newest@example.com']);
      const times = shown.map((i) => i.createdAt.getTime());
      expect(times).to.deep.equal([...times].sort((a, b) => b - a));
      expect(shown.filter((i) => i.status === 'expired')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('counts each status over all invitations, with expired ones apart', async () => {
      const el = await dashboard();
      expect(['all', 'pending', 'used', 'canceled', 'rejected', 'expired'].map((f) => tabCount(el, f))).to.deep.equal([
        '9', '3', '2', '1', '1', '2',
      ]);
      const stats = shadow(el).querySelector('invite-stats')!;
      expect((stats as unknown as { stats: Record<string, number> }).stats).to.include({ total: 9, pending: 3, used: 2, expired: 2 });
    });

    for (const [filter, count] of [['pending', 3], ['used', 2], ['canceled', 1], ['rejected', 1], ['expired', 2]] as const) {
      it(`the ${filter} tab shows only ${filter} invitations, as many as its count`, async () => {
        const el = await dashboard();
        tab(el, filter).click();
        await waitUntil(() => cards(el).length === count && cards(el).every((c) => c.invitation!.status === filter), `tab ${filter}`);
        expect(tab(el, filter).getAttribute('aria-selected')).to.equal('true');
        expect(tabCount(el, filter)).to.equal(String(count));
      });
    }

    it('always asks the server for an explicit limit, newest first', async () => {
      await dashboard();
      const lists = server.listRequests();
      expect(lists.length).to.be.greaterThan(0);
      for (const url of lists) expect(url.searchParams.get('limit')).to.match(/^\d+$/);
      expect(lists.some((url) => url.searchParams.get('sortBy') === 'createdAt' && url.searchParams.get('sortDirection') === 'desc')).to.equal(true);
    });

    it('shows a loading skeleton until the first answer', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      worker.use(http.get('/api/auth/invite/list', async () => {
        await gate;
        return Response.json({ total: 0, invitations: [] });
      }));
      const el = await fixture<InviteDashboard>(html`<invite-dashboard></invite-dashboard>`);
      expect(shadow(el).querySelector('[part~="loading"]')).to.exist;
      expect(shadow(el).querySelector('[role="tabpanel"]')!.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      release();
      await loaded(el);
      expect(shadow(el).querySelector('[part~="loading"]')).to.not.exist;
    });
  });

  describe('empty states', () => {
    it('offers to create the first invitation when there are none', async () => {
      server.rows = [];
      const el = await dashboard();
      const empty = shadow(el).querySelector('[part~="empty"]')!;
      expect(empty.textContent).to.contain('No invitations yet');
      expect(empty.querySelector('button')!.textContent).to.contain('Create your first invitation');
      await expect(el).to.be.accessible();
    });

    it('says which status has none', async () => {
      server.rows = [row()];
      const el = await dashboard();
      tab(el, 'rejected').click();
      await waitUntil(() => shadow(el).querySelector('[part~="empty"]'));
      expect(text(el)).to.contain('No rejected invitations');
    });
  });

  describe('errors', () => {
    it('shows the server message with Retry, and Retry loads the list', async () => {
      worker.use(http.get('/api/auth/invite/list', () => Response.json({ message: 'Database is down', code: 'INTERNAL' }, { status: 500 }), { once: true }));
      const errorEvent = new Promise<CustomEvent>((resolve) => document.addEventListener('invite-error', (e) => resolve(e as CustomEvent), { once: true }));
      const el = await dashboard();
      const error = shadow(el).querySelector('[part~="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('Database is down');
      expect((await errorEvent).detail.operation).to.equal('list');
      await expect(el).to.be.accessible();
      error.querySelector('button')!.click();
      await waitUntil(() => cards(el).length === 9, 'list after retry');
    });

    it('shows an error, not a half-drawn list, when the answer is malformed', async () => {
      worker.use(http.get('/api/auth/invite/list', () => Response.json({ total: 1, invitations: [{ id: 1 }] })));
      const el = await dashboard();
      expect(shadow(el).querySelector('[part~="error"]')).to.exist;
      expect(cards(el)).to.have.length(0);
    });

    it('shows the signed-out state and tells the host on 401', async () => {
      server.signedIn = false;
      const unauthorized = oneEvent(document, 'invite-unauthorized');
      const el = await dashboard();
      await unauthorized;
      expect(shadow(el).querySelector('[part~="signed-out"]')).to.exist;
      expect(text(el)).to.contain('You are signed out');
      expect(shadow(el).querySelector<HTMLButtonElement>('[part~="create-button"]')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('paging', () => {
    beforeEach(() => {
      server.rows = Array.from({ length: 45 }, (_, i) => row({ emails: [`user${i}@example.com`], createdAt: ago(i * 1000), expiresAt: i % 9 === 0 ? ago(1000) : ahead(DAYS) }));
    });

    it('pages by page-size with "showing 21–40 of 45"', async () => {
      const el = await dashboard(html`<invite-dashboard page-size="20"></invite-dashboard>`);
      expect(cards(el)).to.have.length(20);
      expect(text(el)).to.contain('Showing 1–20 of 45');
      shadow(el).querySelector<HTMLButtonElement>('[part~="next-button"]')!.click();
      await waitUntil(() => text(el).includes('Showing 21–40 of 45'));
      expect(cards(el)[0].invitation!.emails[0]).to.equal('user20@example.com');
      shadow(el).querySelector<HTMLButtonElement>('[part~="next-button"]')!.click();
      await waitUntil(() => text(el).includes('Showing 41–45 of 45'));
      expect(shadow(el).querySelector<HTMLButtonElement>('[part~="next-button"]')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('pages a status tab by its own count', async () => {
      const el = await dashboard(html`<invite-dashboard page-size="10"></invite-dashboard>`);
      tab(el, 'pending').click();
      await waitUntil(() => text(el).includes('Showing 1–10 of 40'));
      expect(tabCount(el, 'pending')).to.equal('40');
      expect(tabCount(el, 'expired')).to.equal('5');
    });
  });

  describe('status tabs', () => {
    it('follow the tabs pattern: arrows, Home and End select and focus', async () => {
      const el = await dashboard();
      tab(el, 'all').focus();
      tab(el, 'all').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await waitUntil(() => shadow(el).activeElement === tab(el, 'pending'));
      expect(tab(el, 'pending').getAttribute('aria-selected')).to.equal('true');
      expect(tab(el, 'all').tabIndex).to.equal(-1);
      tab(el, 'pending').dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
      await waitUntil(() => shadow(el).activeElement === tab(el, 'expired'));
      tab(el, 'expired').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await waitUntil(() => shadow(el).activeElement === tab(el, 'all'));
      tab(el, 'all').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
      await waitUntil(() => shadow(el).activeElement === tab(el, 'expired'));
    });
  });

  describe('cancel', () => {
    const pendingCard = (el: InviteDashboard) => cards(el).find((c) => c.invitation!.emails[0] === 'newest@example.com')!;

    it('cancels on the server, refreshes the list and counts, and tells the host', async () => {
      const el = await dashboard();
      const card = pendingCard(el);
      const canceled = oneEvent(el, 'invite-canceled');
      card.dispatchEvent(new CustomEvent('invite-cancel', { detail: { invitation: card.invitation }, bubbles: true, composed: true, cancelable: true }));
      expect((await canceled).detail.invitation.token).to.equal(card.invitation!.token);
      await waitUntil(() => tabCount(el, 'canceled') === '2' && tabCount(el, 'pending') === '2', 'counts after cancel');
      expect(server.rows.find((r) => r.emails?.[0] === 'newest@example.com')!.status).to.equal('canceled');
      expect(shadow(el).querySelector('[part~="notice"]')!.textContent).to.contain('Invitation canceled');
      await expect(el).to.be.accessible();
    });

    it('keeps the row and shows why when the server refuses', async () => {
      worker.use(http.post('/api/auth/invite/cancel', () => Response.json({ message: 'User does not have sufficient permissions to create invite', code: 'INSUFFICIENT_PERMISSIONS' }, { status: 400 })));
      const el = await dashboard();
      const card = pendingCard(el);
      const failed = oneEvent(el, 'invite-error');
      card.dispatchEvent(new CustomEvent('invite-cancel', { detail: { invitation: card.invitation }, bubbles: true, composed: true, cancelable: true }));
      expect((await failed).detail.operation).to.equal('cancel');
      await el.updateComplete;
      const notice = shadow(el).querySelector('[part~="notice"]')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(notice.textContent).to.contain('sufficient permissions');
      expect(cards(el)).to.have.length(9);
      expect(pendingCard(el).invitation!.status).to.equal('pending');
      expect(pendingCard(el).busy).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('marks the card busy while the request runs', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      worker.use(http.post('/api/auth/invite/cancel', async () => {
        await gate;
        return Response.json({ status: true, message: 'Invite cancelled successfully' });
      }));
      const el = await dashboard();
      const card = pendingCard(el);
      card.dispatchEvent(new CustomEvent('invite-cancel', { detail: { invitation: card.invitation }, bubbles: true, composed: true, cancelable: true }));
      await waitUntil(() => card.busy && card.hasAttribute('busy'));
      release();
      await oneEvent(el, 'invite-canceled');
    });

    it('leaves the invitation alone when the host prevents the request', async () => {
      const el = await dashboard();
      el.addEventListener('invite-cancel', (event) => event.preventDefault());
      const card = pendingCard(el);
      const clock = installFakeClock();
      try {
        card.dispatchEvent(new CustomEvent('invite-cancel', { detail: { invitation: card.invitation }, bubbles: true, composed: true, cancelable: true }));
        await clock.tick(50); // and every request it started is answered
      } finally {
        clock.uninstall();
      }
      expect(server.requests.some((r) => r.url.pathname.endsWith('/invite/cancel'))).to.equal(false);
    });
  });

  describe('create', () => {
    const dialogOf = (el: InviteDashboard) => shadow(el).querySelector<CreateInviteDialog>('create-invite-dialog')!;
    const createButton = (el: InviteDashboard) => shadow(el).querySelector<HTMLButtonElement>('[part~="create-button"]')!;
    const deepActive = () => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    };
    async function typeEmails(dialog: CreateInviteDialog, value: string) {
      const emails = dialog.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[name="emails"]')!;
      emails.value = value;
      emails.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await dialog.updateComplete;
      return emails;
    }
    const submit = (dialog: CreateInviteDialog) => dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();

    it('creates invitations from the dialog, then shows them with fresh counts', async () => {
      const el = await dashboard();
      createButton(el).click();
      const dialog = dialogOf(el);
      await waitUntil(() => dialog.open);
      await typeEmails(dialog, 'first@example.com,\nsecond@example.com');
      const created = oneEvent(el, 'invite-created');
      submit(dialog);
      expect((await created).detail.invitations).to.deep.equal(['first@example.com', 'second@example.com']);
      await waitUntil(() => tabCount(el, 'all') === '11' && tabCount(el, 'pending') === '5', 'counts after create');
      await waitUntil(() => cards(el).some((c) => c.invitation!.emails[0] === 'second@example.com'));
      expect(dialog.open).to.equal(false);
      expect(shadow(el).querySelector('[part~="notice"]')!.textContent).to.contain('2 invitations created');
    });

    it('keeps what was typed and shows the server message when the server refuses', async () => {
      worker.use(http.post('/api/auth/invite/create', () => Response.json({ message: '[body.email] Invalid email address', code: 'VALIDATION_ERROR' }, { status: 400 })));
      const el = await dashboard();
      createButton(el).click();
      const dialog = dialogOf(el);
      await waitUntil(() => dialog.open);
      await typeEmails(dialog, 'someone@example.com');
      const failed = oneEvent(el, 'invite-error');
      submit(dialog);
      expect((await failed).detail.operation).to.equal('create');
      await dialog.updateComplete;
      expect(dialog.open).to.equal(true);
      expect(dialog.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[name="emails"]')!.value).to.equal('someone@example.com');
      expect(dialog.shadowRoot!.textContent).to.contain('Invalid email address');
      expect(cards(el)).to.have.length(9);
    });

    it('opens from the empty state too', async () => {
      server.rows = [];
      const el = await dashboard();
      shadow(el).querySelector<HTMLButtonElement>('[part~="create-first-button"]')!.click();
      await waitUntil(() => dialogOf(el).open);
    });

    it('closes on Escape and gives focus back to the Create button', async () => {
      const el = await dashboard();
      createButton(el).focus();
      await sendKeys({ press: 'Enter' });
      const dialog = dialogOf(el);
      await waitUntil(() => dialog.open);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open);
      await waitUntil(() => deepActive() === createButton(el), 'focus back on Create invite');
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the create button, the selected tab, each card control and the pager', async () => {
      server.rows = [publicRow({ createdAt: ago(1e3) }), ...Array.from({ length: 3 }, () => row())];
      const el = await dashboard(html`<invite-dashboard page-size="2"></invite-dashboard>`);
      const reached: string[] = [];
      // The insight panel, the toolbar's five fields, the selection boxes and Resend come between the tabs and the pager.
      for (let i = 0; i < 50; i += 1) {
        await sendKeys({ press: 'Tab' });
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        reached.push(active?.getAttribute('part') ?? active?.getAttribute('role') ?? active?.tagName ?? '');
      }
      expect(reached).to.include('button create-button');
      expect(reached).to.include('tab tab-selected');
      expect(reached.some((part) => part.includes('copy-button'))).to.equal(true);
      expect(reached.some((part) => part.includes('cancel-button'))).to.equal(true);
      expect(reached).to.include('button next-button');
      expect(el.shadowRoot!.contains(el.shadowRoot!.activeElement)).to.equal(true);
    });
  });

  describe('theming', () => {
    it('is accessible in dark mode', async () => {
      const el = await dashboard(html`<invite-dashboard theme="dark"></invite-dashboard>`);
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      await expect(el).to.be.accessible();
    });
  });
});

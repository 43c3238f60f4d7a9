import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteCard } from '../../src/components/invite-card/invite-card.js';
import type { InvitationRow } from '../../src/api/better-invite/wire.js';
import type { InviteEventDetailMap } from '../../src/events.js';
import { CSV_COLUMNS } from '../../src/rules/csv.js';
import { FakeBetterInvite } from '../helpers/fake-better-invite.js';
import { DAYS, publicRow, row } from '../helpers/invitations.js';
import { useMockServer } from '../helpers/msw.js';
import { cardsOf, deepActive, partOf, settled } from '../a11y/a11y-helpers.js';
import { CANCEL, CREATE, LIST, failOnPageErrors, gate, textOf } from '../faults/support.js';
import { loadQrEncoder } from '../../src/components/shared/qr-code.js';

/*
 * Issue 13, "Act", as a user meets it in <invite-dashboard>: select and bulk cancel, resend, copy a
 * private invite's link, the QR code of a public one, and Export CSV. The dashboard talks to msw's
 * stand-in for better-invite (plain, without the companion plugin), so what is checked is the wiring
 * down to the requests; responses are held on promises the test releases, never on timers.
 */

type Theme = 'light' | 'dark';
type Detail<K extends keyof InviteEventDetailMap> = InviteEventDetailMap[K];

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const ahead = (ms: number) => new Date(Date.now() + ms).toISOString();
const SERVER_DOWN = () => Response.json({ message: 'Database is down', code: 'INTERNAL' }, { status: 500 });
/** A request the test sends itself: once msw answered it, every request the page sent before it has reached msw. */
const BARRIER = '/__dashboard-act-barrier';

const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => partOf(el, name);
const noticeOf = (el: InviteDashboard) => textOf(part(el, 'notice'));
const cardOf = (el: InviteDashboard, email: string) => cardsOf(el).find((card) => card.invitation!.emails.includes(email))!;
const publicCard = (el: InviteDashboard) => cardsOf(el).find((card) => card.invitation!.kind === 'public')!;
const inCard = <T extends HTMLElement = HTMLElement>(card: InviteCard, name: string) => card.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
const checkboxes = (el: InviteDashboard) => [...root(el).querySelectorAll<HTMLInputElement>('input[part~="select"]')];
const checkboxOf = (el: InviteDashboard, email: string) => cardOf(el, email).querySelector<HTMLInputElement>('input[part~="select"]');
const selectAll = (el: InviteDashboard) => part(el, 'select-all') as HTMLInputElement;
const bulkCount = (el: InviteDashboard) => textOf(root(el).querySelector('.bulk-count'));
const bulkButton = (el: InviteDashboard, name: string) => part(el, name) as HTMLButtonElement;
const buttonNamed = (el: InviteDashboard, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('[part~="bulk-bar"] button')].find((button) => textOf(button) === label)!;
const statusOf = (card: InviteCard) => textOf(inCard(card, 'badge'));

async function dashboard(template = html`<invite-dashboard></invite-dashboard>`): Promise<InviteDashboard> {
  const el = await fixture<InviteDashboard>(template);
  await settled(el);
  return el;
}

/** The next `invite-*` event of this name, typed. */
async function next<K extends keyof InviteEventDetailMap>(el: InviteDashboard, name: K): Promise<Detail<K>> {
  return ((await oneEvent(el, name)) as CustomEvent<Detail<K>>).detail;
}

/** Lets every request the page has already sent reach msw (see BARRIER). */
async function requestsArrived(): Promise<void> {
  await fetch(BARRIER);
}

/** Every `invite-*` event of one name the dashboard fires from now on. */
function collect<K extends keyof InviteEventDetailMap>(el: InviteDashboard, name: K): Detail<K>[] {
  const seen: Detail<K>[] = [];
  el.addEventListener(name, (event) => seen.push((event as CustomEvent<Detail<K>>).detail));
  return seen;
}

/** Files the page hands to the browser as downloads: caught (never saved), with their bytes. */
function catchDownloads(): { files: { name: string; blob: Blob }[]; restore: () => void } {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  const { createObjectURL } = URL;
  const { click } = HTMLAnchorElement.prototype;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) files.push({ name: this.download, blob: blobs.get(this.href)! });
    else click.call(this);
  };
  return {
    files,
    restore: () => {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

function stubClipboard(writeText: (text: string) => Promise<void>): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return () => {
    if (own) Object.defineProperty(navigator, 'clipboard', own);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

/** A file's text records: the BOM checked and dropped, CRLF-split, the empty tail dropped. */
async function csvLines(blob: Blob): Promise<string[]> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect([...bytes.slice(0, 3)], 'UTF-8 byte-order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
  const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1).split('\r\n');
  expect(lines.pop(), 'ends with CRLF').to.equal('');
  return lines;
}

const localDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The lifetime better-invite is asked for on a resend: expiry minus creation, in seconds. */
const lifetimeOf = (source: InvitationRow) => (Date.parse(source.expiresAt as string) - Date.parse(source.createdAt as string)) / 1000;

describe('<invite-dashboard> acting on invitations', () => {
  const server = new FakeBetterInvite();
  const worker = useMockServer();
  failOnPageErrors();
  const restores: (() => void)[] = [];
  const creates = () => server.requests.filter((r) => r.url.pathname.endsWith('/invite/create'));
  const cancels = () => server.requests.filter((r) => r.url.pathname.endsWith('/invite/cancel'));

  // Animations off: axe would measure colours half-way through a fade.
  before(() => document.documentElement.style.setProperty('--invite-duration', '0ms'));
  after(() => document.documentElement.style.removeProperty('--invite-duration'));
  beforeEach(() => {
    server.rows = [];
    server.requests.length = 0;
    server.signedIn = true;
    worker.use(...server.handlers(), http.get(BARRIER, () => new Response(null, { status: 204 })));
  });
  afterEach(() => {
    for (const restore of restores.splice(0)) restore();
  });

  /**
   * better-invite's cancel, held: each request waits until the test releases it (`held`), and the
   * most requests waiting at once is kept. Tokens in `failing` are refused with "Database is down".
   */
  function holdCancels({ hold = true, failing = [] as string[] } = {}) {
    const state = { held: [] as (() => void)[], received: 0, inFlight: 0, max: 0, listsSeen: [] as number[] };
    worker.use(
      http.post(CANCEL, async ({ request }) => {
        const body = (await request.json()) as { token: string };
        server.requests.push({ method: 'POST', url: new URL(request.url), body });
        state.received += 1;
        state.inFlight += 1;
        state.max = Math.max(state.max, state.inFlight);
        state.listsSeen.push(server.listRequests().length);
        if (hold) await new Promise<void>((release) => state.held.push(release));
        state.inFlight -= 1;
        state.listsSeen.push(server.listRequests().length);
        if (failing.includes(body.token)) return SERVER_DOWN();
        const target = server.rows.find((r) => r.token === body.token && r.status === 'pending');
        if (target) target.status = 'canceled';
        return Response.json({ status: true, message: 'Invite cancelled successfully' });
      }),
    );
    return state;
  }

  describe('select and bulk cancel', () => {
    it('offers a "Select <email>" checkbox on each card that can still be canceled, and on no other', async () => {
      server.rows = [
        row({ emails: ['ann@example.com'], createdAt: ago(1e3) }),
        publicRow({ token: 'public-token-X79GOY', createdAt: ago(2e3) }),
        row({ emails: ['used@example.com'], status: 'used', createdAt: ago(3e3) }),
        row({ emails: ['canceled@example.com'], status: 'canceled', createdAt: ago(4e3) }),
        row({ emails: ['rejected@example.com'], status: 'rejected', createdAt: ago(5e3) }),
        row({ emails: ['late@example.com'], createdAt: ago(10 * DAYS), expiresAt: ago(DAYS) }),
      ];
      const el = await dashboard();
      expect(checkboxes(el).map((box) => box.getAttribute('aria-label'))).to.deep.equal(['Select ann@example.com', 'Select Public invite (Link …X79GOY)']);
      for (const email of ['used@example.com', 'canceled@example.com', 'rejected@example.com', 'late@example.com']) {
        expect(checkboxOf(el, email) === null, `${email} has no checkbox`).to.equal(true);
      }
      expect(checkboxes(el).every((box) => box.type === 'checkbox' && !box.checked)).to.equal(true);
      expect(part(el, 'bulk-bar') === null, 'no bulk bar while nothing is selected').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('"Select all on this page" checks every selectable row of the page, and shows mixed when only some are', async () => {
      // Page 1 of 5: four pending and one used; three more pending rows are on page 2.
      server.rows = Array.from({ length: 8 }, (_, i) =>
        row({ emails: [`p${i}@example.com`], createdAt: ago((i + 1) * 1e3), status: i === 2 ? 'used' : 'pending' }),
      );
      const el = await dashboard(html`<invite-dashboard page-size="5" theme="dark"></invite-dashboard>`);
      expect(checkboxes(el)).to.have.length(4);
      expect(textOf(selectAll(el).closest('label'))).to.equal('Select all on this page');

      checkboxOf(el, 'p1@example.com')!.click();
      await el.updateComplete;
      expect(selectAll(el).indeterminate, 'mixed').to.equal(true);
      expect(selectAll(el).checked).to.equal(false);
      expect(bulkCount(el)).to.equal('1 selected');
      await expect(el).to.be.accessible();

      selectAll(el).click();
      await el.updateComplete;
      expect(checkboxes(el).map((box) => box.checked)).to.deep.equal([true, true, true, true]);
      expect(selectAll(el).checked).to.equal(true);
      expect(selectAll(el).indeterminate).to.equal(false);
      expect(bulkCount(el)).to.equal('4 selected');
      expect(part(el, 'bulk-bar')!.getAttribute('aria-label')).to.equal('4 selected');
      await expect(el).to.be.accessible();

      selectAll(el).click();
      await el.updateComplete;
      expect(checkboxes(el).some((box) => box.checked)).to.equal(false);
      expect(part(el, 'bulk-bar') === null).to.equal(true);
    });

    it('Space toggles a row\'s checkbox, and Tab goes on from "Select all" to the bulk buttons', async () => {
      server.rows = [row({ emails: ['ann@example.com'], createdAt: ago(1e3) }), row({ emails: ['bob@example.com'], createdAt: ago(2e3) })];
      const el = await dashboard();
      const ann = checkboxOf(el, 'ann@example.com')!;
      ann.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(ann.checked).to.equal(true);
      expect(bulkCount(el)).to.equal('1 selected');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(ann.checked).to.equal(false);
      expect(part(el, 'bulk-bar') === null).to.equal(true);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;

      selectAll(el).focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(bulkCount(el)).to.equal('2 selected');
      await sendKeys({ press: 'Tab' });
      expect(deepActive() === bulkButton(el, 'bulk-cancel'), 'Tab reaches "Cancel selected"').to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(deepActive() === bulkButton(el, 'clear-selection'), 'then "Clear selection"').to.equal(true);
    });

    it('"Cancel selected" asks once inside the widget; Escape and "Keep it" close the question and cancel nothing', async () => {
      server.rows = [row({ emails: ['ann@example.com'], createdAt: ago(1e3) }), row({ emails: ['bob@example.com'], createdAt: ago(2e3) })];
      const el = await dashboard();
      selectAll(el).click();
      await el.updateComplete;

      bulkButton(el, 'bulk-cancel').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deepActive() === buttonNamed(el, 'Keep it'), 'focus moves to "Keep it"');
      expect(textOf(part(el, 'bulk-bar'))).to.contain('Cancel 2 invitations? Their links stop working.');
      expect(textOf(bulkButton(el, 'bulk-confirm-button'))).to.equal('Yes, cancel them');
      expect(root(el).querySelector('dialog[open], [role="dialog"], [role="alertdialog"]') === null, 'asked in the widget, not a dialog').to.equal(true);
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Escape' });
      await waitUntil(() => deepActive() === bulkButton(el, 'bulk-cancel'), 'Escape gives focus back to "Cancel selected"');
      expect(bulkButton(el, 'bulk-confirm-button') === null).to.equal(true);

      bulkButton(el, 'bulk-cancel').click();
      await el.updateComplete;
      buttonNamed(el, 'Keep it').click();
      await el.updateComplete;
      expect(bulkButton(el, 'bulk-confirm-button') === null).to.equal(true);
      expect(bulkCount(el), 'the selection stays').to.equal('2 selected');

      await requestsArrived();
      expect(cancels()).to.have.length(0);
      expect(cardsOf(el).map(statusOf)).to.deep.equal(['Pending', 'Pending']);
    });

    it('"Yes, cancel them" cancels at most four at a time, then reads the list once', async () => {
      server.rows = [
        ...Array.from({ length: 6 }, (_, i) => row({ emails: [`p${i}@example.com`], createdAt: ago((i + 1) * 1e3) })),
        row({ status: 'used', createdAt: ago(10e3) }),
      ];
      const el = await dashboard();
      // What one refresh costs on plain better-invite (rows and tab counts): the batch may cost that once.
      const beforeRefresh = server.listRequests().length;
      await el.refresh();
      const oneRefresh = server.listRequests().length - beforeRefresh;
      expect(oneRefresh).to.be.greaterThan(0);

      const held = holdCancels();
      selectAll(el).click();
      await el.updateComplete;
      expect(bulkCount(el)).to.equal('6 selected');
      bulkButton(el, 'bulk-cancel').click();
      await el.updateComplete;
      const listsAtStart = server.listRequests().length;
      const finished = next(el, 'invite-bulk-canceled');
      bulkButton(el, 'bulk-confirm-button').click();

      await waitUntil(() => held.received === 4, 'four cancels in flight');
      await el.updateComplete;
      expect(bulkCount(el), 'announced while it runs').to.equal('Canceling 6…');
      expect(checkboxes(el).every((box) => box.disabled), 'rows cannot be picked meanwhile').to.equal(true);
      // One at a time, each time waiting until the freed slot is taken again.
      for (let released = 0; released < 6; released += 1) {
        await waitUntil(() => held.held.length > 0 && held.received === Math.min(6, released + 4), `cancel ${released + 1} in flight`);
        held.held.shift()!();
      }
      const detail = await finished;

      expect(held.max, 'most cancels in flight at once').to.equal(4);
      expect(held.listsSeen.every((count) => count === listsAtStart), 'no list read between the cancels').to.equal(true);
      expect(server.listRequests().length - listsAtStart, 'list reads after the batch: one refresh').to.equal(oneRefresh);
      expect(detail.canceled.map((i) => i.emails[0]).sort()).to.deep.equal(['p0', 'p1', 'p2', 'p3', 'p4', 'p5'].map((p) => `${p}@example.com`));
      expect(detail.failed).to.deep.equal([]);

      await waitUntil(() => part(el, 'bulk-bar') === null, 'nothing left selected');
      expect(noticeOf(el)).to.contain('6 canceled.');
      expect(part(el, 'notice')!.getAttribute('role')).to.equal('status');
      expect(checkboxes(el)).to.have.length(0);
      expect(cardsOf(el).filter((card) => statusOf(card) === 'Canceled')).to.have.length(6);
    });

    it('names what could not be canceled and why; that row stays selected and the others leave the selection', async () => {
      const rows = ['ann', 'bob', 'cid', 'dee'].map((name, i) => row({ emails: [`${name}@example.com`], createdAt: ago((i + 1) * 1e3) }));
      server.rows = rows;
      const el = await dashboard(html`<invite-dashboard theme="dark"></invite-dashboard>`);
      holdCancels({ hold: false, failing: [rows[1]!.token] });
      const errors = collect(el, 'invite-error');
      selectAll(el).click();
      await el.updateComplete;
      bulkButton(el, 'bulk-cancel').click();
      await el.updateComplete;
      const finished = next(el, 'invite-bulk-canceled');
      bulkButton(el, 'bulk-confirm-button').click();
      const detail = await finished;
      // The event fires as the batch ends; the selection settles right after.
      await waitUntil(() => bulkCount(el) === '1 selected', 'only the failed row stays selected');

      expect(noticeOf(el)).to.contain('3 canceled, 1 could not be: bob@example.com (Database is down)');
      expect(part(el, 'notice')!.getAttribute('role')).to.equal('alert');
      expect(bulkCount(el)).to.equal('1 selected');
      expect(checkboxOf(el, 'bob@example.com')!.checked, 'the failed row stays selected').to.equal(true);
      expect(statusOf(cardOf(el, 'bob@example.com'))).to.equal('Pending');
      for (const email of ['ann@example.com', 'cid@example.com', 'dee@example.com']) {
        expect(statusOf(cardOf(el, email)), email).to.equal('Canceled');
        expect(checkboxOf(el, email) === null, `${email} left the selection`).to.equal(true);
      }

      expect(detail.canceled.map((i) => i.emails[0]).sort()).to.deep.equal(['ann@example.com', 'cid@example.com', 'dee@example.com']);
      expect(detail.failed).to.have.length(1);
      expect(detail.failed[0]!.invitation.emails).to.deep.equal(['bob@example.com']);
      expect(detail.failed[0]!.error.message).to.equal('Database is down');
      expect(errors.map((e) => [e.operation, e.error.message])).to.deep.equal([['cancel', 'Database is down']]);
      await expect(el).to.be.accessible();
    });
  });

  describe('resend', () => {
    it('is offered on pending and expired cards, not on used, canceled or rejected ones', async () => {
      server.rows = [
        row({ emails: ['pending@example.com'], createdAt: ago(1e3) }),
        row({ emails: ['used@example.com'], status: 'used', createdAt: ago(2e3) }),
        row({ emails: ['canceled@example.com'], status: 'canceled', createdAt: ago(3e3) }),
        row({ emails: ['rejected@example.com'], status: 'rejected', createdAt: ago(4e3) }),
        row({ emails: ['late@example.com'], createdAt: ago(10 * DAYS), expiresAt: ago(DAYS) }),
      ];
      const el = await dashboard();
      const offered = cardsOf(el).filter((card) => inCard(card, 'resend') !== null).map((card) => card.invitation!.emails[0]);
      expect(offered).to.deep.equal(['pending@example.com', 'late@example.com']);
      expect(textOf(inCard(cardOf(el, 'late@example.com'), 'resend'))).to.equal('Resend');
    });

    it('sends a pending invitation again with the same emails, role and lifetime, and cancels the old one only once the new one exists', async () => {
      const old = row({ emails: ['ann@example.com', 'bob@example.com'], role: 'admin', shareInviterName: false, createdAt: ago(60e3), expiresAt: ahead(2 * DAYS) });
      server.rows = [old, row({ emails: ['other@example.com'], createdAt: ago(120e3) })];
      const log: string[] = [];
      const create = gate();
      // Runs before the fake's own handlers, which answer once these fall through.
      worker.use(
        http.post(CREATE, async () => {
          log.push('create');
          await create.wait;
        }),
        http.post(CANCEL, () => void log.push('cancel')),
      );
      const el = await dashboard();
      const resent = next(el, 'invite-resent');
      const card = cardOf(el, 'ann@example.com');
      inCard<HTMLButtonElement>(card, 'resend')!.click();

      await waitUntil(() => log.includes('create'), 'create sent');
      await requestsArrived();
      expect(log, 'nothing canceled while the new one does not exist yet').to.deep.equal(['create']);
      await card.updateComplete;
      expect(inCard<HTMLButtonElement>(card, 'resend')!.disabled, 'busy while it works').to.equal(true);
      log.push('create answered');
      create.open();
      const detail = await resent;

      expect(log).to.deep.equal(['create', 'create answered', 'cancel']);
      const body = creates()[0]!.body as Record<string, unknown>;
      expect(body.expiresIn as number).to.be.closeTo(lifetimeOf(old), 1);
      expect({ ...body, expiresIn: undefined }).to.deep.equal({ role: 'admin', email: ['ann@example.com', 'bob@example.com'], shareInviterName: false, expiresIn: undefined });
      expect(cancels().map((r) => r.body)).to.deep.equal([{ token: old.token }]);

      expect(detail.previous.id).to.equal(old.id);
      expect(detail.result.message).to.equal('The invitations were sent');
      await waitUntil(() => noticeOf(el).includes('Sent again: ann@example.com, bob@example.com'), 'success notice');
      expect(part(el, 'notice')!.getAttribute('role')).to.equal('status');
      // The new ones are on the list (newest first), the old one shows canceled.
      await waitUntil(() => cardsOf(el).length === 4, 'the new invitations listed');
      await settled(el);
      expect(cardsOf(el).slice(0, 2).map((c) => [c.invitation!.emails[0], statusOf(c)]).sort()).to.deep.equal([
        ['ann@example.com', 'Pending'],
        ['bob@example.com', 'Pending'],
      ]);
      expect(statusOf(cardsOf(el).find((c) => c.invitation!.id === old.id)!)).to.equal('Canceled');
      await expect(el).to.be.accessible();
    });

    it('sends an expired public invitation again with its max uses and lifetime, and cancels nothing', async () => {
      const old = publicRow({ role: 'moderator', maxUses: 5, infinityMaxUses: false, shareInviterName: true, createdAt: ago(10 * DAYS), expiresAt: ago(DAYS) });
      server.rows = [old];
      const el = await dashboard(html`<invite-dashboard theme="dark"></invite-dashboard>`);
      const resent = next(el, 'invite-resent');
      inCard<HTMLButtonElement>(publicCard(el), 'resend')!.click();
      const detail = await resent;
      await requestsArrived();

      const body = creates()[0]!.body as Record<string, unknown>;
      expect(body.expiresIn as number).to.be.closeTo(lifetimeOf(old), 1);
      expect(body.expiresIn as number).to.be.closeTo(9 * DAYS / 1000, 1);
      expect({ ...body, expiresIn: undefined }).to.deep.equal({ role: 'moderator', maxUses: 5, shareInviterName: true, expiresIn: undefined });
      expect(cancels(), 'an expired invitation is not canceled').to.have.length(0);
      expect(detail.previous.id).to.equal(old.id);
      expect(detail.result.token).to.be.a('string').and.not.equal(old.token);

      await waitUntil(() => noticeOf(el).includes('Sent again: Public invite'), 'success notice');
      // Nothing was canceled, so the notice must not say the old one was.
      expect(noticeOf(el)).to.not.contain('The old invitation was canceled');
      await waitUntil(() => cardsOf(el).length === 2, 'the new invitation listed');
      await expect(el).to.be.accessible();
    });

    it('a failed create says so, cancels nothing and keeps the old invitation', async () => {
      const old = row({ emails: ['ann@example.com'], createdAt: ago(1e3) });
      server.rows = [old];
      worker.use(http.post(CREATE, SERVER_DOWN));
      const el = await dashboard();
      const errors = collect(el, 'invite-error');
      const resent = collect(el, 'invite-resent');
      inCard<HTMLButtonElement>(cardOf(el, 'ann@example.com'), 'resend')!.click();
      await waitUntil(() => errors.length > 0, 'invite-error');
      await el.updateComplete;
      await requestsArrived();

      expect(noticeOf(el)).to.contain('Could not resend the invitation: Database is down');
      expect(part(el, 'notice')!.getAttribute('role')).to.equal('alert');
      expect(cancels()).to.have.length(0);
      expect(errors.map((e) => [e.operation, e.error.message])).to.deep.equal([['resend', 'Database is down']]);
      expect(resent).to.have.length(0);
      const card = cardOf(el, 'ann@example.com');
      await card.updateComplete;
      expect(statusOf(card)).to.equal('Pending');
      expect(inCard<HTMLButtonElement>(card, 'resend')!.disabled, 'can be tried again').to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('when the old one cannot be canceled after a good create, says the new one was sent and why the old one stays', async () => {
      const old = row({ emails: ['ann@example.com'], createdAt: ago(1e3) });
      server.rows = [old];
      worker.use(http.post(CANCEL, SERVER_DOWN));
      const el = await dashboard();
      const errors = collect(el, 'invite-error');
      const resent = next(el, 'invite-resent');
      inCard<HTMLButtonElement>(cardOf(el, 'ann@example.com'), 'resend')!.click();
      const detail = await resent;
      await el.updateComplete;

      expect(detail.previous.id).to.equal(old.id);
      expect(noticeOf(el)).to.contain('Sent a new invitation, but the old one could not be canceled: Database is down');
      expect(part(el, 'notice')!.getAttribute('role')).to.equal('alert');
      expect(errors.map((e) => e.error.message)).to.deep.equal(['Database is down']);
      expect(creates()).to.have.length(1);
      await waitUntil(() => cardsOf(el).length === 2, 'the new invitation listed');
      expect(cardsOf(el).map(statusOf)).to.deep.equal(['Pending', 'Pending']);
    });
  });

  describe('copy link and QR code', () => {
    it('a private pending invitation copies the link its mail carried', async () => {
      const ann = row({ emails: ['ann@example.com'], createdAt: ago(1e3) });
      server.rows = [ann, row({ emails: ['used@example.com'], status: 'used', createdAt: ago(2e3) })];
      const copied: string[] = [];
      restores.push(stubClipboard(async (text) => void copied.push(text)));
      const el = await dashboard();
      const card = cardOf(el, 'ann@example.com');
      const link = new URL(`/api/auth/invite/${ann.token}`, document.baseURI).href;
      expect(inCard(cardOf(el, 'used@example.com'), 'copy-button') === null, 'no link once used').to.equal(true);
      expect(inCard(card, 'qr-toggle') === null, 'no QR code for a private invitation').to.equal(true);

      const event = next(el, 'invite-link-copied');
      inCard<HTMLButtonElement>(card, 'copy-button')!.click();
      const detail = await event;
      expect(copied).to.deep.equal([link]);
      expect(detail.url).to.equal(link);
      await card.updateComplete;
      expect(textOf(inCard(card, 'copy-button'))).to.equal('Copied');
      await expect(el).to.be.accessible();
    });

    for (const theme of ['light', 'dark'] as const satisfies readonly Theme[]) {
      it(`a public pending card shows its QR code on request, named, captioned with the link, downloadable (${theme})`, async () => {
        const open = publicRow({ createdAt: ago(1e3) });
        server.rows = [open];
        const downloads = catchDownloads();
        restores.push(downloads.restore);
        const el = await dashboard(html`<invite-dashboard theme=${theme}></invite-dashboard>`);
        const card = publicCard(el);
        const toggle = inCard<HTMLButtonElement>(card, 'qr-toggle')!;
        expect(textOf(toggle)).to.equal('Show QR code');
        expect(toggle.getAttribute('aria-expanded')).to.equal('false');
        expect(inCard(card, 'qr') === null).to.equal(true);

        toggle.click();
        await card.updateComplete;
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        expect(textOf(toggle)).to.equal('Hide QR code');
        // The encoder is loaded on the first QR code shown; the card renders again once it is there.
        await loadQrEncoder();
        await card.updateComplete;
        const figure = inCard(card, 'qr')!;
        const image = figure.querySelector('svg[role="img"]')!;
        const title = card.shadowRoot!.getElementById(image.getAttribute('aria-labelledby')!)!;
        expect(title.tagName.toLowerCase()).to.equal('title');
        expect(textOf(title)).to.equal('QR code of the link');
        const link = new URL(`/api/auth/invite/${open.token}`, document.baseURI).href;
        expect(textOf(figure.querySelector('figcaption'))).to.contain(link);
        await expect(el).to.be.accessible();

        const download = inCard<HTMLButtonElement>(card, 'qr-download')!;
        expect(textOf(download)).to.equal('Download QR code');
        download.click();
        expect(downloads.files.map((f) => [f.name, f.blob.type])).to.deep.equal([['invite-qr.svg', 'image/svg+xml']]);
        expect(await downloads.files[0]!.blob.text()).to.contain('<svg');
      });
    }
  });

  describe('export CSV', () => {
    it('saves every invitation matching the filters, across pages, as invitations-<local date>.csv', async () => {
      const moderators = Array.from({ length: 45 }, (_, i) => row({ emails: [`m${i}@example.com`], role: 'moderator', createdAt: ago((i + 1) * 1e3) }));
      server.rows = [...moderators, ...Array.from({ length: 5 }, (_, i) => row({ role: 'admin', createdAt: ago((i + 50) * 1e3) }))];
      const downloads = catchDownloads();
      restores.push(downloads.restore);
      const el = await dashboard(html`<invite-dashboard page-size="20" role-filter="moderator"></invite-dashboard>`);
      expect(cardsOf(el)).to.have.length(20);
      const button = part(el, 'export') as HTMLButtonElement;
      expect(textOf(button)).to.equal('Export CSV');

      const exported = next(el, 'invite-exported');
      button.click();
      const detail = await exported;

      const filename = `invitations-${localDay(new Date())}.csv`;
      expect(detail).to.deep.equal({ count: 45, filename });
      expect(downloads.files.map((f) => f.name)).to.deep.equal([filename]);
      const lines = await csvLines(downloads.files[0]!.blob);
      expect(lines[0]).to.equal(CSV_COLUMNS.join(','));
      const records = lines.slice(1);
      expect(records).to.have.length(45);
      const roleColumn = CSV_COLUMNS.indexOf('role');
      expect(records.every((line) => line.split(',')[roleColumn] === 'moderator'), 'only the filtered role').to.equal(true);
      expect(records.map((line) => line.split(',')[0]).sort()).to.deep.equal(moderators.map((m) => m.id).sort());
      await el.updateComplete;
      expect(part(el, 'export') !== null, 'the button is back').to.equal(true);
      expect(textOf(el.shadowRoot!.querySelector('.export [role="status"]'))).to.equal('Exported 45 invitations');
    });

    it('a failing server shows "Could not export: …", saves nothing and reports the error', async () => {
      server.rows = [row({ emails: ['ann@example.com'] })];
      const downloads = catchDownloads();
      restores.push(downloads.restore);
      const el = await dashboard(html`<invite-dashboard theme="dark"></invite-dashboard>`);
      worker.use(http.get(LIST, SERVER_DOWN));
      const errors = collect(el, 'invite-error');
      (part(el, 'export') as HTMLButtonElement).click();
      await waitUntil(() => errors.length > 0, 'invite-error');
      await el.updateComplete;

      const alert = root(el).querySelector('.export-error')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(textOf(alert)).to.equal('Could not export: Database is down');
      expect(errors.map((e) => [e.operation, e.error.message])).to.deep.equal([['export', 'Database is down']]);
      expect(downloads.files).to.have.length(0);
      expect(part(el, 'export') !== null, 'Export CSV can be tried again').to.equal(true);
      await expect(el).to.be.accessible();
    });
  });
});

import { aTimeout, expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/components/invite-dashboard/invite-dashboard.js';
import '../../src/components/invite-card/invite-card.js';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteCard } from '../../src/components/invite-card/invite-card.js';
import type { InviteEvent } from '../../src/events.js';
import { cardsOf, settled } from '../a11y/a11y-helpers.js';
import { useFakeClock } from '../helpers/fake-clock.js';
import { FakeInviteServer } from '../helpers/fake-invite-server.js';
import { invitation, publicRow, row } from '../helpers/invitations.js';

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const live = (el: InviteDashboard) => textOf(el.shadowRoot!.querySelector('.live-activity'));
const badge = (card: InviteCard) => textOf(card.shadowRoot!.querySelector('[part~="badge"]'));
const tabCount = (el: InviteDashboard, filter: string) => textOf(el.shadowRoot!.querySelector(`#tab-${filter} [part~="tab-count"]`));

describe('<invite-dashboard> live activity, with the companion plugin', () => {
  let server: FakeInviteServer;
  afterEach(() => fixtureCleanup());
  const clock = useFakeClock();

  beforeEach(() => {
    server = new FakeInviteServer({
      plugin: true,
      rows: [
        row({ id: 'ops', emails: ['ops-lead@example.org'], createdAt: ago(1e3) }),
        publicRow({ id: 'link', token: 'tok-PUBLIC1', maxUses: 5, createdAt: ago(2e3) }),
        row({ id: 'bob', emails: ['bob@example.com'], createdAt: ago(3e3) }),
      ],
    });
  });

  async function dashboard(): Promise<InviteDashboard> {
    const el = await fixture<InviteDashboard>(html`<invite-dashboard poll-interval="1" .fetch=${server.fetch}></invite-dashboard>`);
    await clock.waitUntil(() => cardsOf(el).length === 3, 'first rows', { timeout: 2000 });
    await settled(el);
    return el;
  }

  it('a poll with nothing changed is one stats request and no list request', async () => {
    const el = await dashboard();
    const lists = server.lists().length;
    const stats = server.stats().length;
    await clock.tick(1000);
    await clock.waitUntil(() => server.stats().length === stats + 1, 'a poll', { timeout: 200 });
    await clock.tick(1000);
    await clock.waitUntil(() => server.stats().length === stats + 2, 'another poll', { timeout: 200 });
    expect(server.lists().length, 'no list request while nothing moved').to.equal(lists);
    expect(cardsOf(el)).to.have.length(3);
  });

  it('a poll that finds an accepted invitation reads the page, updates its card in place and the counts, announces it and fires invite-status-changed', async () => {
    const el = await dashboard();
    const card = cardsOf(el).find((c) => c.invitation!.id === 'ops')!;
    const changes: InviteEvent<'invite-status-changed'>[] = [];
    el.addEventListener('invite-status-changed', (event) => changes.push(event));
    server.rows.find((r) => r.id === 'ops')!.status = 'used';
    server.uses.ops = 1;
    await clock.tick(1000);
    await clock.waitUntil(() => live(el) === 'ops-lead@example.org accepted the invitation.', 'the announcement', { timeout: 1000 });
    expect(cardsOf(el).find((c) => c.invitation!.id === 'ops') === card, 'the same card, updated in place').to.equal(true);
    expect(badge(card)).to.equal('Used');
    expect(tabCount(el, 'used')).to.equal('1');
    expect(tabCount(el, 'pending')).to.equal('2');
    expect(changes).to.have.length(1);
    expect(changes[0]!.detail.previous.status).to.equal('pending');
    expect(changes[0]!.detail.invitation.status).to.equal('used');
    await expect(el).to.be.accessible();
  });

  it('announces another use of a link that still has uses left, without a status change event', async () => {
    const el = await dashboard();
    let fired = 0;
    el.addEventListener('invite-status-changed', () => (fired += 1));
    server.uses.link = 2;
    await clock.tick(1000);
    await clock.waitUntil(() => /was used: 2 uses so far\./.test(live(el)), 'the announcement', { timeout: 1000 });
    expect(live(el)).to.contain('Public invite (Link …UBLIC1)');
    expect(fired).to.equal(0);
    const card = cardsOf(el).find((c) => c.invitation!.id === 'link')!;
    expect(textOf(card.shadowRoot!.querySelector('[part~="meta"]'))).to.contain('2 of 5 used');
  });

  it('notices an invitation expiring on screen: reads again, announces it, and shows it expired', async () => {
    server.rows.find((r) => r.id === 'bob')!.expiresAt = new Date(Date.now() + 10_000).toISOString();
    const el = await fixture<InviteDashboard>(html`<invite-dashboard .fetch=${server.fetch}></invite-dashboard>`);
    await clock.waitUntil(() => cardsOf(el).length === 3, 'first rows', { timeout: 2000 });
    const card = cardsOf(el).find((c) => c.invitation!.id === 'bob')!;
    expect(badge(card)).to.equal('Pending');
    await clock.tick(11_000);
    await clock.waitUntil(() => live(el) === 'The invitation for bob@example.com expired.', 'the announcement', { timeout: 1000 });
    expect(badge(card)).to.equal('Expired');
    expect(tabCount(el, 'expired')).to.equal('1');
  });
});

describe('<invite-card> on its own', () => {
  const clock = useFakeClock();
  afterEach(() => fixtureCleanup());

  it('shows itself expired the moment its expiry passes on screen', async () => {
    const value = invitation({ expiresAt: new Date(Date.now() + 2000).toISOString() });
    const el = await fixture<InviteCard>(html`<invite-card .invitation=${value}></invite-card>`);
    expect(badge(el)).to.equal('Pending');
    await clock.tick(2100);
    await el.updateComplete;
    expect(badge(el)).to.equal('Expired');
    expect(textOf(el.shadowRoot!.querySelector('[part~="meta"]'))).to.contain('Expired on');
  });
});

describe('<invite-dashboard> in several tabs', () => {
  afterEach(() => fixtureCleanup());

  it('another tab reads once after a cancel here, and this tab does not hear its own message', async () => {
    const server = new FakeInviteServer({ plugin: true, rows: [row({ id: 'a', emails: ['a@example.com'] }), row({ id: 'b', emails: ['b@example.com'] })] });
    // Two dashboards on one API in one page stand for two tabs: each has its own BroadcastChannel.
    const here = await fixture<InviteDashboard>(html`<invite-dashboard .fetch=${server.fetch}></invite-dashboard>`);
    const there = await fixture<InviteDashboard>(html`<invite-dashboard .fetch=${server.fetch}></invite-dashboard>`);
    await settled(here);
    await settled(there);
    await server.idle();
    const before = server.lists().length;
    const canceled = new Promise((resolve) => here.addEventListener('invite-canceled', resolve, { once: true }));
    const card = cardsOf(here)[0]!;
    card.dispatchEvent(new CustomEvent('invite-cancel', { detail: { invitation: card.invitation }, bubbles: true, composed: true, cancelable: true }));
    await canceled;
    const other = () => cardsOf(there).filter((c) => badge(c) === 'Canceled').length;
    await waitUntil(() => other() === 1, 'the other tab shows the cancel', { timeout: 3000 });
    // Long enough for a second, coalesced or echoed refresh to have started (the channel waits 100 ms).
    await aTimeout(250);
    await server.idle();
    // One refresh here (its own cancel) and one there (the message): a list request each, no more.
    expect(server.lists().length - before).to.equal(2);
  });
});

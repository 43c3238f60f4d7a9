import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import { settled } from '../a11y/a11y-helpers.js';
import { FakeInviteServer } from '../helpers/fake-invite-server.js';
import { row } from '../helpers/invitations.js';

const KEY = 'invite-dashboard:analytics-open';
const panel = (el: InviteDashboard) => el.shadowRoot!.querySelector('invite-analytics');
const toggle = (el: InviteDashboard) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="analytics-toggle"]');

describe('<invite-dashboard> insight panel', () => {
  let server: FakeInviteServer;
  beforeEach(() => {
    localStorage.removeItem(KEY);
    server = new FakeInviteServer({ plugin: false, rows: [row({ emails: ['a@example.com'] })] });
  });
  afterEach(() => {
    fixtureCleanup();
    localStorage.removeItem(KEY);
  });

  it('is collapsed at first (a first load reads no activity), opens on "Show activity", and is remembered', async () => {
    const el = await fixture<InviteDashboard>(html`<invite-dashboard theme="light" .fetch=${server.fetch}></invite-dashboard>`);
    await settled(el);
    expect(panel(el) === null, 'no panel yet').to.equal(true);
    expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('false');
    toggle(el)!.click();
    await el.updateComplete;
    expect(panel(el) !== null && panel(el)!.getAttribute('part') === 'analytics').to.equal(true);
    expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle(el)!.textContent!.trim()).to.equal('Hide activity');
    await expect(el).to.be.accessible();
    fixtureCleanup();
    const again = await fixture<InviteDashboard>(html`<invite-dashboard theme="dark" .fetch=${server.fetch}></invite-dashboard>`);
    await settled(again);
    expect(panel(again) !== null, 'open again on the next visit').to.equal(true);
    toggle(again)!.click();
    await again.updateComplete;
    expect(panel(again) === null, 'collapsed').to.equal(true);
    expect(localStorage.getItem(KEY)).to.equal('0');
  });

  it('is not there at all with hide-analytics', async () => {
    localStorage.setItem(KEY, '1');
    const el = await fixture<InviteDashboard>(html`<invite-dashboard hide-analytics .fetch=${server.fetch}></invite-dashboard>`);
    await settled(el);
    expect(panel(el) === null && toggle(el) === null).to.equal(true);
  });

  it('"Show them" (expiring soon) shows the Pending tab sorted by expiry', async () => {
    localStorage.setItem(KEY, '1');
    const el = await fixture<InviteDashboard>(html`<invite-dashboard .fetch=${server.fetch}></invite-dashboard>`);
    await settled(el);
    panel(el)!.dispatchEvent(new CustomEvent('invite-show-expiring', { detail: { count: 1 }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect([el.status, el.sort, el.page]).to.deep.equal(['pending', 'expiring', 1]);
  });
});

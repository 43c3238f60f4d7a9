import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { InsightPanel } from '../../src/components/invite-dashboard/insight-panel.js';
import { openHistory } from '../../src/components/invite-dashboard/history-drawer.js';
import { LazyModule } from '../../src/dom/lazy-module.js';
import { defaultStrings } from '../../src/i18n/strings.js';
import type { Notice } from '../../src/state/invite-actions.js';
import { buttons } from '../../src/styles/buttons.js';
import { base } from '../../src/styles/tokens.js';
import { invitation, row } from '../helpers/invitations.js';
import { FakeInviteServer } from '../helpers/fake-invite-server.js';
import { settled } from '../a11y/a11y-helpers.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';

const KEY = 'invite-dashboard:analytics-open';

/** A module whose imports the test settles by hand: `fail()` or `succeed()` the one in flight. */
function settledByHand() {
  const pending: { resolve: (module: unknown) => void; reject: (error: Error) => void }[] = [];
  const lazy = new LazyModule<unknown>(() => new Promise((resolve, reject) => pending.push({ resolve, reject })));
  return {
    lazy,
    fail: () => pending.shift()!.reject(new TypeError('Failed to fetch dynamically imported module')),
    succeed: () => pending.shift()!.resolve({}),
  };
}

/** A module whose first import fails (a chunk the network lost) and whose next one works. */
function failingOnce() {
  let tries = 0;
  return new LazyModule<unknown>(async () => {
    tries += 1;
    if (tries === 1) throw new TypeError('Failed to fetch dynamically imported module');
    return {};
  });
}

let analytics = settledByHand();

/** The insight panel on its own, in a shadow root styled like the dashboard's. */
class InsightHost extends LitElement {
  static override styles = [base, buttons];
  readonly panel = new InsightPanel(this, () => {}, analytics.lazy);
  override render() {
    return this.panel.render(defaultStrings);
  }
}
customElements.define('insight-test-host', InsightHost);

describe('parts loaded on first use, when their file cannot be fetched', () => {
  beforeEach(() => localStorage.setItem(KEY, '1'));
  afterEach(() => localStorage.removeItem(KEY));

  it('the activity panel says so in words, offers Retry (kept, busy, while it runs), then shows the panel with focus on its toggle', async () => {
    analytics = settledByHand();
    const el = await fixture<InsightHost>(html`<insight-test-host></insight-test-host>`);
    const $ = (selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
    expect(analytics.lazy.loading, 'opening the panel asked for its module').to.equal(true);
    analytics.fail();
    await waitUntil(() => $('[role="alert"]'), 'the failure is shown');
    expect($('invite-analytics') === null, 'in place of the panel').to.equal(true);
    expect($('[role="alert"]')!.textContent).to.contain('This part could not be loaded.');
    await expect(el).to.be.accessible();

    const retry = $('[part~="analytics-retry"]')!;
    retry.focus();
    retry.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === retry, 'focus stays on Retry while it runs').to.equal(true);
    expect(retry.getAttribute('aria-disabled')).to.equal('true');
    analytics.succeed();
    await waitUntil(() => $('invite-analytics'), 'the panel');
    expect(analytics.lazy.module !== undefined && $('[role="alert"]') === null).to.equal(true);
    await waitUntil(() => el.shadowRoot!.activeElement === $('.insight-toggle'), 'focus on the panel’s toggle');
  });

  it('"Who used it" reports a history that cannot be loaded in the dashboard\'s notice, and tries again next time', async () => {
    const history = failingOnce();
    const notices: (Notice | undefined)[] = [];
    const actions = { say: (notice: Notice | undefined) => void notices.push(notice) };
    const container = document.createElement('div');
    const dashboard = { renderRoot: container, resolvedStrings: defaultStrings };
    const used = invitation({ emails: ['a@example.com'] });
    await openHistory(dashboard, used, actions, history);
    expect(notices).to.deep.equal([{ tone: 'error', text: 'The usage history could not be loaded.' }]);
    await openHistory(dashboard, used, actions, history);
    expect([history.failed, notices.length]).to.deep.equal([false, 1]);
  });
});

describe('the usage history in the dashboard, loaded on first use', () => {
  it('"Who used it" loads <invite-history>, opens it with focus inside, and gives focus back on Escape', async () => {
    const used = row({ status: 'used', emails: ['a@example.com'] });
    const server = new FakeInviteServer({ plugin: true, rows: [used] });
    server.uses[used.id] = 2;
    const el = await fixture<InviteDashboard>(html`<invite-dashboard theme="light" .fetch=${server.fetch}></invite-dashboard>`);
    await settled(el);
    expect(customElements.get('invite-history') === undefined, 'not loaded with the dashboard').to.equal(true);
    const card = el.shadowRoot!.querySelector('invite-card')!;
    const button = card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="history"]')!;
    button.focus();
    button.click();
    const drawer = el.shadowRoot!.querySelector('invite-history')!;
    await waitUntil(() => drawer.shadowRoot?.querySelector('dialog')?.open, 'the drawer opens');
    await waitUntil(() => drawer.shadowRoot!.querySelectorAll('[part~="name"]').length === 2, 'its two uses');
    expect(drawer.shadowRoot!.activeElement !== null, 'focus is inside the drawer').to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => card.shadowRoot!.activeElement === button, 'focus back on "Who used it"');
  });
});

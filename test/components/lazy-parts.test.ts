import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { InsightPanel } from '../../src/components/invite-dashboard/insight-panel.js';
import { openHistory } from '../../src/components/invite-dashboard/history-drawer.js';
import { LazyModule } from '../../src/dom/lazy-module.js';
import { defaultStrings } from '../../src/i18n/strings.js';
import type { Notice } from '../../src/state/invite-actions.js';
import { buttons } from '../../src/styles/buttons.js';
import { base } from '../../src/styles/tokens.js';
import { invitation } from '../helpers/invitations.js';

const KEY = 'invite-dashboard:analytics-open';

/** A module whose first import fails (a chunk the network lost) and whose next one works. */
function failingOnce() {
  let tries = 0;
  const lazy = new LazyModule<unknown>(async () => {
    tries += 1;
    if (tries === 1) throw new TypeError('Failed to fetch dynamically imported module');
    return {};
  });
  return lazy;
}

let analytics = failingOnce();

/** The insight panel on its own, in a shadow root styled like the dashboard's. */
class InsightHost extends LitElement {
  static override styles = [base, buttons];
  readonly panel = new InsightPanel(this, () => {}, analytics);
  override render() {
    return this.panel.render(defaultStrings);
  }
}
customElements.define('insight-test-host', InsightHost);

describe('parts loaded on first use, when their file cannot be fetched', () => {
  beforeEach(() => localStorage.setItem(KEY, '1'));
  afterEach(() => localStorage.removeItem(KEY));

  it('the activity panel says so in words, offers Retry, and shows the panel once it loads', async () => {
    analytics = failingOnce();
    const el = await fixture<InsightHost>(html`<insight-test-host></insight-test-host>`);
    // The panel's first render asked for the module; the failed import makes it render again.
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the failure is shown');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('This part could not be loaded.');
    expect(el.shadowRoot!.querySelector('invite-analytics') === null).to.equal(true);
    await expect(el).to.be.accessible();

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="analytics-retry"]')!.click();
    await analytics.load();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('invite-analytics') !== null, 'the panel').to.equal(true);
    expect(el.shadowRoot!.querySelector('[role="alert"]') === null).to.equal(true);
  });

  it('"Who used it" reports a history that cannot be loaded in the dashboard\'s notice, and tries again next time', async () => {
    const history = failingOnce();
    const notices: (Notice | undefined)[] = [];
    const actions = { say: (notice: Notice | undefined) => void notices.push(notice) };
    const container = document.createElement('div');
    const dashboard = { renderRoot: container, resolvedStrings: defaultStrings };
    const used = invitation({ emails: ['a@example.com'] });
    await openHistory(dashboard, used, actions, history);
    expect(notices).to.deep.equal([{ tone: 'error', text: 'This part could not be loaded.' }]);
    await openHistory(dashboard, used, actions, history);
    expect([history.failed, notices.length]).to.deep.equal([false, 1]);
  });
});

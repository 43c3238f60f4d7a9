import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteEvent } from '../../src/events.js';
import { MAX_BACKOFF_MS, nextPollDelay } from '../../src/state/poll-controller.js';
import { FakeBetterInvite } from '../helpers/fake-better-invite.js';
import { row } from '../helpers/invitations.js';
import { useMockServer } from '../helpers/msw.js';
import { useFakeClock } from '../helpers/fake-clock.js';
import { LIST, cards, failOnPageErrors, part, settled, textOf } from './support.js';

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

function stubHidden(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
}

function restoreVisibility(): void {
  delete (document as { hidden?: boolean }).hidden;
  delete (document as { visibilityState?: string }).visibilityState;
}

describe('nextPollDelay', () => {
  it('waits the interval after a success', () => {
    expect(nextPollDelay({ intervalSeconds: 30, failures: 0 })).to.equal(30_000);
  });

  it('doubles per failure in a row, up to five minutes', () => {
    const delays = [1, 2, 3, 4, 10, 100].map((failures) => nextPollDelay({ intervalSeconds: 30, failures }));
    expect(delays).to.deep.equal([60_000, 120_000, 240_000, MAX_BACKOFF_MS, MAX_BACKOFF_MS, MAX_BACKOFF_MS]);
  });

  it('never shortens an interval longer than the cap', () => {
    expect(nextPollDelay({ intervalSeconds: 600, failures: 3 })).to.equal(600_000);
  });

  it("never polls before a 429's retry-after, even right after one failure", () => {
    expect(nextPollDelay({ intervalSeconds: 5, failures: 1, retryAfterSeconds: 90 })).to.equal(90_000);
    expect(nextPollDelay({ intervalSeconds: 5, failures: 1, retryAfterSeconds: 2 })).to.equal(10_000);
    expect(nextPollDelay({ intervalSeconds: 60, failures: 5, retryAfterSeconds: 3600 })).to.equal(3_600_000);
  });
});

describe('<invite-dashboard> polling', () => {
  const server = new FakeBetterInvite();
  // Remove the dashboards (and their timers) before the mock server's handlers are reset.
  afterEach(() => fixtureCleanup());
  const worker = useMockServer();
  failOnPageErrors();
  beforeEach(() => {
    server.rows = [row({ emails: ['a@example.com'], createdAt: ago(1e3) }), row({ emails: ['b@example.com'], createdAt: ago(2e3) })];
    server.requests.length = 0;
    worker.use(...server.handlers());
  });
  afterEach(restoreVisibility);
  // Installed before each fixture: the poll timers are fake and move only when a test ticks.
  const clock = useFakeClock();

  /** One load asks for the overall total with limit=0 (the counts): counting those counts loads. */
  const loads = () => server.listRequests().filter((url) => url.searchParams.get('limit') === '0').length;

  it('does not poll by default', async () => {
    const el = await fixture<InviteDashboard>(html`<invite-dashboard></invite-dashboard>`);
    await settled(el);
    await clock.tick(300);
    expect(loads()).to.equal(1);
  });

  it('reads the list again every poll-interval seconds', async () => {
    const el = await fixture<InviteDashboard>(html`<invite-dashboard poll-interval="0.1"></invite-dashboard>`);
    await settled(el);
    await clock.waitUntil(() => loads() >= 4, 'polls', { timeout: 2000 });
    expect(cards(el)).to.have.length(2);
  });

  it('pauses while the page is hidden and catches up when it is shown', async () => {
    const el = await fixture<InviteDashboard>(html`<invite-dashboard poll-interval="0.1"></invite-dashboard>`);
    await settled(el);
    stubHidden(true);
    await clock.tick(150); // a poll already running may finish
    const hidden = loads();
    await clock.tick(400);
    expect(loads(), 'no polls while hidden').to.equal(hidden);
    stubHidden(false);
    await clock.waitUntil(() => loads() > hidden, 'a poll once visible', { timeout: 300 });
  });

  it('stops when the dashboard leaves the page', async () => {
    const el = await fixture<InviteDashboard>(html`<invite-dashboard poll-interval="0.1"></invite-dashboard>`);
    await settled(el);
    el.remove();
    await clock.tick(150);
    const gone = loads();
    await clock.tick(400);
    expect(loads()).to.equal(gone);
  });

  it('fires invite-status-changed once when an invitation was used meanwhile, and shows it', async () => {
    const el = await fixture<InviteDashboard>(html`<invite-dashboard poll-interval="0.1"></invite-dashboard>`);
    await settled(el);
    const changes: InviteEvent<'invite-status-changed'>[] = [];
    el.addEventListener('invite-status-changed', (e) => changes.push(e));
    server.rows[1]!.status = 'used';
    await clock.waitUntil(() => changes.length > 0, 'invite-status-changed', { timeout: 2000 });
    const [change] = changes;
    expect(change!.detail.invitation).to.include({ status: 'used' });
    expect(change!.detail.previous).to.include({ status: 'pending' });
    expect(change!.detail.invitation.emails).to.deep.equal(['b@example.com']);
    expect(textOf(cards(el)[1]!.shadowRoot!.querySelector('[part~="badge"]'))).to.equal('Used');
    const seen = loads();
    await clock.waitUntil(() => loads() >= seen + 2, 'more polls', { timeout: 2000 });
    expect(changes).to.have.length(1);
  });

  it("does not fire invite-status-changed for the dashboard's own cancel", async () => {
    const el = await fixture<InviteDashboard>(html`<invite-dashboard poll-interval="0.1"></invite-dashboard>`);
    await settled(el);
    const changes: Event[] = [];
    el.addEventListener('invite-status-changed', (e) => changes.push(e));
    const card = cards(el)[0]!;
    const canceled = oneEvent(el, 'invite-canceled');
    card.dispatchEvent(new CustomEvent('invite-cancel', { detail: { invitation: card.invitation }, bubbles: true, composed: true, cancelable: true }));
    await canceled;
    const seen = loads();
    await clock.waitUntil(() => loads() >= seen + 2, 'more polls', { timeout: 2000 });
    expect(changes).to.have.length(0);
  });

  it('a failed poll keeps the rows on screen, says why, and clears once a poll succeeds', async () => {
    const el = await fixture<InviteDashboard>(html`<invite-dashboard poll-interval="0.1"></invite-dashboard>`);
    await settled(el);
    let broken = true;
    worker.use(http.get(LIST, () => (broken ? HttpResponse.json({ message: 'Database is down' }, { status: 500 }) : undefined)));
    let failed: InviteEvent<'invite-error'> | undefined;
    void oneEvent(el, 'invite-error').then((event) => (failed = event));
    await clock.waitUntil(() => failed, 'invite-error from a poll', { timeout: 10_000 });
    expect(failed!.detail.operation).to.equal('list');
    await el.updateComplete;
    expect(cards(el)).to.have.length(2);
    expect(part(el, 'error')).to.not.exist;
    const notice = part(el, 'refresh-error')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(textOf(notice)).to.contain('Could not refresh the list: Database is down');
    await expect(el).to.be.accessible();
    broken = false;
    await clock.waitUntil(() => !part(el, 'refresh-error'), 'notice gone after a good poll', { timeout: 3000 });
    expect(cards(el)).to.have.length(2);
  });

  it("a poll keeps a card's open cancel confirmation open", async () => {
    const el = await fixture<InviteDashboard>(html`<invite-dashboard poll-interval="0.1"></invite-dashboard>`);
    await settled(el);
    const card = cards(el)[0]!;
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();
    await card.updateComplete;
    const seen = loads();
    await clock.waitUntil(() => loads() >= seen + 2, 'polls', { timeout: 2000 });
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part~="confirm"]')).to.exist;
  });

  it('backs off exponentially while polls keep failing', async () => {
    const el = await fixture<InviteDashboard>(html`<invite-dashboard poll-interval="0.1"></invite-dashboard>`);
    await settled(el);
    const times: number[] = [];
    worker.use(http.get(LIST, ({ request }) => {
      if (new URL(request.url).searchParams.get('limit') === '0') times.push(performance.now());
      return HttpResponse.json({ message: 'Down' }, { status: 500 });
    }));
    await clock.waitUntil(() => times.length >= 4, 'failing polls', { timeout: 4000 });
    const gaps = times.slice(1).map((time, i) => time - times[i]!);
    // 200, 400, 800 ms after 1, 2, 3 failures (on the fake clock an answer takes no time; the
    // range is the one real time needed, for the time the failing requests themselves took).
    [200, 400, 800].forEach((wait, i) => expect(gaps[i], `gap ${i + 1}`).to.be.within(wait - 5, wait + 600));
    expect(gaps[2]! - gaps[0]!, 'the waits grow').to.be.greaterThan(400);
  });

  it("after a 429 it waits the server's retry-after, then loads by itself", async () => {
    let limited = true;
    const asked: number[] = [];
    worker.use(http.get(LIST, () => {
      asked.push(performance.now());
      if (!limited) return undefined;
      return HttpResponse.json({ message: 'Too many requests. Please try again later.' }, { status: 429, headers: { 'x-retry-after': '1' } });
    }));
    const el = await fixture<InviteDashboard>(html`<invite-dashboard poll-interval="0.1"></invite-dashboard>`);
    await settled(el);
    expect(textOf(part(el, 'error'))).to.contain('Too many requests. Try again in 1 second.');
    const failedAt = performance.now();
    const before = asked.length;
    limited = false;
    await clock.waitUntil(() => cards(el).length === 2, 'list after retry-after', { timeout: 3000 });
    const retriedAt = asked[before]!;
    expect(retriedAt - failedAt).to.be.at.least(900);
  });
});

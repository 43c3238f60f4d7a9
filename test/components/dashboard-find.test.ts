import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InvitationRow } from '../../src/api/better-invite/wire.js';
import type { InviteView } from '../../src/state/view-params.js';
import { cardsOf, settled } from '../a11y/a11y-helpers.js';
import { useFakeClock } from '../helpers/fake-clock.js';
import { FakeInviteServer, type SeenRequest } from '../helpers/fake-invite-server.js';
import { DAYS, row } from '../helpers/invitations.js';

/** Noon of a day in March 2026, in the viewer's time zone (the date filters count local days). */
const march = (day: number) => new Date(2026, 2, day, 12).toISOString();
/** What the adapter sends for "created from" a day: its local midnight. */
const startOf = (day: number) => new Date(2026, 2, day).toISOString();
/** What the adapter sends for "created to" a day: the last millisecond of it. */
const endOf = (day: number) => new Date(new Date(2026, 2, day + 1).getTime() - 1).toISOString();

/**
 * Eight invitations: by role, admin ×4 (ada, adam, zed, adrian), user ×3, moderator ×1; by status,
 * 5 pending, 1 used, 1 canceled, 1 expired. "ad" is in five of the addresses.
 */
function rows(): InvitationRow[] {
  return [
    row({ id: 'old', emails: ['old@example.com'], role: 'user', createdAt: march(5), expiresAt: new Date(Date.now() - DAYS).toISOString() }),
    row({ id: 'ada', emails: ['ada@example.com'], role: 'admin', createdAt: march(10) }),
    row({ id: 'adam', emails: ['adam@example.com'], role: 'admin', status: 'used', createdAt: march(12) }),
    row({ id: 'adele', emails: ['adele@example.com'], role: 'user', createdAt: march(14) }),
    row({ id: 'bob', emails: ['bob@example.com'], role: 'user', createdAt: march(16) }),
    row({ id: 'admiral', emails: ['admiral@example.com'], role: 'moderator', status: 'canceled', createdAt: march(18) }),
    row({ id: 'zed', emails: ['zed@example.com'], role: 'admin', createdAt: march(20) }),
    row({ id: 'adrian', emails: ['adrian@example.com'], role: 'admin', createdAt: march(22) }),
  ];
}

const shadow = (el: Element) => el.shadowRoot!;
const part = <T extends HTMLElement = HTMLElement>(el: InviteDashboard, name: string) => shadow(el).querySelector<T>(`[part~="${name}"]`);
const field = <T extends HTMLElement>(el: InviteDashboard, name: string) => part<T>(el, name)!;
const tab = (el: InviteDashboard, filter: string) => shadow(el).querySelector<HTMLButtonElement>(`#tab-${filter}`)!;
const tabCounts = (el: InviteDashboard) => [...shadow(el).querySelectorAll('[part~="tab-count"]')].map((count) => count.textContent!.trim());
const shown = (el: InviteDashboard) => cardsOf(el).map((card) => card.invitation!.id);
const textOf = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Types into the search field as a user does: one input event per keystroke, no pause. */
function type(el: InviteDashboard, text: string): void {
  const search = field<HTMLInputElement>(el, 'search');
  search.value = text;
  search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Types a search and presses Enter, which sends it without waiting for the pause. */
function search(el: InviteDashboard, text: string): void {
  type(el, text);
  field(el, 'search').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
}

/** Picks a value in a select or a date field, as the browser reports it: a change event. */
function pick(el: InviteDashboard, name: 'role-filter' | 'sort' | 'date-from' | 'date-to', value: string): void {
  const input = field<HTMLInputElement | HTMLSelectElement>(el, name);
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The view as the element's attributes say it. */
function attributeView(el: InviteDashboard): InviteView {
  const attr = (name: string) => el.getAttribute(name) ?? '';
  return {
    status: attr('status') as InviteView['status'],
    search: attr('search'),
    roleFilter: attr('role-filter'),
    createdFrom: attr('created-from'),
    createdTo: attr('created-to'),
    sort: attr('sort') as InviteView['sort'],
    page: Number(attr('page')),
    pageSize: Number(attr('page-size')),
  };
}

describe('<invite-dashboard>: finding invitations', () => {
  let server: FakeInviteServer;

  /** A dashboard on `server`, once it shows its first view. */
  async function dashboard(template?: (fetch: typeof globalThis.fetch) => TemplateResult): Promise<InviteDashboard> {
    const el = await fixture<InviteDashboard>(template ? template(server.fetch) : html`<invite-dashboard .fetch=${server.fetch}></invite-dashboard>`);
    await settled(el);
    await quiet(el);
    return el;
  }

  /** Waits until every request is answered and the answers are on screen. */
  async function quiet(el: InviteDashboard): Promise<void> {
    await server.idle();
    await el.updateComplete;
    await Promise.all(cardsOf(el).map((card) => card.updateComplete));
  }

  /** The list and count requests one user action sent, once everything is on screen again. */
  async function requestsOf(el: InviteDashboard, action: () => void): Promise<{ lists: SeenRequest[]; stats: SeenRequest[] }> {
    const before = server.requests.length;
    action();
    await quiet(el);
    const sent = server.requests.slice(before);
    return {
      lists: sent.filter((r) => r.route === 'invite-dashboard/list' || r.route === 'invite/list'),
      stats: sent.filter((r) => r.route === 'invite-dashboard/stats'),
    };
  }

  describe('with the companion plugin', () => {
    beforeEach(() => (server = new FakeInviteServer({ rows: rows(), plugin: true })));

    it('search, role, dates and sort combine with the status tab: each filter is one list and one count request carrying them all', async () => {
      const el = await dashboard();
      // A tab or a sort changes the rows, not the counts: one list request each.
      let sent = await requestsOf(el, () => tab(el, 'pending').click());
      expect([sent.lists.length, sent.stats.length], 'pending tab').to.deep.equal([1, 0]);
      for (const [name, change] of [
        ['role', () => pick(el, 'role-filter', 'admin')],
        ['search', () => search(el, 'ad')],
        ['created from', () => pick(el, 'date-from', '2026-03-09')],
        ['created to', () => pick(el, 'date-to', '2026-03-22')],
      ] as const) {
        sent = await requestsOf(el, change);
        expect([sent.lists.length, sent.stats.length], name).to.deep.equal([1, 1]);
      }
      const filters = { search: 'ad', role: 'admin', createdFrom: startOf(9), createdTo: endOf(22) };
      expect(sent.stats[0]!.params, 'the counts are asked for the filters').to.deep.equal(filters);
      sent = await requestsOf(el, () => pick(el, 'sort', 'oldest'));
      expect([sent.lists.length, sent.stats.length], 'sort').to.deep.equal([1, 0]);
      expect(sent.lists[0]!.params).to.deep.equal({ ...filters, status: 'pending', sortBy: 'createdAt', sortDirection: 'asc', limit: '20' });
      expect(shown(el)).to.deep.equal(['ada', 'adrian']);
      await expect(el).to.be.accessible();
    });

    it('the tab counts follow the filters', async () => {
      const el = await dashboard();
      expect(tabCounts(el)).to.deep.equal(['8', '5', '1', '1', '0', '1']);
      await requestsOf(el, () => pick(el, 'role-filter', 'admin'));
      expect(tabCounts(el)).to.deep.equal(['4', '3', '1', '0', '0', '0']);
      expect(shown(el)).to.deep.equal(['adrian', 'zed', 'adam', 'ada']);
      await requestsOf(el, () => search(el, 'ad'));
      expect(tabCounts(el)).to.deep.equal(['3', '2', '1', '0', '0', '0']);
      await expect(el).to.be.accessible();
    });

    it('a host\'s view attributes are the first view shown, without reading the default one first', async () => {
      const el = await dashboard((fetch) => html`<invite-dashboard status="pending" sort="oldest" .fetch=${fetch}></invite-dashboard>`);
      expect(server.lists().map((r) => r.params)).to.deep.equal([{ status: 'pending', sortBy: 'createdAt', sortDirection: 'asc', limit: '20' }]);
      expect(shown(el)).to.deep.equal(['ada', 'adele', 'bob', 'zed', 'adrian']);
      expect(tab(el, 'pending').getAttribute('aria-selected')).to.equal('true');
      expect(field<HTMLSelectElement>(el, 'sort').value).to.equal('oldest');
      expect(attributeView(el)).to.deep.equal({ status: 'pending', search: '', roleFilter: '', createdFrom: '', createdTo: '', sort: 'oldest', page: 1, pageSize: 20 });
    });

    it('reflects every change of view on its attributes and fires invite-view-changed with the same view', async () => {
      const el = await dashboard((fetch) => html`<invite-dashboard page-size="2" .fetch=${fetch}></invite-dashboard>`);
      const views: InviteView[] = [];
      el.addEventListener('invite-view-changed', (event) => views.push(event.detail.view));
      const steps: [string, () => void, Partial<InviteView>][] = [
        ['pending tab', () => tab(el, 'pending').click(), { status: 'pending' }],
        ['sort', () => pick(el, 'sort', 'oldest'), { sort: 'oldest' }],
        ['role', () => pick(el, 'role-filter', 'admin'), { roleFilter: 'admin' }],
        ['search', () => search(el, 'example'), { search: 'example' }],
        ['created from', () => pick(el, 'date-from', '2026-03-01'), { createdFrom: '2026-03-01' }],
        ['created to', () => pick(el, 'date-to', '2026-03-31'), { createdTo: '2026-03-31' }],
        ['next page', () => part(el, 'next-button')!.click(), { page: 2 }],
      ];
      let expected: InviteView = { status: 'all', search: '', roleFilter: '', createdFrom: '', createdTo: '', sort: 'newest', page: 1, pageSize: 2 };
      for (const [index, [name, action, change]] of steps.entries()) {
        // Every filter starts again at page 1; only paging moves away from it.
        expected = { ...expected, page: 1, ...change };
        await requestsOf(el, action);
        expect(views.length, `${name}: one event`).to.equal(index + 1);
        expect(views[views.length - 1], name).to.deep.equal(expected);
        expect(attributeView(el), `${name}: attributes`).to.deep.equal(expected);
      }
      expect(shown(el)).to.deep.equal(['adrian']);
    });

    it('the event bubbles out of the shadow root to the page', async () => {
      const el = await dashboard();
      const changed = oneEvent(document, 'invite-view-changed');
      tab(el, 'used').click();
      const event = await changed;
      expect(event.composed).to.equal(true);
      expect(event.detail.view).to.include({ status: 'used', page: 1 });
    });
  });

  describe('without the companion plugin', () => {
    beforeEach(() => (server = new FakeInviteServer({ rows: rows(), plugin: false })));

    it('shows exactly the invitations matching search, role and status together, with counts for the filters', async () => {
      const el = await dashboard();
      await requestsOf(el, () => search(el, 'ad'));
      await requestsOf(el, () => pick(el, 'role-filter', 'admin'));
      await requestsOf(el, () => tab(el, 'pending').click());
      expect(shown(el)).to.deep.equal(['adrian', 'ada']);
      expect(tabCounts(el)).to.deep.equal(['3', '2', '1', '0', '0', '0']);
      await requestsOf(el, () => pick(el, 'date-from', '2026-03-11'));
      expect(shown(el)).to.deep.equal(['adrian']);
      // Answered by plain better-invite: the plugin was asked for once, and was not there.
      expect(server.stats()).to.have.length(1);
      expect(server.requests.filter((r) => r.route === 'invite-dashboard/list')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('search as you type', () => {
    beforeEach(() => (server = new FakeInviteServer({ rows: rows(), plugin: true })));
    // Installed once the dashboard has loaded: the typing pause is then fake time.
    const clock = useFakeClock({ manual: true });

    it('typing "a", "ad", "adm" quickly sends one request, for "adm", once typing pauses', async () => {
      const el = await dashboard();
      clock.install();
      const before = server.requests.length;
      type(el, 'a');
      await clock.tick(100);
      type(el, 'ad');
      await clock.tick(100);
      type(el, 'adm');
      await clock.tick(299);
      expect(server.requests.length, 'nothing sent while typing').to.equal(before);
      expect(field<HTMLInputElement>(el, 'search').value).to.equal('adm');
      await clock.tick(1);
      await quiet(el);
      const sent = server.requests.slice(before);
      expect(sent.map((r) => [r.route, r.params.search])).to.deep.equal([
        ['invite-dashboard/list', 'adm'],
        ['invite-dashboard/stats', 'adm'],
      ]);
      expect(shown(el)).to.deep.equal(['admiral']);
      expect(el.getAttribute('search')).to.equal('adm');
    });

    it('typing again while a search is being answered aborts the older request', async () => {
      const el = await dashboard();
      clock.install();
      const release = server.hold();
      type(el, 'ad');
      await clock.tick(300, { waitForRequests: false });
      const older = server.requests.filter((r) => r.params.search === 'ad');
      expect(older.map((r) => r.route)).to.deep.equal(['invite-dashboard/list', 'invite-dashboard/stats']);
      expect(older.some((r) => r.signal!.aborted), 'still in flight').to.equal(false);
      type(el, 'adm');
      await clock.tick(300, { waitForRequests: false });
      expect(older.map((r) => r.signal!.aborted), 'the older list and count requests are aborted').to.deep.equal([true, true]);
      release();
      await quiet(el);
      const newer = server.requests.filter((r) => r.params.search === 'adm');
      expect(newer.map((r) => r.signal!.aborted)).to.deep.equal([false, false]);
      expect(shown(el)).to.deep.equal(['admiral']);
      expect(part(el, 'refresh-error') === null, 'an abort is not an error').to.equal(true);
    });
  });

  describe('the date range', () => {
    beforeEach(() => (server = new FakeInviteServer({ rows: rows(), plugin: true })));

    it('a start after the end marks the field just changed, applies nothing and keeps what was typed; fixing it applies both', async () => {
      const el = await dashboard();
      await requestsOf(el, () => pick(el, 'date-from', '2026-03-15'));
      expect(shown(el)).to.deep.equal(['adrian', 'zed', 'admiral', 'bob']);
      const from = field<HTMLInputElement>(el, 'date-from');
      const to = field<HTMLInputElement>(el, 'date-to');

      let sent = await requestsOf(el, () => pick(el, 'date-to', '2026-03-12'));
      expect(sent.lists.length + sent.stats.length, 'no request').to.equal(0);
      expect(to.getAttribute('aria-invalid')).to.equal('true');
      expect(from.getAttribute('aria-invalid')).to.equal('false');
      const error = shadow(el).getElementById(to.getAttribute('aria-describedby')!);
      expect(textOf(error)).to.equal('The start date is after the end date.');
      expect(error!.getAttribute('role')).to.equal('alert');
      expect([from.value, to.value], 'what was typed stays').to.deep.equal(['2026-03-15', '2026-03-12']);
      expect(el.hasAttribute('created-to') && el.getAttribute('created-to') !== '', 'created-to not applied').to.equal(false);
      expect(shown(el)).to.deep.equal(['adrian', 'zed', 'admiral', 'bob']);
      await expect(el).to.be.accessible();

      sent = await requestsOf(el, () => pick(el, 'date-from', '2026-03-11'));
      expect(sent.lists.map((r) => [r.params.createdFrom, r.params.createdTo])).to.deep.equal([[startOf(11), endOf(12)]]);
      expect([from.getAttribute('aria-invalid'), to.getAttribute('aria-invalid')]).to.deep.equal(['false', 'false']);
      expect(to.hasAttribute('aria-describedby')).to.equal(false);
      expect(textOf(field(el, 'toolbar'))).to.not.contain('The start date is after the end date.');
      expect([el.getAttribute('created-from'), el.getAttribute('created-to')]).to.deep.equal(['2026-03-11', '2026-03-12']);
      expect(shown(el)).to.deep.equal(['adam']);
    });
  });

  describe('clearing filters', () => {
    beforeEach(() => (server = new FakeInviteServer({ rows: rows(), plugin: true })));

    it('"Clear filters" shows only while a filter is set, and resets search, role and dates but not the tab or the sort', async () => {
      const el = await dashboard();
      expect(part(el, 'clear-filters') === null, 'hidden without filters').to.equal(true);
      await requestsOf(el, () => tab(el, 'pending').click());
      await requestsOf(el, () => pick(el, 'sort', 'oldest'));
      expect(part(el, 'clear-filters') === null, 'the tab and the sort are not filters').to.equal(true);
      await requestsOf(el, () => pick(el, 'role-filter', 'admin'));
      expect(part(el, 'clear-filters') === null, 'shown once a filter is set').to.equal(false);
      await requestsOf(el, () => search(el, 'ad'));
      await requestsOf(el, () => pick(el, 'date-from', '2026-03-01'));
      await requestsOf(el, () => pick(el, 'date-to', '2026-03-31'));
      expect(shown(el)).to.deep.equal(['ada', 'adrian']);

      await requestsOf(el, () => field(el, 'clear-filters').click());
      expect(attributeView(el)).to.deep.equal({ status: 'pending', search: '', roleFilter: '', createdFrom: '', createdTo: '', sort: 'oldest', page: 1, pageSize: 20 });
      expect([
        field<HTMLInputElement>(el, 'search').value,
        field<HTMLSelectElement>(el, 'role-filter').value,
        field<HTMLInputElement>(el, 'date-from').value,
        field<HTMLInputElement>(el, 'date-to').value,
        field<HTMLSelectElement>(el, 'sort').value,
      ]).to.deep.equal(['', '', '', '', 'oldest']);
      expect(shown(el)).to.deep.equal(['ada', 'adele', 'bob', 'zed', 'adrian']);
      expect(part(el, 'clear-filters') === null, 'hidden again').to.equal(true);
    });

    it('an empty result names the filters that hide everything, and its "Clear filters" brings the rows back', async () => {
      const el = await dashboard((fetch) => html`<invite-dashboard theme="dark" .fetch=${fetch}></invite-dashboard>`);
      await requestsOf(el, () => tab(el, 'pending').click());
      await requestsOf(el, () => search(el, 'zz'));
      await requestsOf(el, () => pick(el, 'role-filter', 'admin'));
      const empty = field(el, 'empty');
      expect(textOf(empty.querySelector('[part~="state-title"]'))).to.equal('No invitations match');
      expect(textOf(empty.querySelector('[part~="state-body"]'))).to.equal('Nothing matches status pending, the search “zz” and role admin.');
      expect(empty.querySelector('[part~="create-first-button"]') === null, 'not "create your first"').to.equal(true);
      await expect(el).to.be.accessible();

      await requestsOf(el, () => empty.querySelector<HTMLButtonElement>('[part~="clear-filters"]')!.click());
      expect(shown(el)).to.deep.equal(['adrian', 'zed', 'bob', 'adele', 'ada']);
      expect(el.getAttribute('status'), 'the tab stays').to.equal('pending');
      expect(field<HTMLInputElement>(el, 'search').value).to.equal('');
    });
  });

  describe('sync-url', () => {
    let original: string;
    beforeEach(() => {
      server = new FakeInviteServer({ rows: rows(), plugin: true });
      original = location.href;
    });
    afterEach(() => history.replaceState(history.state, '', original));

    /** Puts `params` in the page's URL beside the ones it has, as a reload or a shared link would. */
    function openUrlWith(params: Record<string, string>): void {
      const url = new URL(location.href);
      for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
      history.replaceState(history.state, '', url);
    }

    const pageParams = () => Object.fromEntries(new URL(location.href).searchParams);

    /** Steps through history and waits until the dashboard shows where it landed. */
    async function go(el: InviteDashboard, step: () => void): Promise<void> {
      const popped = oneEvent(window, 'popstate');
      step();
      await popped;
      await quiet(el);
    }

    it('puts the view in the query string, every other parameter of the page untouched', async () => {
      openUrlWith({ tab: '2' });
      const own = pageParams();
      const { pathname, hash } = location;
      const el = await dashboard((fetch) => html`<invite-dashboard sync-url .fetch=${fetch}></invite-dashboard>`);
      expect(pageParams(), 'the default view adds nothing').to.deep.equal(own);
      el.pageSize = 1;
      await quiet(el);
      await requestsOf(el, () => pick(el, 'role-filter', 'admin'));
      expect(pageParams()).to.deep.equal({ ...own, invite_role: 'admin', invite_page_size: '1' });
      await requestsOf(el, () => search(el, 'ad'));
      await requestsOf(el, () => tab(el, 'pending').click());
      await requestsOf(el, () => pick(el, 'date-from', '2026-03-01'));
      await requestsOf(el, () => pick(el, 'date-to', '2026-03-31'));
      await requestsOf(el, () => pick(el, 'sort', 'oldest'));
      await requestsOf(el, () => part(el, 'next-button')!.click());
      expect(pageParams()).to.deep.equal({
        ...own,
        invite_status: 'pending',
        invite_q: 'ad',
        invite_role: 'admin',
        invite_from: '2026-03-01',
        invite_to: '2026-03-31',
        invite_sort: 'oldest',
        invite_page: '2',
        invite_page_size: '1',
      });
      expect([location.pathname, location.hash]).to.deep.equal([pathname, hash]);
      expect(shown(el)).to.deep.equal(['adrian']);
    });

    it("keeps a host's page-size when the URL has none", async () => {
      const el = await dashboard((fetch) => html`<invite-dashboard sync-url page-size="2" .fetch=${fetch}></invite-dashboard>`);
      expect(server.lists().map((r) => r.params.limit), 'the first page asked for').to.deep.equal(['2']);
      expect(el.getAttribute('page-size')).to.equal('2');
      expect(shown(el)).to.have.length(2);
    });

    it('shows the view in the URL when it starts, as after a reload', async () => {
      openUrlWith({ tab: '2', invite_status: 'pending', invite_q: 'ad', invite_role: 'admin', invite_from: '2026-03-11', invite_sort: 'oldest', invite_page_size: '1', invite_page: '1' });
      const el = await dashboard((fetch) => html`<invite-dashboard sync-url .fetch=${fetch}></invite-dashboard>`);
      expect(server.lists().map((r) => r.params), 'one request, for this view').to.deep.equal([
        { search: 'ad', role: 'admin', createdFrom: startOf(11), status: 'pending', sortBy: 'createdAt', sortDirection: 'asc', limit: '1' },
      ]);
      expect(attributeView(el)).to.deep.equal({ status: 'pending', search: 'ad', roleFilter: 'admin', createdFrom: '2026-03-11', createdTo: '', sort: 'oldest', page: 1, pageSize: 1 });
      expect(tab(el, 'pending').getAttribute('aria-selected')).to.equal('true');
      expect([
        field<HTMLInputElement>(el, 'search').value,
        field<HTMLSelectElement>(el, 'role-filter').value,
        field<HTMLInputElement>(el, 'date-from').value,
        field<HTMLSelectElement>(el, 'sort').value,
      ]).to.deep.equal(['ad', 'admin', '2026-03-11', 'oldest']);
      expect(shown(el)).to.deep.equal(['adrian']);
      expect(pageParams().tab).to.equal('2');
    });

    it('back and forward step through the views', async () => {
      const el = await dashboard((fetch) => html`<invite-dashboard sync-url .fetch=${fetch}></invite-dashboard>`);
      await requestsOf(el, () => pick(el, 'role-filter', 'admin'));
      await requestsOf(el, () => tab(el, 'used').click());
      expect(shown(el)).to.deep.equal(['adam']);

      await go(el, () => history.back());
      expect(attributeView(el)).to.include({ status: 'all', roleFilter: 'admin' });
      expect(tab(el, 'all').getAttribute('aria-selected')).to.equal('true');
      expect(shown(el)).to.deep.equal(['adrian', 'zed', 'adam', 'ada']);

      await go(el, () => history.back());
      expect(attributeView(el)).to.include({ status: 'all', roleFilter: '' });
      expect(field<HTMLSelectElement>(el, 'role-filter').value).to.equal('');
      expect(shown(el)).to.have.length(8);

      await go(el, () => history.forward());
      await go(el, () => history.forward());
      expect(attributeView(el)).to.include({ status: 'used', roleFilter: 'admin' });
      expect(shown(el)).to.deep.equal(['adam']);
    });

    it('invalid values in the URL fall back to their defaults, each with a console warning', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        openUrlWith({ invite_status: 'archived', invite_sort: 'sideways', invite_page: '0', invite_page_size: 'many', invite_from: '2026-02-31', invite_role: 'admin' });
        const el = await dashboard((fetch) => html`<invite-dashboard sync-url .fetch=${fetch}></invite-dashboard>`);
        expect(attributeView(el)).to.deep.equal({ status: 'all', search: '', roleFilter: 'admin', createdFrom: '', createdTo: '', sort: 'newest', page: 1, pageSize: 20 });
        expect(shown(el)).to.deep.equal(['adrian', 'zed', 'adam', 'ada']);
        for (const [name, value] of [['status', 'archived'], ['sort', 'sideways'], ['page', '0'], ['pageSize', 'many'], ['createdFrom', '2026-02-31']]) {
          expect(warnings.filter((w) => w.includes(`invite-dashboard: ${name} `) && w.includes(value)), name).to.have.length(1);
        }
      } finally {
        console.warn = warn;
      }
    });
  });
});

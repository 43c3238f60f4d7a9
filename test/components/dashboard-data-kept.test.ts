import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteCard } from '../../src/components/invite-card/invite-card.js';
import type { Invitation, InviteAdapter, InviteStats, ListQuery, StatsQuery } from '../../src/api/types.js';
import { applyListQuery } from '../../src/api/list-query.js';
import { invitationSchema } from '../../src/api/better-invite/wire.js';
import { upgradeAdapter, type LegacyInviteAdapter } from '../../src/api/legacy-adapter.js';
import { FakeBetterInvite } from '../helpers/fake-better-invite.js';
import { row } from '../helpers/invitations.js';
import { useMockServer } from '../helpers/msw.js';
import { capabilities } from '../helpers/capabilities.js';

const shadow = (el: Element) => el.shadowRoot!;
const cards = (el: InviteDashboard) => [...shadow(el).querySelectorAll<InviteCard>('invite-card')];
const part = (el: InviteDashboard, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const tab = (el: InviteDashboard, filter: string) => shadow(el).querySelector<HTMLButtonElement>(`#tab-${filter}`)!;
const tabCounts = (el: InviteDashboard) =>
  [...shadow(el).querySelectorAll('.tab-count')].map((count) => count.textContent!.trim());
const statValues = (el: InviteDashboard) =>
  [...shadow(el).querySelector('invite-stats')!.shadowRoot!.querySelectorAll('[part~="value"]')].map((v) => v.textContent!.trim());

/** 45 pending and 5 used invitations: three pages of 20 on "All". */
function manyRows() {
  return Array.from({ length: 50 }, (_, i) =>
    row({ id: `r${i}`, emails: [`p${i}@example.com`], status: i % 10 === 9 ? 'used' : 'pending', createdAt: new Date(Date.now() - i * 60e3).toISOString() }),
  );
}

async function loadedDashboard() {
  const el = await fixture<InviteDashboard>(html`<invite-dashboard></invite-dashboard>`);
  await waitUntil(() => cards(el).length === 20 && statValues(el).length > 0, 'first page');
  await el.refresh();
  return el;
}

/** What the user sees of the data: the rows, the tab counts and the stat tiles. */
function onScreen(el: InviteDashboard) {
  return { rows: cards(el).map((card) => card.invitation!.id), counts: tabCounts(el), stats: statValues(el) };
}

/** The same rows and counts still on screen, with the refresh error and its Retry above the rows. */
async function expectKeptWithError(el: InviteDashboard, before: ReturnType<typeof onScreen>) {
  await waitUntil(() => part(el, 'refresh-error'), 'a notice says the read failed');
  expect(part(el, 'retry-button'), 'Retry').to.exist;
  expect(part(el, 'error'), 'no full error state').to.not.exist;
  expect(part(el, 'loading'), 'no placeholder').to.not.exist;
  expect(onScreen(el)).to.deep.equal(before);
  await expect(el).to.be.accessible();
}

describe('<invite-dashboard>: what is loaded never vanishes', () => {
  const server = new FakeBetterInvite();
  const worker = useMockServer();
  const down = () => worker.use(http.get('/api/auth/invite/list', () => Response.error()));

  beforeEach(() => {
    server.rows = manyRows();
    server.requests.length = 0;
    worker.use(...server.handlers());
  });

  it('a failed page change keeps the stats, the tab counts and the rows, with a notice and Retry', async () => {
    const el = await loadedDashboard();
    const before = onScreen(el);
    down();
    part(el, 'next-button')!.click();
    await expectKeptWithError(el, before);
    // Retry, once the server is back, shows the page that was asked for.
    worker.resetHandlers(...server.handlers());
    part(el, 'retry-button')!.click();
    await waitUntil(() => cards(el)[0]?.invitation!.id === 'r20', 'page 2 after Retry');
    expect(part(el, 'refresh-error')).to.not.exist;
  });

  it('a failed tab switch keeps the stats, the tab counts and the rows, with a notice and Retry', async () => {
    const el = await loadedDashboard();
    const before = onScreen(el);
    down();
    tab(el, 'used').click();
    await expectKeptWithError(el, before);
  });

  it('a failed refresh keeps the stats, the tab counts and the rows, with a notice and Retry', async () => {
    const el = await loadedDashboard();
    const before = onScreen(el);
    down();
    await el.refresh();
    await expectKeptWithError(el, before);
  });

  it('a tab seen moments ago shows its rows at once, without a placeholder, and reads them again quietly', async () => {
    const el = await loadedDashboard();
    tab(el, 'used').click();
    await waitUntil(() => cards(el).length === 5, 'used tab');
    // Hold the next list answers: only what was read before can be on screen meanwhile.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    worker.use(http.get('/api/auth/invite/list', async () => {
      await held;
      return undefined;
    }));
    const before = server.listRequests().length;
    tab(el, 'all').click();
    await el.updateComplete;
    expect(part(el, 'loading'), 'no placeholder').to.not.exist;
    expect(cards(el).map((card) => card.invitation!.id)).to.deep.equal(manyRows().slice(0, 20).map((r) => r.id));
    release();
    await waitUntil(() => server.listRequests().length > before, 'read again');
  });
});

describe('<invite-dashboard>: counts', () => {
  /** An adapter answering from rows in memory, counting its list and stats calls. */
  function memoryAdapter(all: Invitation[]) {
    const calls = { list: [] as ListQuery[], stats: [] as StatsQuery[], cancel: [] as Invitation[] };
    const adapter: InviteAdapter = {
      capabilities,
      list: async (query) => {
        calls.list.push(query);
        return applyListQuery(all, query);
      },
      stats: async (query): Promise<InviteStats> => {
        calls.stats.push(query);
        const count = (status?: Invitation['status']) => applyListQuery(all, { ...query, status, limit: 0 }).total;
        return { total: count(), pending: count('pending'), used: count('used'), canceled: count('canceled'), rejected: count('rejected'), expired: count('expired') };
      },
      create: async () => ({ message: '' }),
      cancel: async (invitation) => {
        calls.cancel.push(invitation);
      },
    };
    return { adapter, calls };
  }

  it("come from the adapter's stats, and a tab switch or page flip does not read them again", async () => {
    const all = manyRows().map((r) => invitationSchema.parse(r));
    const { adapter, calls } = memoryAdapter(all);
    const el = await fixture<InviteDashboard>(html`<invite-dashboard .adapter=${adapter}></invite-dashboard>`);
    await waitUntil(() => cards(el).length === 20 && statValues(el).length > 0);
    expect(calls.stats).to.have.length(1);
    expect(tabCounts(el)).to.deep.equal(['50', '45', '5', '0', '0', '0']);
    part(el, 'next-button')!.click();
    await waitUntil(() => cards(el)[0]?.invitation!.id === 'r20');
    tab(el, 'used').click();
    await waitUntil(() => cards(el).length === 5);
    expect(calls.stats, 'counts read once').to.have.length(1);
    expect(calls.list.length).to.be.at.least(3);
  });

  it('cancel hands the adapter the whole invitation', async () => {
    const all = manyRows().map((r) => invitationSchema.parse(r));
    const { adapter, calls } = memoryAdapter(all);
    const el = await fixture<InviteDashboard>(html`<invite-dashboard .adapter=${adapter}></invite-dashboard>`);
    await waitUntil(() => cards(el).length === 20);
    const card = cards(el)[0]!;
    card.dispatchEvent(new CustomEvent('invite-cancel', { detail: { invitation: card.invitation }, bubbles: true, composed: true, cancelable: true }));
    await waitUntil(() => calls.cancel.length === 1);
    expect(calls.cancel[0]).to.deep.equal(all[0]);
  });
});

describe('an adapter written for the first interface (no capabilities())', () => {
  /** 0.1's shape: one filter per list call, rows with infinityMaxUses, cancel by token. */
  function legacyAdapter(server: FakeBetterInvite) {
    const canceled: string[] = [];
    const adapter: LegacyInviteAdapter = {
      async list(query) {
        const params = new URLSearchParams({ limit: String(query.limit), offset: String(query.offset ?? 0), sortBy: query.sortBy ?? 'createdAt', sortDirection: query.sortDirection ?? 'desc' });
        const filters = [query.status, query.role, query.createdFrom, query.createdTo, query.expiresFrom].filter((v) => v !== undefined);
        if (filters.length > 1) throw new TypeError('one filter per request');
        if (query.expiresFrom) params.set('filterField', 'expiresAt'), params.set('filterOperator', 'gte'), params.set('filterValue', query.expiresFrom.toISOString());
        if (query.status === 'expired') params.set('filterField', 'expiresAt'), params.set('filterOperator', 'lt'), params.set('filterValue', new Date().toISOString());
        if (query.role) params.set('filterField', 'role'), params.set('filterValue', query.role);
        if (query.search) params.set('searchValue', query.search);
        const page = server.list(params);
        return { total: page.total, invitations: page.invitations.map((r) => {
          const { kind: _kind, unlimited: _unlimited, ...rest } = invitationSchema.parse(r);
          return { ...rest, token: r.token, infinityMaxUses: r.infinityMaxUses ?? false };
        }) };
      },
      create: async () => ({ message: 'ok' }),
      cancel: async (token) => {
        canceled.push(token);
      },
    };
    return { adapter, canceled };
  }

  it('fails loudly, in the widget and once in the console, saying what to change', async () => {
    const { adapter } = legacyAdapter(new FakeBetterInvite(manyRows()));
    const errors: string[] = [];
    const error = console.error;
    console.error = (message: string) => errors.push(String(message));
    try {
      const el = await fixture<InviteDashboard>(html`<invite-dashboard .adapter=${adapter as unknown as InviteAdapter}></invite-dashboard>`);
      await waitUntil(() => part(el, 'error'), 'the error state');
      expect(part(el, 'error')!.textContent).to.contain('capabilities()').and.to.contain('upgradeAdapter()');
      await el.refresh();
    } finally {
      console.error = error;
    }
    expect(errors.filter((e) => e.includes('upgradeAdapter()'))).to.have.length(1);
  });

  it('keeps working through upgradeAdapter(), which warns once with what to change', async () => {
    const server = new FakeBetterInvite(manyRows());
    const { adapter, canceled } = legacyAdapter(server);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(String(message));
    try {
      const el = await fixture<InviteDashboard>(html`<invite-dashboard .adapter=${upgradeAdapter(adapter)}></invite-dashboard>`);
      await waitUntil(() => cards(el).length === 20 && statValues(el).length > 0);
      expect(tabCounts(el)).to.deep.equal(['50', '45', '5', '0', '0', '0']);
      tab(el, 'used').click();
      await waitUntil(() => cards(el).length === 5 && cards(el).every((card) => card.invitation!.status === 'used'));
      const card = cards(el)[0]!;
      expect(card.invitation!.kind).to.equal('private');
      expect(card.invitation, 'no 0.1 wire field in the domain object').not.to.have.property('infinityMaxUses');
      card.dispatchEvent(new CustomEvent('invite-cancel', { detail: { invitation: card.invitation }, bubbles: true, composed: true, cancelable: true }));
      await waitUntil(() => canceled.length === 1);
      expect(canceled[0]).to.equal(card.invitation!.token);
    } finally {
      console.warn = warn;
    }
    const advice = warnings.filter((w) => w.includes('capabilities()'));
    expect(advice).to.have.length(1);
    expect(advice[0]).to.contain('cancel(invitation)');
    expect(upgradeAdapter(adapter)).to.equal(upgradeAdapter(adapter));
  });
});

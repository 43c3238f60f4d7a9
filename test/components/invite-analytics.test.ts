import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/invite-analytics/invite-analytics.js';
import type { InviteAnalytics } from '../../src/components/invite-analytics/invite-analytics.js';
import { InviteApiError } from '../../src/api/errors.js';
import type {
  ActivityQuery, Invitation, InviteActivity, InviteAdapter, InviteCapabilities, InvitePage, ListQuery,
} from '../../src/api/types.js';
import { TEST_CAPABILITIES } from '../helpers/capabilities.js';
import { DAYS, invitation } from '../helpers/invitations.js';
import { declarations, ownRules } from '../helpers/css-audit.js';
import { ContextProvider } from '@lit/context';
import { inviteConfigContext } from '../../src/state/invite-config.js';
import { deferred } from '../helpers/deferred.js';

/** Today and the day `n` days before it, as `YYYY-MM-DD` in `timeZone`, worked out without the code under test. */
function today(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
function daysBefore(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - n * DAYS).toISOString().slice(0, 10);
}

/** An activity answer for the query: `created`/`used` by day index from the end (0 = today). */
function answer(query: ActivityQuery, perDay: Record<number, [number, number]> = {}, extra: Partial<InviteActivity> = {}): InviteActivity {
  const count = Math.round((Date.parse(`${query.to}T00:00:00Z`) - Date.parse(`${query.from}T00:00:00Z`)) / DAYS) + 1;
  const days = Array.from({ length: count }, (_, i) => {
    const [created, used] = perDay[count - 1 - i] ?? [0, 0];
    return { date: daysBefore(query.to, count - 1 - i), created, used };
  });
  return { days, acceptanceRate: 0.425, medianSecondsToFirstUse: 7200, expiringWithin7Days: 3, ...extra };
}

interface FakeOptions {
  capabilities?: Partial<InviteCapabilities>;
  activity?: (query: ActivityQuery, signal?: AbortSignal) => Promise<InviteActivity>;
  list?: (query: ListQuery, signal?: AbortSignal) => Promise<InvitePage>;
}
type Fake = InviteAdapter & { activityCalls: ActivityQuery[]; listCalls: ListQuery[]; signals: AbortSignal[] };

/** A plain-object adapter: activity per day by default (the companion plugin's shape). */
function fakeAdapter(options: FakeOptions = {}): Fake {
  const fake: Fake = {
    activityCalls: [],
    listCalls: [],
    signals: [],
    capabilities: async () => ({ ...TEST_CAPABILITIES, activity: true, ...options.capabilities }),
    list: async (query, signal) => {
      fake.listCalls.push(query);
      return options.list ? options.list(query, signal) : { invitations: [], total: 0 };
    },
    activity: async (query, signal) => {
      fake.activityCalls.push(query);
      fake.signals.push(signal!);
      return options.activity ? options.activity(query, signal) : answer(query, { 0: [2, 1], 3: [4, 2] });
    },
    create: async () => ({ message: '' }),
    cancel: async () => undefined,
  };
  return fake;
}

const root = (el: InviteAnalytics) => el.shadowRoot!;
const part = (el: InviteAnalytics, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const stat = (el: InviteAnalytics, key: string) => text(root(el).querySelector(`[data-stat="${key}"] [part~="stat-value"]`));

async function loaded(el: InviteAnalytics): Promise<InviteAnalytics> {
  await waitUntil(() => part(el, 'base')?.getAttribute('aria-busy') === 'false', 'the panel did not finish loading');
  await el.updateComplete;
  return el;
}

/** Sets `range` and waits for that period to load. */
async function showRange(el: InviteAnalytics, range: number): Promise<void> {
  el.range = range;
  await el.updateComplete;
  await loaded(el);
}

async function mount(adapter: InviteAdapter): Promise<InviteAnalytics> {
  const el = await fixture<InviteAnalytics>(html`<invite-analytics .adapter=${adapter} time-zone="UTC"></invite-analytics>`);
  return loaded(el);
}

/** Each day as a screen reader reads it from the chart (the list beside the SVG). */
const chartDays = (el: InviteAnalytics) => [...root(el).querySelectorAll('[part~="chart"] ol li')].map(text);

describe('<invite-analytics>', () => {
  describe('states', () => {
    it('shows a busy skeleton until the figures arrive', async () => {
      const pending = deferred<InviteActivity>();
      const el = await fixture<InviteAnalytics>(html`<invite-analytics .adapter=${fakeAdapter({ activity: () => pending.promise })}></invite-analytics>`);
      await waitUntil(() => part(el, 'loading'), 'no skeleton');
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(text(part(el, 'loading'))).to.equal('Loading activity…');
      expect(part(el, 'chart') === null).to.equal(true);
      await expect(el).to.be.accessible();
      pending.resolve(answer({ from: today('UTC'), to: today('UTC') }, { 0: [1, 0] }));
      await loaded(el);
      expect(part(el, 'loading') === null).to.equal(true);
    });

    it('shows the acceptance rate, the median time to first use and the expiring count', async () => {
      const el = await mount(fakeAdapter());
      expect(stat(el, 'acceptance')).to.equal('43%');
      expect(stat(el, 'median')).to.equal('2 hr');
      expect(stat(el, 'expiring')).to.equal('3');
      await expect(el).to.be.accessible();
    });

    it('says "No data yet" for figures with nothing to compute them from', async () => {
      const el = await mount(fakeAdapter({ activity: async (q) => answer(q, { 1: [1, 0] }, { acceptanceRate: null, medianSecondsToFirstUse: null }) }));
      expect(stat(el, 'acceptance')).to.equal('No data yet');
      expect(stat(el, 'median')).to.equal('No data yet');
    });

    it('says when nothing was created or used in the period, and draws no chart', async () => {
      const el = await mount(fakeAdapter({ activity: async (q) => answer(q, {}, { acceptanceRate: null, medianSecondsToFirstUse: null, expiringWithin7Days: 0 }) }));
      expect(text(part(el, 'empty'))).to.equal('No invitations were created or used in the last 30 days.');
      expect(part(el, 'chart') === null).to.equal(true);
      expect(part(el, 'table-toggle') === null).to.equal(true);
      expect(part(el, 'show-expiring') === null, 'nothing to show').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows the error with Retry when the first load fails, and the figures after a successful retry', async () => {
      let fail = true;
      const adapter = fakeAdapter({
        activity: async (q) => {
          if (fail) throw new InviteApiError({ kind: 'network', message: 'Could not reach the invitation server.' });
          return answer(q, { 0: [1, 1] });
        },
      });
      const el = await mount(adapter);
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.contain('Could not load the activity');
      expect(text(error)).to.contain('Could not reach the invitation server.');
      await expect(el).to.be.accessible();
      fail = false;
      part(el, 'retry-button')!.click();
      await waitUntil(() => part(el, 'chart'), 'no chart after Retry');
      expect(part(el, 'error') === null).to.equal(true);
      expect(adapter.activityCalls.length).to.equal(2);
    });

    it('keeps the figures on screen when a refresh fails, and says so with Retry', async () => {
      let fail = false;
      const adapter = fakeAdapter({
        activity: async (q) => {
          if (fail) throw new InviteApiError({ kind: 'http', status: 500, message: 'The server answered 500.' });
          return answer(q, { 0: [5, 2] });
        },
      });
      const el = await mount(adapter);
      fail = true;
      await el.refresh();
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.equal('Could not refresh the activity: The server answered 500. Showing what was loaded before. Retry');
      expect(part(el, 'chart') !== null).to.equal(true);
      expect(chartDays(el).at(-1)).to.match(/: 5 created, 2 used$/);
      fail = false;
      part(el, 'retry-button')!.click();
      await waitUntil(() => part(el, 'error') === null, 'the notice stayed after a successful retry');
    });

    it('fires invite-error (operation activity) and invite-unauthorized when the server says the session ended', async () => {
      const refusal = new InviteApiError({ kind: 'unauthorized', status: 401, message: 'Signed out.' });
      const el = document.createElement('invite-analytics');
      el.adapter = fakeAdapter({ activity: async () => Promise.reject(refusal) });
      const error = oneEvent(el, 'invite-error');
      const unauthorized = oneEvent(el, 'invite-unauthorized');
      document.body.append(el);
      try {
        const detail = (await error).detail;
        expect(detail.operation === 'activity' && detail.error === refusal).to.equal(true);
        expect((await unauthorized).composed).to.equal(true);
      } finally {
        el.remove();
      }
    });

    it('uses the adapter of a surrounding dashboard (by context) when it has none of its own', async () => {
      const adapter = fakeAdapter();
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      new ContextProvider(host, { context: inviteConfigContext, initialValue: { adapter, apiBase: '/api/auth', inviteUrl: '' } });
      const el = document.createElement('invite-analytics');
      el.timeZone = 'UTC';
      host.append(el);
      await loaded(el);
      expect(adapter.activityCalls.length).to.equal(1);
      expect(chartDays(el).length).to.equal(30);
    });
  });

  describe('ranges and time zones', () => {
    it('asks for the last 30 days up to today in the viewer zone by default', async () => {
      const adapter = fakeAdapter();
      const el = await loaded(await fixture<InviteAnalytics>(html`<invite-analytics .adapter=${adapter}></invite-analytics>`));
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      expect(adapter.activityCalls).to.deep.equal([{ from: daysBefore(today(zone), 29), to: today(zone), timeZone: zone }]);
      expect(el.range).to.equal(30);
      expect((part(el, 'range') as HTMLSelectElement).value).to.equal('30');
      expect(chartDays(el).length).to.equal(30);
    });

    for (const range of [7, 30, 90]) {
      it(`asks for ${range} days in the given zone (Asia/Tokyo) and draws one group per day`, async () => {
        const adapter = fakeAdapter();
        const el = await loaded(
          await fixture<InviteAnalytics>(html`<invite-analytics .adapter=${adapter} range=${range} time-zone="Asia/Tokyo"></invite-analytics>`),
        );
        const to = today('Asia/Tokyo');
        expect(adapter.activityCalls).to.deep.equal([{ from: daysBefore(to, range - 1), to, timeZone: 'Asia/Tokyo' }]);
        expect(chartDays(el).length).to.equal(range);
        expect(root(el).querySelectorAll('svg .day').length).to.equal(range);
        const labels = root(el).querySelectorAll('svg .day text').length;
        expect(labels, 'axis labels are sparse enough to read').to.be.within(1, Math.min(range, 10));
      });
    }

    it('the period select sets range, reads that period and fires invite-range-changed', async () => {
      const adapter = fakeAdapter();
      const el = await mount(adapter);
      const select = part(el, 'range') as HTMLSelectElement;
      expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(['Last 7 days', 'Last 30 days', 'Last 90 days']);
      select.value = '7';
      const changed = oneEvent(el, 'invite-range-changed');
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const event = await changed;
      expect(event.detail).to.deep.equal({ range: 7 });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      await loaded(el);
      expect(el.range).to.equal(7);
      expect(el.getAttribute('range')).to.equal('7');
      expect(adapter.activityCalls.at(-1)!.from).to.equal(daysBefore(today('UTC'), 6));
      expect(chartDays(el).length).to.equal(7);
    });

    it('aborts the read of a period left before it answered', async () => {
      const first = deferred<InviteActivity>();
      const adapter = fakeAdapter({ activity: (q) => (q.from === daysBefore(q.to, 29) ? first.promise : Promise.resolve(answer(q, { 0: [1, 0] }))) });
      const el = await fixture<InviteAnalytics>(html`<invite-analytics .adapter=${adapter} time-zone="UTC"></invite-analytics>`);
      await waitUntil(() => adapter.activityCalls.length === 1, 'no first read');
      await showRange(el, 90);
      expect(adapter.signals[0]!.aborted).to.equal(true);
      expect(chartDays(el).length).to.equal(90);
    });

    it('shows 30 days and warns for a range it does not offer', async () => {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => warnings.push(message);
      try {
        const adapter = fakeAdapter();
        await mount(adapter).then(async (el) => {
          el.range = 14;
          await el.updateComplete;
        });
        expect(warnings.some((w) => w.includes('range="14"'))).to.equal(true);
        expect(adapter.activityCalls.length, 'still the same 30 days: no second read').to.equal(1);
      } finally {
        console.warn = warn;
      }
    });

    it('reads activity through the default adapter with api-base and fetch (the companion plugin)', async () => {
      const urls: URL[] = [];
      const fetchStub = async (input: RequestInfo | URL) => {
        const url = new URL(String(input instanceof Request ? input.url : input), location.href);
        urls.push(url);
        if (url.pathname.endsWith('/invite-dashboard/stats')) {
          return Response.json({ total: 0, pending: 0, used: 0, canceled: 0, rejected: 0, expired: 0, uses: 0 });
        }
        const q = Object.fromEntries(url.searchParams) as unknown as ActivityQuery;
        return Response.json(answer(q, { 0: [3, 1] }));
      };
      const el = await loaded(
        await fixture<InviteAnalytics>(html`<invite-analytics api-base="/custom/auth" .fetch=${fetchStub} range="7" time-zone="America/Los_Angeles"></invite-analytics>`),
      );
      const activity = urls.find((url) => url.pathname === '/custom/auth/invite-dashboard/activity')!;
      const to = today('America/Los_Angeles');
      expect(Object.fromEntries(activity.searchParams)).to.deep.equal({ from: daysBefore(to, 6), to, timeZone: 'America/Los_Angeles' });
      expect(chartDays(el).at(-1)).to.match(/: 3 created, 1 used$/);
    });
  });

  describe('without activity (plain better-invite)', () => {
    it('counts created per day and the status mix in the browser, and says uses need the companion plugin', async () => {
      const now = Date.now();
      const rows: Invitation[] = [
        invitation({ createdAt: new Date(now - 60e3).toISOString() }),
        invitation({ createdAt: new Date(now - 120e3).toISOString(), status: 'used' }),
        invitation({ createdAt: new Date(now - 2 * DAYS).toISOString(), status: 'canceled' }),
        invitation({ createdAt: new Date(now - 2 * DAYS).toISOString(), expiresAt: new Date(now + 30 * DAYS).toISOString() }),
      ];
      const adapter = fakeAdapter({
        capabilities: { activity: false },
        activity: () => Promise.reject(new Error('must not be called')),
        list: async (query) => (query.status === 'pending' ? { invitations: rows.filter((r) => r.status === 'pending'), total: 2 } : { invitations: rows, total: rows.length }),
      });
      const el = await mount(adapter);
      await showRange(el, 7);

      expect(adapter.activityCalls.length).to.equal(0);
      const createdRead = adapter.listCalls.filter((q) => q.createdFrom).at(-1)!;
      expect(createdRead.limit).to.equal(2000);
      expect(createdRead.createdFrom!.toISOString()).to.equal(`${daysBefore(today('UTC'), 6)}T00:00:00.000Z`);

      const counts = chartDays(el).map((day) => Number(/: (\d+) created$/.exec(day)![1]));
      const expected = [0, 0, 0, 0, 0, 0, 0];
      for (const row of rows) expected[6 - Math.round((Date.parse(`${today('UTC')}T00:00:00Z`) - Date.parse(row.createdAt.toISOString().slice(0, 10) + 'T00:00:00Z')) / DAYS)]! += 1;
      expect(counts).to.deep.equal(expected);
      expect(root(el).querySelectorAll('svg .bar--used, svg .stem').length, 'no guessed use bars').to.equal(0);
      expect(root(el).querySelector('[part~="legend"]')!.textContent!.trim()).to.equal('Created');

      const mix = Object.fromEntries([...root(el).querySelectorAll<HTMLElement>('[part~="status-mix"] [data-status]')].map((li) => [li.dataset.status, text(li)]));
      expect(mix).to.deep.equal({ pending: 'Pending 2', used: 'Used 1', canceled: 'Canceled 1', rejected: 'Rejected 0', expired: 'Expired 0' });
      expect(text(part(el, 'note'))).to.contain('need the companion plugin (invite-dashboard/server)');
      expect(text(part(el, 'note'))).to.contain('at most 2,000');
      expect(stat(el, 'expiring'), 'one of the two pending expires within 7 days').to.equal('1');
      expect(root(el).querySelector('[data-stat="acceptance"]') === null, 'no acceptance rate without use times').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('past 2,000 invitations in the period says it needs the companion plugin instead of counting part of them', async () => {
      const adapter = fakeAdapter({
        capabilities: { activity: false },
        list: async (query) => ({ invitations: query.createdFrom ? [invitation()] : [], total: query.createdFrom ? 2500 : 0 }),
      });
      const el = await mount(adapter);
      expect(text(part(el, 'note'))).to.equal(
        '2,500 invitations were created in this period, more than the 2,000 this browser counts without the companion plugin. ' +
          'Add the companion plugin (invite-dashboard/server) to the server to see them.',
      );
      expect(part(el, 'chart') === null).to.equal(true);
      expect(part(el, 'summary') === null).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    it('names the chart and describes it with the totals', async () => {
      const el = await mount(fakeAdapter());
      const svg = root(el).querySelector('[part~="chart"] svg')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-labelledby')).to.equal('chart-title chart-desc');
      expect(text(svg.querySelector('title'))).to.match(/^Invitations created and used per day, .+ to .+$/);
      expect(text(svg.querySelector('desc'))).to.equal('6 created, 3 uses in total.');
      expect(chartDays(el).at(-1)).to.match(/^\w{3}, \w{3} \d{1,2}, \d{4}: 2 created, 1 used$/);
      expect(text(root(el).querySelector('[part~="legend"]'))).to.equal('Created Used');
    });

    it('"Show as table" shows a table with the same numbers as the chart, and back', async () => {
      const el = await mount(fakeAdapter({ activity: async (q) => answer(q, { 0: [2, 1], 1: [0, 3], 6: [7, 0] }) }));
      await showRange(el, 7);
      const fromChart = chartDays(el);
      const chartTitle = text(root(el).querySelector('#chart-title'));
      const toggle = part(el, 'table-toggle')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      const table = part(el, 'table') as HTMLTableElement;
      expect(part(el, 'chart') === null).to.equal(true);
      expect(text(table.caption)).to.equal(chartTitle);
      expect([...table.tHead!.rows[0]!.cells].map((c) => `${c.tagName} ${c.getAttribute('scope')} ${text(c)}`)).to.deep.equal([
        'TH col Date',
        'TH col Created',
        'TH col Used',
      ]);
      const fromTable = [...table.tBodies[0]!.rows].map((row) => {
        const [date, created, used] = [...row.cells].map(text);
        expect(row.cells[0]!.getAttribute('scope')).to.equal('row');
        return `${date}: ${created} created, ${used} used`;
      });
      expect(fromTable).to.deep.equal(fromChart);
      expect([...table.tFoot!.rows[0]!.cells].map(text)).to.deep.equal(['Total', '9', '4']);
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(part(el, 'table') === null && part(el, 'chart') !== null).to.equal(true);
    });

    it('passes axe in dark mode too, with the chart and with the table', async () => {
      const el = await loaded(
        await fixture<InviteAnalytics>(html`<invite-analytics theme="dark" time-zone="UTC" .adapter=${fakeAdapter()}></invite-analytics>`),
      );
      const bar = root(el).querySelector('.hatch-line')!;
      expect(getComputedStyle(bar).stroke, 'dark hatching is the dark used-status text').to.equal('rgb(187, 247, 208)');
      await expect(el).to.be.accessible();
      part(el, 'table-toggle')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('tells created from used by more than colour: used bars are hatched and outlined, or a stem with a dot when thin', async () => {
      const el = await mount(fakeAdapter());
      await showRange(el, 7);
      expect(root(el).querySelectorAll('[part~="chart"] .bar--used').length).to.equal(2);
      expect(getComputedStyle(root(el).querySelector('[part~="chart"] .bar--used')!).fill).to.match(/url\(.*#hatch/);
      el.style.inlineSize = '300px';
      await showRange(el, 90);
      await waitUntil(() => root(el).querySelectorAll('[part~="chart"] .stem').length === 2, 'no stems on thin bars');
      expect(root(el).querySelectorAll('[part~="legend"] .stem').length).to.equal(1);
    });

    it('takes every colour and length of its own rules from tokens', async () => {
      const { InviteAnalytics } = await import('../../src/components/invite-analytics/invite-analytics.js');
      const COLOR = /#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|oklch|color-mix)\(|\b(white|black|red|blue|green|gray|grey)\b/i;
      for (const { property, value } of declarations(ownRules(InviteAnalytics.elementStyles))) {
        if (property.startsWith('--')) continue;
        expect(value.replace(/var\([^)]*\)/g, ''), `${property}: ${value}`).not.to.match(COLOR);
        if (/^(padding|margin|gap|border-radius|font-size)/.test(property)) {
          expect(value.replace(/var\((?:[^()]|\([^()]*\))*\)/g, ''), `${property}: ${value}`).not.to.match(/\d*\.?\d+(px|rem|em)\b/);
        }
      }
    });
  });

  describe('events', () => {
    it('"Show them" fires invite-show-expiring, bubbling out of the shadow root', async () => {
      const el = await mount(fakeAdapter());
      const button = part(el, 'show-expiring')!;
      expect(text(button)).to.equal('Show them');
      expect(button.getAttribute('aria-describedby')).to.equal('stat-expiring');
      setTimeout(() => button.click());
      const event = await oneEvent(document, 'invite-show-expiring');
      expect(event.detail).to.deep.equal({ count: 3 });
      expect(event.bubbles && event.composed).to.equal(true);
    });
  });
});

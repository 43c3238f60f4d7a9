import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/invite-history/invite-history.js';
import { InviteHistory } from '../../src/components/invite-history/invite-history.js';
import { InviteApiError, featureNeedsCompanion } from '../../src/api/errors.js';
import type { Invitation, InviteAdapter, InviteCapabilities, InviteUse } from '../../src/api/types.js';
import { esStrings } from '../../src/i18n/es.js';
import { defaultStrings } from '../../src/i18n/strings.js';
import { TEST_CAPABILITIES } from '../helpers/capabilities.js';
import { declarations, ownRules, propertiesRead } from '../helpers/css-audit.js';
import { invitation, publicInvitation } from '../helpers/invitations.js';
import { deferred } from '../helpers/deferred.js';

const MINUTE = 60e3;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

interface UsesCall {
  invitation: Invitation;
  signal?: AbortSignal;
  answer: ReturnType<typeof deferred<InviteUse[]>>;
}

/**
 * A plain adapter whose `uses()` waits until the test settles it: `calls[n]` is the n-th request.
 * With `uses: false` it says the backend keeps no history; with `withoutUses` it has no `uses()` at all.
 */
function fakeAdapter(options: { uses?: boolean; withoutUses?: boolean } = {}) {
  const calls: UsesCall[] = [];
  const refused = () => Promise.reject(new Error('the history only reads uses'));
  const capabilities = async (): Promise<InviteCapabilities> => ({ ...TEST_CAPABILITIES, uses: options.uses ?? true });
  const adapter: InviteAdapter = { capabilities, list: refused, create: refused, cancel: refused };
  if (!options.withoutUses) {
    adapter.uses = (invitation, signal) => {
      const answer = deferred<InviteUse[]>();
      calls.push({ invitation, signal, answer });
      return answer.promise;
    };
  }
  return { adapter, calls };
}

const use = (agoMs: number, user: InviteUse['user']): InviteUse => ({ usedAt: new Date(Date.now() - agoMs), user });
const ada = { id: 'u1', name: 'Ada Lovelace', email: 'ada@example.org' };
const grace = { id: 'u2', name: 'Grace Hopper', email: 'grace@example.org' };
const alan = { id: 'u3', name: 'Alan Turing', email: 'alan@example.org' };
/** Three uses in the order a careless backend might send them: not newest first. */
const threeUses = () => [use(3 * HOUR, grace), use(5 * MINUTE, ada), use(2 * DAY, alan)];

const root = (el: InviteHistory) => el.shadowRoot!;
const part = (el: InviteHistory, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const dialogOf = (el: InviteHistory) => root(el).querySelector('dialog')!;
const focused = (el: InviteHistory) => root(el).activeElement as HTMLElement | null;
const rows = (el: InviteHistory) => [...root(el).querySelectorAll<HTMLLIElement>('[part~="use"]')];

async function openHistory(adapter: InviteAdapter, invite = invitation({ maxUses: 5 }), template = html`<invite-history></invite-history>`) {
  const el = await fixture<InviteHistory>(template);
  el.adapter = adapter;
  await el.show(invite);
  return el;
}

/** Waits until the drawer left its loading state. */
async function settled(el: InviteHistory) {
  await waitUntil(() => !part(el, 'loading'), 'the history never settled');
  await el.updateComplete;
}

async function answered(el: InviteHistory, call: UsesCall | undefined, uses: InviteUse[]) {
  await waitUntil(() => call ?? false, 'uses() was not called');
  call!.answer.resolve(uses);
  await settled(el);
}

describe('<invite-history>', () => {
  // Animations off: axe would measure colours half-way through the drawer sliding in.
  before(() => document.documentElement.style.setProperty('--invite-duration', '0ms'));
  after(() => document.documentElement.style.removeProperty('--invite-duration'));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  describe('states', () => {
    it('lists who used it, newest first, with name, email, relative and absolute time', async () => {
      const { adapter, calls } = fakeAdapter();
      const invite = invitation({ maxUses: 5, role: 'admin', emails: ['team@example.org'] });
      const el = await openHistory(adapter, invite);
      await answered(el, calls[0], threeUses());

      expect(calls[0]!.invitation).to.equal(invite);
      expect(text(part(el, 'title'))).to.equal('Who used this invitation');
      expect(text(part(el, 'summary'))).to.equal('team@example.org Role admin');
      expect(text(part(el, 'count'))).to.equal('3 of 5 used');
      expect(part(el, 'list')!.localName).to.equal('ol');
      expect(rows(el).map((row) => text(row.querySelector('[part~="name"]')))).to.deep.equal(['Ada Lovelace', 'Grace Hopper', 'Alan Turing']);
      expect(rows(el).map((row) => text(row.querySelector('[part~="email"]')))).to.deep.equal(['ada@example.org', 'grace@example.org', 'alan@example.org']);
      const times = rows(el).map((row) => row.querySelector('time')!);
      expect(times.map((time) => text(time.querySelector('.relative')))).to.deep.equal(['5 minutes ago', '3 hours ago', '2 days ago']);
      const newest = new Date(times[0]!.dateTime);
      expect(Math.abs(newest.getTime() - (Date.now() - 5 * MINUTE))).to.be.below(5000);
      const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(newest);
      expect(text(times[0]!.querySelector('.absolute'))).to.equal(absolute);
    });

    it('shows a deleted user as “Deleted user”, without an email', async () => {
      const { adapter, calls } = fakeAdapter();
      const el = await openHistory(adapter);
      await answered(el, calls[0], [use(HOUR, null), use(2 * HOUR, ada)]);
      const [deleted] = rows(el);
      expect(text(deleted!.querySelector('[part~="name"]'))).to.equal('Deleted user');
      expect(deleted!.querySelector('[part~="email"]')).to.equal(null);
      expect(text(deleted!.querySelector('.relative'))).to.equal('1 hour ago');
    });

    it('names a public link “Public invite” and counts the uses of an unlimited one', async () => {
      const { adapter, calls } = fakeAdapter();
      const el = await openHistory(adapter, publicInvitation({ infinityMaxUses: true, role: 'member' }));
      await answered(el, calls[0], threeUses());
      expect(text(part(el, 'summary'))).to.equal('Public invite Role member');
      expect(text(part(el, 'count'))).to.equal('3 uses');
    });

    it('says it is loading, politely and busy, until the answer comes', async () => {
      const { adapter, calls } = fakeAdapter();
      const el = await openHistory(adapter);
      await waitUntil(() => calls[0], 'uses() was not called');
      const status = root(el).querySelector('[role="status"]')!;
      expect(text(status)).to.contain(defaultStrings.historyLoading);
      expect(root(el).querySelector('.content')!.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      calls[0]!.answer.resolve([use(HOUR, ada)]);
      await settled(el);
      expect(root(el).querySelector('.content')!.getAttribute('aria-busy')).to.equal('false');
      expect(text(status)).to.equal('1 of 5 used');
    });

    it('says nobody has used it yet when the list is empty', async () => {
      const { adapter, calls } = fakeAdapter();
      const el = await openHistory(adapter);
      await answered(el, calls[0], []);
      expect(text(part(el, 'empty'))).to.equal('Nobody has used it yet.');
      expect(text(part(el, 'count'))).to.equal('0 of 5 used');
      expect(part(el, 'list')).to.equal(null);
    });

    it('shows the server’s refusal with Retry, and Retry asks again', async () => {
      const { adapter, calls } = fakeAdapter();
      const el = await openHistory(adapter);
      await waitUntil(() => calls[0], 'uses() was not called');
      calls[0]!.answer.reject(new InviteApiError({ kind: 'http', status: 500, message: 'The server failed (500).' }));
      await waitUntil(() => part(el, 'error'), 'no error shown');
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(text(part(el, 'error'))).to.contain('Could not load who used this invitation');
      expect(text(part(el, 'error'))).to.contain('The server failed (500).');

      part(el, 'retry-button')!.click();
      await waitUntil(() => calls[1], 'Retry did not ask again');
      expect(part(el, 'error')).to.equal(null);
      expect(focused(el)?.id, 'focus waits on the status line').to.equal('status');
      await answered(el, calls[1], [use(HOUR, ada)]);
      expect(rows(el).length).to.equal(1);
    });

    it('puts focus on Retry again when the retry fails too', async () => {
      const { adapter, calls } = fakeAdapter();
      const el = await openHistory(adapter);
      await waitUntil(() => calls[0], 'uses() was not called');
      calls[0]!.answer.reject(new InviteApiError({ kind: 'network', message: 'The server could not be reached.' }));
      await waitUntil(() => part(el, 'retry-button'), 'no Retry');
      part(el, 'retry-button')!.focus();
      part(el, 'retry-button')!.click();
      await waitUntil(() => calls[1], 'Retry did not ask again');
      calls[1]!.answer.reject(new InviteApiError({ kind: 'network', message: 'The server could not be reached.' }));
      await waitUntil(() => focused(el)?.matches('[part~="retry-button"]') ?? false, 'focus did not move to Retry');
    });

    it('fires invite-unauthorized when the server says the user is signed out', async () => {
      const { adapter, calls } = fakeAdapter();
      const el = await openHistory(adapter);
      let fired = 0;
      el.addEventListener('invite-unauthorized', () => (fired += 1));
      await waitUntil(() => calls[0], 'uses() was not called');
      calls[0]!.answer.reject(new InviteApiError({ kind: 'unauthorized', status: 401, message: 'Sign in again.' }));
      await waitUntil(() => part(el, 'error'), 'no error shown');
      expect(fired).to.equal(1);
    });

    it('reports a failed read as invite-error with the operation "uses"', async () => {
      const { adapter, calls } = fakeAdapter();
      const el = await openHistory(adapter);
      const reported: CustomEvent[] = [];
      el.addEventListener('invite-error', (event) => reported.push(event as CustomEvent));
      await waitUntil(() => calls[0], 'uses() was not called');
      calls[0]!.answer.reject(new InviteApiError({ kind: 'network', message: 'The server could not be reached.' }));
      await waitUntil(() => part(el, 'error'), 'no error shown');
      expect(reported.map((event) => event.detail.operation)).to.deep.equal(['uses']);
    });

    it('says usage history needs the companion plugin when the backend keeps none', async () => {
      for (const options of [{ uses: false }, { withoutUses: true }]) {
        const { adapter, calls } = fakeAdapter(options);
        const el = await openHistory(adapter);
        await waitUntil(() => part(el, 'unavailable'), 'no “not available” message');
        expect(text(part(el, 'unavailable'))).to.contain('companion plugin');
        expect(calls.length, 'uses() is not asked').to.equal(0);
        expect(part(el, 'count')).to.equal(null);
        expect(part(el, 'error')).to.equal(null);
      }
    });

    it('says the same when uses() is refused as needing the companion plugin', async () => {
      const { adapter, calls } = fakeAdapter();
      const el = await openHistory(adapter);
      await waitUntil(() => calls[0], 'uses() was not called');
      calls[0]!.answer.reject(featureNeedsCompanion('who used an invitation'));
      await waitUntil(() => part(el, 'unavailable'), 'no “not available” message');
      expect(part(el, 'error')).to.equal(null);
    });

    it('speaks Spanish with esStrings', async () => {
      const { adapter, calls } = fakeAdapter();
      const el = await openHistory(adapter, invitation({ maxUses: 5 }), html`<invite-history locale="es" .strings=${esStrings}></invite-history>`);
      await answered(el, calls[0], [use(HOUR, null), use(3 * HOUR, ada)]);
      expect(text(part(el, 'title'))).to.equal('Quién usó esta invitación');
      expect(text(part(el, 'count'))).to.equal(esStrings.usesOf('2', '5'));
      expect(text(rows(el)[0]!.querySelector('[part~="name"]'))).to.equal('Usuario eliminado');
      expect(text(rows(el)[1]!.querySelector('.relative'))).to.equal('hace 3 horas');
    });
  });

  describe('requests', () => {
    it('asks nothing while closed, asks again on every opening, and aborts a request when closed', async () => {
      const { adapter, calls } = fakeAdapter();
      const el = await fixture<InviteHistory>(html`<invite-history></invite-history>`);
      el.adapter = adapter;
      el.invitation = invitation();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(calls.length).to.equal(0);

      await el.show();
      await waitUntil(() => calls[0], 'opening did not ask');
      await el.close();
      expect(calls[0]!.signal?.aborted, 'closing aborts the pending request').to.equal(true);

      await el.show();
      await answered(el, calls[1], [use(HOUR, ada)]);
      await el.close();
      await el.show();
      await waitUntil(() => calls[2], 'reopening did not ask again');
      expect(calls.length).to.equal(3);
    });

    it('asks again for another invitation while open', async () => {
      const { adapter, calls } = fakeAdapter();
      const el = await openHistory(adapter);
      await answered(el, calls[0], [use(HOUR, ada)]);
      const other = invitation();
      el.invitation = other;
      await waitUntil(() => calls[1], 'another invitation did not ask');
      expect(calls[1]!.invitation).to.equal(other);
    });

    it('works on its own with api-base and fetch, against the companion plugin', async () => {
      const asked: string[] = [];
      const fetchDouble: typeof fetch = async (input) => {
        const url = new URL(String(input instanceof Request ? input.url : input), location.href);
        asked.push(url.pathname + url.search);
        const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
        if (url.pathname.endsWith('/invite-dashboard/stats')) return json({ total: 1, pending: 0, used: 1, canceled: 0, rejected: 0, expired: 0, uses: 2 });
        if (url.pathname.endsWith('/invite-dashboard/uses')) {
          return json({ uses: [{ usedAt: new Date(Date.now() - DAY).toISOString(), user: null }, { usedAt: new Date(Date.now() - HOUR).toISOString(), user: ada }] });
        }
        return json({ message: 'Not found' }, 404);
      };
      const el = await fixture<InviteHistory>(html`<invite-history api-base="https://auth.example.org/api/auth" .fetch=${fetchDouble}></invite-history>`);
      const invite = invitation({ id: 'inv-42' });
      await el.show(invite);
      await waitUntil(() => rows(el).length === 2, 'no uses listed');
      expect(asked).to.include('/api/auth/invite-dashboard/uses?id=inv-42');
      expect(rows(el).map((row) => text(row.querySelector('[part~="name"]')))).to.deep.equal(['Ada Lovelace', 'Deleted user']);
    });

    it('says it is not available against plain better-invite (no companion plugin)', async () => {
      const fetchDouble: typeof fetch = async () => new Response(JSON.stringify({ message: 'Not found' }), { status: 404, headers: { 'content-type': 'application/json' } });
      const el = await fixture<InviteHistory>(html`<invite-history api-base="https://plain.example.org/api/auth" .fetch=${fetchDouble}></invite-history>`);
      await el.show(invitation());
      await waitUntil(() => part(el, 'unavailable'), 'no “not available” message');
    });
  });

  describe('keyboard and focus', () => {
    it('opens as a modal drawer with show(), focus on its close button', async () => {
      const { adapter } = fakeAdapter();
      const el = await fixture<InviteHistory>(html`<invite-history></invite-history>`);
      el.adapter = adapter;
      const shown = el.show(invitation());
      expect(shown).to.be.instanceOf(Promise);
      await shown;
      expect(el.open).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(true);
      expect(dialogOf(el).matches(':modal')).to.equal(true);
      expect(focused(el)?.matches('[part~="close-button"]')).to.equal(true);
      expect(part(el, 'close-button')!.getAttribute('aria-label')).to.equal('Close');
    });

    it('keeps Tab inside, closes on Escape and gives focus back to the opener', async () => {
      const { adapter, calls } = fakeAdapter();
      const invite = invitation();
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="opener" @click=${() => wrapper.querySelector('invite-history')!.show(invite)}>Who used it</button>
        <invite-history .adapter=${adapter}></invite-history>
      </div>`);
      const el = wrapper.querySelector('invite-history')!;
      const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
      opener.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialogOf(el).open, 'the button did not open the drawer');
      await answered(el, calls[0], threeUses());
      expect(focused(el)?.matches('[part~="close-button"]'), 'focus moved in on opening').to.equal(true);

      const visited: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        await sendKeys({ press: 'Tab' });
        visited.push(focused(el)?.getAttribute('part') ?? 'outside');
      }
      expect(visited).to.deep.equal(['button done-button', 'button close-button', 'button done-button', 'button close-button']);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused(el)?.getAttribute('part')).to.equal('button done-button');

      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !el.open, 'Escape did not close the drawer');
      expect(dialogOf(el).open).to.equal(false);
      expect(document.activeElement === opener, 'focus is back on the opener').to.equal(true);
    });

    it('closes with × and with Close, focus back on the opener each time', async () => {
      const { adapter } = fakeAdapter({ uses: false });
      const wrapper = await fixture<HTMLDivElement>(html`<div><button id="opener">Who used it</button><invite-history .adapter=${adapter}></invite-history></div>`);
      const el = wrapper.querySelector('invite-history')!;
      const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
      for (const name of ['close-button', 'done-button']) {
        opener.focus();
        await el.show(invitation());
        part(el, name)!.click();
        await waitUntil(() => !el.open, `${name} did not close the drawer`);
        await el.updateComplete;
        expect(dialogOf(el).open, name).to.equal(false);
        expect(document.activeElement === opener, `focus back after ${name}`).to.equal(true);
      }
    });

    it('close() resolves once closed with focus back on the opener', async () => {
      const { adapter } = fakeAdapter({ uses: false });
      const wrapper = await fixture<HTMLDivElement>(html`<div><button id="opener">Who used it</button><invite-history .adapter=${adapter}></invite-history></div>`);
      const el = wrapper.querySelector('invite-history')!;
      const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
      opener.focus();
      await el.show(invitation());
      await el.close();
      expect(el.open).to.equal(false);
      expect(document.activeElement === opener).to.equal(true);
    });
  });

  describe('look', () => {
    it('is a drawer on the inline-end edge, full height, full width on a narrow screen, over a see-through backdrop', async () => {
      await setViewport({ width: 1280, height: 800 });
      const { adapter } = fakeAdapter({ uses: false });
      const el = await openHistory(adapter);
      const box = dialogOf(el).getBoundingClientRect();
      expect(Math.round(box.right)).to.equal(1280);
      expect(Math.round(box.top)).to.equal(0);
      expect(Math.round(box.height)).to.equal(800);
      expect(box.width).to.be.within(400, 460);
      const backdrop = getComputedStyle(dialogOf(el), '::backdrop').backgroundColor;
      const alpha = Number(/^rgba\((?:[^,]+,){3}\s*([\d.]+)\)$/.exec(backdrop)?.[1] ?? 1);
      expect(alpha, backdrop).to.be.below(1);

      await setViewport({ width: 360, height: 640 });
      expect(Math.round(dialogOf(el).getBoundingClientRect().width)).to.equal(360);
    });

    it('puts the drawer on the left in right-to-left pages', async () => {
      await setViewport({ width: 1000, height: 700 });
      const { adapter } = fakeAdapter({ uses: false });
      const el = await openHistory(adapter, invitation(), html`<invite-history dir="rtl"></invite-history>`);
      expect(Math.round(dialogOf(el).getBoundingClientRect().left)).to.equal(0);
    });

    it('reads every colour, length and motion from tokens, with logical properties only', () => {
      const rules = ownRules(InviteHistory.elementStyles);
      const COLOR_LITERAL = /#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|oklch|oklab|lab|lch|color-mix)\(|\b(white|black|red|blue|green|gray|grey)\b/i;
      const TOKENISED = /^(font(-size|-weight|-family)?|border(-[a-z-]+)?-radius|padding(-[a-z-]+)?|margin(-[a-z-]+)?|gap|row-gap|column-gap|box-shadow|transition(-duration)?|animation(-duration)?|outline-offset)$/;
      const withoutVars = (value: string) => value.replace(/var\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)/g, '');
      for (const { property, value } of declarations(rules)) {
        if (property.startsWith('--')) continue;
        expect(withoutVars(value), `${property}: ${value}`).not.to.match(COLOR_LITERAL);
        if (TOKENISED.test(property)) expect(withoutVars(value), `${property}: ${value}`).not.to.match(/\d*\.?\d+(px|rem|em|ms|s)\b/);
        expect(property, 'physical property').not.to.match(/^(margin|padding|border)-(left|right|top|bottom)|^(left|right|top|bottom)$|^(width|height|min-width|max-width|min-height|max-height)$/);
      }
      for (const match of rules.matchAll(/var\((--invite-[\w-]+)/g)) expect(match[1]).to.match(/^--invite-history-/);
      expect([...propertiesRead(InviteHistory.elementStyles)]).to.include.members(['--invite-history-width', '--invite-history-background', '--invite-backdrop']);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`is accessible in every state, ${theme}`, async () => {
        const template = () => html`<invite-history theme=${theme}></invite-history>`;
        const states: [string, (el: InviteHistory, calls: UsesCall[]) => Promise<void>][] = [
          ['list', (el, calls) => answered(el, calls[0], threeUses())],
          ['deleted user', (el, calls) => answered(el, calls[0], [use(HOUR, null), use(DAY, ada)])],
          ['empty', (el, calls) => answered(el, calls[0], [])],
          [
            'error',
            async (el, calls) => {
              await waitUntil(() => calls[0], 'uses() was not called');
              calls[0]!.answer.reject(new InviteApiError({ kind: 'http', status: 500, message: 'The server failed (500).' }));
              await waitUntil(() => part(el, 'error'), 'no error shown');
            },
          ],
          ['loading', (_el, calls) => waitUntil(() => calls[0], 'uses() was not called')],
        ];
        for (const [state, reach] of states) {
          const { adapter, calls } = fakeAdapter();
          const el = await openHistory(adapter, invitation({ maxUses: 5 }), template());
          await reach(el, calls);
          await el.updateComplete;
          try {
            await expect(el).to.be.accessible();
          } catch (error) {
            throw new Error(`${state} (${theme}): ${(error as Error).message}`);
          }
        }
        const { adapter } = fakeAdapter({ uses: false });
        const el = await openHistory(adapter, invitation(), template());
        await waitUntil(() => part(el, 'unavailable'), 'no “not available” message');
        await expect(el).to.be.accessible();
      });
    }
  });
});

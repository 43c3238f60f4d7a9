import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { http } from 'msw';
import '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteCard } from '../../src/components/invite-card/invite-card.js';
import type { CreateInviteDialog } from '../../src/components/create-invite-dialog/create-invite-dialog.js';
import type { InvitationRow } from '../../src/api/better-invite/wire.js';
import { FakeBetterInvite } from '../helpers/fake-better-invite.js';
import { publicRow, row } from '../helpers/invitations.js';
import { useMockServer } from '../helpers/msw.js';
import { deepText, injectedMarkup, pwned, watchForScripts, type ScriptWatch } from './inert-dom.js';
import { XSS_VECTORS, label } from './xss-vectors.js';

const LINK_BASE = `${location.origin}/api/auth/invite/`;

/** False for text with a lone surrogate, which no URL can carry. */
function encodable(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** For every payload: a private row carrying it in role, email, token and id, and a public row with it in role, token and id. */
function hostileRows(): InvitationRow[] {
  return XSS_VECTORS.flatMap((vector, index) => [
    row({ id: `${vector}#private-${index}`, token: `${vector}#t${index}`, role: vector, emails: [vector] }),
    publicRow({ id: `${vector}#public-${index}`, token: vector + index, role: vector }),
  ]);
}

const cardsOf = (el: InviteDashboard) => [...el.shadowRoot!.querySelectorAll<InviteCard>('invite-card')];
const part = (root: Element, name: string) => root.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

async function settled(el: InviteDashboard): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('.list, [part~="empty"], [part~="error"]'), 'dashboard never settled', { timeout: 8000 });
  await el.updateComplete;
  await Promise.all(cardsOf(el).map((card) => card.updateComplete));
}

function expectInert(root: Element, watch: ScriptWatch): void {
  expect(injectedMarkup(root), 'elements or attributes that came from data').to.deep.equal([]);
  expect(pwned(), 'window.__pwned set by a payload').to.equal(undefined);
  expect(watch.errors, 'error events (a payload ran or an injected resource loaded)').to.deep.equal([]);
  expect(watch.violations, 'securitypolicyviolation events').to.deep.equal([]);
}

describe('hostile data', () => {
  const server = new FakeBetterInvite();
  const worker = useMockServer();
  let watch: ScriptWatch;

  beforeEach(() => {
    server.rows = hostileRows();
    server.requests.length = 0;
    worker.use(...server.handlers());
    watch = watchForScripts();
  });
  afterEach(() => watch.stop());

  it(`has at least 50 payloads (${XSS_VECTORS.length})`, () => {
    expect(XSS_VECTORS.length).to.be.at.least(50);
    expect(new Set(XSS_VECTORS).size).to.equal(XSS_VECTORS.length);
  });

  it('the DOM check itself finds injected elements, handlers, javascript: links and foreign svg', () => {
    const host = document.createElement('div');
    const inner = document.createElement('span');
    inner.attachShadow({ mode: 'open' }).append(document.createElement('b'));
    const link = document.createElement('a');
    link.setAttribute('href', ' javascript:void 0');
    const handler = document.createElement('span');
    handler.setAttribute('onclick', 'void 0');
    host.attachShadow({ mode: 'open' }).append(inner, link, handler, document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
    expect(injectedMarkup(host)).to.have.length(5);
  });

  describe('<invite-dashboard> rows from /api/auth/invite/list', () => {
    let el: InviteDashboard;
    /** Watches from before the first render, across this group's tests. */
    let renderWatch: ScriptWatch;
    const warnings: string[] = [];
    const warn = console.warn;

    before(async () => {
      console.warn = (message: string) => warnings.push(message);
      await setViewport({ width: 360, height: 800 });
      server.rows = hostileRows();
      worker.use(...server.handlers());
      renderWatch = watchForScripts();
      el = document.createElement('invite-dashboard');
      el.pageSize = 500;
      document.body.append(el);
      await settled(el);
    });
    after(async () => {
      console.warn = warn;
      renderWatch.stop();
      el.remove();
      await setViewport({ width: 800, height: 600 });
    });

    it('shows every payload in roles and emails as the very text the server sent', () => {
      const cards = cardsOf(el);
      expect(cards).to.have.length(XSS_VECTORS.length * 2);
      const byId = new Map(cards.map((card) => [card.invitation!.id, card]));
      XSS_VECTORS.forEach((vector, index) => {
        const privateCard = byId.get(`${vector}#private-${index}`)!;
        const publicCard = byId.get(`${vector}#public-${index}`)!;
        expect(privateCard, `private card for ${label(vector)}`).to.exist;
        expect(publicCard, `public card for ${label(vector)}`).to.exist;
        expect(part(privateCard, 'title')!.textContent, `email ${label(vector)}`).to.include(vector);
        for (const card of [privateCard, publicCard]) {
          expect(card.shadowRoot!.querySelector('.role-name')!.textContent, `role ${label(vector)}`).to.equal(vector);
        }
      });
    });

    it('builds each public link with the token URL-encoded into one path segment', () => {
      const publicCards = cardsOf(el).filter((card) => card.invitation!.emails.length === 0);
      expect(publicCards).to.have.length(XSS_VECTORS.length);
      for (const card of publicCards) {
        const token = card.invitation!.token!;
        const input = card.shadowRoot!.querySelector<HTMLInputElement>('[part~="link"] input');
        if (!encodable(token)) {
          // A lone surrogate cannot be put in a URL: no link rather than a wrong one.
          expect(input, `link for ${label(token)}`).to.equal(null);
          expect(warnings.some((warning) => warning.includes('does not make a URL'))).to.equal(true);
          continue;
        }
        expect(input, `link for ${label(token)}`).not.to.equal(null);
        expect(input!.value).to.equal(LINK_BASE + encodeURIComponent(token));
        const url = new URL(input!.value);
        expect(url.protocol).to.equal(location.protocol);
        expect(url.pathname.startsWith('/api/auth/invite/')).to.equal(true);
        expect(decodeURIComponent(url.pathname.slice('/api/auth/invite/'.length))).to.equal(token);
        expect(url.search + url.hash).to.equal('');
      }
    });

    it('injects no element or attribute and runs no payload', () => {
      expectInert(el, renderWatch);
      expect(deepText(el)).to.include(XSS_VECTORS[0]);
    });

    it('keeps every card, and the page, within a 360px screen even with 100,000-character values', () => {
      expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(document.documentElement.clientWidth);
      for (const card of cardsOf(el)) {
        const root = part(card, 'card')!;
        expect(root.scrollWidth, `card for ${label(card.invitation!.role)}`).to.be.at.most(root.clientWidth);
        expect(card.getBoundingClientRect().right).to.be.at.most(360);
      }
    });
  });

  describe('<invite-dashboard> actions', () => {
    it('cancels an invitation whose token is a payload, posting the token as data', async () => {
      const vector = `"><img src=x onerror=window.__pwned=1>`;
      server.rows = [row({ token: vector, role: vector, emails: [vector] })];
      const el = await fixture<InviteDashboard>(html`<invite-dashboard></invite-dashboard>`);
      await settled(el);
      const card = cardsOf(el)[0];
      part(card, 'cancel-button')!.click();
      await card.updateComplete;
      part(card, 'confirm-yes-button')!.click();
      await oneEvent(el, 'invite-canceled');
      const cancel = server.requests.find((request) => request.url.pathname.endsWith('/invite/cancel'));
      expect(cancel?.body).to.deep.equal({ token: vector });
      await el.updateComplete;
      expectInert(el, watch);
    });

    it('shows a payload in a refusal to cancel as text in the notice', async () => {
      const message = `<img src=x onerror=window.__pwned=1><script>window.__pwned=1</script>`;
      worker.use(http.post('/api/auth/invite/cancel', () => Response.json({ message, code: 'X' }, { status: 400 })));
      server.rows = [row()];
      const el = await fixture<InviteDashboard>(html`<invite-dashboard></invite-dashboard>`);
      await settled(el);
      const failed = oneEvent(el, 'invite-error');
      const card = cardsOf(el)[0];
      card.dispatchEvent(new CustomEvent('invite-cancel', { detail: { invitation: card.invitation }, bubbles: true, composed: true, cancelable: true }));
      await failed;
      await el.updateComplete;
      expect(part(el, 'notice')!.textContent).to.include(message);
      expectInert(el, watch);
    });

    it('shows a payload in a failed list answer as text in the error state', async () => {
      const message = `<svg onload=window.__pwned=1><a href="javascript:window.__pwned=1">retry</a>`;
      worker.use(http.get('/api/auth/invite/list', () => Response.json({ message, code: 'X' }, { status: 500 })));
      const el = await fixture<InviteDashboard>(html`<invite-dashboard></invite-dashboard>`);
      await settled(el);
      expect(part(el, 'error')!.textContent).to.include(message);
      expectInert(el, watch);
    });
  });

  describe('<create-invite-dialog> in the dashboard', () => {
    async function openDialog(): Promise<{ el: InviteDashboard; dialog: CreateInviteDialog }> {
      server.rows = [];
      const el = await fixture<InviteDashboard>(html`<invite-dashboard .roles=${XSS_VECTORS}></invite-dashboard>`);
      await settled(el);
      el.openCreateDialog();
      const dialog = el.shadowRoot!.querySelector('create-invite-dialog')!;
      await waitUntil(() => dialog.open);
      await dialog.updateComplete;
      return { el, dialog };
    }

    it('offers every payload as a role, as text and as the option value', async () => {
      const { el, dialog } = await openDialog();
      const options = [...dialog.shadowRoot!.querySelectorAll('option')];
      expect(options.map((option) => option.value)).to.deep.equal(XSS_VECTORS);
      expect(options.map((option) => option.textContent)).to.deep.equal(XSS_VECTORS.map((role) => role.charAt(0).toUpperCase() + role.slice(1)));
      expectInert(el, watch);
    });

    it('shows a payload token from the create answer only inside an encoded http link', async () => {
      const token = `javascript:alert(1)//<img src=x onerror=window.__pwned=1>/?#&ü`;
      worker.use(http.post('/api/auth/invite/create', () => Response.json({ status: true, message: token })));
      const { el, dialog } = await openDialog();
      const root = dialog.shadowRoot!;
      root.querySelector<HTMLInputElement>('input[value="public"]')!.click();
      await dialog.updateComplete;
      const created = oneEvent(dialog, 'invite-created');
      root.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
      expect((await created).detail.url).to.equal(LINK_BASE + encodeURIComponent(token));
      await dialog.updateComplete;
      expect(root.querySelector<HTMLInputElement>('#link')!.value).to.equal(LINK_BASE + encodeURIComponent(token));
      expectInert(el, watch);
    });

    it('keeps the dialog within a 360px screen with a 100,000-character role', async () => {
      await setViewport({ width: 360, height: 700 });
      try {
        const { dialog } = await openDialog();
        const box = dialog.shadowRoot!.querySelector('dialog')!;
        expect(box.scrollWidth).to.be.at.most(box.clientWidth);
        expect(box.getBoundingClientRect().right).to.be.at.most(360);
        expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});

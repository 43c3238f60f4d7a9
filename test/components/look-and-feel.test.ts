import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/components/invite-card/invite-card.js';
import '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteCard } from '../../src/components/invite-card/invite-card.js';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import type { Invitation } from '../../src/api/types.js';
import type { InvitationRow } from '../../src/api/better-invite/wire.js';
import type { InviteEventDetailMap } from '../../src/events.js';
import { formatDate } from '../../src/i18n/format.js';
import { accessibleName, cardsOf, deepActive, partOf, settled } from '../a11y/a11y-helpers.js';
import { FakeInviteServer } from '../helpers/fake-invite-server.js';
import { DAYS, invitation, publicInvitation, row } from '../helpers/invitations.js';
import { fakeClipboard, lineStarts, stub, visibleText } from '../helpers/layout.js';

/*
 * Issue 14, "Look and feel", as a user meets it: calmer cards (no expiry on finished invitations,
 * the same columns for an expired one, public links told apart), addresses that wrap at sensible
 * points, a copy button that keeps its width, and in the dashboard paging that takes the user to the
 * new page, rows per page, a way back from the signed-out state and a skeleton the size of the view.
 * Every state is checked with axe in the light and in the dark theme.
 */

const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

const past = (days: number) => new Date(Date.now() - days * DAYS).toISOString();
const part = <T extends HTMLElement = HTMLElement>(host: Element, name: string) => partOf<T>(host, name);
const textOf = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The node before or after `node`, past Lit's comment markers. */
/** The node beside `node`, skipping Lit's comment markers; at the edge of an unbreakable piece, the node beside the piece. */
const besideSkippingMarkers = (node: Node, direction: 'previousSibling' | 'nextSibling'): Node | null => {
  for (let current: Node = node; ; current = current.parentElement!) {
    let sibling = current[direction];
    while (sibling?.nodeType === Node.COMMENT_NODE) sibling = sibling[direction];
    if (sibling || !current.parentElement?.classList.contains('nobreak')) return sibling;
  }
};
const metaItems = (card: InviteCard) => [...(part(card, 'meta')?.querySelectorAll(':scope > li') ?? [])];

async function card(value: Invitation, theme: Theme): Promise<InviteCard> {
  return fixture<InviteCard>(html`<invite-card .invitation=${value} theme=${theme}></invite-card>`);
}

/** Several cards side by side in one fixture, as a list shows them. */
async function cards(values: Invitation[], theme: Theme): Promise<InviteCard[]> {
  const list = await fixture<HTMLElement>(html`<div>${values.map((value) => html`<invite-card .invitation=${value} theme=${theme}></invite-card>`)}</div>`);
  const found = [...list.querySelectorAll('invite-card')];
  await Promise.all(found.map((el) => el.updateComplete));
  return found;
}

describe('<invite-card>: look and feel', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const theme of THEMES) {
    describe(`${theme} theme`, () => {
      it('a canceled, a used and a rejected card do not say when they expire', async () => {
        const finished = await cards([invitation({ status: 'canceled' }), invitation({ status: 'used' }), invitation({ status: 'rejected' })], theme);
        for (const el of finished) {
          expect(visibleText(el.shadowRoot!.querySelector('article')!)).not.to.contain('Expires');
          expect(part(el, 'expired-notice') === null).to.equal(true);
          await expect(el).to.be.accessible();
        }
      });

      it('a pending card says "Expires in …" as the third of its three meta columns', async () => {
        const el = await card(invitation({ expiresAt: new Date(Date.now() + 3 * DAYS + 60e3).toISOString() }), theme);
        const items = metaItems(el);
        expect(items).to.have.length(3);
        expect(textOf(items[2])).to.match(/^Expires in 3 days$/);
        await expect(el).to.be.accessible();
      });

      it('an expired card says "Expired on <date>" as a note in the same three meta columns as a pending one', async () => {
        const value = invitation({ expiresAt: past(2) });
        const el = await card(value, theme);
        const items = metaItems(el);
        expect(items).to.have.length(3);
        const notice = part(el, 'expired-notice')!;
        expect(items[2].contains(notice)).to.equal(true);
        expect(notice.getAttribute('role')).to.equal('note');
        expect(textOf(notice)).to.equal(`Expired on ${formatDate(value.expiresAt)}`);
        expect(visibleText(el.shadowRoot!.querySelector('article')!)).not.to.contain('Expires');
        await expect(el).to.be.accessible();
      });

      it('a public card shows the end of its token, which tells two public links apart', async () => {
        const [first, second] = await cards([publicInvitation({ token: 'tokenaaaaaaX79GOY' }), publicInvitation({ token: 'tokenaaaaaaQ12ZZA' })], theme);
        expect(textOf(part(first, 'link-end'))).to.equal('Link …X79GOY');
        expect(textOf(part(second, 'link-end'))).to.equal('Link …Q12ZZA');
        expect(textOf(part(first, 'header'))).not.to.equal(textOf(part(second, 'header')));
        await expect(first).to.be.accessible();
      });

      it('"Copy link" turns into "Copied" without the button changing width, and is named by that one word', async () => {
        const clipboard = fakeClipboard({ works: true });
        try {
          const el = await card(publicInvitation(), theme);
          const button = part<HTMLButtonElement>(el, 'copy-button')!;
          expect(accessibleName(button)).to.equal('Copy link');
          const before = button.getBoundingClientRect().width;
          const copied = oneEvent(el, 'invite-link-copied');
          button.click();
          await copied;
          await el.updateComplete;
          expect(clipboard.written).to.have.length(1);
          expect(Math.abs(button.getBoundingClientRect().width - before)).to.be.at.most(0.5);
          expect(accessibleName(button)).to.equal('Copied');
          expect(button.innerText.replace(/\s+/g, ' ').trim()).to.equal('Copied');
          await expect(el).to.be.accessible();
        } finally {
          clipboard.restore();
        }
      });
    });
  }

  describe('long addresses', () => {
    const address = 'operations.lead@mail.subsidiary.example.org';

    it('can break after the @ and after each dot, and read as the address unchanged', async () => {
      const el = await card(invitation({ emails: [address] }), 'light');
      const title = part(el, 'title')!;
      expect(title.querySelectorAll('wbr')).to.have.length(address.match(/[@.]/g)!.length);
      expect(visibleText(title)).to.equal(address);
      expect(textOf(title).endsWith(address)).to.equal(true);
      // Each break opportunity comes right after an @ or a dot.
      for (const wbr of title.querySelectorAll('wbr')) expect(String(besideSkippingMarkers(wbr, 'previousSibling')?.textContent?.at(-1))).to.match(/^[@.]$/);
    });

    it('at 320 px an address with hyphens does not break at a hyphen, which would read as part of it', async () => {
      await setViewport({ width: 320, height: 640 });
      // Every piece between break points fits the line: only a piece wider than the line may break inside.
      const el = await card(invitation({ emails: ['ops-lead.north-east@long-domain.example.org'] }), 'light');
      const starts = lineStarts(part(el, 'title')!);
      expect(starts.length, 'the address should need more than one line at 320 px').to.be.greaterThan(0);
      for (const { node, offset } of starts) expect(offset, `a line starts mid-word at "${node.data.slice(offset)}"`).to.equal(0);
    });

    for (const theme of THEMES) {
      it(`at 320 px wraps only after the @ or a dot, never mid-word, and does not overflow (${theme})`, async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await card(invitation({ emails: [address] }), theme);
        const title = part(el, 'title')!;
        const starts = lineStarts(title);
        expect(starts.length, 'the address should need more than one line at 320 px').to.be.greaterThan(0);
        for (const { node, offset } of starts) {
          expect(offset, `a line starts mid-word at "${node.data.slice(offset)}"`).to.equal(0);
          expect(besideSkippingMarkers(node, 'previousSibling')?.nodeName).to.equal('WBR');
        }
        expect(getComputedStyle(title).overflowWrap).to.equal('break-word');
        expect(title.scrollWidth <= title.clientWidth).to.equal(true);
        expect(document.documentElement.scrollWidth <= innerWidth).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }
  });
});

describe('<invite-dashboard>: look and feel', () => {
  let server: FakeInviteServer;
  let restoreUrl: string;

  beforeEach(() => {
    restoreUrl = location.href;
  });
  afterEach(() => history.replaceState(history.state, '', restoreUrl));

  /** `count` pending invitations, newest first: `person-1@…` is the newest. */
  function pending(count: number): InvitationRow[] {
    return Array.from({ length: count }, (_, index) => row({ id: `p${index + 1}`, emails: [`person-${index + 1}@example.com`], createdAt: past(index / 1000) }));
  }

  async function dashboard(template: (fetch: typeof globalThis.fetch) => TemplateResult): Promise<InviteDashboard> {
    const el = await fixture<InviteDashboard>(template(server.fetch));
    await settled(el);
    await shown(el);
    return el;
  }

  /** Every request answered and the answers on screen. */
  async function shown(el: InviteDashboard): Promise<void> {
    await server.idle();
    await el.updateComplete;
    await Promise.all(cardsOf(el).map((c) => c.updateComplete));
  }

  /** Every `invite-*` event of one name the dashboard fires from now on. */
  function collect<K extends keyof InviteEventDetailMap>(el: InviteDashboard, name: K): InviteEventDetailMap[K][] {
    const seen: InviteEventDetailMap[K][] = [];
    el.addEventListener(name, (event) => seen.push((event as CustomEvent<InviteEventDetailMap[K]>).detail));
    return seen;
  }

  for (const theme of THEMES) {
    describe(`${theme} theme`, () => {
      it('Next takes the user to the top of the new page, focus on its first card', async () => {
        server = new FakeInviteServer({ rows: pending(12), plugin: false });
        const el = await dashboard((fetch) => html`<invite-dashboard .fetch=${fetch} page-size="5" theme=${theme}></invite-dashboard>`);
        const next = part<HTMLButtonElement>(el, 'next-button')!;
        // Where a user is when they press Next: at the bottom of the page.
        next.scrollIntoView({ block: 'end' });
        expect(part(el, 'list')!.getBoundingClientRect().top < 0, 'the page should be scrolled past the list top').to.equal(true);
        next.focus();
        next.click();
        await waitUntil(() => cardsOf(el)[0]?.invitation?.id === 'p6', 'the second page never showed');
        await shown(el);
        const first = cardsOf(el)[0];
        await waitUntil(() => {
          const active = deepActive();
          return active === first || (active !== null && first.shadowRoot!.contains(active));
        }, 'focus never reached the first card of the new page');
        const top = part(el, 'list')!.getBoundingClientRect().top;
        expect(top >= 0 && top < innerHeight, `list top ${top} should be in view`).to.equal(true);
        await expect(el).to.be.accessible();
      });

      it('rows per page can be chosen in the pager, and the choice is kept in the view, the attribute and the URL', async () => {
        server = new FakeInviteServer({ rows: pending(55), plugin: false });
        const el = await dashboard((fetch) => html`<invite-dashboard .fetch=${fetch} page-size="5" sync-url theme=${theme}></invite-dashboard>`);
        const select = part<HTMLSelectElement>(el, 'page-size')!;
        expect(select.localName).to.equal('select');
        expect([...select.options].map((option) => option.value)).to.deep.equal(['5', '10', '20', '50', '100']);
        expect(select.value).to.equal('5');
        expect(cardsOf(el)).to.have.length(5);
        const views = collect(el, 'invite-view-changed');
        select.value = '50';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await waitUntil(() => cardsOf(el).length === 50, 'fifty rows never showed');
        await shown(el);
        expect(el.getAttribute('page-size')).to.equal('50');
        expect(views.map((detail) => detail.view.pageSize)).to.deep.equal([50]);
        expect(new URL(location.href).searchParams.get('invite_page_size')).to.equal('50');
        expect(part<HTMLSelectElement>(el, 'page-size')!.value).to.equal('50');
        await expect(el).to.be.accessible();
      });

      it('a host page size that is not one of the choices is offered too, and the usual ones are 10, 20, 50 and 100', async () => {
        server = new FakeInviteServer({ rows: pending(3), plugin: false });
        const el = await dashboard((fetch) => html`<invite-dashboard .fetch=${fetch} theme=${theme}></invite-dashboard>`);
        const select = part<HTMLSelectElement>(el, 'page-size')!;
        expect([...select.options].map((option) => option.value)).to.deep.equal(['10', '20', '50', '100']);
        expect(select.value).to.equal('20');
        await expect(el).to.be.accessible();
      });

      it('signed out, a "Sign in" link leads to the host\'s sign-in page, and "signed out" is said once', async () => {
        const unauthorized = () => Promise.resolve(Response.json({ message: 'Unauthorized', code: 'UNAUTHORIZED' }, { status: 401 }));
        const el = await fixture<InviteDashboard>(html`<invite-dashboard .fetch=${unauthorized} sign-in-url="/login?next=/" theme=${theme}></invite-dashboard>`);
        await settled(el);
        const state = part(el, 'signed-out');
        expect(state === null).to.equal(false);
        const link = part<HTMLAnchorElement>(el, 'sign-in-link')!;
        expect(link.localName).to.equal('a');
        expect(textOf(link)).to.equal('Sign in');
        expect(link.getAttribute('href')).to.equal(new URL('/login?next=/', document.baseURI).href);
        expect(state!.contains(link)).to.equal(true);
        expect(el.shadowRoot!.textContent!.match(/signed out/gi)).to.have.length(1);
        await expect(el).to.be.accessible();
      });

      it('signed out with a javascript: sign-in-url, there is no link and the host is warned', async () => {
        const warnings: unknown[][] = [];
        const restore = stub(console, 'warn', (...args: unknown[]) => warnings.push(args));
        try {
          const unauthorized = () => Promise.resolve(Response.json({ message: 'Unauthorized', code: 'UNAUTHORIZED' }, { status: 401 }));
          const el = await fixture<InviteDashboard>(html`<invite-dashboard .fetch=${unauthorized} sign-in-url="javascript:alert(1)" theme=${theme}></invite-dashboard>`);
          await settled(el);
          expect(part(el, 'signed-out') === null).to.equal(false);
          expect(part(el, 'sign-in-link') === null).to.equal(true);
          expect(el.shadowRoot!.querySelector('a[href^="javascript"]') === null).to.equal(true);
          expect(warnings.some((args) => String(args[0]).includes('sign-in-url'))).to.equal(true);
          expect(el.shadowRoot!.textContent!.match(/signed out/gi)).to.have.length(1);
          await expect(el).to.be.accessible();
        } finally {
          restore();
        }
      });

      it('the skeleton of a tab not seen yet has as many placeholders as the tab will show, at most ten', async () => {
        const used = Array.from({ length: 25 }, (_, index) => row({ id: `u${index + 1}`, status: 'used', createdAt: past(1 + index / 1000) }));
        server = new FakeInviteServer({ rows: [...pending(2), ...used], plugin: false });
        const el = await dashboard((fetch) => html`<invite-dashboard .fetch=${fetch} theme=${theme}></invite-dashboard>`);
        const placeholders = () => el.shadowRoot!.querySelectorAll('[part~="loading"] > [aria-hidden="true"]').length;

        let release = server.hold();
        el.shadowRoot!.querySelector<HTMLButtonElement>('#tab-pending')!.click();
        await el.updateComplete;
        expect(part(el, 'loading') === null).to.equal(false);
        expect(placeholders()).to.equal(2);
        await expect(el).to.be.accessible();
        release();
        await waitUntil(() => part(el, 'loading') === null, 'the pending tab never loaded');
        await shown(el);
        expect(cardsOf(el)).to.have.length(2);

        release = server.hold();
        el.shadowRoot!.querySelector<HTMLButtonElement>('#tab-used')!.click();
        await el.updateComplete;
        expect(placeholders()).to.equal(10);
        release();
        await waitUntil(() => part(el, 'loading') === null, 'the used tab never loaded');
        await shown(el);
        expect(cardsOf(el)).to.have.length(20);
      });
    });
  }
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteCard } from '../../src/components/invite-card/invite-card.js';
import type { InvitationRow } from '../../src/api/better-invite/wire.js';
import type { Invitation } from '../../src/api/types.js';
import { accessibleName, cardsOf, deepActive, partOf, settled } from '../a11y/a11y-helpers.js';
import { FakeInviteServer } from '../helpers/fake-invite-server.js';
import { DAYS, publicRow, row } from '../helpers/invitations.js';
import { fakeClipboard, lineStarts, nodeCount, visibleText } from '../helpers/layout.js';

/*
 * Issue 14, `density="compact"`: one line per invitation for long lists, with who or which link,
 * role, status, expiry, uses and icon actions, that still asks before a cancel, and wraps instead of
 * overflowing on a phone. Every state is checked with axe in the light and in the dark theme.
 */

const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];
type Density = 'comfortable' | 'compact';

const ago = (days: number) => new Date(Date.now() - days * DAYS).toISOString();
const part = <T extends HTMLElement = HTMLElement>(host: Element, name: string) => partOf<T>(host, name);
const textOf = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cardOf = (el: InviteDashboard, id: string) => cardsOf(el).find((card) => card.invitation!.id === id)!;
const height = (element: Element) => element.getBoundingClientRect().height;

/** The widest box any of the element's words take on screen (0 or 1 px: clipped for screen readers only). */
function shownTextWidth(element: Element): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let widest = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.trim()) continue;
    range.selectNodeContents(node);
    // The clipped box, not the text's own: what is painted.
    const clip = node.parentElement!.getBoundingClientRect();
    widest = Math.max(widest, Math.min(range.getBoundingClientRect().width, clip.width));
  }
  return widest;
}

/** A pending invite for a long address, a pending public link, a used, a canceled and an expired one. */
function rows(): InvitationRow[] {
  return [
    row({ id: 'long', emails: ['operations.lead@mail.subsidiary.example.org'], role: 'admin', createdAt: ago(0.001) }),
    publicRow({ id: 'link', token: 'tokenaaaaaaX79GOY', maxUses: 5, createdAt: ago(0.002) }),
    row({ id: 'used', emails: ['used@example.com'], status: 'used', createdAt: ago(0.003) }),
    row({ id: 'canceled', emails: ['canceled@example.com'], status: 'canceled', createdAt: ago(0.004) }),
    row({ id: 'expired', emails: ['late@example.com'], createdAt: ago(9), expiresAt: ago(2) }),
  ];
}

describe('<invite-dashboard density="compact">', () => {
  let server: FakeInviteServer;

  beforeEach(async () => {
    server = new FakeInviteServer({ rows: rows(), plugin: false });
    await setViewport({ width: 1280, height: 800 });
  });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  async function dashboard(density: Density, theme: Theme = 'light'): Promise<InviteDashboard> {
    const el = await fixture<InviteDashboard>(html`<invite-dashboard .fetch=${server.fetch} density=${density} theme=${theme}></invite-dashboard>`);
    await settled(el);
    await server.idle();
    await el.updateComplete;
    await Promise.all(cardsOf(el).map((card) => card.updateComplete));
    return el;
  }

  const button = (card: InviteCard, name: string) => part<HTMLButtonElement>(card, name)!;

  /** Every event of one name `target` fires from now on. */
  function collect(target: EventTarget, name: string): Event[] {
    const seen: Event[] = [];
    target.addEventListener(name, (event) => seen.push(event));
    return seen;
  }

  for (const theme of THEMES) {
    describe(`${theme} theme`, () => {
      it('shows every invitation as a compact row, one line each at 1280 px, at least 3x shorter than a card', async () => {
        const el = await dashboard('compact', theme);
        const compact = cardsOf(el);
        expect(compact).to.have.length(5);
        for (const card of compact) expect(card.getAttribute('density')).to.equal('compact');
        const rowHeights = compact.map(height);
        for (const [index, rowHeight] of rowHeights.entries()) {
          expect(rowHeight, `row ${compact[index].invitation!.id} is ${rowHeight} px tall`).to.be.below(60);
        }
        await expect(el).to.be.accessible();

        const comfortable = await dashboard('comfortable', theme);
        const cardHeights = cardsOf(comfortable).map(height);
        for (const [index, cardHeight] of cardHeights.entries()) {
          expect(cardHeight / rowHeights[index], `card ${index}: ${cardHeight} px against a ${rowHeights[index]} px row`).to.be.at.least(3);
        }
      });

      it('a row shows who or which link, the role, the status, the expiry and the uses', async () => {
        const el = await dashboard('compact', theme);
        const pending = cardOf(el, 'long');
        expect(visibleText(part(pending, 'title')!)).to.equal('operations.lead@mail.subsidiary.example.org');
        expect(textOf(part(pending, 'subtitle'))).to.contain('admin');
        expect(textOf(part(pending, 'badge'))).to.equal('Pending');
        expect(textOf(pending.shadowRoot!.querySelector('article'))).to.match(/Expires in 3 days/);
        expect(textOf(pending.shadowRoot!.querySelector('article'))).to.contain('Max uses: 1');

        const link = cardOf(el, 'link');
        expect(textOf(part(link, 'title'))).to.match(/^Public invite/);
        expect(textOf(part(link, 'link-end'))).to.contain('X79GOY');
        expect(textOf(link.shadowRoot!.querySelector('article'))).to.contain('Max uses: 5');

        const expired = cardOf(el, 'expired');
        expect(textOf(part(expired, 'badge'))).to.equal('Expired');
        expect(textOf(part(expired, 'expired-notice'))).to.match(/^Expired on /);
        expect(part(expired, 'expired-notice')!.getAttribute('role')).to.equal('note');

        for (const id of ['used', 'canceled']) expect(textOf(cardOf(el, id).shadowRoot!.querySelector('article'))).not.to.contain('Expire');
        await expect(el).to.be.accessible();
      });

      it('actions are icon buttons named "Copy link", "Resend" and "Cancel invite", beside the selection box on the same line', async () => {
        const el = await dashboard('compact', theme);
        const pending = cardOf(el, 'long');
        const named = [button(pending, 'copy-button'), button(pending, 'resend'), button(pending, 'cancel-button')];
        expect(named.map(accessibleName)).to.deep.equal(['Copy link', 'Resend', 'Cancel invite']);
        for (const action of named) {
          expect(action.querySelector('svg') === null, `${accessibleName(action)} has an icon`).to.equal(false);
          // The words are for screen readers: the button shows its icon only.
          expect(shownTextWidth(action), `${accessibleName(action)} shows words`).to.be.at.most(1);
          expect(action.getBoundingClientRect().width).to.be.below(48);
        }
        const box = pending.querySelector<HTMLInputElement>('input[type="checkbox"][part~="select"]')!;
        expect(box === null).to.equal(false);
        const rowBox = pending.getBoundingClientRect();
        const boxMiddle = box.getBoundingClientRect().top + box.getBoundingClientRect().height / 2;
        expect(boxMiddle > rowBox.top && boxMiddle < rowBox.bottom).to.equal(true);
        const titleBox = part(pending, 'title')!.getBoundingClientRect();
        expect(Math.abs(titleBox.top + titleBox.height / 2 - boxMiddle)).to.be.below(12);
        await expect(el).to.be.accessible();
      });

      it('cancelling from a row still asks first; Escape keeps the invite, "Yes, cancel it" asks the owner', async () => {
        const el = await dashboard('compact', theme);
        const pending = cardOf(el, 'long');
        button(pending, 'cancel-button').click();
        await pending.updateComplete;
        const confirm = part(pending, 'confirm')!;
        expect(confirm.getAttribute('role')).to.equal('group');
        expect(textOf(part(pending, 'confirm-yes-button'))).to.equal('Yes, cancel it');
        expect(textOf(part(pending, 'confirm-no-button'))).to.equal('Keep it');
        expect(deepActive() === part(pending, 'confirm-no-button')).to.equal(true);
        await expect(el).to.be.accessible();

        await sendKeys({ press: 'Escape' });
        await pending.updateComplete;
        expect(part(pending, 'confirm') === null).to.equal(true);
        expect(deepActive() === button(pending, 'cancel-button')).to.equal(true);

        const asked: Invitation[] = [];
        // The host says no before the dashboard acts: only the request is checked here.
        el.addEventListener('invite-cancel', (event) => {
          event.preventDefault();
          asked.push(event.detail.invitation);
        }, { once: true });
        button(pending, 'cancel-button').click();
        await pending.updateComplete;
        part<HTMLButtonElement>(pending, 'confirm-yes-button')!.click();
        expect(asked.map((invitation) => invitation.id)).to.deep.equal(['long']);
        await pending.updateComplete;
        expect(part(pending, 'confirm') === null).to.equal(true);
      });

      it('when every way to copy fails, the row shows the link in a field to copy by hand', async () => {
        const clipboard = fakeClipboard({ works: false, execCommand: false });
        try {
          const el = await dashboard('compact', theme);
          const link = cardOf(el, 'link');
          expect(part(link, 'link-input') === null).to.equal(true);
          button(link, 'copy-button').click();
          await waitUntil(() => part(link, 'link-input'), 'the link field never showed');
          await link.updateComplete;
          const field = part<HTMLInputElement>(link, 'link-input')!;
          expect(field.value).to.equal(new URL('/api/auth/invite/tokenaaaaaaX79GOY', document.baseURI).href);
          expect(field.readOnly).to.equal(true);
          expect(field.getBoundingClientRect().width).to.be.above(100);
          expect(textOf(part(link, 'copy-error'))).not.to.equal('');
          expect(clipboard.written).to.deep.equal([]);
          await expect(el).to.be.accessible();
        } finally {
          clipboard.restore();
        }
      });

      it('after a failed copy the link is selected in its field, ready for the keyboard\'s copy', async () => {
        const clipboard = fakeClipboard({ works: false, execCommand: false });
        try {
          const el = await dashboard('compact', theme);
          const link = cardOf(el, 'link');
          button(link, 'copy-button').click();
          await waitUntil(() => part(link, 'link-input'), 'the link field never showed');
          await link.updateComplete;
          const field = part<HTMLInputElement>(link, 'link-input')!;
          expect(deepActive() === field, 'focus should be in the link field').to.equal(true);
          expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
        } finally {
          clipboard.restore();
        }
      });

      it('copies through the browser\'s older copy command when the Clipboard API refuses', async () => {
        const clipboard = fakeClipboard({ works: false, execCommand: true });
        try {
          const el = await dashboard('compact', theme);
          const link = cardOf(el, 'link');
          const copied = collect(link, 'invite-link-copied');
          button(link, 'copy-button').click();
          await waitUntil(() => accessibleName(button(link, 'copy-button')) === 'Copied' || part(link, 'copy-error'), 'the copy never ended');
          await link.updateComplete;
          expect(copied).to.have.length(1);
          expect(clipboard.written).to.deep.equal([new URL('/api/auth/invite/tokenaaaaaaX79GOY', document.baseURI).href]);
          expect(accessibleName(button(link, 'copy-button'))).to.equal('Copied');
          expect(part(link, 'copy-error') === null).to.equal(true);
          await expect(el).to.be.accessible();
        } finally {
          clipboard.restore();
        }
      });

      it('at 360 px a row wraps, the address takes the width, and nothing overflows sideways', async () => {
        await setViewport({ width: 360, height: 800 });
        const el = await dashboard('compact', theme);
        const list = part(el, 'list')!;
        expect(list.scrollWidth <= list.clientWidth, `list scrolls sideways: ${list.scrollWidth} > ${list.clientWidth}`).to.equal(true);
        expect(document.documentElement.scrollWidth <= innerWidth).to.equal(true);
        for (const card of cardsOf(el)) {
          const rowBox = card.shadowRoot!.querySelector('article')!;
          expect(rowBox.scrollWidth <= rowBox.clientWidth, `row ${card.invitation!.id} overflows`).to.equal(true);
          const title = part(card, 'title')!;
          // The address is no narrow column: it has most of the row's first line.
          expect(title.getBoundingClientRect().width / rowBox.getBoundingClientRect().width, `title of ${card.invitation!.id}`).to.be.at.least(0.5);
          // The role and the rest go under it: the row wraps to more lines.
          expect(part(card, 'subtitle')!.getBoundingClientRect().top >= title.getBoundingClientRect().bottom - 1, `row ${card.invitation!.id} wraps`).to.equal(true);
        }
        // A long address wraps after its @ or a dot, never inside a word.
        const starts = lineStarts(part(cardOf(el, 'long'), 'title')!);
        expect(starts.length, 'the long address should wrap at 360 px').to.be.greaterThan(0);
        for (const { node, offset } of starts) expect(offset, `a line starts mid-word at "${node.data.slice(offset)}"`).to.equal(0);
        await expect(el).to.be.accessible();
      });
    });
  }

  it('a compact row costs fewer DOM nodes than a card', async () => {
    const count = async (density: Density) => {
      const el = await dashboard(density);
      return Object.fromEntries(cardsOf(el).map((card) => [card.invitation!.id, nodeCount(card.shadowRoot!)]));
    };
    const compact = await count('compact');
    const comfortable = await count('comfortable');
    console.log(`DOM nodes per row (shadow root), compact vs comfortable: ${JSON.stringify({ compact, comfortable })}`);
    for (const id of Object.keys(comfortable)) expect(compact[id], id).to.be.below(comfortable[id]);
  });
});

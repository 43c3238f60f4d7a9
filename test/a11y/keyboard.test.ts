import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import type { CreateInviteDialog } from '../../src/components/create-invite-dialog/create-invite-dialog.js';
import { FakeBetterInvite } from '../helpers/fake-better-invite.js';
import { publicRow, row } from '../helpers/invitations.js';
import { useMockServer } from '../helpers/msw.js';
import { accessibleName, allElements, cardsOf, deepActive, dialogOf, partOf, settled } from './a11y-helpers.js';

const shiftTab = async () => {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
};

/** The dialog's focusable controls in tab order (radio group counted once: its checked radio). */
function tabStops(dialog: CreateInviteDialog): HTMLElement[] {
  return [...dialog.shadowRoot!.querySelectorAll<HTMLElement>('button, input, select, textarea')].filter(
    (control) => !(control as HTMLButtonElement).disabled && !(control instanceof HTMLInputElement && control.type === 'radio' && !control.checked),
  );
}

describe('keyboard and screen reader access', () => {
  const server = new FakeBetterInvite();
  const worker = useMockServer();
  beforeEach(() => {
    server.rows = [publicRow(), row({ emails: ['keyboard@example.com'] }), row({ status: 'used' })];
    server.requests.length = 0;
    worker.use(...server.handlers());
  });

  async function dashboard(): Promise<InviteDashboard> {
    const el = await fixture<InviteDashboard>(html`<invite-dashboard></invite-dashboard>`);
    await settled(el);
    return el;
  }

  async function openWithKeyboard(el: InviteDashboard): Promise<CreateInviteDialog> {
    partOf(el, 'create-button')!.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = dialogOf(el);
    await waitUntil(() => dialog.open);
    await dialog.updateComplete;
    return dialog;
  }

  describe('status tabs with real keys', () => {
    it('move with the arrows, Home and End, and only the selected tab is a tab stop', async () => {
      const el = await dashboard();
      const tab = (filter: string) => el.shadowRoot!.querySelector<HTMLElement>(`#tab-${filter}`)!;
      const selected = () => [...el.shadowRoot!.querySelectorAll('[role="tab"][aria-selected="true"]')].map((t) => t.id);
      tab('all').focus();
      const steps: [string, string][] = [['ArrowRight', 'pending'], ['End', 'expired'], ['Home', 'all'], ['ArrowLeft', 'expired'], ['ArrowRight', 'all']];
      for (const [key, filter] of steps) {
        await sendKeys({ press: key });
        await waitUntil(() => deepActive() === tab(filter), `${key} focuses ${filter}`);
        expect(selected(), `after ${key}`).to.deep.equal([`tab-${filter}`]);
        expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')].filter((t) => t.tabIndex === 0)).to.deep.equal([tab(filter)]);
        expect(el.shadowRoot!.querySelector('[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal(`tab-${filter}`);
      }
    });
  });

  describe('the create dialog', () => {
    it('keeps Tab inside: from the last control to the first and Shift+Tab back', async () => {
      const el = await dashboard();
      const dialog = await openWithKeyboard(el);
      const stops = tabStops(dialog);
      const first = stops[0];
      const last = stops[stops.length - 1];
      expect(accessibleName(first)).to.equal('Close');
      expect(accessibleName(last)).to.equal('Create invite');
      last.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActive(), 'Tab from the last control').to.equal(first);
      await shiftTab();
      expect(deepActive(), 'Shift+Tab from the first control').to.equal(last);
      // A full round trip never leaves the dialog.
      for (let i = 0; i < stops.length + 2; i += 1) {
        await sendKeys({ press: 'Tab' });
        expect(dialog.shadowRoot!.contains(deepActive()), `Tab ${i + 1}`).to.equal(true);
      }
    });

    it('gives focus back to the button that opened it, whichever way it closes', async () => {
      const el = await dashboard();
      for (const close of ['Escape', 'close-button', 'cancel-button'] as const) {
        const dialog = await openWithKeyboard(el);
        if (close === 'Escape') await sendKeys({ press: 'Escape' });
        else if (close === 'close-button') partOf(dialog, 'close-button')!.click();
        else [...dialog.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Cancel')!.click();
        await waitUntil(() => !dialog.open, `${close} closes`);
        await waitUntil(() => deepActive() === partOf(el, 'create-button'), `focus back after ${close}`);
      }
    });
  });

  describe('cancel confirmation', () => {
    it('is reached with Tab, opened with Enter, dismissed with Escape, and confirmed with the keyboard', async () => {
      const el = await dashboard();
      const card = cardsOf(el).find((c) => c.invitation!.emails[0] === 'keyboard@example.com')!;
      const cancelButton = () => partOf(card, 'cancel-button');
      partOf(el, 'tab-selected')!.focus();
      for (let i = 0; i < 20 && deepActive() !== cancelButton(); i += 1) await sendKeys({ press: 'Tab' });
      expect(deepActive(), 'Tab reaches "Cancel invite"').to.equal(cancelButton());

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deepActive() === partOf(card, 'confirm-no-button'), 'focus on "Keep it"');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => deepActive() === cancelButton(), 'Escape returns to "Cancel invite"');
      expect(partOf(card, 'confirm')).to.equal(null);

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deepActive() === partOf(card, 'confirm-no-button'));
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(partOf(card, 'confirm-yes-button'));
      const canceled = oneEvent(el, 'invite-canceled');
      await sendKeys({ press: 'Enter' });
      expect((await canceled).detail.invitation.emails).to.deep.equal(['keyboard@example.com']);
      expect(server.rows.find((r) => r.emails?.[0] === 'keyboard@example.com')!.status).to.equal('canceled');
      // The buttons are gone (a canceled invite has none): focus stays on the card, not the page.
      await waitUntil(() => partOf(card, 'cancel-button') === null, 'the card shows the invite canceled');
      await card.updateComplete;
      const focused = deepActive();
      expect(focused === partOf(card, 'card'), `focus on the card, not on ${focused?.localName}`).to.equal(true);
    });
  });

  it('when the canceled card leaves the Pending tab, focus moves to the card that took its place, else the last card, else the tab', async () => {
    const created = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    server.rows = ['a', 'b', 'c'].map((name, i) => row({ emails: [`${name}@example.com`], createdAt: created(i) }));
    const el = await dashboard();
    el.shadowRoot!.querySelector<HTMLElement>('#tab-pending')!.click();
    // Every row is pending, so All showed these three too: wait for the Pending tab's own cards.
    const panel = el.shadowRoot!.querySelector('[role="tabpanel"]')!;
    await waitUntil(() => panel.getAttribute('aria-labelledby') === 'tab-pending' && panel.querySelector('.skeleton') === null && cardsOf(el).length === 3, 'three pending cards');
    await settled(el);
    const [a, b, c] = cardsOf(el);
    const cancelWithKeys = async (card: HTMLElement & { updateComplete: Promise<unknown> }) => {
      partOf(card, 'cancel-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deepActive() === partOf(card, 'confirm-no-button'), 'focus on "Keep it"');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !card.isConnected, 'the canceled card leaves the Pending tab');
    };
    const focusedCard = () => cardsOf(el).find((card) => deepActive() === partOf(card, 'card'))?.invitation?.emails[0];

    await cancelWithKeys(a!);
    await waitUntil(() => focusedCard() === 'b@example.com', `focus on the card that took a's place, not on ${deepActive()?.localName}`);
    await cancelWithKeys(c!);
    await waitUntil(() => focusedCard() === 'b@example.com', `focus on the card now last, not on ${deepActive()?.localName}`);
    await cancelWithKeys(b!);
    const tab = el.shadowRoot!.querySelector('#tab-pending');
    await waitUntil(() => deepActive() === tab, `focus on the Pending tab, not on ${deepActive()?.localName}`);
  });

  // Issue 14 moved where focus goes after paging: to the new page's first card (it was Previous,
  // when Next disabled itself under the focus). What this test guards stays: focus is never lost to the page.
  it('paging to the last page with the keyboard moves focus to its first card, not to the page', async () => {
    const el = await fixture<InviteDashboard>(html`<invite-dashboard page-size="2"></invite-dashboard>`);
    await settled(el);
    partOf(el, 'next-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => partOf<HTMLButtonElement>(el, 'next-button')!.disabled, 'Next disabled on the last page');
    const first = el.shadowRoot!.querySelector('invite-card')!;
    await waitUntil(() => deepActive() === partOf(first, 'card'), `focus on the first card, not on ${deepActive()?.localName}`);
  });

  it('a card that a refresh moves keeps focus', async () => {
    const created = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    server.rows = ['a', 'b', 'c'].map((name, i) => row({ emails: [`${name}@example.com`], createdAt: created(i) }));
    const el = await dashboard();
    const c = cardsOf(el).find((card) => card.invitation!.emails[0] === 'c@example.com')!;
    c.focus();
    expect(deepActive() === partOf(c, 'card'), 'the card took focus').to.equal(true);
    // c becomes the newest: the keyed list moves its card to the top.
    server.rows.find((r) => r.emails?.[0] === 'c@example.com')!.createdAt = created(-1);
    await el.refresh();
    await waitUntil(() => cardsOf(el)[0] === c, 'c moved to the top');
    expect(deepActive() === partOf(c, 'card'), `focus stays on the moved card, not on ${deepActive()?.localName}`).to.equal(true);
  });

  describe('names', () => {
    it('every button, in every view, has an accessible name and every icon is hidden from assistive tech', async () => {
      const el = await dashboard();
      const buttons = new Set<Element>();
      const collect = () => {
        for (const element of allElements(el.shadowRoot!)) {
          if (element instanceof HTMLButtonElement) buttons.add(element);
          // Icons are hidden; a QR code is an image with a name (role img, its title), checked elsewhere.
          if (element.localName === 'svg' && element.getAttribute('role') !== 'img') expect(element.getAttribute('aria-hidden'), 'icon').to.equal('true');
        }
      };
      collect();
      const card = cardsOf(el).find((c) => c.invitation!.emails[0] === 'keyboard@example.com')!;
      partOf(card, 'cancel-button')!.click();
      await card.updateComplete;
      collect();
      const dialog = await openWithKeyboard(el);
      collect();
      dialog.shadowRoot!.querySelector<HTMLInputElement>('input[value="public"]')!.click();
      await dialog.updateComplete;
      partOf(dialog, 'submit')!.click();
      await waitUntil(() => partOf(dialog, 'result'));
      collect();
      const unnamed = [...buttons].filter((button) => accessibleName(button) === '').map((button) => button.outerHTML.slice(0, 120));
      expect(unnamed).to.deep.equal([]);
      expect(buttons.size).to.be.at.least(15);
      expect(accessibleName(partOf(dialog, 'close-button')!)).to.equal('Close');
    });
  });
});

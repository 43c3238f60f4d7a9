import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import { FakeBetterInvite } from '../helpers/fake-better-invite.js';
import { DAYS, publicRow, row } from '../helpers/invitations.js';
import { useMockServer } from '../helpers/msw.js';
import { accessibleName, allElements, cardsOf, dialogOf, partOf, settled } from './a11y-helpers.js';
import { esStrings } from '../../src/i18n/es.js';

/** A long and varied list: long addresses, several emails on one invite, links, every status. */
function longList() {
  const statuses = ['pending', 'used', 'canceled', 'rejected'] as const;
  return Array.from({ length: 30 }, (_, i) =>
    i % 3 === 0
      ? publicRow({ role: i % 2 ? 'moderator' : 'administrator-with-a-long-role-name', infinityMaxUses: i % 2 === 0 })
      : row({
          emails: i % 4 === 1 ? [`a-very-long-mailbox-name-number-${i}@subdomain.example-company.com`, 'second@example.com'] : [`p${i}@example.com`],
          status: statuses[i % 4],
          newAccount: i % 2 === 0,
          ...(i % 5 === 0 ? { expiresAt: new Date(Date.now() - DAYS).toISOString() } : {}),
        }),
  );
}

/** Fails with the widest elements named when the page scrolls sideways. */
function expectNoHorizontalScroll(el: InviteDashboard, where: string): void {
  const { scrollWidth, clientWidth } = document.documentElement;
  if (scrollWidth > clientWidth) {
    const wide = [...allElements(el.shadowRoot!)]
      .filter((element) => element.getBoundingClientRect().right > clientWidth + 0.5)
      .map((element) => `${element.localName}.${element.className}`)
      .slice(0, 5);
    expect.fail(`${where}: page is ${scrollWidth}px wide in a ${clientWidth}px viewport; too wide: ${wide.join(', ')}`);
  }
}

const SIZES = [
  { name: '320 px wide', width: 320, height: 640 },
  { name: '200% zoom of 1280×800', width: 640, height: 400 },
];

describe('reflow', () => {
  const server = new FakeBetterInvite();
  const worker = useMockServer();
  beforeEach(() => {
    server.rows = longList();
    worker.use(...server.handlers());
  });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const { name, width, height } of SIZES) {
    it(`at ${name}: the dashboard with a long list, then with the dialog open, never scrolls the page sideways`, async () => {
      await setViewport({ width, height });
      const el = await fixture<InviteDashboard>(html`<invite-dashboard page-size="50"></invite-dashboard>`);
      await settled(el);
      expect(cardsOf(el)).to.have.length(30);
      expectNoHorizontalScroll(el, 'list');
      for (const card of cardsOf(el)) expect(card.getBoundingClientRect().right, 'card right edge').to.be.at.most(width);
      expect(partOf(el, 'create-button')!.getBoundingClientRect().right).to.be.at.most(width);

      el.openCreateDialog();
      const dialog = dialogOf(el);
      await waitUntil(() => dialog.open);
      await dialog.updateComplete;
      const box = dialog.shadowRoot!.querySelector('dialog')!;
      const check = (where: string) => {
        expectNoHorizontalScroll(el, where);
        expect(box.getBoundingClientRect().right, `${where}: dialog right edge`).to.be.at.most(width);
        expect(box.scrollWidth, `${where}: dialog scrolls sideways`).to.be.at.most(box.clientWidth);
      };
      check('dialog');
      partOf(dialog, 'submit')!.click();
      await dialog.updateComplete;
      check('dialog with errors');
      dialog.shadowRoot!.querySelector<HTMLInputElement>('input[value="public"]')!.click();
      await dialog.updateComplete;
      partOf(dialog, 'submit')!.click();
      await waitUntil(() => partOf(dialog, 'result'));
      check('dialog with the created link');
    });
  }

  it('at 320 px, in Spanish, with several pages: nothing sticks out of the dashboard and the page label keeps to one line', async () => {
    await setViewport({ width: 320, height: 640 });
    // A host page with margins of its own, as the demo has: 232 px for the dashboard's content.
    const page = await fixture<HTMLElement>(html`<div style="padding-inline: 24px">
      <invite-dashboard page-size="10" locale="es" .strings=${esStrings}></invite-dashboard>
    </div>`);
    const el = page.querySelector('invite-dashboard')!;
    await settled(el);
    const pageLabel = el.shadowRoot!.querySelector<HTMLElement>('.pager-page')!;
    expect(pageLabel.textContent).to.contain('Página 1 de 3');
    const edge = el.getBoundingClientRect().right;
    // The tab row scrolls sideways by design: what it clips is inside it, not outside the dashboard.
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    const outside = [...allElements(el.shadowRoot!)]
      .filter((element) => !clipped(element) && element.getBoundingClientRect().right > edge + 0.5)
      .map((element) => `${element.localName}.${element.getAttribute('class') ?? ''}`);
    expect(outside, 'elements past the dashboard\'s right edge').to.deep.equal([]);
    const lineHeight = parseFloat(getComputedStyle(pageLabel).lineHeight);
    expect(pageLabel.getBoundingClientRect().height, '"Página 1 de 3" on one line').to.be.below(lineHeight * 1.5);
    // The arrows show alone, and the buttons still say what they do.
    for (const [part, name] of [['previous-button', 'Anterior'], ['next-button', 'Siguiente']]) {
      const words = partOf(el, part)!.querySelector<HTMLElement>('.pager-label')!;
      expect(words.getBoundingClientRect().width, `${name} hidden from sight`).to.equal(0);
      expect(accessibleName(partOf(el, part)!)).to.equal(name);
    }
    await expect(el).to.be.accessible();
  });
});

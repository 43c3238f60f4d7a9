import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import type { CreateInviteDialog } from '../../src/components/create-invite-dialog/create-invite-dialog.js';
import { FakeBetterInvite } from '../helpers/fake-better-invite.js';
import { publicRow, row } from '../helpers/invitations.js';
import { useMockServer } from '../helpers/msw.js';
import { cardsOf, dialogOf, liveRegionOf, parentOf, partOf, settled, textNodesWith } from './a11y-helpers.js';

/** The live regions around a node, nearest first, across shadow roots. */
function regionsAround(node: Node): Element[] {
  const regions: Element[] = [];
  for (let region = liveRegionOf(node); region; region = parentOf(region) && liveRegionOf(parentOf(region)!)) regions.push(region);
  return regions;
}

const isAssertive = (region: Element) => region.getAttribute('role') === 'alert' || region.getAttribute('aria-live') === 'assertive';

/**
 * Asserts that `text` is on screen inside a live region under `root` that will read it out: an
 * alert (read when it appears), or a polite region that was already in the page (`before`) when
 * the text arrived.
 */
function expectAnnounced(root: Element, text: string, before: ReadonlySet<Element>): void {
  const nodes = textNodesWith(root, text);
  expect(nodes, `"${text}" on screen`).to.not.be.empty;
  const regions = nodes.flatMap(regionsAround);
  expect(regions, `"${text}" inside a live region`).to.not.be.empty;
  expect(
    regions.some((region) => isAssertive(region) || before.has(region)),
    `"${text}" in an alert or in a polite region that existed before the message`,
  ).to.equal(true);
}

/** Every live region below `root` right now, to compare with after an action. */
function liveRegions(root: Element): Set<Element> {
  const regions = new Set<Element>();
  const visit = (scope: ShadowRoot) => {
    for (const element of scope.querySelectorAll('*')) {
      if (liveRegionOf(element) === element) regions.add(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root.shadowRoot!);
  return regions;
}

function stubClipboard(): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => {} }, configurable: true });
  return () => {
    if (own) Object.defineProperty(navigator, 'clipboard', own);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

describe('announcements', () => {
  const server = new FakeBetterInvite();
  const worker = useMockServer();
  beforeEach(() => {
    server.rows = [publicRow(), row({ emails: ['live@example.com'] })];
    worker.use(...server.handlers());
  });

  async function dashboard(): Promise<InviteDashboard> {
    const el = await fixture<InviteDashboard>(html`<invite-dashboard></invite-dashboard>`);
    await settled(el);
    return el;
  }

  async function openDialog(el: InviteDashboard): Promise<CreateInviteDialog> {
    el.openCreateDialog();
    const dialog = dialogOf(el);
    await waitUntil(() => dialog.open);
    await dialog.updateComplete;
    return dialog;
  }

  async function submitEmail(dialog: CreateInviteDialog, email: string): Promise<void> {
    const emails = dialog.shadowRoot!.querySelector<HTMLTextAreaElement>('#emails')!;
    emails.value = email;
    emails.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await dialog.updateComplete;
    partOf(dialog, 'submit')!.click();
  }

  it('"Invitation created." after creating', async () => {
    const el = await dashboard();
    const before = liveRegions(el);
    const dialog = await openDialog(el);
    const created = oneEvent(el, 'invite-created');
    await submitEmail(dialog, 'new@example.com');
    await created;
    await el.updateComplete;
    expectAnnounced(el, 'Invitation created.', before);
  });

  it('"Invitation canceled." after cancelling', async () => {
    const el = await dashboard();
    const before = liveRegions(el);
    const card = cardsOf(el).find((c) => c.invitation!.emails[0] === 'live@example.com')!;
    partOf(card, 'cancel-button')!.click();
    await card.updateComplete;
    const canceled = oneEvent(el, 'invite-canceled');
    partOf(card, 'confirm-yes-button')!.click();
    await canceled;
    await el.updateComplete;
    expectAnnounced(el, 'Invitation canceled.', before);
  });

  it('"Copied" after copying a link on a card and in the dialog', async () => {
    const restore = stubClipboard();
    try {
      const el = await dashboard();
      const card = cardsOf(el).find((c) => c.invitation!.emails.length === 0)!;
      let before = liveRegions(el);
      const copied = oneEvent(el, 'invite-link-copied');
      partOf(card, 'copy-button')!.click();
      await copied;
      await card.updateComplete;
      expectAnnounced(card, 'Copied', before);

      const dialog = await openDialog(el);
      dialog.shadowRoot!.querySelector<HTMLInputElement>('input[value="public"]')!.click();
      await dialog.updateComplete;
      partOf(dialog, 'submit')!.click();
      await waitUntil(() => partOf(dialog, 'result'));
      before = liveRegions(dialog);
      const dialogCopied = oneEvent(dialog, 'invite-link-copied');
      partOf(dialog, 'copy-button')!.click();
      await dialogCopied;
      await dialog.updateComplete;
      expectAnnounced(dialog, 'Copied', before);
    } finally {
      restore();
    }
  });

  it('failures: a refused cancel, a refused create and a failed load are alerts', async () => {
    worker.use(
      http.post('/api/auth/invite/cancel', () => Response.json({ message: 'Cancel refused here', code: 'X' }, { status: 400 })),
      http.post('/api/auth/invite/create', () => Response.json({ message: 'Create refused here', code: 'X' }, { status: 400 })),
    );
    const el = await dashboard();
    let before = liveRegions(el);
    const card = cardsOf(el).find((c) => c.invitation!.emails[0] === 'live@example.com')!;
    partOf(card, 'cancel-button')!.click();
    await card.updateComplete;
    const cancelFailed = oneEvent(el, 'invite-error');
    partOf(card, 'confirm-yes-button')!.click();
    await cancelFailed;
    await el.updateComplete;
    expectAnnounced(el, 'Cancel refused here', before);

    const dialog = await openDialog(el);
    before = liveRegions(el);
    const createFailed = oneEvent(dialog, 'invite-error');
    await submitEmail(dialog, 'x@example.com');
    await createFailed;
    await dialog.updateComplete;
    expectAnnounced(dialog, 'Create refused here', before);

    worker.use(http.get('/api/auth/invite/list', () => Response.json({ message: 'List refused here', code: 'X' }, { status: 500 })));
    before = liveRegions(el);
    await el.refresh().catch(() => {});
    // The rows loaded before stay on screen, under the alert that the refresh failed.
    await waitUntil(() => partOf(el, 'refresh-error'), 'refresh error');
    expectAnnounced(el, 'List refused here', before);
  });
});

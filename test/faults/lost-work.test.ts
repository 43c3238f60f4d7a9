import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteDashboard } from '../../src/components/invite-dashboard/invite-dashboard.js';
import type { InviteCard } from '../../src/components/invite-card/invite-card.js';
import { FakeBetterInvite } from '../helpers/fake-better-invite.js';
import { row } from '../helpers/invitations.js';
import { useMockServer } from '../helpers/msw.js';
import { CANCEL, CREATE, LIST, cards, failOnPageErrors, gate, part, settled, shadow, textOf } from './support.js';
import { fill, formValues, openDialog, read } from './create-form.js';

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const tab = (el: InviteDashboard, filter: string) => shadow(el).querySelector<HTMLButtonElement>(`#tab-${filter}`)!;
const cardText = (card: InviteCard) => textOf(card.shadowRoot!.querySelector('[part~="card"]'));
const badge = (card: InviteCard) => textOf(card.shadowRoot!.querySelector('[part~="badge"]'));
const cancelButton = (card: InviteCard) => card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel-button"]');
const cardFor = (el: InviteDashboard, email: string) => cards(el).find((c) => c.invitation!.emails[0] === email)!;

async function openConfirm(card: InviteCard): Promise<HTMLButtonElement> {
  cancelButton(card)!.click();
  await card.updateComplete;
  return card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm-yes-button"]')!;
}

describe('<invite-dashboard> lost work', () => {
  const server = new FakeBetterInvite();
  const worker = useMockServer();
  failOnPageErrors();
  beforeEach(() => {
    server.rows = [row({ emails: ['a@example.com'], createdAt: ago(1e3) }), row({ emails: ['b@example.com'], createdAt: ago(2e3) }), row({ status: 'used', createdAt: ago(3e3) })];
    server.requests.length = 0;
    worker.use(...server.handlers());
  });

  describe('failures keep what the user had', () => {
    it('a cancel that fails puts the card back as it was and says why', async () => {
      const release = gate();
      worker.use(http.post(CANCEL, async () => {
        await release.wait;
        return HttpResponse.json({ message: 'Database is locked', code: 'INTERNAL' }, { status: 500 });
      }));
      const el = await fixture<InviteDashboard>(html`<invite-dashboard></invite-dashboard>`);
      await settled(el);
      const card = cardFor(el, 'a@example.com');
      const before = { text: cardText(card), counts: textOf(part(el, 'tabs')) };
      (await openConfirm(card)).click();
      await waitUntil(() => card.busy && cancelButton(card)?.disabled === true, 'busy while cancelling');
      const failed = oneEvent(el, 'invite-error');
      release.open();
      expect((await failed).detail.operation).to.equal('cancel');
      await el.updateComplete;
      await card.updateComplete;
      expect(card.busy).to.equal(false);
      expect(card.hasAttribute('busy')).to.equal(false);
      expect(card.invitation!.status).to.equal('pending');
      expect(cancelButton(card)!.disabled).to.equal(false);
      expect(cardText(card)).to.equal(before.text);
      expect(textOf(part(el, 'tabs'))).to.equal(before.counts);
      expect(cards(el)).to.have.length(3);
      const notice = part(el, 'notice')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(textOf(notice)).to.contain('Could not cancel the invitation: Database is locked');
    });

    for (const type of ['private', 'public'] as const) {
      it(`a ${type} create that fails keeps every field as typed`, async () => {
        worker.use(http.post(CREATE, () => HttpResponse.json({ message: 'Mail server down', code: 'ERROR_SENDING_THE_INVITATION_EMAIL' }, { status: 500 })));
        const el = await fixture<InviteDashboard>(html`<invite-dashboard roles="user,moderator,admin"></invite-dashboard>`);
        await settled(el);
        const dialog = await openDialog(el);
        const values = formValues(type);
        await fill(dialog, values);
        const failed = oneEvent(el, 'invite-error');
        dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
        expect((await failed).detail.operation).to.equal('create');
        await dialog.updateComplete;
        expect(dialog.open).to.equal(true);
        expect(read(dialog)).to.deep.equal(values);
        expect(textOf(dialog.shadowRoot!.querySelector('[role="alert"]'))).to.contain('Mail server down');
      });
    }

    it('a create that fails after the dialog was closed keeps every field for when it opens again', async () => {
      const release = gate();
      let asked = false;
      worker.use(http.post(CREATE, async () => {
        asked = true;
        await release.wait;
        return HttpResponse.error();
      }));
      const el = await fixture<InviteDashboard>(html`<invite-dashboard roles="user,moderator,admin"></invite-dashboard>`);
      await settled(el);
      const dialog = await openDialog(el);
      const values = formValues('public');
      await fill(dialog, values);
      dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
      await waitUntil(() => asked, 'create sent');
      dialog.close();
      const failed = oneEvent(el, 'invite-error');
      release.open();
      await failed;
      el.openCreateDialog();
      await waitUntil(() => dialog.open);
      await dialog.updateComplete;
      expect(read(dialog)).to.deep.equal(values);
      expect(textOf(dialog.shadowRoot!.querySelector('[role="alert"]'))).to.contain('Could not reach the invitation server');
    });
  });

  describe('a refresh during a cancel', () => {
    it('keeps the row busy while the cancel runs, and shows it canceled (never pending) once it succeeds', async () => {
      const releaseCancel = gate();
      worker.use(http.post(CANCEL, async () => {
        await releaseCancel.wait;
        return undefined;
      }));
      const el = await fixture<InviteDashboard>(html`<invite-dashboard></invite-dashboard>`);
      await settled(el);
      const card = cardFor(el, 'a@example.com');
      (await openConfirm(card)).click();
      await waitUntil(() => card.busy, 'busy');

      // A refresh lands while the cancel is in flight: the server still says pending.
      await el.refresh();
      const during = cardFor(el, 'a@example.com');
      expect(during.invitation!.status).to.equal('pending');
      expect(during.busy).to.equal(true);
      expect(cancelButton(during)!.disabled).to.equal(true);
      expect(textOf(cancelButton(during))).to.equal('Canceling…');
      expect(cards(el)).to.have.length(3);

      // Hold the reload that follows the cancel, to look at the row in between.
      const releaseList = gate();
      worker.use(http.get(LIST, async () => {
        await releaseList.wait;
        return undefined;
      }));
      const canceled = oneEvent(el, 'invite-canceled');
      releaseCancel.open();
      await canceled;
      await el.updateComplete;
      const between = cardFor(el, 'a@example.com');
      await between.updateComplete;
      expect(between.busy).to.equal(false);
      expect(badge(between)).to.equal('Canceled');
      expect(cancelButton(between), 'no cancel button once canceled').to.not.exist;
      expect(cards(el)).to.have.length(3);

      releaseList.open();
      await waitUntil(() => textOf(tab(el, 'canceled')).includes('1'), 'counts after the reload');
      expect(badge(cardFor(el, 'a@example.com'))).to.equal('Canceled');
      expect(cards(el)).to.have.length(3);
    });

    it('a refresh during a cancel that fails leaves one pending row with its cancel button back', async () => {
      const releaseCancel = gate();
      worker.use(http.post(CANCEL, async () => {
        await releaseCancel.wait;
        return HttpResponse.json({ message: 'Nope', code: 'X' }, { status: 400 });
      }));
      const el = await fixture<InviteDashboard>(html`<invite-dashboard></invite-dashboard>`);
      await settled(el);
      (await openConfirm(cardFor(el, 'a@example.com'))).click();
      await waitUntil(() => cardFor(el, 'a@example.com').busy, 'busy');
      await el.refresh();
      expect(cardFor(el, 'a@example.com').busy).to.equal(true);
      const failed = oneEvent(el, 'invite-error');
      releaseCancel.open();
      await failed;
      await el.updateComplete;
      const card = cardFor(el, 'a@example.com');
      await card.updateComplete;
      expect(cards(el).filter((c) => c.invitation!.emails[0] === 'a@example.com')).to.have.length(1);
      expect(card.busy).to.equal(false);
      expect(badge(card)).to.equal('Pending');
      expect(cancelButton(card)!.disabled).to.equal(false);
    });
  });
});

import { capabilities } from '../helpers/capabilities.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/create-invite-dialog/create-invite-dialog.js';
import type { CreateInviteDialog } from '../../src/components/create-invite-dialog/create-invite-dialog.js';
import { MAX_EMAILS } from '../../src/components/create-invite-dialog/create-invite-form.js';
import type { CreateInviteInput, CreateInviteResult, InviteAdapter } from '../../src/api/types.js';
import { esStrings } from '../../src/i18n/es.js';
import { defaultStrings } from '../../src/i18n/strings.js';

/** An adapter whose `create` records its input and answers at once (public invites get a token). */
function fakeAdapter() {
  const calls: CreateInviteInput[] = [];
  const create: InviteAdapter['create'] = async (input): Promise<CreateInviteResult> => {
    calls.push(input);
    return input.emails ? { message: 'The invitation was sent' } : { message: 'tok', token: 'tok' };
  };
  const refused = () => Promise.reject(new Error('the dialog only creates'));
  return { adapter: { capabilities, create, list: refused, cancel: refused } satisfies InviteAdapter, calls };
}

const root = (el: CreateInviteDialog) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: CreateInviteDialog, selector: string) => root(el).querySelector<T & Element>(selector)!;
const valueOf = (el: CreateInviteDialog, selector: string) => $<HTMLInputElement>(el, selector).value;
const note = (el: CreateInviteDialog) => root(el).querySelector('[part~="draft-note"]')?.textContent?.trim();
const hint = (el: CreateInviteDialog) => root(el).querySelector('#emails-hint')?.textContent?.trim();
const fieldError = (el: CreateInviteDialog, name: string) => root(el).querySelector(`#${name}-error`)?.textContent?.trim();
const isFocused = (el: CreateInviteDialog, selector: string) => root(el).activeElement === $(el, selector);

async function openDialog(template = html`<create-invite-dialog></create-invite-dialog>`) {
  const el = await fixture<CreateInviteDialog>(template);
  const fake = fakeAdapter();
  el.adapter = fake.adapter;
  await el.show();
  return { el, calls: fake.calls };
}

/** Sets a control the way typing does: a value, then a bubbling `input` event. */
async function fill(el: CreateInviteDialog, name: string, value: string) {
  const control = $<HTMLInputElement>(el, `[name="${name}"]`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function click(el: CreateInviteDialog, selector: string) {
  $(el, selector).click();
  await el.updateComplete;
}

/** The three ways a user dismisses the form. */
const dismissals: [string, (el: CreateInviteDialog) => Promise<void>][] = [
  ['Escape', async (el) => {
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.open, 'Escape did not close the dialog');
  }],
  ['the × button', (el) => click(el, '[part~="close-button"]')],
  ['Cancel', (el) => click(el, '[part~="cancel-button"]')],
];

/** `count` distinct valid addresses, one a line. */
const addresses = (count: number) => Array.from({ length: count }, (_, i) => `person${i + 1}@example.com`).join('\n');

describe('<create-invite-dialog> drafts and the address limit', () => {
  // Animations off: axe would measure colours half-way through the opening fade.
  before(() => document.documentElement.style.setProperty('--invite-duration', '0ms'));
  after(() => document.documentElement.style.removeProperty('--invite-duration'));

  describe('a draft', () => {
    for (const [way, dismiss] of dismissals) {
      it(`is kept when ${way} closes the form with something typed, and comes back on reopening with a note`, async () => {
        const { el } = await openDialog();
        await fill(el, 'emails', 'ada@example.com\nbo@example.com');
        await fill(el, 'role', 'admin');
        await fill(el, 'expiresInDays', '3');
        await dismiss(el);
        expect(el.open).to.equal(false);
        expect(note(el)).to.equal(undefined);

        await el.show();
        expect(valueOf(el, '#emails')).to.equal('ada@example.com\nbo@example.com');
        expect(valueOf(el, '#role')).to.equal('admin');
        expect(valueOf(el, '#expiresInDays')).to.equal('3');
        expect(note(el)).to.equal(defaultStrings.draftKept);
        expect($(el, 'dialog').getAttribute('aria-describedby')).to.equal('draft-note');
      });
    }

    it('keeps a public invite as it was set: type, max uses and name sharing', async () => {
      const { el } = await openDialog();
      await click(el, 'input[name="type"][value="public"]');
      await fill(el, 'maxUses', '25');
      await click(el, 'input[name="shareInviterName"]');
      await click(el, '[part~="cancel-button"]');
      await el.show();
      expect($<HTMLInputElement>(el, 'input[value="public"]').checked).to.equal(true);
      expect(valueOf(el, '#maxUses')).to.equal('25');
      expect($<HTMLInputElement>(el, 'input[name="shareInviterName"]').checked).to.equal(false);
      expect(note(el)).to.equal(defaultStrings.draftKept);
    });

    it('is not kept when nothing was typed, or what was typed was erased', async () => {
      const { el } = await openDialog();
      await click(el, '[part~="cancel-button"]');
      await el.show();
      expect(note(el)).to.equal(undefined);
      expect($(el, 'dialog').hasAttribute('aria-describedby')).to.equal(false);

      await fill(el, 'emails', 'ada@example.com');
      await fill(el, 'emails', '');
      await click(el, '[part~="close-button"]');
      await el.show();
      expect(note(el)).to.equal(undefined);
      expect(valueOf(el, '#emails')).to.equal('');
    });

    it('leaves the errors shown before closing behind', async () => {
      const { el, calls } = await openDialog();
      await fill(el, 'expiresInDays', '0');
      await click(el, '[part~="submit"]');
      expect(fieldError(el, 'expiresInDays')).to.equal(defaultStrings.errorExpiry);
      await click(el, '[part~="cancel-button"]');
      await el.show();
      expect(valueOf(el, '#expiresInDays')).to.equal('0');
      expect(fieldError(el, 'expiresInDays')).to.equal(undefined);
      expect(fieldError(el, 'emails')).to.equal(undefined);
      expect($(el, '#expiresInDays').getAttribute('aria-invalid')).to.equal('false');
      expect(calls).to.have.length(0);
    });

    it('is cleared by a successful create: the next opening is a fresh form', async () => {
      const { el, calls } = await openDialog();
      await fill(el, 'emails', 'ada@example.com');
      await fill(el, 'role', 'moderator');
      await click(el, '[part~="close-button"]');
      await el.show();
      await click(el, '[part~="submit"]');
      await waitUntil(() => !el.open, 'the dialog stayed open after the create');
      expect(calls.map((call) => call.emails)).to.deep.equal([['ada@example.com']]);

      await el.show();
      expect(valueOf(el, '#emails')).to.equal('');
      expect(valueOf(el, '#role')).to.equal('user');
      expect(note(el)).to.equal(undefined);
    });

    it('is cleared by a public create: "Create another" and the next opening start fresh', async () => {
      const { el } = await openDialog();
      await click(el, 'input[name="type"][value="public"]');
      await fill(el, 'maxUses', '5');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !el.open);
      await el.show();
      await click(el, '[part~="submit"]');
      await waitUntil(() => root(el).querySelector('[part~="result"]'), 'no link was shown');
      expect($(el, 'dialog').hasAttribute('aria-describedby')).to.equal(false);

      await click(el, '[part~="another-button"]');
      expect($<HTMLInputElement>(el, 'input[value="private"]').checked).to.equal(true);
      expect(note(el)).to.equal(undefined);

      await click(el, 'input[name="type"][value="public"]');
      await click(el, '[part~="submit"]');
      await waitUntil(() => root(el).querySelector('[part~="result"]'), 'no second link was shown');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !el.open);
      await el.show();
      expect($<HTMLInputElement>(el, 'input[value="private"]').checked).to.equal(true);
      expect(note(el)).to.equal(undefined);
    });

    it('is not kept when the host closes the dialog with close()', async () => {
      const { el } = await openDialog();
      await fill(el, 'emails', 'ada@example.com');
      await el.close();
      await el.show();
      expect(valueOf(el, '#emails')).to.equal('');
      expect(note(el)).to.equal(undefined);
    });

    it('says so in the strings’ language', async () => {
      const { el } = await openDialog(html`<create-invite-dialog .strings=${esStrings} locale="es"></create-invite-dialog>`);
      await fill(el, 'emails', 'ada@example.com');
      await click(el, '[part~="cancel-button"]');
      await el.show();
      expect(note(el)).to.equal(esStrings.draftKept);
    });

    for (const theme of ['light', 'dark']) {
      it(`is accessible with a restored draft, ${theme}`, async () => {
        const { el } = await openDialog(html`<create-invite-dialog theme=${theme}></create-invite-dialog>`);
        await fill(el, 'emails', 'ada@example.com');
        await click(el, '[part~="cancel-button"]');
        await el.show();
        expect(note(el)).to.equal(defaultStrings.draftKept);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe(`more than ${MAX_EMAILS} addresses`, () => {
    it('are counted on the emails field while typing, before any submit', async () => {
      const { el } = await openDialog();
      expect(hint(el)).to.equal(defaultStrings.emailsHint);
      await fill(el, 'emails', addresses(62));
      expect(hint(el)).to.equal('62 addresses; at most 50');
      expect($(el, '#emails').getAttribute('aria-describedby')).to.equal('emails-hint');
      await fill(el, 'emails', addresses(50));
      expect(hint(el)).to.equal(defaultStrings.emailsHint);
    });

    it('are refused on the emails field with the count, focus moves there, and nothing is sent', async () => {
      const { el, calls } = await openDialog();
      await fill(el, 'emails', addresses(62));
      await click(el, '[part~="submit"]');
      const emails = $(el, '#emails');
      expect(fieldError(el, 'emails')).to.equal('62 addresses; at most 50');
      expect(emails.getAttribute('aria-invalid')).to.equal('true');
      expect(emails.getAttribute('aria-describedby')).to.contain('emails-error');
      expect(hint(el)).to.equal(defaultStrings.emailsHint);
      await waitUntil(() => isFocused(el, '#emails'), 'focus did not move to the emails');
      expect(calls).to.have.length(0);
      expect(el.open).to.equal(true);
    });

    it('lets exactly 50 go, and counts a repeated address once', async () => {
      const { el, calls } = await openDialog();
      await fill(el, 'emails', `${addresses(50)}\nPERSON1@example.com`);
      expect(hint(el)).to.equal(defaultStrings.emailsHint);
      await click(el, '[part~="submit"]');
      await waitUntil(() => !el.open, 'the dialog stayed open');
      expect(calls.map((call) => call.emails?.length)).to.deep.equal([50]);
    });

    it('are counted in the strings’ language', async () => {
      const { el } = await openDialog(html`<create-invite-dialog .strings=${esStrings} locale="es"></create-invite-dialog>`);
      await fill(el, 'emails', addresses(62));
      await click(el, '[part~="submit"]');
      expect(fieldError(el, 'emails')).to.equal('62 direcciones; como máximo 50');
    });

    for (const theme of ['light', 'dark']) {
      it(`is accessible with the count while typing and as the field's error, ${theme}`, async () => {
        const { el } = await openDialog(html`<create-invite-dialog theme=${theme}></create-invite-dialog>`);
        await fill(el, 'emails', addresses(62));
        expect(hint(el)).to.equal('62 addresses; at most 50');
        await expect(el).to.be.accessible();
        await click(el, '[part~="submit"]');
        expect(fieldError(el, 'emails')).to.equal('62 addresses; at most 50');
        await expect(el).to.be.accessible();
      });
    }
  });
});

import { capabilities } from '../helpers/capabilities.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http } from 'msw';
import '../../src/components/create-invite-dialog/create-invite-dialog.js';
import type { CreateInviteDialog } from '../../src/components/create-invite-dialog/create-invite-dialog.js';
import { InviteApiError } from '../../src/api/errors.js';
import type { CreateInviteInput, CreateInviteResult, InviteAdapter } from '../../src/api/types.js';
import { defaultStrings } from '../../src/i18n/strings.js';
import { recorded } from '../fixtures/better-invite-responses.js';
import { useMockServer } from '../helpers/msw.js';
import { loadQrEncoder } from '../../src/components/shared/qr-code.js';
import { deferred } from '../helpers/deferred.js';

const DAY = 24 * 3600;
const CREATE_PATH = '/api/auth/invite/create';

type Answer = (input: CreateInviteInput) => Promise<CreateInviteResult>;

/**
 * An adapter whose `create` records its input and answers as told (by default: sent). The dialog
 * calls nothing else, so the rest of the interface is left out.
 */
function fakeAdapter(answer: Answer = async () => ({ message: 'The invitation was sent' })) {
  const calls: CreateInviteInput[] = [];
  const create: InviteAdapter['create'] = (input) => {
    calls.push(input);
    return answer(input);
  };
  const refused = () => Promise.reject(new Error('the dialog only creates'));
  return { adapter: { capabilities, create, list: refused, cancel: refused } satisfies InviteAdapter, calls };
}

/** A fake adapter whose every `create` waits until the test settles it by hand: `answers[n]` is the n-th request. */
function deferredAdapter() {
  const answers: ReturnType<typeof deferred<CreateInviteResult>>[] = [];
  const fake = fakeAdapter(() => {
    const answer = deferred<CreateInviteResult>();
    answers.push(answer);
    return answer.promise;
  });
  return { ...fake, answers };
}

const root = (el: CreateInviteDialog) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: CreateInviteDialog, selector: string) => root(el).querySelector<T & Element>(selector)!;
const dialogOf = (el: CreateInviteDialog) => $<HTMLDialogElement>(el, 'dialog');
const submitButton = (el: CreateInviteDialog) => $<HTMLButtonElement>(el, '[part~="submit"]');
const alertText = (el: CreateInviteDialog) => root(el).querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim();
const fieldError = (el: CreateInviteDialog, name: string) => root(el).querySelector(`#${name}-error`)?.textContent?.trim();
const focused = (el: CreateInviteDialog) => root(el).activeElement as HTMLElement | null;

async function openDialog(adapter?: InviteAdapter, template = html`<create-invite-dialog></create-invite-dialog>`) {
  const el = await fixture<CreateInviteDialog>(template);
  if (adapter) el.adapter = adapter;
  el.show();
  await el.updateComplete;
  return el;
}

/** Sets a control the way typing does: a value, then a bubbling `input` event. */
async function fill(el: CreateInviteDialog, name: string, value: string) {
  const control = $<HTMLInputElement>(el, `[name="${name}"]`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function choose(el: CreateInviteDialog, type: 'private' | 'public') {
  $<HTMLInputElement>(el, `input[name="type"][value="${type}"]`).click();
  await el.updateComplete;
}

async function submit(el: CreateInviteDialog) {
  submitButton(el).click();
  await el.updateComplete;
}

/** Waits for the request to settle: the submit button comes back (or the dialog moved on). */
async function settled(el: CreateInviteDialog) {
  await waitUntil(() => !root(el).querySelector('[part~="submit"][disabled]'), 'the request never settled');
  await el.updateComplete;
}

describe('<create-invite-dialog>', () => {
  const worker = useMockServer();

  // Animations off: axe would measure colours half-way through the opening fade.
  before(() => document.documentElement.style.setProperty('--invite-duration', '0ms'));
  after(() => document.documentElement.style.removeProperty('--invite-duration'));

  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('opening and closing', () => {
    it('opens as a modal with show() and puts focus on the first field', async () => {
      const el = await openDialog(fakeAdapter().adapter);
      expect(el.open).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(true);
      expect(dialogOf(el).open).to.equal(true);
      expect(dialogOf(el).matches(':modal')).to.equal(true);
      expect(focused(el)).to.equal($(el, 'input[name="type"][value="private"]'));
    });

    it('opens from the open attribute', async () => {
      const el = await fixture<CreateInviteDialog>(html`<create-invite-dialog open></create-invite-dialog>`);
      await el.updateComplete;
      expect(dialogOf(el).matches(':modal')).to.equal(true);
    });

    it('closes with close(), by setting open to false and with the close button', async () => {
      const el = await openDialog(fakeAdapter().adapter);
      el.close();
      await el.updateComplete;
      expect(dialogOf(el).open).to.equal(false);
      expect(el.hasAttribute('open')).to.equal(false);

      el.open = true;
      await el.updateComplete;
      el.open = false;
      await el.updateComplete;
      expect(dialogOf(el).open).to.equal(false);

      el.show();
      await el.updateComplete;
      $(el, '[part~="close-button"]').click();
      await el.updateComplete;
      expect(dialogOf(el).open).to.equal(false);
      expect($(el, '[part~="close-button"]').getAttribute('aria-label')).to.equal('Close');
    });

    it('Escape closes it and focus returns to the button that opened it', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="opener" @click=${() => wrapper.querySelector('create-invite-dialog')!.show()}>Invite someone</button>
        <create-invite-dialog></create-invite-dialog>
      </div>`);
      const el = wrapper.querySelector('create-invite-dialog')!;
      const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
      opener.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialogOf(el).open, 'the button did not open the dialog');
      expect(focused(el)?.getAttribute('value')).to.equal('private');

      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !el.open, 'Escape did not close the dialog');
      expect(dialogOf(el).open).to.equal(false);
      expect(document.activeElement).to.equal(opener);
    });

    it('returns focus to an opener inside another shadow root', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const opener = document.createElement('button');
      opener.textContent = 'Create invite';
      shadow.append(opener);
      const el = await fixture<CreateInviteDialog>(html`<create-invite-dialog></create-invite-dialog>`);
      opener.focus();
      el.show();
      await el.updateComplete;
      expect(shadow.activeElement).to.not.equal(opener);
      el.close();
      await waitUntil(() => shadow.activeElement === opener, 'focus did not come back to the opener');
    });

    it('show() resolves once the dialog is open with focus on its first field', async () => {
      const el = await fixture<CreateInviteDialog>(html`<create-invite-dialog></create-invite-dialog>`);
      el.adapter = fakeAdapter().adapter;
      const shown = el.show();
      expect(shown).to.be.instanceOf(Promise);
      expect(dialogOf(el).open, 'not open before the render').to.equal(false);
      await shown;
      expect(dialogOf(el).matches(':modal')).to.equal(true);
      expect(focused(el)).to.equal($(el, 'input[name="type"][value="private"]'));
      expect(document.activeElement).to.equal(el);
    });

    it('close() resolves once the dialog is closed and focus is back on the opener', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="opener">Invite someone</button>
        <create-invite-dialog></create-invite-dialog>
      </div>`);
      const el = wrapper.querySelector('create-invite-dialog')!;
      const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
      opener.focus();
      await el.show();
      expect(document.activeElement).to.equal(el);
      const closed = el.close();
      expect(closed).to.be.instanceOf(Promise);
      await closed;
      expect(el.open).to.equal(false);
      expect(el.hasAttribute('open')).to.equal(false);
      expect(dialogOf(el).open).to.equal(false);
      expect(document.activeElement).to.equal(opener);
    });

    it('forgets what was typed when closed and reopened', async () => {
      const el = await openDialog(fakeAdapter().adapter);
      await fill(el, 'emails', 'someone@example.com');
      el.close();
      await waitUntil(() => !el.open);
      el.show();
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, '#emails').value).to.equal('');
    });
  });

  describe('creating a private invite', () => {
    it('sends the role and the emails split on commas and new lines, without duplicates', async () => {
      const { adapter, calls } = fakeAdapter();
      const el = await openDialog(adapter);
      await fill(el, 'emails', 'ada@example.com, bo@example.com\nADA@example.com\n\n  cy@example.com ');
      await fill(el, 'role', 'admin');
      await fill(el, 'expiresInDays', '3');
      const created = oneEvent(el, 'invite-created');
      await submit(el);
      const event = await created;

      expect(calls).to.deep.equal([
        { role: 'admin', emails: ['ada@example.com', 'bo@example.com', 'cy@example.com'], expiresIn: 3 * DAY, shareInviterName: true },
      ]);
      expect(event.detail).to.deep.equal({ invitations: ['ada@example.com', 'bo@example.com', 'cy@example.com'] });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('closes and resets the form after the server accepted', async () => {
      const el = await openDialog(fakeAdapter().adapter);
      await fill(el, 'emails', 'ada@example.com');
      await submit(el);
      await waitUntil(() => !el.open, 'the dialog stayed open');
      el.show();
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, '#emails').value).to.equal('');
    });

    it('posts to the real better-invite path with the body the server expects', async () => {
      const bodies: unknown[] = [];
      worker.use(
        http.post(CREATE_PATH, async ({ request }) => {
          bodies.push(await request.json());
          return Response.json(recorded.create_private);
        }),
      );
      const el = await openDialog();
      await fill(el, 'emails', 'new1@example.com\ncarol@example.com, new1@example.com');
      await fill(el, 'role', 'moderator');
      $<HTMLInputElement>(el, 'input[name="shareInviterName"]').click();
      const created = oneEvent(el, 'invite-created');
      await submit(el);
      expect((await created).detail).to.deep.equal({ invitations: ['new1@example.com', 'carol@example.com'] });

      expect(bodies).to.deep.equal([
        { role: 'moderator', email: ['new1@example.com', 'carol@example.com'], expiresIn: 7 * DAY, shareInviterName: false },
      ]);
      await waitUntil(() => !el.open, 'the dialog stayed open');
    });
  });

  describe('creating a public invite', () => {
    let restoreClipboard: (() => void) | undefined;
    afterEach(() => restoreClipboard?.());

    function stubClipboard(clipboard: unknown) {
      Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
      restoreClipboard = () => {
        delete (navigator as { clipboard?: unknown }).clipboard;
        restoreClipboard = undefined;
      };
    }

    it('shows the link built from invite-url over the real path, and copies it', async () => {
      const bodies: unknown[] = [];
      worker.use(
        http.post(CREATE_PATH, async ({ request }) => {
          bodies.push(await request.json());
          return Response.json(recorded.create_public_token);
        }),
      );
      const copies: string[] = [];
      stubClipboard({ writeText: async (text: string) => void copies.push(text) });
      const el = await openDialog(undefined, html`<create-invite-dialog invite-url="{origin}/join?t={token}"></create-invite-dialog>`);
      await choose(el, 'public');
      await fill(el, 'maxUses', '5');
      const created = oneEvent(el, 'invite-created');
      await submit(el);
      const link = `${location.origin}/join?t=${recorded.create_public_token.message}`;
      expect((await created).detail).to.deep.equal({ token: recorded.create_public_token.message, url: link });
      expect(bodies).to.deep.equal([{ role: 'user', maxUses: 5, expiresIn: 7 * DAY, shareInviterName: true }]);

      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect($(el, '[part~="result"]')).to.exist;
      expect($<HTMLInputElement>(el, '#link').value).to.equal(link);
      expect(focused(el)).to.equal($(el, '#link'));

      const copied = oneEvent(el, 'invite-link-copied');
      $(el, '[part~="copy-button"]').click();
      expect((await copied).detail).to.deep.equal({ url: link });
      await el.updateComplete;
      expect(copies).to.deep.equal([link]);
      expect($(el, '[part~="copy-button"]').textContent).to.contain('Copied');
      expect($(el, '[role="status"]').textContent).to.contain('Copied');
    });

    it('uses the invite-url template even when the server sent its own link', async () => {
      const { adapter } = fakeAdapter(async () => ({ message: 'x', token: 'tok/1', url: 'http://127.0.0.1:3917/api/auth/invite/tok?callbackURL=%2F' }));
      const el = await openDialog(adapter, html`<create-invite-dialog api-base="https://auth.example.org/api/auth"></create-invite-dialog>`);
      await choose(el, 'public');
      await submit(el);
      await waitUntil(() => root(el).querySelector('#link'));
      expect($<HTMLInputElement>(el, '#link').value).to.equal('https://auth.example.org/api/auth/invite/tok%2F1');
    });

    it('copies through the selection when the Clipboard API is missing', async () => {
      stubClipboard(undefined);
      const { adapter } = fakeAdapter(async () => ({ message: 'abc', token: 'abc' }));
      const el = await openDialog(adapter);
      await choose(el, 'public');
      await submit(el);
      await waitUntil(() => root(el).querySelector('#link'));
      const original = document.execCommand;
      let selected = '';
      document.execCommand = (command: string) => {
        const input = $<HTMLInputElement>(el, '#link');
        selected = command === 'copy' ? input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0) : '';
        return command === 'copy';
      };
      try {
        const copied = oneEvent(el, 'invite-link-copied');
        $(el, '[part~="copy-button"]').click();
        await copied;
      } finally {
        document.execCommand = original;
      }
      expect(selected).to.equal($<HTMLInputElement>(el, '#link').value);
    });

    it('says how to copy by hand when no way of copying works', async () => {
      stubClipboard({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
      const { adapter } = fakeAdapter(async () => ({ message: 'abc', token: 'abc' }));
      const el = await openDialog(adapter);
      await choose(el, 'public');
      await submit(el);
      await waitUntil(() => root(el).querySelector('#link'));
      const original = document.execCommand;
      document.execCommand = () => false;
      try {
        $(el, '[part~="copy-button"]').click();
        await waitUntil(() => $(el, '[role="status"]').textContent!.includes(defaultStrings.copyFailed));
      } finally {
        document.execCommand = original;
      }
    });

    it('shows the link’s QR code under it, named and captioned with the link, in light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const { adapter } = fakeAdapter(async () => ({ message: 'x', token: 'qr-token' }));
        const el = await openDialog(adapter, html`<create-invite-dialog theme=${theme} api-base="https://auth.example.org/api/auth"></create-invite-dialog>`);
        await choose(el, 'public');
        await submit(el);
        await waitUntil(() => root(el).querySelector('[part~="result"]'));
        await loadQrEncoder();
        await el.updateComplete;
        const link = $<HTMLInputElement>(el, '#link').value;
        const figure = $(el, '[part~="result"] figure[part="qr"]');
        const image = figure.querySelector('svg[role="img"]')!;
        expect(root(el).getElementById(image.getAttribute('aria-labelledby')!)!.textContent).to.equal(defaultStrings.qrTitle);
        expect(figure.querySelector('figcaption')!.textContent).to.contain(link);
        expect($(el, '#link').compareDocumentPosition(figure) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        expect(figure.querySelector('[part~="qr-download"]')!.textContent!.trim()).to.equal(defaultStrings.downloadQr);
        await expect(el).to.be.accessible();
      }
    });

    it('sends no maxUses for 0, so the link is unlimited', async () => {
      const { adapter, calls } = fakeAdapter(async () => ({ message: 'abc', token: 'abc' }));
      const el = await openDialog(adapter);
      await choose(el, 'public');
      await fill(el, 'maxUses', '0');
      await submit(el);
      await settled(el);
      expect(calls).to.have.length(1);
      expect(calls[0]).to.deep.equal({ role: 'user', expiresIn: 7 * DAY, shareInviterName: true });
    });

    it('"Create another" shows a fresh form and "Done" closes', async () => {
      const { adapter } = fakeAdapter(async () => ({ message: 'abc', token: 'abc' }));
      const el = await openDialog(adapter);
      await choose(el, 'public');
      await submit(el);
      await waitUntil(() => root(el).querySelector('[part~="result"]'));
      const [another, done] = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="result"] .actions button')];
      expect(another!.textContent!.trim()).to.equal('Create another');
      another!.click();
      await waitUntil(() => root(el).querySelector('form'));
      expect(focused(el)).to.equal($(el, 'input[name="type"][value="private"]'));

      await choose(el, 'public');
      await submit(el);
      await waitUntil(() => root(el).querySelector('[part~="result"]'));
      expect(done!.textContent!.trim()).to.equal('Done');
      root(el).querySelector<HTMLButtonElement>('[part~="result"] .button--primary')!.click();
      await waitUntil(() => !el.open);
    });
  });

  describe('validation', () => {
    async function expectInvalid(el: CreateInviteDialog, field: string, message: string) {
      const control = $(el, `#${field}`);
      expect(fieldError(el, field)).to.equal(message);
      expect(control.getAttribute('aria-invalid')).to.equal('true');
      expect(control.getAttribute('aria-describedby')).to.contain(`${field}-error`);
      await waitUntil(() => focused(el) === control, `focus did not move to ${field}`);
    }

    it('asks for an email and sends nothing', async () => {
      const { adapter, calls } = fakeAdapter();
      const el = await openDialog(adapter);
      await submit(el);
      await expectInvalid(el, 'emails', defaultStrings.errorEmailsRequired);
      expect(calls).to.have.length(0);
      expect(el.open).to.equal(true);
    });

    it('names the invalid email and sends nothing', async () => {
      const { adapter, calls } = fakeAdapter();
      const el = await openDialog(adapter);
      await fill(el, 'emails', 'good@example.com, not-an-email');
      await submit(el);
      await expectInvalid(el, 'emails', 'Not a valid email address: not-an-email');
      expect(calls).to.have.length(0);
    });

    it('refuses max uses of -1', async () => {
      const { adapter, calls } = fakeAdapter();
      const el = await openDialog(adapter);
      await choose(el, 'public');
      await fill(el, 'maxUses', '-1');
      await submit(el);
      await expectInvalid(el, 'maxUses', defaultStrings.errorMaxUses);
      expect(calls).to.have.length(0);
    });

    it('refuses an expiry of 0 days', async () => {
      const { adapter, calls } = fakeAdapter();
      const el = await openDialog(adapter);
      await fill(el, 'emails', 'ada@example.com');
      await fill(el, 'expiresInDays', '0');
      await submit(el);
      await expectInvalid(el, 'expiresInDays', defaultStrings.errorExpiry);
      expect(calls).to.have.length(0);
    });

    it('focuses the first invalid field and clears an error once it is edited', async () => {
      const el = await openDialog(fakeAdapter().adapter);
      await fill(el, 'expiresInDays', '0');
      await submit(el);
      await expectInvalid(el, 'emails', defaultStrings.errorEmailsRequired);
      expect(fieldError(el, 'expiresInDays')).to.equal(defaultStrings.errorExpiry);
      await fill(el, 'emails', 'a');
      expect(fieldError(el, 'emails')).to.equal(undefined);
      expect($(el, '#emails').getAttribute('aria-invalid')).to.equal('false');
    });
  });

  describe('when the server refuses', () => {
    it('keeps every field and shows the recorded VALIDATION_ERROR next to the emails and in the form', async () => {
      worker.use(http.post(CREATE_PATH, () => Response.json(recorded.create_invalid_email.body, { status: 400 })));
      const el = await openDialog();
      await fill(el, 'emails', 'ada@example.com');
      await fill(el, 'role', 'admin');
      await fill(el, 'expiresInDays', '12');
      const failed = oneEvent(el, 'invite-error');
      await submit(el);
      const { detail } = await failed;
      await settled(el);

      expect(detail.operation).to.equal('create');
      expect(detail.error).to.be.instanceOf(InviteApiError);
      expect(detail.error.code).to.equal('VALIDATION_ERROR');
      expect(alertText(el)).to.contain('Invalid email address');
      expect(fieldError(el, 'emails')).to.equal('Invalid email address');
      expect($(el, '#emails').getAttribute('aria-invalid')).to.equal('true');
      expect($<HTMLTextAreaElement>(el, '#emails').value).to.equal('ada@example.com');
      expect($<HTMLSelectElement>(el, '#role').value).to.equal('admin');
      expect($<HTMLInputElement>(el, '#expiresInDays').value).to.equal('12');
      expect(el.open).to.equal(true);
    });

    it('shows the message of a 500 and keeps the public form as typed', async () => {
      worker.use(
        http.post(CREATE_PATH, () =>
          Response.json({ message: 'Error sending the invitation email', code: 'ERROR_SENDING_THE_INVITATION_EMAIL' }, { status: 500 }),
        ),
      );
      const el = await openDialog();
      await choose(el, 'public');
      await fill(el, 'maxUses', '4');
      const failed = oneEvent(el, 'invite-error');
      await submit(el);
      expect((await failed).detail.error.status).to.equal(500);
      await settled(el);
      expect(alertText(el)).to.contain('Error sending the invitation email');
      expect($<HTMLInputElement>(el, 'input[value="public"]').checked).to.equal(true);
      expect($<HTMLInputElement>(el, '#maxUses').value).to.equal('4');
      expect(focused(el)).to.equal(submitButton(el));
    });

    it('fires invite-unauthorized on a 401', async () => {
      worker.use(http.post(CREATE_PATH, () => Response.json(recorded.list_signed_out.body, { status: 401 })));
      const el = await openDialog();
      await fill(el, 'emails', 'ada@example.com');
      const unauthorized = oneEvent(el, 'invite-unauthorized');
      const failed = oneEvent(el, 'invite-error');
      await submit(el);
      expect((await unauthorized).detail).to.deep.equal({});
      expect((await failed).detail.error.kind).to.equal('unauthorized');
      await settled(el);
      expect(alertText(el)).to.contain((await failed).detail.error.message);
    });
  });

  describe('while sending', () => {
    it('disables submit and says "Creating…" until the server answers', async () => {
      const answer = deferred<CreateInviteResult>();
      const el = await openDialog(fakeAdapter(() => answer.promise).adapter);
      await fill(el, 'emails', 'ada@example.com');
      await submit(el);
      expect(submitButton(el).disabled).to.equal(true);
      expect(submitButton(el).textContent!.trim()).to.equal('Creating…');
      answer.reject(new InviteApiError({ kind: 'network', message: 'The server could not be reached.' }));
      await settled(el);
      expect(submitButton(el).disabled).to.equal(false);
      expect(submitButton(el).textContent!.trim()).to.equal('Create invite');
    });

    it('sends one request for a double click or a repeated Enter', async () => {
      const answer = deferred<CreateInviteResult>();
      const { adapter, calls } = fakeAdapter(() => answer.promise);
      const el = await openDialog(adapter);
      await fill(el, 'emails', 'ada@example.com');
      submitButton(el).click();
      submitButton(el).click();
      $<HTMLFormElement>(el, 'form').requestSubmit();
      await el.updateComplete;
      expect(calls).to.have.length(1);
      answer.resolve({ message: 'The invitation was sent' });
      await waitUntil(() => !el.open);
      expect(calls).to.have.length(1);
    });

    it('fires invite-error once per failed submit, and not for a request that was cancelled', async () => {
      const { adapter, calls, answers } = deferredAdapter();
      const el = await openDialog(adapter);
      const errors: InviteApiError[] = [];
      el.addEventListener('invite-error', (event) => errors.push(event.detail.error));
      await fill(el, 'emails', 'ada@example.com');

      await submit(el);
      answers[0]!.reject(new InviteApiError({ kind: 'network', message: 'The server could not be reached.' }));
      await settled(el);
      expect(errors.map((error) => error.message)).to.deep.equal(['The server could not be reached.']);
      expect(alertText(el)).to.contain('The server could not be reached.');

      await submit(el);
      answers[1]!.reject(new InviteApiError({ kind: 'http', status: 500, message: 'Database is locked' }));
      await settled(el);
      expect(errors.map((error) => error.message)).to.deep.equal(['The server could not be reached.', 'Database is locked']);

      // The request was cancelled under the dialog (an abort signal of the adapter's or the host's
      // fetch): nothing failed, so nothing is reported and the form is back as it was typed.
      await submit(el);
      answers[2]!.reject(new DOMException('The operation was aborted.', 'AbortError'));
      await settled(el);
      await submit(el);
      answers[3]!.reject(new InviteApiError({ kind: 'aborted', message: 'The request was cancelled.' }));
      await settled(el);
      expect(calls).to.have.length(4);
      expect(errors).to.have.length(2);
      expect(alertText(el)).to.equal(undefined);
      expect($<HTMLTextAreaElement>(el, '#emails').value).to.equal('ada@example.com');
      expect(submitButton(el).disabled).to.equal(false);
      expect(el.open).to.equal(true);
    });

    it('lets a request finish after the dialog was closed: the event fires and the form starts fresh', async () => {
      const answer = deferred<CreateInviteResult>();
      const el = await openDialog(fakeAdapter(() => answer.promise).adapter);
      await fill(el, 'emails', 'ada@example.com');
      await submit(el);
      el.close();
      await waitUntil(() => !dialogOf(el).open);
      const created = oneEvent(el, 'invite-created');
      answer.resolve({ message: 'The invitation was sent' });
      expect((await created).detail).to.deep.equal({ invitations: ['ada@example.com'] });
      await el.updateComplete;
      el.show();
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, '#emails').value).to.equal('');
      expect(submitButton(el).disabled).to.equal(false);
    });
  });

  describe('roles', () => {
    const options = (el: CreateInviteDialog) =>
      [...root(el).querySelectorAll('option')].map((option) => [option.value, option.textContent!.trim()]);

    it('offers user, moderator and admin by default', async () => {
      const el = await openDialog(fakeAdapter().adapter);
      expect(options(el)).to.deep.equal([['user', 'User'], ['moderator', 'Moderator'], ['admin', 'Admin']]);
    });

    it('takes the roles attribute as a comma list and sends the chosen one', async () => {
      const { adapter, calls } = fakeAdapter();
      const el = await openDialog(adapter, html`<create-invite-dialog roles="viewer, editor"></create-invite-dialog>`);
      expect(options(el)).to.deep.equal([['viewer', 'Viewer'], ['editor', 'Editor']]);
      await fill(el, 'emails', 'ada@example.com');
      await submit(el);
      await waitUntil(() => calls.length === 1);
      expect(calls[0]!.role).to.equal('viewer');
    });

    it('follows a roles property set later', async () => {
      const el = await openDialog(fakeAdapter().adapter);
      el.roles = ['owner'];
      await el.updateComplete;
      expect(options(el)).to.deep.equal([['owner', 'Owner']]);
      expect($<HTMLSelectElement>(el, '#role').value).to.equal('owner');
    });

    it('renders hostile role strings as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const el = await fixture<CreateInviteDialog>(html`<create-invite-dialog open></create-invite-dialog>`);
      el.roles = [hostile];
      el.strings = { roleName: (role) => role };
      await el.updateComplete;
      expect(root(el).querySelector('img')).to.equal(null);
      expect(options(el)).to.deep.equal([[hostile, hostile]]);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('text and look', () => {
    it('takes every visible text from strings', async () => {
      const el = await openDialog(fakeAdapter().adapter);
      el.strings = { dialogTitle: 'Einladung erstellen', submit: 'Einladen', close: 'Schließen' };
      await el.updateComplete;
      expect($(el, 'h2').textContent).to.equal('Einladung erstellen');
      expect(submitButton(el).textContent!.trim()).to.equal('Einladen');
      expect($(el, '[part~="close-button"]').getAttribute('aria-label')).to.equal('Schließen');
    });

    it('has a translucent backdrop, not a solid black one', async () => {
      const el = await openDialog(fakeAdapter().adapter);
      expect(getComputedStyle(dialogOf(el), '::backdrop').backgroundColor).to.equal('rgba(17, 24, 39, 0.5)');
    });

    it('fits a 360px wide screen with a margin and scrolls inside when the screen is short', async () => {
      await setViewport({ width: 360, height: 420 });
      const el = await openDialog(fakeAdapter().adapter);
      const box = dialogOf(el).getBoundingClientRect();
      expect(box.left).to.be.at.least(8);
      expect(box.right).to.be.at.most(352);
      expect(box.width).to.be.at.least(300);
      expect(box.bottom).to.be.at.most(420);
      expect(dialogOf(el).scrollHeight).to.be.greaterThan(dialogOf(el).clientHeight);
    });

    it('exposes the documented parts', async () => {
      const el = await openDialog(fakeAdapter().adapter);
      await submit(el);
      for (const part of ['dialog', 'form', 'field', 'input', 'button', 'submit', 'error', 'close-button']) {
        expect(root(el).querySelector(`[part~="${part}"]`), part).to.exist;
      }
      for (const button of root(el).querySelectorAll('button')) expect(button.part.contains('button')).to.equal(true);
      for (const control of root(el).querySelectorAll('input, select, textarea')) expect(control.part.contains('input')).to.equal(true);
    });
  });

  describe('accessibility', () => {
    it('is accessible when open and empty', async () => {
      const el = await openDialog(fakeAdapter().adapter);
      await expect(el).to.be.accessible();
    });

    it('is accessible with validation errors', async () => {
      const el = await openDialog(fakeAdapter().adapter);
      await fill(el, 'expiresInDays', '0');
      await submit(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible with the server error', async () => {
      const failing = fakeAdapter(() =>
        Promise.reject(new InviteApiError({ kind: 'http', status: 400, code: 'VALIDATION_ERROR', message: '[body.email] Invalid email address' })),
      );
      const el = await openDialog(failing.adapter);
      await fill(el, 'emails', 'ada@example.com');
      await submit(el);
      await settled(el);
      expect(alertText(el)).to.contain('Invalid email address');
      await expect(el).to.be.accessible();
    });

    it('is accessible showing a public link', async () => {
      const el = await openDialog(fakeAdapter(async () => ({ message: 'abc', token: 'abc' })).adapter);
      await choose(el, 'public');
      await submit(el);
      await waitUntil(() => root(el).querySelector('[part~="result"]'));
      await expect(el).to.be.accessible();
    });

    it('lets Tab reach every control, and arrow keys switch the invite type', async () => {
      const el = await openDialog(fakeAdapter().adapter);
      const reached = new Set<Element>([focused(el)!]);
      for (let i = 0; i < 10; i += 1) {
        await sendKeys({ press: 'Tab' });
        if (focused(el)) reached.add(focused(el)!);
      }
      $(el, 'input[value="private"]').focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      reached.add(focused(el)!);
      const expected = ['input[value="private"]', '#emails', '#role', '#expiresInDays', 'input[name="shareInviterName"]'];
      for (const selector of expected) expect(reached.has($(el, selector)), selector).to.equal(true);
      for (const button of root(el).querySelectorAll('button')) expect(reached.has(button), button.textContent!).to.equal(true);

      $(el, 'input[value="private"]').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, 'input[value="public"]').checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($(el, '#maxUses'));
    });
  });
});

import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { defineElement } from '../../define.js';
import { elementAdapter } from '../../state/invite-config.js';
import { DEFAULT_TIMEOUT_MS } from '../../api/http.js';
import { isAbort, toInviteApiError } from '../../api/errors.js';
import type { CreateInviteInput, InviteAdapter } from '../../api/types.js';
import { dispatchInviteEvent, reportError } from '../../events.js';
import { InviteConfigMixin } from '../shared/config-mixin.js';
import { closeIcon } from '../../icons/icons.js';
import { DEFAULT_INVITE_URL_TEMPLATE } from '../../rules/invite-url.js';
import { buttons } from '../../styles/buttons.js';
import { base } from '../../styles/tokens.js';
import { DEFAULT_ROLES, rolesConverter } from '../roles-converter.js';
import { dangerNotice } from '../../styles/notices.js';
import { qrStyles } from '../shared/qr-code.js';
import { dialogStyles } from './create-invite-dialog.styles.js';
import { renderCreateForm, renderPublicResult } from './create-invite-fields.js';
import { CopyFeedback } from './copy-feedback.js';
import {
  CREATE_FORM_FIELDS, createdLink, describeRefusal, emptyCreateForm, isChangedForm, parseCreateForm, splitEmails,
  tooManyEmails, withInput, type CreateFormErrors, type CreateFormField, type CreateFormValues, type CreatedInvite,
} from './create-invite-form.js';
import { DISMISSALS, ModalController, type CloseReason } from './modal-controller.js';

/**
 * @summary A modal form that creates a private (email) or public (link) invitation.
 *
 * Works on its own or inside `<invite-dashboard>`. Built on a native modal `<dialog>`: focus stays
 * inside, Escape closes it, and focus returns to the opener; `show()` and `close()` resolve once that
 * has happened. It validates before sending, keeps what was typed when the server refuses, and after
 * a public invite shows the link with a copy button and its QR code. Dismissed with Escape, × or
 * Cancel after something was typed, it keeps that draft in memory and the next `show()` restores it
 * with a note; `close()`, `open = false` and a successful create start the next opening fresh.
 * Closing while a request is in flight does not abort it (the server may already have created the
 * invitation): its events still fire; a success resets the form, a refusal is kept so reopening
 * shows the message and the input.
 *
 * @fires invite-created - `{ invitations }` (private) or `{ token, url }` (public) after the server accepted.
 * @fires invite-link-copied - `{ url }` when the public link was copied.
 * @fires invite-error - `{ operation: 'create', error }` when the server refused or could not be reached
 *   (once per failed submit; a request aborted by its adapter or host is not an error).
 * @fires invite-unauthorized - `{}` when the server answered 401/403.
 *
 * @csspart dialog - The native `<dialog>` card.
 * @csspart header - The title row with the close button.
 * @csspart title - "Create invitation".
 * @csspart form - The form.
 * @csspart draft-note - "Your draft was kept.", at the top of a form reopened with a draft.
 * @csspart field - Each field wrapper (label, control, hint, error).
 * @csspart label - Each field's label.
 * @csspart hint - A field's hint.
 * @csspart input - Each input, textarea and select.
 * @csspart error - A field's error and the server's refusal box.
 * @csspart button - Every button.
 * @csspart submit - The submit button.
 * @csspart cancel-button - "Cancel".
 * @csspart close-button - The close (×) button in the header.
 * @csspart copy-button - The copy button next to a created link.
 * @csspart another-button - "Create another", after a public invite.
 * @csspart done-button - "Done", after a public invite.
 * @csspart result - The created public link with its actions.
 * @csspart result-title - "Your invite link is ready".
 * @csspart qr - The created link's QR code with its caption and download button.
 * @csspart qr-download - The button that downloads the QR code as an SVG file.
 * @csspart qr-retry - "Retry" when the QR encoder's file could not be loaded (npm build, loaded on first use).
 *
 * @cssprop [--invite-dialog-width=32rem] - Inline size of the dialog (it never exceeds the viewport).
 * @cssprop [--invite-dialog-background=var(--invite-color-surface)] - Background of the dialog card.
 * @csstokens font-family font-family-mono font-size-s font-size font-size-l font-size-xl font-weight-medium
 *   font-weight-semibold line-height color-text color-text-muted color-surface color-surface-raised
 *   color-border color-accent color-accent-hover color-accent-soft color-on-accent color-danger color-danger-strong
 *   color-on-danger color-danger-soft color-danger-border color-success radius radius-small space-xs space-s
 *   space-m space-l shadow-raised focus-ring focus-ring-offset duration backdrop
 */
export class CreateInviteDialog extends InviteConfigMixin(LitElement) {
  static override styles = [base, buttons, dangerNotice, qrStyles, dialogStyles];
  // Declared here rather than with decorators: a static map costs the bundle far fewer bytes.
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    fetch: { attribute: false },
    adapter: { attribute: false },
    requestTimeout: { attribute: 'request-timeout', type: Number },
    roles: { converter: rolesConverter },
    open: { type: Boolean, reflect: true },
    inviteUrl: { attribute: 'invite-url' },
    _values: { state: true, attribute: false },
    _errors: { state: true, attribute: false },
    _serverError: { state: true, attribute: false },
    _resultUrl: { state: true, attribute: false },
    _draftKept: { state: true, attribute: false },
  };

  /** Base URL of the Better Auth API, used by the default adapter and for `{api}` in `invite-url`. By default the dashboard's, else `/api/auth`. */
  apiBase?: string;
  /** Fetch used by the default adapter (headers, bearer token, a test double). */
  fetch?: typeof globalThis.fetch;
  /** Replaces the whole data source; by default the dashboard's, else a better-invite HTTP adapter. */
  adapter?: InviteAdapter;
  /** Milliseconds the default adapter waits for the server before the request fails as a timeout; 0 waits forever. */
  requestTimeout = DEFAULT_TIMEOUT_MS;
  /** Roles offered in the select: a comma list as an attribute, an array as a property. */
  roles: readonly string[] = DEFAULT_ROLES;
  /** Whether the dialog is shown. Setting it opens or closes the dialog. */
  open = false;
  /** Template of the public link shown after creating: `{api}`, `{origin}`, `{token}`. By default the dashboard's, else `{api}/invite/{token}`. */
  inviteUrl?: string;

  private _values: CreateFormValues = emptyCreateForm();
  private _errors: CreateFormErrors = {};
  private _serverError?: string;
  private _resultUrl?: string;
  /** Whether the form shows a draft restored on opening. */
  private _draftKept = false;
  /** What a dismissal kept, until the next opening restores it. */
  #draft?: CreateFormValues;
  /** Addresses in the emails text, counted when the text changes rather than on every render. */
  #emailCount = { text: '', count: 0 };

  /**
   * The create request. Its status is the dialog's "sending" state: `run()` makes it pending
   * synchronously, so a second click in the same task sees it and cannot submit again.
   */
  #submit = new Task<[CreateInviteInput], CreatedInvite>(this, {
    autoRun: false,
    task: async ([input], { signal }) => ({ input, result: await this.#adapter().create(input, signal) }),
    onComplete: (created) => this.#onCreated(created),
    onError: (error) => this.#onFailed(error),
  });

  #modal = new ModalController(this, {
    dialog: () => this.renderRoot.querySelector('dialog'),
    initialFocus: 'input[name="type"]:checked',
    onHide: (reason) => this.#keepDraft(reason),
  });

  #copy = new CopyFeedback(this);

  get #sending(): boolean {
    return this.#submit.status === TaskStatus.PENDING;
  }

  /**
   * Its own `adapter`; else, inside a dashboard and with no `api-base` or `fetch` of its own, the
   * dashboard's; else the better-invite adapter for its settings.
   */
  #adapter(): InviteAdapter {
    return elementAdapter(this, this.inviteConfig);
  }

  get #apiBase(): string {
    return this.apiBase ?? this.inviteConfig?.apiBase ?? '/api/auth';
  }

  /** Opens the dialog (same as setting `open`); resolves once it is open with focus inside it. */
  show(): Promise<void> {
    return this.#modal.show();
  }

  /** Closes the dialog; resolves once it is closed and focus is back on the element that opened it. */
  close(): Promise<void> {
    return this.#modal.hide('programmatic');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A request still in flight decides what the form shows next time (see the class docs).
    if (changed.has('open') && !this.open && changed.get('open') === true && !this.#sending) this.#reset();
    if (changed.has('open') && this.open && this.#draft) this.#restoreDraft();
    if (changed.has('roles') && !this.roles.includes(this._values.role)) {
      this._values = { ...this._values, role: this.roles[0] ?? '' };
    }
    if (this.#emailCount.text !== this._values.emails) {
      this.#emailCount = { text: this._values.emails, count: splitEmails(this._values.emails).length };
    }
  }

  /**
   * Before a close: a dismissal of the form with changes keeps them. Not while sending (the answer
   * decides what the form shows) nor from the public link (that invite was created).
   */
  #keepDraft(reason: CloseReason): void {
    const form = this._resultUrl === undefined && !this.#sending;
    this.#draft = form && DISMISSALS.includes(reason) && isChangedForm(this._values, this.roles) ? this._values : undefined;
  }

  #restoreDraft(): void {
    this._values = this.#draft!;
    this.#draft = undefined;
    this._draftKept = true;
  }

  /** A field by name, or the submit button: where focus goes after a refusal. */
  #focusField(name: CreateFormField | undefined): Promise<HTMLElement | null> {
    return this.#modal.focus(name ? `#${name}` : '[part~="submit"]');
  }

  #reset(): void {
    this._values = emptyCreateForm(this.roles);
    this._errors = {};
    this._serverError = undefined;
    this._resultUrl = undefined;
    this._draftKept = false;
    this.#copy.reset();
  }

  #onInput = (event: Event): void => {
    const next = withInput(this._values, this._errors, event.target as HTMLInputElement);
    if (next) ({ values: this._values, errors: this._errors } = next);
  };

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.#sending) return;
    const parsed = parseCreateForm(this._values, this.resolvedStrings, this.resolvedLocale);
    this._serverError = undefined;
    if (!parsed.ok) {
      this._errors = parsed.errors;
      void this.#focusField(CREATE_FORM_FIELDS.find((field) => parsed.errors[field]));
      return;
    }
    this._errors = {};
    void this.#submit.run([parsed.input]);
  };

  #onCreated({ input, result }: CreatedInvite): void {
    if (input.emails) {
      dispatchInviteEvent(this, 'invite-created', { invitations: input.emails });
      if (this.open) void this.#modal.hide('created');
      else this.#reset();
      return;
    }
    const url = createdLink(result, this.inviteUrl ?? this.inviteConfig?.inviteUrl ?? DEFAULT_INVITE_URL_TEMPLATE, { apiBase: this.#apiBase, baseUri: document.baseURI });
    dispatchInviteEvent(this, 'invite-created', { token: result.token, url });
    if (!this.open) return this.#reset();
    this._resultUrl = url;
    // Focused and selected: the link is read out, and Ctrl+C copies it even without the button.
    void this.#modal.focus('#link').then((link) => (link as HTMLInputElement | null)?.select());
  }

  /** A refusal or an unreachable server, reported once per submit; an abort only ends the sending state. */
  #onFailed(thrown: unknown): void {
    if (isAbort(thrown)) {
      if (this.open) void this.#focusField(undefined);
      return;
    }
    const error = toInviteApiError(thrown);
    const { serverError, errors, field } = describeRefusal(error, this.resolvedStrings);
    this._serverError = serverError;
    if (field) this._errors = errors;
    reportError(this, 'create', error);
    if (this.open) void this.#focusField(field);
  }

  #onCopy = async (): Promise<void> => {
    const url = this._resultUrl ?? '';
    const copied = await this.#copy.copy(url, this.renderRoot.querySelector('#link'));
    if (copied) dispatchInviteEvent(this, 'invite-link-copied', { url });
  };

  #onAnother = (): void => {
    this.#reset();
    void this.#modal.focus();
  };

  override render() {
    const strings = this.resolvedStrings;
    // The note describes the dialog, so it is read out with the title when focus moves in on opening.
    return html`<dialog part="dialog" aria-labelledby="title" aria-describedby=${this._draftKept && this._resultUrl === undefined ? 'draft-note' : nothing}
      @close=${this.#modal.onClose} @keydown=${this.#modal.onKeydown}>
      <div class="header" part="header">
        <h2 id="title" part="title">${strings.dialogTitle}</h2>
        <button class="button button--ghost icon-button" part="button close-button" type="button"
          aria-label=${strings.close} @click=${() => this.#modal.hide('close-button')}>${closeIcon}</button>
      </div>
      ${this._resultUrl === undefined
        ? renderCreateForm({
            strings, values: this._values, errors: this._errors, roles: this.roles, sending: this.#sending,
            serverError: this._serverError, draftNote: this._draftKept ? strings.draftKept : undefined,
            // Shown while typing, before the submit turns it into the field's error.
            emailsOver: this._errors.emails ? undefined : tooManyEmails(this.#emailCount.count, strings, this.resolvedLocale),
            onInput: this.#onInput, onSubmit: this.#onSubmit, onCancel: () => this.#modal.hide('cancel'),
          })
        : renderPublicResult({
            strings, url: this._resultUrl, copy: this.#copy.state,
            onCopy: this.#onCopy, onAnother: this.#onAnother, onDone: () => this.#modal.hide('done'), host: this,
          })}
    </dialog>`;
  }
}

defineElement('create-invite-dialog', CreateInviteDialog);

declare global {
  interface HTMLElementTagNameMap {
    'create-invite-dialog': CreateInviteDialog;
  }
}

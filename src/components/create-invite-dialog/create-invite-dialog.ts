import { LitElement, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { defineElement } from '../../define.js';
import { adapterFor } from '../../api/adapter-for.js';
import { DEFAULT_TIMEOUT_MS } from '../../api/http.js';
import { toInviteApiError, type InviteApiError } from '../../api/errors.js';
import type { CreateInviteInput, CreateInviteResult, InviteAdapter } from '../../api/types.js';
import { dispatchInviteEvent } from '../../events.js';
import { resolveStrings, type InviteStrings } from '../../i18n/strings.js';
import { closeIcon } from '../../icons/icons.js';
import { DEFAULT_INVITE_URL_TEMPLATE, buildInviteUrl } from '../../rules/invite-url.js';
import { buttons } from '../../styles/buttons.js';
import { base } from '../../styles/tokens.js';
import { copyText } from '../../dom/copy-text.js';
import { keepTabInside } from '../../dom/focus-trap.js';
import { DEFAULT_ROLES, rolesConverter } from '../roles-converter.js';
import { dangerNotice } from '../../styles/notices.js';
import { dialogStyles } from './create-invite-dialog.styles.js';
import { renderCreateForm, renderPublicResult, type CopyState } from './create-invite-fields.js';
import {
  CREATE_FORM_FIELDS, describeServerError, emptyCreateForm, parseCreateForm,
  type CreateFormErrors, type CreateFormValues,
} from './create-invite-form.js';

/** The focused element, looking inside open shadow roots (the opener often lives in one). */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/**
 * @summary A modal form that creates a private (email) or public (link) invitation.
 *
 * Works on its own or inside `<invite-dashboard>`. Built on a native modal `<dialog>`: the browser
 * keeps focus inside, Escape closes it, and focus returns to whatever had it when it opened. It
 * validates before sending, keeps what was typed when the server refuses, and after a public invite
 * shows the link with a copy button. Closing while a request is in flight does not abort it (the
 * server may already have created the invitation): its events still fire; a success resets the form,
 * a refusal is kept so reopening shows the message and the input.
 *
 * @fires invite-created - `{ invitations }` (private) or `{ token, url }` (public) after the server accepted.
 * @fires invite-link-copied - `{ url }` when the public link was copied.
 * @fires invite-error - `{ operation: 'create', error }` when the server refused or could not be reached.
 * @fires invite-unauthorized - `{}` when the server answered 401/403.
 *
 * @csspart dialog - The native `<dialog>` card.
 * @csspart header - The title row with the close button.
 * @csspart title - "Create invitation".
 * @csspart form - The form.
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
 *
 * @cssprop [--invite-dialog-width=32rem] - Inline size of the dialog (it never exceeds the viewport).
 * @cssprop [--invite-dialog-background=var(--invite-color-surface)] - Background of the dialog card.
 * @csstokens font-family font-family-mono font-size-s font-size font-size-l font-size-xl font-weight-medium
 *   font-weight-semibold line-height color-text color-text-muted color-surface color-surface-raised
 *   color-border color-accent color-accent-hover color-on-accent color-danger color-danger-strong
 *   color-on-danger color-danger-soft color-danger-border color-success radius radius-small space-xs space-s
 *   space-m space-l shadow-raised focus-ring focus-ring-offset duration backdrop
 */
export class CreateInviteDialog extends LitElement {
  static override styles = [base, buttons, dangerNotice, dialogStyles];
  // Declared here rather than with decorators: a static map costs the bundle far fewer bytes.
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    fetch: { attribute: false },
    adapter: { attribute: false },
    requestTimeout: { attribute: 'request-timeout', type: Number },
    roles: { converter: rolesConverter },
    open: { type: Boolean, reflect: true },
    inviteUrl: { attribute: 'invite-url' },
    locale: {},
    strings: { attribute: false },
    theme: { reflect: true },
    _values: { state: true, attribute: false },
    _errors: { state: true, attribute: false },
    _serverError: { state: true, attribute: false },
    _sending: { state: true, attribute: false },
    _resultUrl: { state: true, attribute: false },
    _copy: { state: true, attribute: false },
  };

  /** Base URL of the Better Auth API, used by the default adapter and for `{api}` in `invite-url`. */
  apiBase = '/api/auth';
  /** Fetch used by the default adapter (headers, bearer token, a test double). */
  fetch?: typeof globalThis.fetch;
  /** Replaces the whole data source; when unset a better-invite HTTP adapter is used. */
  adapter?: InviteAdapter;
  /** Milliseconds the default adapter waits for the server before the request fails as a timeout; 0 waits forever. */
  requestTimeout = DEFAULT_TIMEOUT_MS;
  /** Roles offered in the select: a comma list as an attribute, an array as a property. */
  roles: readonly string[] = DEFAULT_ROLES;
  /** Whether the dialog is shown. Setting it opens or closes the dialog. */
  open = false;
  /** Template of the public link shown after creating: `{api}`, `{origin}`, `{token}`. */
  inviteUrl = DEFAULT_INVITE_URL_TEMPLATE;
  /** BCP 47 locale for formatted values; defaults to the document's language. */
  locale?: string;
  /** Overrides of any visible text. */
  strings?: Partial<InviteStrings>;
  /** `light`, `dark` or `auto`; unset follows the surrounding page or dashboard. */
  theme?: 'light' | 'dark' | 'auto';

  private _values: CreateFormValues = emptyCreateForm();
  private _errors: CreateFormErrors = {};
  private _serverError?: string;
  private _sending = false;
  private _resultUrl?: string;
  private _copy: CopyState = 'idle';

  private get _dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  #opener: HTMLElement | null = null;
  /** Set synchronously, before any re-render, so a second click in the same task cannot submit again. */
  #pending = false;
  #copyTimer?: ReturnType<typeof setTimeout>;

  /** Opens the dialog (same as setting `open`). */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog; focus returns to the element that opened it. */
  close(): void {
    this.open = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#copyTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open && !this._dialog?.open) this.#opener = deepActiveElement();
    // A request still in flight decides what the form shows next time (see the class docs).
    if (changed.has('open') && !this.open && changed.get('open') === true && !this.#pending) this.#reset();
    if (changed.has('roles') && !this.roles.includes(this._values.role)) {
      this._values = { ...this._values, role: this.roles[0] ?? '' };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this._dialog.open) {
      this._dialog.showModal();
      this.#focusFirstField();
    } else if (!this.open && changed.get('open') === true) {
      if (this._dialog.open) this._dialog.close();
      const opener = this.#opener;
      this.#opener = null;
      if (opener?.isConnected) opener.focus();
    }
  }

  get #strings(): InviteStrings {
    return resolveStrings(this.strings);
  }

  #focusFirstField(): void {
    this._dialog.querySelector<HTMLElement>('input[name="type"]:checked')?.focus();
  }

  async #focusField(name: string | undefined): Promise<void> {
    await this.updateComplete;
    this._dialog.querySelector<HTMLElement>(name ? `#${name}` : '[part~="submit"]')?.focus();
  }

  #reset(): void {
    this._values = emptyCreateForm(this.roles);
    this._errors = {};
    this._serverError = undefined;
    this._resultUrl = undefined;
    this._copy = 'idle';
  }

  /**
   * The browser closed the dialog (Escape): mirror it in `open`. The `close` event of a close asked
   * for through `open` arrives a task later, possibly after a reopen, so it is ignored.
   */
  #onDialogClose = (): void => {
    if (!this._dialog.open && this.open) this.open = false;
  };

  /** Tab wraps inside the dialog instead of leaving it for the browser's toolbar. */
  #onKeydown = (event: KeyboardEvent): void => keepTabInside(event, this._dialog);

  #onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const name = target.name as keyof CreateFormValues;
    if (!(name in this._values)) return;
    this._values = { ...this._values, [name]: target.type === 'checkbox' ? target.checked : target.value };
    if (name in this._errors) this._errors = { ...this._errors, [name]: undefined };
  };

  #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.#pending) return;
    const parsed = parseCreateForm(this._values, this.#strings, this.locale);
    this._serverError = undefined;
    if (!parsed.ok) {
      this._errors = parsed.errors;
      return this.#focusField(CREATE_FORM_FIELDS.find((field) => parsed.errors[field]));
    }
    this._errors = {};
    this.#pending = true;
    this._sending = true;
    const outcome = await adapterFor(this).create(parsed.input).then(
      (result) => ({ result }),
      (error: unknown) => ({ error: toInviteApiError(error) }),
    );
    this.#pending = false;
    this._sending = false;
    if ('error' in outcome) this.#onRefused(outcome.error);
    else this.#onCreated(parsed.input, outcome.result);
  };

  #onCreated(input: CreateInviteInput, result: CreateInviteResult): void {
    if (input.emails) {
      dispatchInviteEvent(this, 'invite-created', { invitations: input.emails });
      if (this.open) this.close();
      else this.#reset();
      return;
    }
    const url = this.#publicUrl(result);
    dispatchInviteEvent(this, 'invite-created', { token: result.token, url });
    if (!this.open) return this.#reset();
    this._resultUrl = url;
    // Focused and selected: the link is read out, and Ctrl+C copies it even without the button.
    void this.#focusField('link').then(() => this._dialog.querySelector<HTMLInputElement>('#link')?.select());
  }

  /** The host's template decides the link, even when the server sent one of its own. */
  #publicUrl(result: CreateInviteResult): string {
    const context = { apiBase: this.apiBase, baseUri: document.baseURI };
    const built = result.token ? buildInviteUrl(this.inviteUrl, result.token, context) : null;
    return built ?? result.url ?? result.token ?? result.message;
  }

  #onRefused(error: InviteApiError): void {
    const { message, field } = describeServerError(error);
    // The server's own words about a field it named; any other failure in the strings' language.
    this._serverError = error.code === 'VALIDATION_ERROR' ? message : this.#strings.errorMessage(error);
    if (field) this._errors = { [field]: message };
    dispatchInviteEvent(this, 'invite-error', { operation: 'create', error });
    if (error.kind === 'unauthorized') dispatchInviteEvent(this, 'invite-unauthorized', {});
    if (this.open) void this.#focusField(field);
  }

  #onCopy = async (): Promise<void> => {
    const url = this._resultUrl ?? '';
    const outcome = await copyText(url, this._dialog.querySelector<HTMLInputElement>('#link'));
    this._copy = outcome === 'failed' ? 'failed' : 'copied';
    clearTimeout(this.#copyTimer);
    if (outcome === 'failed') return;
    dispatchInviteEvent(this, 'invite-link-copied', { url });
    this.#copyTimer = setTimeout(() => (this._copy = 'idle'), 2000);
  };

  #onAnother = async (): Promise<void> => {
    this.#reset();
    await this.updateComplete;
    this.#focusFirstField();
  };

  override render() {
    const strings = this.#strings;
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.#onDialogClose} @keydown=${this.#onKeydown}>
      <div class="header" part="header">
        <h2 id="title" part="title">${strings.dialogTitle}</h2>
        <button class="button button--ghost icon-button" part="button close-button" type="button"
          aria-label=${strings.close} @click=${this.close}>${closeIcon}</button>
      </div>
      ${this._resultUrl === undefined
        ? renderCreateForm({
            strings, values: this._values, errors: this._errors, roles: this.roles, sending: this._sending,
            serverError: this._serverError, onInput: this.#onInput, onSubmit: this.#onSubmit, onCancel: () => this.close(),
          })
        : renderPublicResult({
            strings, url: this._resultUrl, copy: this._copy,
            onCopy: this.#onCopy, onAnother: this.#onAnother, onDone: () => this.close(),
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

import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { defineElement } from '../../define.js';
import { elementAdapter } from '../../state/invite-config.js';
import { DEFAULT_TIMEOUT_MS } from '../../api/http.js';
import { isAbort, toInviteApiError } from '../../api/errors.js';
import type { Invitation, InviteAdapter, InviteUse } from '../../api/types.js';
import { reportError } from '../../events.js';
import type { InviteStrings } from '../../i18n/strings.js';
import { closeIcon, usersIcon } from '../../icons/icons.js';
import { isPublic } from '../../rules/invitation.js';
import { buttons } from '../../styles/buttons.js';
import { dangerNotice } from '../../styles/notices.js';
import { base } from '../../styles/tokens.js';
import { ModalController } from '../create-invite-dialog/modal-controller.js';
import { InviteConfigMixin } from '../shared/config-mixin.js';
import { newestFirst, useRows, usesSummary, type UseRow } from './history-rows.js';
import { historyStyles } from './invite-history.styles.js';

/** What the uses task answers: the uses newest first, or null when this backend keeps no history. */
type Uses = InviteUse[] | null;

/**
 * @summary A side drawer listing who used one invitation and when, newest first.
 *
 * Give it an `invitation` and open it with `show()`; inside `<invite-dashboard>` it uses the
 * dashboard's adapter, on its own its `adapter`, or the better-invite adapter for `api-base` and
 * `fetch`. The history comes from the adapter's `uses()`, which better-invite serves only with the
 * companion plugin (`invite-dashboard/server`): without it the drawer says so instead of an empty list.
 * Built on a native modal `<dialog>` like `<create-invite-dialog>`: focus moves in on opening and stays
 * inside, Escape, × and Close close it, and focus returns to the opener. It asks the server again on
 * every opening and on Retry, and not at all while closed.
 *
 * @fires invite-error - Reading who used it failed: `{ operation: 'uses', error }`.
 * @fires invite-unauthorized - `{}` when the server answered 401/403.
 *
 * @csspart dialog - The native `<dialog>` drawer.
 * @csspart header - The title row with the close button.
 * @csspart title - "Who used this invitation".
 * @csspart body - Everything between the header and the footer; it scrolls.
 * @csspart summary - Which invitation: its addresses or "Public invite", and its role.
 * @csspart count - "2 of 5 used", or "3 uses" for an unlimited link.
 * @csspart loading - The loading message.
 * @csspart list - The `<ol>` of uses, newest first.
 * @csspart use - One use: who and when.
 * @csspart avatar - A use's initial (an icon for a deleted user).
 * @csspart name - A use's user name, or "Deleted user".
 * @csspart email - A use's user email.
 * @csspart time - When: relative, then date and time.
 * @csspart empty - "Nobody has used it yet."
 * @csspart unavailable - The message shown when the backend keeps no usage history.
 * @csspart error - The box shown when the history could not be loaded, with Retry.
 * @csspart retry-button - "Retry", in the error box.
 * @csspart footer - The row with the Close button.
 * @csspart button - Every button.
 * @csspart close-button - The close (×) button in the header.
 * @csspart done-button - The Close button in the footer.
 *
 * @cssprop [--invite-history-width=28rem] - Inline size of the drawer (full width on narrower screens).
 * @cssprop [--invite-history-background=var(--invite-color-surface)] - Background of the drawer.
 * @csstokens font-family font-size-s font-size font-size-xl font-weight-medium font-weight-semibold line-height
 *   color-text color-text-muted color-surface color-surface-raised color-border color-accent color-accent-hover
 *   color-on-accent color-accent-text color-accent-soft color-danger color-danger-strong color-on-danger
 *   color-danger-soft color-danger-border radius radius-small radius-pill space-xs space-s space-m space-l
 *   shadow-raised focus-ring focus-ring-offset duration backdrop
 */
export class InviteHistory extends InviteConfigMixin(LitElement) {
  static override styles = [base, buttons, dangerNotice, historyStyles];
  // Declared here rather than with decorators: a static map costs the bundle far fewer bytes.
  static override properties: PropertyDeclarations = {
    invitation: { attribute: false },
    apiBase: { attribute: 'api-base' },
    fetch: { attribute: false },
    adapter: { attribute: false },
    requestTimeout: { attribute: 'request-timeout', type: Number },
    open: { type: Boolean, reflect: true },
  };

  /** The invitation whose uses are shown. */
  invitation?: Invitation;
  /** Base URL of the Better Auth API, used by the default adapter. By default the dashboard's, else `/api/auth`. */
  apiBase?: string;
  /** Fetch used by the default adapter (headers, bearer token, a test double). */
  fetch?: typeof globalThis.fetch;
  /** Replaces the whole data source; by default the dashboard's, else a better-invite HTTP adapter. */
  adapter?: InviteAdapter;
  /** Milliseconds the default adapter waits for the server before the request fails as a timeout; 0 waits forever. */
  requestTimeout = DEFAULT_TIMEOUT_MS;
  /** Whether the drawer is shown. Setting it opens or closes it. */
  open = false;

  /** Bumped by every opening and by Retry: a new key for the uses task. */
  #refresh = 0;
  /** The rows of the task's last answer, formatted once per answer and locale rather than per render. */
  #rows: { of?: Uses; locale?: string; rows: UseRow[] } = { rows: [] };

  /** Runs only while open (see willUpdate), again for another adapter or invitation, on opening and on Retry. */
  #uses = new Task(this, {
    autoRun: false,
    args: () => [this.#adapter(), this.invitation?.id, this.#refresh] as const,
    task: async ([adapter], { signal }) => {
      const invitation = this.invitation;
      if (!invitation) return initialState;
      if (!adapter.uses || !(await adapter.capabilities(signal)).uses) return null;
      try {
        return newestFirst(await adapter.uses(invitation, signal));
      } catch (thrown) {
        // An adapter that has `uses()` but whose server cannot answer it (no companion plugin).
        if (!isAbort(thrown) && toInviteApiError(thrown).kind === 'unsupported') return null;
        throw thrown;
      }
    },
    onError: (thrown) => this.#onFailed(thrown),
  });

  #modal = new ModalController(this, {
    dialog: () => this.renderRoot.querySelector('dialog'),
    initialFocus: '[part~="close-button"]',
  });

  /** Its own `adapter`; else, inside a dashboard and with no `api-base` or `fetch` of its own, the dashboard's; else better-invite's. */
  #adapter(): InviteAdapter {
    return elementAdapter(this, this.inviteConfig);
  }

  /** Opens the drawer, for `invitation` when given; resolves once it is open with focus inside it. */
  show(invitation?: Invitation): Promise<void> {
    if (invitation) this.invitation = invitation;
    return this.#modal.show();
  }

  /** Closes the drawer; resolves once it is closed and focus is back on the element that opened it. */
  close(): Promise<void> {
    return this.#modal.hide('programmatic');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) this.#refresh += 1;
    // Nothing asked while closed; a request still running when it closes is of no use any more.
    if (changed.has('open') && !this.open) this.#uses.abort();
    this.#uses.autoRun = this.open;
    const value = this.#uses.value;
    const locale = this.resolvedLocale;
    if (value !== this.#rows.of || locale !== this.#rows.locale) {
      this.#rows = { of: value, locale, rows: value ? useRows(value, new Date(), locale) : [] };
    }
  }

  #onFailed(thrown: unknown): void {
    if (isAbort(thrown)) return;
    const error = toInviteApiError(thrown);
    // A backend without use history is a state of the drawer ("not available"), not a failure.
    if (error.kind !== 'unsupported') reportError(this, 'uses', error);
    // After Retry focus waited on the status line; it moves to the next Retry. Called before the task
    // turns to ERROR: the update requested here is the one that renders that Retry.
    if (this.open && (this.renderRoot as ShadowRoot).activeElement?.id === 'status') {
      this.requestUpdate();
      void this.#modal.focus('[part~="retry-button"]');
    }
  }

  #onRetry = (): void => {
    this.#refresh += 1;
    this.requestUpdate();
    // The Retry button goes away while loading: focus waits on the status line, which reads out the outcome.
    void this.#modal.focus('#status');
  };

  override render(): TemplateResult {
    const strings = this.resolvedStrings;
    return html`<dialog part="dialog" aria-labelledby="title" aria-describedby=${this.invitation ? 'summary' : nothing}
      @close=${this.#modal.onClose} @keydown=${this.#modal.onKeydown}>
      <div class="header" part="header">
        <h2 id="title" part="title">${strings.historyTitle}</h2>
        <button class="button button--ghost icon-button" part="button close-button" type="button"
          aria-label=${strings.close} @click=${() => this.#modal.hide('close-button')}>${closeIcon}</button>
      </div>
      <div class="body" part="body">${this.invitation ? this.#renderBody(this.invitation, strings) : nothing}</div>
      <div class="footer" part="footer">
        <button class="button" part="button done-button" type="button" @click=${() => this.#modal.hide('done')}>${strings.close}</button>
      </div>
    </dialog>`;
  }

  #renderBody(invitation: Invitation, strings: InviteStrings): TemplateResult {
    const { status, value, error } = this.#uses;
    const pending = status === TaskStatus.PENDING || status === TaskStatus.INITIAL || (status === TaskStatus.ERROR && isAbort(error));
    const failed = status === TaskStatus.ERROR && !pending;
    const used = status === TaskStatus.COMPLETE && value ? value.length : invitation.uses;
    const count = status === TaskStatus.COMPLETE && value === null ? undefined : usesSummary(strings, invitation, used, this.resolvedLocale);
    return html`<p class="summary" id="summary" part="summary">
        <span class="invitation-name">${isPublic(invitation) ? strings.publicInvite : invitation.emails.join(', ')}</span>
        <span class="role"><span class="muted">${strings.role}</span> ${invitation.role}</span>
      </p>
      <div class="status" id="status" role="status" tabindex="-1">
        ${count ? html`<p class="count" part="count">${count}</p>` : nothing}
        ${pending ? html`<p class="muted" part="loading">${strings.historyLoading}</p>` : nothing}
        ${status === TaskStatus.COMPLETE && value?.length === 0 ? html`<p class="note" part="empty">${usersIcon}<span>${strings.historyEmpty}</span></p>` : nothing}
        ${status === TaskStatus.COMPLETE && value === null ? html`<p class="note" part="unavailable">${strings.historyUnavailable}</p>` : nothing}
      </div>
      <div class="content" aria-busy=${pending ? 'true' : 'false'}>
        ${failed ? this.#renderError(error, strings) : nothing}
        ${status === TaskStatus.COMPLETE && value?.length ? this.#renderList(strings) : nothing}
      </div>`;
  }

  #renderList(strings: InviteStrings): TemplateResult {
    return html`<ol class="list" part="list" aria-label=${strings.historyListLabel}>
      ${this.#rows.rows.map(
        ({ user, initial, iso, relative, absolute }) => html`<li class="use" part="use">
          <span class="avatar" part="avatar" aria-hidden="true">${user ? initial : usersIcon}</span>
          <span class="who">
            ${user
              ? html`<span class="name" part="name">${user.name}</span><span class="email" part="email">${user.email}</span>`
              : html`<span class="name name--deleted" part="name">${strings.deletedUser}</span>`}
          </span>
          <time class="time" part="time" datetime=${iso}><span class="relative">${relative}</span><span class="absolute">${absolute}</span></time>
        </li>`,
      )}
    </ol>`;
  }

  #renderError(error: unknown, strings: InviteStrings): TemplateResult {
    return html`<div class="danger-notice error" part="error" role="alert">
      <p><strong>${strings.historyErrorTitle}</strong> ${strings.errorMessage(toInviteApiError(error))}</p>
      <button class="button button--small" part="button retry-button" type="button" @click=${this.#onRetry}>${strings.retry}</button>
    </div>`;
  }
}

defineElement('invite-history', InviteHistory);

declare global {
  interface HTMLElementTagNameMap {
    'invite-history': InviteHistory;
  }
}

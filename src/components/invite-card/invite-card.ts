import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Invitation, InviteStatus } from '../../api/types.js';
import { dispatchInviteEvent } from '../../events.js';
import { resolveStrings, type InviteStrings } from '../../i18n/strings.js';
import { linkIcon, mailIcon } from '../../icons/icons.js';
import { canCancel, displayStatus, isExpired, isPublic } from '../../rules/invitation.js';
import { DEFAULT_INVITE_URL_TEMPLATE, buildInviteUrl } from '../../rules/invite-url.js';
import { copyText } from '../../dom/copy-text.js';
import { renderCancelAction, renderLink, type CopyState } from './card-parts.js';
import { renderExpiredNotice, renderMeta } from './card-details.js';
import { styles } from './invite-card.styles.js';

/** How long "Copied" stays on the copy button. */
const COPIED_MS = 2000;

/** What one render shows, worked out from the invitation and the current time outside `render()`. */
interface CardView {
  invitation: Invitation;
  status: InviteStatus;
  expired: boolean;
  cancelable: boolean;
  now: Date;
}

/**
 * @summary One invitation: who it is for, its role, status, dates, the link of a public invite
 * with a copy button, and a cancel button that asks for confirmation inside the card.
 *
 * The card never calls the API: it asks its owner through `invite-cancel`, and the owner sets
 * `busy` while it works. `<invite-dashboard>` renders one per row; it also works on its own.
 *
 * @fires invite-cancel - The user confirmed cancelling: `{ invitation }`. Cancelable; the owner checks `defaultPrevented`.
 * @fires invite-link-copied - The invite link was copied: `{ url }`.
 *
 * @csspart card - The card's root.
 * @csspart header - Icon, title, role and badge.
 * @csspart icon - The mail (private) or link (public) icon square.
 * @csspart title - The heading: the emails, or "Public invite".
 * @csspart badge - The status badge.
 * @csspart meta - Created date, max uses and expiry.
 * @csspart expired-notice - The "Expired on …" notice.
 * @csspart link - The invite link field of a pending public invite.
 * @csspart button - Every button.
 * @csspart copy-button - The copy button.
 * @csspart cancel-button - The "Cancel invite" button.
 * @csspart confirm - The in-card cancel confirmation.
 * @csspart confirm-yes-button - "Yes, cancel it".
 * @csspart confirm-no-button - "Keep it".
 *
 * @cssprop [--invite-card-background=var(--invite-color-surface)] - Card background.
 * @cssprop [--invite-card-border-color=var(--invite-color-border)] - Card border.
 * @cssprop [--invite-card-radius=var(--invite-radius)] - Card corners.
 * @cssprop [--invite-card-shadow=var(--invite-shadow)] - Card shadow.
 * @cssprop [--invite-card-padding=var(--invite-space-l)] - Space inside the card.
 * @cssprop [--invite-card-public-icon-bg=light-dark(#f3e8ff, #3b0764)] - Icon square of a public invite.
 * @cssprop [--invite-card-public-icon-color=light-dark(#7e22ce, #e9d5ff)] - Icon of a public invite.
 * @cssprop [--invite-color-surface=light-dark(#ffffff, #111827)] - Card background.
 * @cssprop [--invite-color-surface-raised=light-dark(#f3f4f6, #1f2937)] - Link field, confirmation box.
 * @cssprop [--invite-color-border=light-dark(#e5e7eb, #374151)] - Borders.
 * @cssprop [--invite-color-text=light-dark(#111827, #f3f4f6)] - Text.
 * @cssprop [--invite-color-text-muted=light-dark(#4b5563, #9ca3af)] - Labels and meta.
 * @cssprop [--invite-color-accent-soft=light-dark(#dbeafe, #1e3a8a)] - Icon square of a private invite.
 * @cssprop [--invite-color-accent-text=light-dark(#1d4ed8, #93c5fd)] - Icon of a private invite.
 * @cssprop [--invite-color-danger=light-dark(#b91c1c, #fca5a5)] - Cancel button, expired notice text.
 * @cssprop [--invite-color-danger-strong=#dc2626] - "Yes, cancel it".
 * @cssprop [--invite-color-danger-soft=light-dark(#fef2f2, #450a0a)] - Expired notice background.
 * @cssprop [--invite-color-danger-border=light-dark(#fecaca, #7f1d1d)] - Expired notice border.
 * @cssprop [--invite-color-success=light-dark(#15803d, #86efac)] - "Copied" feedback.
 * @cssprop [--invite-status-pending-bg=light-dark(#fef9c3, #422006)] - Badge (also `-used-`, `-canceled-`, `-rejected-`, `-expired-`).
 * @cssprop [--invite-status-pending-text=light-dark(#854d0e, #fde68a)] - Badge text (also per status).
 * @cssprop [--invite-radius-small=0.375rem] - Buttons, fields, badge-free corners.
 * @cssprop [--invite-space-m=1rem] - Spacing (also `-xs`, `-s`, `-l`).
 * @cssprop [--invite-font-family=system-ui] - Font.
 * @cssprop [--invite-duration=150ms] - Transitions.
 */
@customElement('invite-card')
export class InviteCard extends LitElement {
  static override styles = styles;

  /** The invitation to show, as the adapter parsed it. */
  @property({ attribute: false }) invitation?: Invitation;
  /** Link template for public invites: `{api}`, `{origin}`, `{token}`. */
  @property({ attribute: 'invite-url' }) inviteUrl = DEFAULT_INVITE_URL_TEMPLATE;
  /** Base URL of the Better Auth API, used for `{api}` in `invite-url`. */
  @property({ attribute: 'api-base' }) apiBase = '/api/auth';
  /** Set by the owner while it cancels this invitation: disables the cancel button. */
  @property({ type: Boolean, reflect: true }) busy = false;
  /** BCP 47 locale for dates; the browser's by default. */
  @property() locale?: string;
  /** Overrides of any visible text. */
  @property({ attribute: false }) strings?: Partial<InviteStrings>;
  /** `light`, `dark` or `auto`; unset follows the surrounding page or element. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  @state() private confirming = false;
  @state() private copyState: CopyState = 'idle';
  /** Text of the polite live region: copy results. */
  @state() private announcement = '';

  @query('.cancel-button') private cancelButton?: HTMLButtonElement;
  @query('.confirm-no') private keepButton?: HTMLButtonElement;
  @query('.copy-button') private copyButton?: HTMLButtonElement;
  @query('.link-input') private linkInput?: HTMLInputElement;
  @query('.card') private card?: HTMLElement;

  #url: string | null = null;
  #copiedTimer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#copiedTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previous = changed.get('invitation') as Invitation | undefined;
    if (changed.has('invitation') && previous?.token !== this.invitation?.token) this.#resetTransientState();
    if (changed.has('invitation') || changed.has('inviteUrl') || changed.has('apiBase')) {
      this.#url = this.invitation
        ? buildInviteUrl(this.inviteUrl, this.invitation.token, { apiBase: this.apiBase, baseUri: document.baseURI })
        : null;
    }
  }

  #resetTransientState(): void {
    clearTimeout(this.#copiedTimer);
    this.confirming = false;
    this.copyState = 'idle';
    this.announcement = '';
  }

  #onCopyClick = async (): Promise<void> => {
    const url = this.#url;
    if (!url) return;
    // Empty the live region first so a second copy is announced again.
    this.announcement = '';
    const outcome = await copyText(url, this.linkInput ?? null);
    clearTimeout(this.#copiedTimer);
    if (outcome === 'failed') {
      this.copyState = 'failed';
      this.announcement = this.#strings.copyFailed;
      return;
    }
    // The fallback focused the field to select it: give focus back to the button pressed.
    if (outcome === 'fallback') this.copyButton?.focus();
    this.copyState = 'copied';
    this.announcement = this.#strings.copied;
    this.#copiedTimer = setTimeout(() => {
      this.copyState = 'idle';
      this.announcement = '';
    }, COPIED_MS);
    dispatchInviteEvent(this, 'invite-link-copied', { url });
  };

  #onCancelClick = async (): Promise<void> => {
    this.confirming = true;
    await this.updateComplete;
    this.keepButton?.focus();
  };

  #onKeepClick = async (): Promise<void> => {
    this.confirming = false;
    await this.updateComplete;
    this.cancelButton?.focus();
  };

  #onConfirmClick = async (): Promise<void> => {
    const invitation = this.invitation;
    if (!invitation || this.busy) return;
    this.confirming = false;
    dispatchInviteEvent(this, 'invite-cancel', { invitation }, { cancelable: true });
    await this.updateComplete;
    // The owner usually sets `busy`, which disables the button: keep focus in the card then.
    const button = this.cancelButton;
    if (button && !button.disabled) button.focus();
    else this.card?.focus();
  };

  #onConfirmKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    void this.#onKeepClick();
  };

  get #strings(): InviteStrings {
    return resolveStrings(this.strings);
  }

  #view(invitation: Invitation): CardView {
    const now = new Date();
    return {
      invitation,
      now,
      status: displayStatus(invitation, now),
      expired: isExpired(invitation, now),
      cancelable: canCancel(invitation, now),
    };
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.invitation) return nothing;
    const strings = this.#strings;
    const view = this.#view(this.invitation);
    const showLink = view.status === 'pending' && isPublic(view.invitation) && this.#url !== null;
    return html`<article class="card" part="card" aria-labelledby="title" tabindex="-1">
      ${this.#renderHeader(view, strings)} ${renderMeta(strings, view, this.locale)}
      ${view.expired ? renderExpiredNotice(strings, view.invitation, this.locale) : nothing}
      ${showLink
        ? renderLink(strings, { url: this.#url ?? '', state: this.copyState, onCopy: this.#onCopyClick })
        : nothing}
      ${view.cancelable
        ? renderCancelAction(strings, {
            busy: this.busy,
            confirming: this.confirming,
            onCancel: this.#onCancelClick,
            onConfirm: this.#onConfirmClick,
            onKeep: this.#onKeepClick,
            onKeydown: this.#onConfirmKeydown,
          })
        : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </article>`;
  }

  #renderHeader({ invitation, status }: CardView, strings: InviteStrings): TemplateResult {
    const open = isPublic(invitation);
    const kind = open || invitation.newAccount === null ? null : invitation.newAccount ? strings.newAccount : strings.roleUpgrade;
    return html`<header class="header" part="header">
      <span class="type-icon ${open ? 'type-icon--public' : 'type-icon--private'}" part="icon">${open ? linkIcon : mailIcon}</span>
      <div class="heading">
        <h3 class="title" id="title" part="title">
          ${open
            ? strings.publicInvite
            : html`<span class="visually-hidden">${strings.privateInviteIcon} </span>${invitation.emails.join(', ')}`}
        </h3>
        <p class="subtitle">
          <span class="role"><span class="muted">${strings.role}</span> <span class="role-name">${invitation.role}</span></span>
          ${kind ? html`<span class="tag">${kind}</span>` : nothing}
        </p>
      </div>
      <span class="badge badge--${status}" part="badge">${strings.status[status]}</span>
    </header>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'invite-card': InviteCard;
  }
}

import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { defineElement } from '../../define.js';
import type { Invitation, InviteStatus } from '../../api/types.js';
import { dispatchInviteEvent } from '../../events.js';
import type { InviteStrings } from '../../i18n/strings.js';
import { linkIcon, mailIcon } from '../../icons/icons.js';
import { canCancel, displayStatus, isExpired, isPublic } from '../../rules/invitation.js';
import { DEFAULT_INVITE_URL_TEMPLATE, buildInviteUrl } from '../../rules/invite-url.js';
import { copyText } from '../../dom/copy-text.js';
import { renderActions, renderCopyButton, renderHistoryButton, renderLink, type CopyState } from './card-parts.js';
import { canResend } from '../../rules/resend.js';
import { renderMeta } from './card-details.js';
import { emailText } from './email-text.js';
import { renderCompactRow } from './card-compact.js';
import { compactStyles } from './invite-card-compact.styles.js';
import { InviteConfigMixin } from '../shared/config-mixin.js';
import { styles } from './invite-card.styles.js';
import { renderQrFigure } from '../shared/qr-code.js';

/** How long "Copied" stays on the copy button. */
const COPIED_MS = 2000;

/** What one render shows, worked out from the invitation and the current time outside `render()`. */
interface CardView {
  invitation: Invitation;
  status: InviteStatus;
  expired: boolean;
  cancelable: boolean;
  resendable: boolean;
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
 * @fires invite-history - The user asked who used it (shown when the backend counts uses and there is one): `{ invitation }`. The owner shows it.
 * @fires invite-resend - The user asked to send it again (`resendable` cards): `{ invitation }`. The owner does it.
 *
 * @slot select - Before the icon: the dashboard's selection checkbox.
 *
 * @csspart card - The card's root (also named `base`).
 * @csspart base - The card's root.
 * @csspart header - Icon, title, role and badge.
 * @csspart icon - The mail (private) or link (public) icon square.
 * @csspart title - The heading: the emails, or "Public invite".
 * @csspart subtitle - The role and the "New account" / "Role upgrade" tag.
 * @csspart tag - "New account" or "Role upgrade".
 * @csspart link-end - A public invite's "Link …X79GOY": the end of its token, to tell links apart.
 * @csspart badge - The status badge.
 * @csspart meta - Created date, max uses and expiry.
 * @csspart expired-notice - The "Expired on …" notice.
 * @csspart link - The invite link of a pending invite (public, or the one a private invite's mail carried): label, field and copy button.
 * @csspart link-input - The read-only field holding the link.
 * @csspart copy-error - The message shown when copying failed.
 * @csspart button - Every button.
 * @csspart copy-button - The copy button.
 * @csspart qr-toggle - "Show QR code" / "Hide QR code" on a public link.
 * @csspart qr - The QR code of a public link: image, caption with the link, download button.
 * @csspart qr-download - "Download QR code".
 * @csspart qr-retry - "Retry" when the QR encoder's file could not be loaded (npm build, loaded on first use).
 * @csspart cancel-button - The "Cancel invite" button.
 * @csspart resend - The "Resend" button.
 * @csspart history - "Who used it", when the invitation was used and the backend says by whom.
 * @csspart confirm - The in-card cancel confirmation.
 * @csspart confirm-text - Its question.
 * @csspart confirm-yes-button - "Yes, cancel it".
 * @csspart confirm-no-button - "Keep it".
 *
 * @cssprop [--invite-card-padding=var(--invite-space-l)] - Space inside the card.
 * @cssprop [--invite-card-border-color=var(--invite-color-border)] - Card border.
 * @cssprop [--invite-card-radius=var(--invite-radius)] - Card corners.
 * @cssprop [--invite-card-background=var(--invite-color-surface)] - Card background.
 * @cssprop [--invite-card-shadow=var(--invite-shadow)] - Card shadow.
 * @cssprop [--invite-card-public-icon-bg=var(--invite-color-secondary-soft)] - Icon square of a public invite.
 * @cssprop [--invite-card-public-icon-color=var(--invite-color-secondary-text)] - Icon of a public invite.
 * @csstokens font-family font-family-mono font-size-xs font-size-s font-size font-size-l font-weight-medium
 *   font-weight-semibold line-height color-text color-text-muted color-surface color-surface-raised
 *   color-border color-accent color-accent-hover color-on-accent color-accent-text color-accent-soft
 *   color-secondary-soft color-secondary-text color-danger color-danger-strong color-on-danger
 *   color-danger-soft color-danger-border color-success status-pending-text status-pending-bg
 *   status-used-text status-used-bg status-canceled-text status-canceled-bg status-rejected-text
 *   status-rejected-bg status-expired-text status-expired-bg radius radius-small radius-pill space-xs space-s
 *   space-m space-l shadow focus-ring focus-ring-offset duration
 */
export class InviteCard extends InviteConfigMixin(LitElement) {
  static override styles = [styles, compactStyles];
  // Declared here rather than with decorators: a static map costs the bundle far fewer bytes.
  static override properties: PropertyDeclarations = {
    invitation: { attribute: false },
    inviteUrl: { attribute: 'invite-url' },
    apiBase: { attribute: 'api-base' },
    busy: { type: Boolean, reflect: true },
    resendable: { type: Boolean },
    density: { reflect: true },
    confirming: { state: true, attribute: false },
    qrOpen: { state: true, attribute: false },
    copyState: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** The invitation to show, as the adapter parsed it. */
  invitation?: Invitation;
  /** Link template for public invites: `{api}`, `{origin}`, `{token}`. By default the dashboard's, else `{api}/invite/{token}`. */
  inviteUrl?: string;
  /** Base URL of the Better Auth API, used for `{api}` in `invite-url`. By default the dashboard's, else `/api/auth`. */
  apiBase?: string;
  /** Set by the owner while it cancels or resends this invitation: disables both buttons. */
  busy = false;
  /** The owner can send invitations again: a pending or expired one offers "Resend" (`invite-resend`). */
  resendable = false;
  /** `comfortable` (a card) or `compact` (one line, for long lists; the QR code stays with the card). */
  density: 'comfortable' | 'compact' = 'comfortable';

  private confirming = false;
  private qrOpen = false;
  private copyState: CopyState = 'idle';
  /** Text of the polite live region: copy results. */
  private announcement = '';

  #find<T extends HTMLElement>(selector: string): T | null {
    return this.renderRoot.querySelector<T>(selector);
  }

  #url: string | null = null;
  #copiedTimer?: ReturnType<typeof setTimeout>;
  /** Whether focus was inside the card when the current update began. */
  #hadFocus = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#copiedTimer);
    clearTimeout(this.#expiryTimer);
  }

  /** Focuses the card itself (its root, named by its heading), e.g. when the card that had focus left the list. */
  override focus(options?: FocusOptions): void {
    this.#find('.card')?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#hadFocus = this.#focused() !== null;
    const previous = changed.get('invitation') as Invitation | undefined;
    if (changed.has('invitation') && previous?.id !== this.invitation?.id) this.#resetTransientState();
    // Cheap, and the template and base may come from the dashboard's context: worked out every update.
    const token = this.invitation?.token;
    const config = this.inviteConfig;
    const template = this.inviteUrl ?? config?.inviteUrl ?? DEFAULT_INVITE_URL_TEMPLATE;
    const apiBase = this.apiBase ?? config?.apiBase ?? '/api/auth';
    this.#url = token ? buildInviteUrl(template, token, { apiBase, baseUri: document.baseURI }) : null;
  }

  protected override updated(): void {
    this.#watchExpiry();
    // A render that removed or disabled the focused control (the row got canceled, `busy` was set)
    // keeps focus on the card instead of letting it drop to the page.
    const focused = this.#focused();
    if (this.#hadFocus && (!focused || (focused as HTMLButtonElement).disabled)) this.#find('.card')?.focus();
  }

  #expiryTimer?: ReturnType<typeof setTimeout>;

  /** A pending card shows itself expired the moment its expiry passes on screen (within a day). */
  #watchExpiry(): void {
    clearTimeout(this.#expiryTimer);
    const invitation = this.invitation;
    const left = invitation && invitation.status === 'pending' ? invitation.expiresAt.getTime() - Date.now() : -1;
    if (left > 0 && left < 86_400_000) this.#expiryTimer = setTimeout(() => this.requestUpdate(), left + 50);
  }

  #focused(): Element | null {
    return this.shadowRoot?.activeElement ?? null;
  }

  #resetTransientState(): void {
    clearTimeout(this.#copiedTimer);
    this.confirming = false;
    this.qrOpen = false;
    this.copyState = 'idle';
    this.announcement = '';
  }

  #onCopyClick = async (): Promise<void> => {
    const url = this.#url;
    if (!url) return;
    // Empty the live region first so a second copy is announced again.
    this.announcement = '';
    const outcome = await copyText(url, this.#find<HTMLInputElement>('.link-input'));
    clearTimeout(this.#copiedTimer);
    if (outcome === 'failed') {
      this.copyState = 'failed';
      this.announcement = this.#strings.copyFailed;
      // A compact row shows the link only now: select it there, ready to copy by hand.
      await this.updateComplete;
      const field = this.#find<HTMLInputElement>('.link-input');
      field?.focus();
      field?.select();
      return;
    }
    // The fallback focused the field to select it: give focus back to the button pressed.
    if (outcome === 'fallback') this.#find('.copy-button')?.focus();
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
    this.#find('.confirm-no')?.focus();
  };

  #onResendClick = (): void => {
    const invitation = this.invitation;
    if (invitation && !this.busy) dispatchInviteEvent(this, 'invite-resend', { invitation });
  };

  #onHistoryClick = (): void => {
    if (this.invitation) dispatchInviteEvent(this, 'invite-history', { invitation: this.invitation });
  };

  #onKeepClick = async (): Promise<void> => {
    this.confirming = false;
    await this.updateComplete;
    this.#find('.cancel-button')?.focus();
  };

  #onConfirmClick = async (): Promise<void> => {
    const invitation = this.invitation;
    // A second click before the confirmation is gone (a double click) must not ask twice.
    if (!invitation || this.busy || !this.confirming) return;
    this.confirming = false;
    dispatchInviteEvent(this, 'invite-cancel', { invitation }, { cancelable: true });
    await this.updateComplete;
    // Back to the cancel button while it can still be used; otherwise `updated()` keeps focus on the card.
    const button = this.#find<HTMLButtonElement>('.cancel-button');
    if (button && !button.disabled) button.focus();
  };

  #onConfirmKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    void this.#onKeepClick();
  };

  get #strings(): InviteStrings {
    return this.resolvedStrings;
  }

  #view(invitation: Invitation): CardView {
    const now = new Date();
    return {
      invitation,
      now,
      status: displayStatus(invitation, now),
      expired: isExpired(invitation, now),
      cancelable: canCancel(invitation, now),
      resendable: this.resendable && canResend(invitation, now),
    };
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.invitation) return nothing;
    const strings = this.#strings;
    const view = this.#view(this.invitation);
    const showLink = view.status === 'pending' && this.#url !== null;
    const url = this.#url ?? '';
    const failed = this.copyState === 'failed';
    const copy = { copied: this.copyState === 'copied', onCopy: this.#onCopyClick };
    // A public link is shown in full (with its QR code); a private one, the link its mail carried,
    // is a Copy button beside the actions, and its field shows only when copying failed.
    const fullLink = showLink && isPublic(view.invitation);
    const copyButton = showLink && !fullLink && !failed;
    const fallback = showLink && !fullLink && failed ? renderLink(strings, { url, state: 'failed', onCopy: this.#onCopyClick }) : nothing;
    // Usage history: where the backend counts uses (the companion plugin), once there is one.
    const history = (view.invitation.uses ?? 0) > 0 ? renderHistoryButton(strings, this.#onHistoryClick) : nothing;
    const lead = html`${history}${copyButton && this.density !== 'compact' ? renderCopyButton(strings, copy) : nothing}`;
    const actions =
      view.cancelable || view.resendable || history !== nothing
        ? renderActions(strings, {
            lead,
            cancelable: view.cancelable,
            onResend: view.resendable ? this.#onResendClick : undefined,
            busy: this.busy,
            confirming: this.confirming,
            onCancel: this.#onCancelClick,
            onConfirm: this.#onConfirmClick,
            onKeep: this.#onKeepClick,
            onKeydown: this.#onConfirmKeydown,
          })
        : nothing;
    if (this.density === 'compact') {
      return html`<article class="card card--compact" part="card base" aria-labelledby="title" tabindex="-1">
        ${renderCompactRow(strings, view, {
          locale: this.resolvedLocale,
          copy: showLink && !failed ? copy : undefined,
          actions,
          fallback: showLink && failed ? renderLink(strings, { url, state: 'failed', onCopy: this.#onCopyClick }) : nothing,
        })}
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </article>`;
    }
    return html`<article class="card" part="card base" aria-labelledby="title" tabindex="-1">
      ${this.#renderHeader(view, strings)}
      <div class="footer">${renderMeta(strings, view, this.resolvedLocale)}${actions}</div>
      ${fallback}
      ${fullLink
        ? renderLink(strings, {
            url,
            state: this.copyState,
            onCopy: this.#onCopyClick,
            qr: { open: this.qrOpen, onToggle: () => (this.qrOpen = !this.qrOpen), figure: () => renderQrFigure(strings, { url, filename: 'invite-qr.svg', host: this }) },
          })
        : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </article>`;
  }

  #renderHeader({ invitation, status }: CardView, strings: InviteStrings): TemplateResult {
    const open = isPublic(invitation);
    const kind = open || invitation.newAccount === null ? null : invitation.newAccount ? strings.newAccount : strings.roleUpgrade;
    return html`<header class="header" part="header">
      <span class="lead"><slot name="select"></slot><span class="type-icon ${open ? 'type-icon--public' : 'type-icon--private tone--accent'}" part="icon">${open ? linkIcon : mailIcon}</span></span>
      <div class="heading">
        <h3 class="title" id="title" part="title">
          ${open
            ? strings.publicInvite
            : html`<span class="visually-hidden">${strings.privateInviteIcon} </span>${emailText(invitation.emails)}`}
        </h3>
        <p class="subtitle" part="subtitle">
          <span class="role"><span class="muted">${strings.role}</span> <span class="role-name">${invitation.role}</span></span>
          ${open && invitation.token ? html`<span class="link-end" part="link-end">${strings.linkEnding(invitation.token.slice(-6))}</span>` : nothing}
          ${kind ? html`<span class="tag" part="tag">${kind}</span>` : nothing}
        </p>
      </div>
      <span class="badge tone--${status}" part="badge">${strings.status[status]}</span>
    </header>`;
  }
}

defineElement('invite-card', InviteCard);

declare global {
  interface HTMLElementTagNameMap {
    'invite-card': InviteCard;
  }
}

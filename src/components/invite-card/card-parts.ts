import { html, nothing, type TemplateResult } from 'lit';
import type { InviteStrings } from '../../i18n/strings.js';
import { checkIcon, closeIcon, copyIcon, refreshIcon, usersIcon } from '../../icons/icons.js';

/** Where the copy button is: at rest, showing "Copied", or after every way to copy failed. */
export type CopyState = 'idle' | 'copied' | 'failed';

export interface LinkOptions {
  url: string;
  state: CopyState;
  onCopy: () => void;
  /** Public links: the QR code toggle (open or not), and the figure shown while open. */
  qr?: { open: boolean; onToggle: () => void; figure: () => TemplateResult };
}

/** The read-only link of a pending invite (a public one's, or the one a private invite's mail carried) with its copy button. */
export function renderLink(strings: InviteStrings, { url, state, onCopy, qr }: LinkOptions): TemplateResult {
  const copied = state === 'copied';
  return html`<div class="link" part="link">
    <label class="link-label" for="link">${strings.inviteLink}</label>
    <div class="link-row">
      <input id="link" class="link-input" part="link-input" type="text" readonly spellcheck="false" .value=${url} />
      <button
        type="button"
        class="button button--small copy-button ${copied ? 'copy-button--copied' : ''}"
        part="button copy-button"
        aria-describedby="title"
        @click=${onCopy}
      >
        ${copied ? checkIcon : copyIcon}<span class="swap" data-other=${copied ? strings.copyLink : strings.copied}><span>${copied ? strings.copied : strings.copyLink}</span></span>
      </button>
      ${qr
        ? html`<button type="button" class="button button--small" part="button qr-toggle" aria-expanded=${qr.open ? 'true' : 'false'} aria-controls="qr" @click=${qr.onToggle}>
            ${qr.open ? strings.hideQr : strings.showQr}
          </button>`
        : nothing}
    </div>
    ${qr?.open ? html`<div id="qr">${qr.figure()}</div>` : nothing}
    ${state === 'failed' ? html`<p class="copy-error" part="copy-error">${strings.copyFailed}</p>` : nothing}
  </div>`;
}

/** "Who used it": asks the owner to show the invitation's usage history. */
export function renderHistoryButton(strings: InviteStrings, onHistory: () => void): TemplateResult {
  return html`<button type="button" class="button button--small history-button" part="button history" aria-describedby="title" @click=${onHistory}>
    ${usersIcon}<span>${strings.historyButton}</span>
  </button>`;
}

/** "Copy link" as a button alone (a private invite's link, a compact row): the field shows only if copying fails. */
export function renderCopyButton(strings: InviteStrings, { copied, onCopy }: { copied: boolean; onCopy: () => void }): TemplateResult {
  return html`<button type="button" class="button button--small copy-button" part="button copy-button" aria-describedby="title" @click=${onCopy}>
    ${copied ? checkIcon : copyIcon}<span class="swap" data-other=${copied ? strings.copyLink : strings.copied}><span>${copied ? strings.copied : strings.copyLink}</span></span>
  </button>`;
}

export interface CancelOptions {
  /** Before the other buttons (a private invite's "Copy link", "Who used it"). */
  lead?: TemplateResult | typeof nothing;
  /** Pending and not expired: "Cancel invite" is offered. */
  cancelable: boolean;
  /** Sends it again (pending or expired, and the owner can): "Resend" is offered. */
  onResend?: () => void;
  busy: boolean;
  confirming: boolean;
  onCancel: () => void;
  onConfirm: () => void;
  onKeep: () => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/** "Resend" and "Cancel invite", or in their place the confirmation that asks before a cancel happens. */
export function renderActions(strings: InviteStrings, options: CancelOptions): TemplateResult {
  if (!options.confirming) {
    return html`<div class="actions">
      ${options.lead ?? nothing}
      ${options.onResend
        ? html`<button type="button" class="button button--small resend-button" part="button resend" aria-describedby="title" ?disabled=${options.busy} @click=${options.onResend}>
            ${refreshIcon}<span>${strings.resend}</span>
          </button>`
        : nothing}
      ${options.cancelable ? html`<button
        type="button"
        class="button button--small cancel-button"
        part="button cancel-button"
        aria-describedby="title"
        ?disabled=${options.busy}
        @click=${options.onCancel}
      >
        ${closeIcon}<span>${options.busy ? strings.canceling : strings.cancelInvite}</span>
      </button>` : nothing}
    </div>`;
  }
  return html`<div class="confirm" part="confirm" role="group" aria-labelledby="confirm-text" @keydown=${options.onKeydown}>
    <p class="confirm-text" part="confirm-text" id="confirm-text">${strings.confirmCancel}</p>
    <div class="confirm-buttons">
      <button type="button" class="button button--small confirm-no" part="button confirm-no-button" @click=${options.onKeep}>
        ${strings.confirmCancelNo}
      </button>
      <button
        type="button"
        class="button button--small button--danger confirm-yes"
        part="button confirm-yes-button"
        ?disabled=${options.busy}
        @click=${options.onConfirm}
      >
        ${strings.confirmCancelYes}
      </button>
    </div>
  </div>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import type { Invitation, InviteStatus } from '../../api/types.js';
import type { InviteStrings } from '../../i18n/strings.js';
import { renderCopyButton } from './card-parts.js';
import { renderExpiredNotice, renderExpiry, usage } from './card-details.js';
import { emailText } from './email-text.js';

export interface CompactRowView {
  invitation: Invitation;
  status: InviteStatus;
  expired: boolean;
  now: Date;
}

export interface CompactRowOptions {
  locale: string | undefined;
  /** The link's copy button, when the invitation has a link to copy; `copied` while it says so. */
  copy?: { copied: boolean; onCopy: () => void };
  /** Resend / Cancel, or the cancel confirmation. */
  actions: TemplateResult | typeof nothing;
  /** Below the row: the link to copy by hand after copying failed. */
  fallback: TemplateResult | typeof nothing;
}

/**
 * One invitation on one line (`density="compact"`): who or which link, role, status, expiry, uses
 * and the actions, each in its own column so rows line up in a long list. Buttons show icons and
 * keep their words as their names; a cancel still asks first, on the row.
 */
export function renderCompactRow(strings: InviteStrings, view: CompactRowView, options: CompactRowOptions): TemplateResult {
  const { invitation, status, expired } = view;
  const open = invitation.kind === 'public';
  const copy = options.copy;
  return html`<div class="row">
      <span class="lead"><slot name="select"></slot></span>
      <h3 class="title" id="title" part="title">
        ${open
          ? html`${strings.publicInvite}${invitation.token ? html` <span class="link-end" part="link-end">${strings.linkEnding(invitation.token.slice(-6))}</span>` : nothing}`
          : html`<span class="visually-hidden">${strings.privateInviteIcon} </span>${emailText(invitation.emails)}`}
      </h3>
      <span class="status"><span class="badge tone--${status}" part="badge">${strings.status[status]}</span></span>
      <span class="facts">
        <span class="role" part="subtitle"><span class="visually-hidden">${strings.role} </span>${invitation.role}</span>
        <span class="when">${expired ? renderExpiredNotice(strings, invitation, options.locale) : status === 'pending' ? renderExpiry(strings, view, options.locale) : nothing}</span>
        <span class="uses">${usage(strings, invitation, options.locale)}</span>
      </span>
      <span class="row-actions">
        ${copy ? renderCopyButton(strings, copy) : nothing}
        ${options.actions}
      </span>
    </div>
    ${options.fallback}`;
}

import { html, nothing, type TemplateResult } from 'lit';
import type { Invitation, InviteStatus } from '../../api/types.js';
import { formatDate, formatNumber, formatRelative } from '../../i18n/format.js';
import { countOf } from '../../i18n/plural.js';
import type { InviteStrings } from '../../i18n/strings.js';
import { alertIcon, calendarIcon, clockIcon, usersIcon } from '../../icons/icons.js';

export interface MetaView {
  invitation: Invitation;
  /** The status shown: only a pending invitation has an expiry still to come. */
  status: InviteStatus;
  expired: boolean;
  /** The instant the relative expiry is measured from. */
  now: Date;
}

/**
 * Created date, uses ("2 of 5 used", "3 uses" for an unlimited link, when the backend counts them; else
 * "Max uses: 5" or "Unlimited") and the expiry: relative while pending, "Expired on …" once past
 * (the same three columns), none for a used, canceled or rejected one (it no longer expires).
 */
export function renderMeta(strings: InviteStrings, view: MetaView, locale?: string): TemplateResult {
  const { invitation } = view;
  return html`<ul class="meta" part="meta" role="list">
    <li>
      ${calendarIcon}<time datetime=${invitation.createdAt.toISOString()}>${strings.created(formatDate(invitation.createdAt, locale))}</time>
    </li>
    <li>${usersIcon}<span>${usage(strings, invitation, locale)}</span></li>
    ${view.expired ? html`<li>${renderExpiredNotice(strings, invitation, locale)}</li>` : view.status === 'pending' ? html`<li>${clockIcon}${renderExpiry(strings, view, locale)}</li>` : nothing}
  </ul>`;
}

/** "Expires in 3 days", the date in its title. */
export function renderExpiry(strings: InviteStrings, { invitation, now }: MetaView, locale?: string): TemplateResult {
  return html`<time datetime=${invitation.expiresAt.toISOString()} title=${formatDate(invitation.expiresAt, locale)}
    >${strings.expires(formatRelative(invitation.expiresAt, now, locale))}</time
  >`;
}

export function usage(strings: InviteStrings, { uses, unlimited, maxUses }: Invitation, locale?: string): string {
  const max = formatNumber(maxUses, locale);
  if (uses === undefined) return strings.maxUses(unlimited ? strings.unlimitedUses : max);
  return unlimited ? strings.usesCount(countOf(uses, locale)) : strings.usesOf(formatNumber(uses, locale), max);
}

/** "Expired on …", where a pending one says when it expires: a note, read with the card rather than interrupting. */
export function renderExpiredNotice(strings: InviteStrings, invitation: Invitation, locale?: string): TemplateResult {
  return html`<span class="expired-notice" part="expired-notice" role="note">${alertIcon}<span>${strings.expiredOn(formatDate(invitation.expiresAt, locale))}</span></span>`;
}

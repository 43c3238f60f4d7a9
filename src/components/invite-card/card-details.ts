import { html, nothing, type TemplateResult } from 'lit';
import type { Invitation } from '../../api/types.js';
import { formatDate, formatNumber, formatRelative } from '../../i18n/format.js';
import { countOf } from '../../i18n/plural.js';
import type { InviteStrings } from '../../i18n/strings.js';
import { alertIcon, calendarIcon, clockIcon, usersIcon } from '../../icons/icons.js';

export interface MetaView {
  invitation: Invitation;
  expired: boolean;
  /** The instant the relative expiry is measured from. */
  now: Date;
}

/**
 * Created date, uses ("2 of 5 used", "3 uses" for an unlimited link, when the backend counts them; else
 * "Max uses: 5" or "Unlimited") and, until it passes, the relative expiry.
 */
export function renderMeta(strings: InviteStrings, { invitation, expired, now }: MetaView, locale?: string): TemplateResult {
  return html`<ul class="meta" part="meta" role="list">
    <li>
      ${calendarIcon}<time datetime=${invitation.createdAt.toISOString()}>${strings.created(formatDate(invitation.createdAt, locale))}</time>
    </li>
    <li>${usersIcon}<span>${usage(strings, invitation, locale)}</span></li>
    ${expired
      ? nothing
      : html`<li>
          ${clockIcon}<time datetime=${invitation.expiresAt.toISOString()} title=${formatDate(invitation.expiresAt, locale)}
            >${strings.expires(formatRelative(invitation.expiresAt, now, locale))}</time
          >
        </li>`}
  </ul>`;
}

function usage(strings: InviteStrings, { uses, unlimited, maxUses }: Invitation, locale?: string): string {
  const max = formatNumber(maxUses, locale);
  if (uses === undefined) return strings.maxUses(unlimited ? strings.unlimitedUses : max);
  return unlimited ? strings.usesCount(countOf(uses, locale)) : strings.usesOf(formatNumber(uses, locale), max);
}

/** The "Expired on …" box: a note, so it is read with the card rather than interrupting. */
export function renderExpiredNotice(strings: InviteStrings, invitation: Invitation, locale?: string): TemplateResult {
  return html`<p class="notice danger-notice" part="expired-notice" role="note">
    ${alertIcon}<span>${strings.expiredOn(formatDate(invitation.expiresAt, locale))}</span>
  </p>`;
}

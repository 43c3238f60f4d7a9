import type { Invitation, InviteUse } from '../../api/types.js';
import { cached, formatNumber, formatRelative } from '../../i18n/format.js';
import { countOf } from '../../i18n/plural.js';
import type { InviteStrings } from '../../i18n/strings.js';

/** One use as the drawer shows it: everything formatted, so the template only places text. */
export interface UseRow {
  /** The user, or null once that user was deleted. */
  user: InviteUse['user'];
  /** The first letter of the user's name (else email) for the avatar; empty for a deleted user. */
  initial: string;
  /** ISO 8601, for `<time datetime>`. */
  iso: string;
  /** "3 hours ago". */
  relative: string;
  /** "Dec 4, 2026, 10:12 AM", in the viewer's time zone. */
  absolute: string;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** Date and time, medium date and short time: a use is an instant, unlike a creation day. */
export function formatDateTime(date: Date, locale?: string): string {
  return cached(dateTimeFormats, locale, (tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' })).format(date);
}

/** Newest first, whatever order the backend answered in (a copy: the adapter's array is left alone). */
export function newestFirst(uses: readonly InviteUse[]): InviteUse[] {
  return [...uses].sort((a, b) => b.usedAt.getTime() - a.usedAt.getTime());
}

/** The rows of sorted uses, relative times measured from `now`. */
export function useRows(uses: readonly InviteUse[], now: Date, locale?: string): UseRow[] {
  return uses.map(({ user, usedAt }) => ({
    user,
    initial: user ? ([...(user.name.trim() || user.email)][0] ?? '').toLocaleUpperCase(locale) : '',
    iso: usedAt.toISOString(),
    relative: formatRelative(usedAt, now, locale),
    absolute: formatDateTime(usedAt, locale),
  }));
}

/**
 * "2 of 5 used", or "3 uses" for an unlimited link. `used` is the loaded list's length when there is
 * one (fresher than the invitation's own count), else the invitation's `uses`; undefined when neither is known.
 */
export function usesSummary(strings: InviteStrings, invitation: Invitation, used: number | undefined, locale?: string): string | undefined {
  if (used === undefined) return undefined;
  if (invitation.unlimited) return strings.usesCount(countOf(used, locale));
  return strings.usesOf(formatNumber(used, locale), formatNumber(invitation.maxUses, locale));
}

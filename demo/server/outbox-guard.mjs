// Who may read the development outbox: the demo admin, signed in. The outbox holds every private
// invitation's link, so an open one lets anyone sign up with an invited address and take its role.
import { sendJson, sendText } from './respond.mjs';
import { sessionOf } from './session.mjs';

/**
 * @param {object} deps
 * @param {import('./auth.mjs').Auth} deps.auth
 * @param {string} deps.adminEmail  The demo admin (DEMO_EMAIL).
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, format: 'html' | 'json') => Promise<boolean>}
 *   true when it refused the request (the response is sent).
 */
export function createOutboxGuard({ auth, adminEmail }) {
  return async (req, res, format) => {
    const session = await sessionOf(auth, req);
    const email = session?.user.email.toLowerCase();
    if (email === adminEmail.toLowerCase()) return false;
    res.setHeader('cache-control', 'no-store');
    if (!session) {
      if (format === 'json') sendJson(res, 401, { message: 'Sign in as the demo admin to read the outbox.', code: 'UNAUTHORIZED' });
      else {
        // People are sent to sign in and come back here.
        res.statusCode = 303;
        res.setHeader('location', '/sign-in?next=%2Foutbox');
        res.end();
      }
      return true;
    }
    const message = 'Only the demo admin can read the outbox: it holds every invitation link. Sign in as the demo admin.';
    if (format === 'json') sendJson(res, 403, { message, code: 'FORBIDDEN' });
    else sendText(res, 403, `${message}\n`);
    return true;
  };
}

// Who is signed in on a request the server answers itself (not through Better Auth's handler).

/**
 * The request's Better Auth session (cookie or bearer token), or null when signed out or unreadable.
 * @param {import('./auth.mjs').Auth} auth
 * @param {import('node:http').IncomingMessage} req
 */
export function sessionOf(auth, req) {
  const headers = new Headers();
  if (req.headers.cookie) headers.set('cookie', req.headers.cookie);
  if (req.headers.authorization) headers.set('authorization', req.headers.authorization);
  return auth.api.getSession({ headers }).catch(() => null);
}

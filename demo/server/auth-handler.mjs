// Hands a Node request to Better Auth's fetch-style handler and writes its Response back,
// keeping the CORS headers already set and the caller's real IP for the rate limiter, compressed
// when the client takes it.
import { endWithBody } from './compress.mjs';
import { sendJson } from './respond.mjs';

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * @param {{ handler: (request: Request) => Promise<Response> }} auth
 * @param {string} origin  The server's own origin; request URLs are rebuilt on it, whatever Host says.
 */
export function createAuthHandler(auth, origin) {
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  return async (req, res) => {
    let body;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      body = await readBody(req);
      if (body === null) return sendJson(res, 413, { message: 'Request body too large', code: 'PAYLOAD_TOO_LARGE' });
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || name.startsWith(':')) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
    }
    // Better Auth keys its rate limit on x-forwarded-for. This server is the edge: a client-sent
    // value is not trusted, the socket's address is.
    headers.set('x-forwarded-for', req.socket.remoteAddress ?? '');
    const request = new Request(new URL(req.url ?? '/', origin), { method: req.method, headers, body });
    const response = await auth.handler(request);
    writeResponse(res, response);
    // Compressed for clients that take it: a page of invitations is JSON that shrinks about tenfold.
    endWithBody(res, Buffer.from(await response.arrayBuffer()));
  };
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {Response} response
 */
function writeResponse(res, response) {
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie') continue;
    // Better Auth adds its own "set-auth-token" exposure; cors.mjs already sent the full list.
    if (name === 'access-control-expose-headers' && res.hasHeader(name)) continue;
    if (name === 'vary' && res.hasHeader(name)) {
      res.setHeader(name, `${res.getHeader(name)}, ${value}`);
      continue;
    }
    res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  res.statusCode = response.status;
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<Buffer | null>} null when over the limit.
 */
async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

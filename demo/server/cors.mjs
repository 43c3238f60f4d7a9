// CORS for the configured origins. Better Auth sends no Access-Control-* headers and answers
// OPTIONS with 404 (contract §6), so a widget on another origin could not even read a GET.

const ALLOW_METHODS = 'GET, POST, OPTIONS';
const ALLOW_HEADERS = 'content-type, authorization';
// set-auth-token: the bearer plugin's session token; x-retry-after: the rate limiter's 429.
export const EXPOSE_HEADERS = 'set-auth-token, x-retry-after';

/**
 * @param {Iterable<string>} origins  Exact origins (scheme://host:port) allowed to read responses.
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean}
 *   Adds the headers; returns true when it answered the request itself (a preflight).
 */
export function createCors(origins) {
  const allowed = new Set(origins);
  return (req, res) => {
    res.setHeader('Vary', 'Origin');
    const origin = req.headers.origin;
    const trusted = typeof origin === 'string' && allowed.has(origin);
    if (trusted) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    }
    if (req.method !== 'OPTIONS') return false;
    // Any OPTIONS ends here; an untrusted origin gets no Allow-* headers, so its browser refuses.
    if (trusted) {
      res.setHeader('Access-Control-Allow-Methods', ALLOW_METHODS);
      res.setHeader('Access-Control-Allow-Headers', ALLOW_HEADERS);
      res.setHeader('Access-Control-Max-Age', '600');
    }
    res.setHeader('Allow', ALLOW_METHODS);
    res.writeHead(204).end();
    return true;
  };
}

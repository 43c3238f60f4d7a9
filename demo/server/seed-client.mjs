// A signed-in (or not) caller of the real Better Auth HTTP API, in process: requests go through
// auth.handler exactly as the network ones do (Origin check, JSON parsing, hooks, cookies).
// The seed uses one per person.

/**
 * @param {{ handler: (request: Request) => Promise<Response> }} auth
 * @param {object} options
 * @param {string} options.origin  A trusted origin, sent as Origin (cookie POSTs need it).
 * @param {string} options.ip      Sent as x-forwarded-for: each seeded person gets their own address,
 *                                 so NODE_ENV=production's sign-in rate limit (3 per 10 s per IP) is not hit.
 */
export function createSeedClient(auth, { origin, ip }) {
  /** @type {Map<string, string>} */
  const cookies = new Map();

  /**
   * @param {'GET' | 'POST'} method
   * @param {string} path  Below /api/auth.
   * @param {unknown} [body]
   */
  async function call(method, path, body) {
    const headers = new Headers({ origin, 'x-forwarded-for': ip });
    if (body !== undefined) headers.set('content-type', 'application/json');
    if (cookies.size > 0) headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await auth.handler(
      new Request(`${origin}/api/auth${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    for (const line of response.headers.getSetCookie()) keepCookie(cookies, line);
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (response.status >= 400) {
      // The path never carries a token here (tokens go in bodies), so it is safe to print.
      throw new Error(`Seed request ${method} ${path} failed: ${response.status} ${data?.code ?? ''} ${data?.message ?? ''}`);
    }
    return data;
  }

  return {
    /** @param {string} path */
    get: (path) => call('GET', path),
    /** @param {string} path @param {unknown} [body] */
    post: (path, body = {}) => call('POST', path, body),
  };
}

/** @typedef {ReturnType<typeof createSeedClient>} SeedClient */

/**
 * @param {Map<string, string>} cookies
 * @param {string} setCookie  One Set-Cookie header line.
 */
function keepCookie(cookies, setCookie) {
  const [pair, ...attributes] = setCookie.split(';');
  const eq = pair.indexOf('=');
  const name = pair.slice(0, eq).trim();
  const value = pair.slice(eq + 1).trim();
  const expired = attributes.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a));
  if (expired || value === '') cookies.delete(name);
  else cookies.set(name, value);
}

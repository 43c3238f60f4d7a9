// Refuses requests whose Host header names a site this server is not. A page on another site that
// makes a browser resolve its own name to this machine (DNS rebinding) would otherwise read this
// server's pages as same-origin; a proxy forwarding a foreign name is a misconfiguration to report.
import { sendText } from './respond.mjs';

/**
 * @param {string[]} origins  Every origin this server answers as (its own, loopback aliases, PUBLIC_ORIGIN).
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean}
 *   true when it refused the request (the response is sent).
 */
export function createHostCheck(origins) {
  const hosts = new Set(origins.map((origin) => new URL(origin).host));
  return (req, res) => {
    const host = hostOf(req.headers.host);
    if (host !== null && hosts.has(host)) return false;
    // 421 Misdirected Request: this server is not the one for that name.
    sendText(
      res,
      421,
      `This server does not answer for the host "${req.headers.host ?? ''}". ` +
        'Open it at one of its own addresses, or set PUBLIC_ORIGIN to the address people use (e.g. https://invites.example.org).\n',
    );
    return true;
  };
}

/**
 * The Host header as URL.host spells it ("LOCALHOST:80" and "localhost" alike compare equal), or null
 * when it is missing or not a plain host[:port].
 * @param {string | undefined} value
 */
function hostOf(value) {
  if (!value || /[/?#@\s\\]/.test(value)) return null;
  try {
    return new URL(`http://${value}`).host;
  } catch {
    return null;
  }
}

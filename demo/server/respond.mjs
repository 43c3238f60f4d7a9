// Small response helpers shared by the routes, and the headers every response carries.
import { endWithBody } from './compress.mjs';

/**
 * The policy of the pages the server itself renders (sign-in, outbox, invitation) and of the demo's
 * static pages: scripts and styles from files only, never framed, forms only to this server.
 */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** For what is not a page (JSON, scripts, images): nothing may run or frame it. */
const RESOURCE_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Sets the headers every response carries; handlers override content-security-policy for pages.
 * Referrer-Policy: a link out of the demo must not carry a path such as /invite/<token>.
 * @param {import('node:http').ServerResponse} res
 */
export function setBaseHeaders(res) {
  res.setHeader('content-security-policy', RESOURCE_CSP);
  res.setHeader('referrer-policy', 'same-origin');
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} value
 */
export function sendJson(res, status, value) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/**
 * A page the server renders itself. Pages load scripts and styles from files only, so they run
 * under STRICT_CSP.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} html
 * @param {{ referrerPolicy?: string }} [options]  e.g. 'no-referrer' for a page whose URL holds a secret.
 */
export function sendHtml(res, status, html, options = {}) {
  res.setHeader('content-security-policy', STRICT_CSP);
  if (options.referrerPolicy) res.setHeader('referrer-policy', options.referrerPolicy);
  send(res, status, 'text/html; charset=utf-8', html);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} text
 */
export function sendText(res, status, text) {
  send(res, status, 'text/plain; charset=utf-8', text);
}

/** @param {import('node:http').ServerResponse} res */
export function sendNotFound(res) {
  sendText(res, 404, 'Not found\n');
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} type
 * @param {string} body
 */
function send(res, status, type, body) {
  res.statusCode = status;
  res.setHeader('content-type', type);
  res.setHeader('cache-control', 'no-store');
  endWithBody(res, Buffer.from(body));
}

// The demo's own pages: the dashboard page (a static file) and the sign-in page (a static file with
// the demo credentials filled in). Their scripts and styles are separate files under demo/public/.
import fs from 'node:fs';
import path from 'node:path';
import { endWithBody } from './compress.mjs';
import { escapeHtml } from './html.mjs';
import { sendHtml } from './respond.mjs';

/**
 * @param {import('node:http').ServerResponse} res
 * @param {string} publicDir
 * @param {{ demoEmail: string, demoPassword: string }} demo
 */
export function sendSignInPage(res, publicDir, demo) {
  // Read on every request: the page is small and edits show up without a restart.
  const template = fs.readFileSync(path.join(publicDir, 'sign-in.html'), 'utf8');
  const html = template
    .replaceAll('{{demoEmail}}', escapeHtml(demo.demoEmail))
    .replaceAll('{{demoPassword}}', escapeHtml(demo.demoPassword));
  sendHtml(res, 200, html);
}

/**
 * The Content-Security-Policy a host page needs for the widget, at its strictest (README, "Content
 * Security Policy"): scripts and styles from files only, no eval, Trusted Types with Lit's policy.
 */
export const WIDGET_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** What /csp sends: WIDGET_CSP plus the rules every demo page has (never framed, no <base>). */
export const CSP_PAGE_POLICY = `${WIDGET_CSP}; base-uri 'none'; frame-ancestors 'none'`;

/**
 * /csp: the dashboard page (demo/public/csp.html) under WIDGET_CSP, so the end-to-end tests can
 * prove that every flow works under it.
 * @param {import('node:http').ServerResponse} res
 * @param {string} publicDir
 */
export function sendCspPage(res, publicDir) {
  res.statusCode = 200;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.setHeader('content-security-policy', CSP_PAGE_POLICY);
  endWithBody(res, fs.readFileSync(path.join(publicDir, 'csp.html')));
}

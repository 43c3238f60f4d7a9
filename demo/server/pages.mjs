// The demo's own pages: the dashboard page (a static file) and the sign-in page (a static file with
// the demo credentials filled in). Their scripts and styles are separate files under demo/public/.
import fs from 'node:fs';
import path from 'node:path';
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

// Which handler answers which URL.
import path from 'node:path';
import { PROJECT_ROOT } from './config.mjs';
import { sendOutboxJson, sendOutboxPage } from './outbox-page.mjs';
import { sendCspPage, sendSignInPage } from './pages.mjs';
import { sendJson, sendNotFound, sendText } from './respond.mjs';
import { resolveInside, sendFile } from './static.mjs';

export const PUBLIC_DIR = path.join(PROJECT_ROOT, 'demo/public');
export const DIST_DIR = path.join(PROJECT_ROOT, 'dist');
/** The React and Vue demo apps, built by scripts/build-demo-apps.mjs (npm start runs it). */
export const DEMO_APPS_DIR = path.join(PROJECT_ROOT, '.data/demo-apps');

/**
 * @param {object} deps
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>} deps.authHandler
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean} deps.cors
 * @param {import('./outbox.mjs').Outbox} deps.outbox
 * @param {ReturnType<typeof import('./outbox-guard.mjs').createOutboxGuard>} deps.outboxGuard  Only the demo admin reads it.
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, token: string) => Promise<void>} deps.inviteLanding
 * @param {{ demoEmail: string, demoPassword: string }} deps.demo
 * @param {string} [deps.publicDir]
 * @param {string} [deps.distDir]
 */
export function createRouter({ authHandler, cors, outbox, outboxGuard, inviteLanding, demo, publicDir = PUBLIC_DIR, distDir = DIST_DIR, demoAppsDir = DEMO_APPS_DIR }) {
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  return async (req, res) => {
    if (cors(req, res)) return;
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');

    if (pathname === '/api/auth' || pathname.startsWith('/api/auth/')) return authHandler(req, res);

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return sendText(res, 405, 'Method not allowed\n');
    }
    if (pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (pathname === '/outbox') return (await outboxGuard(req, res, 'html')) || sendOutboxPage(res, outbox);
    if (pathname === '/outbox.json') return (await outboxGuard(req, res, 'json')) || sendOutboxJson(res, outbox);
    if (pathname === '/sign-in' || pathname === '/sign-in.html') return sendSignInPage(res, publicDir, demo);
    if (pathname === '/csp' || pathname === '/csp.html') return sendCspPage(res, publicDir);
    if (pathname.startsWith('/invite/')) return inviteLanding(req, res, pathname.slice('/invite/'.length));

    const file = pathname.startsWith('/dist/')
      ? resolveInside(distDir, pathname.slice('/dist/'.length))
      : findPublicFile(publicDir, pathname) ?? findPublicFile(demoAppsDir, pathname);
    if (file) return sendFile(req, res, file);
    sendNotFound(res);
  };
}

/**
 * "/" → index.html; "/sign-in.js" → that file; "/react" → react.html or react/index.html, so more
 * demo pages need only a file under demo/public/.
 * @param {string} publicDir
 * @param {string} pathname
 */
function findPublicFile(publicDir, pathname) {
  const rel = pathname.slice(1);
  if (rel === '' || rel.endsWith('/')) return resolveInside(publicDir, `${rel}index.html`);
  return (
    resolveInside(publicDir, rel) ??
    (path.extname(rel) === '' ? resolveInside(publicDir, `${rel}.html`) ?? resolveInside(publicDir, `${rel}/index.html`) : null)
  );
}

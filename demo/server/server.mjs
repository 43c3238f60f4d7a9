// Puts the pieces together: database, secret, outbox, Better Auth, CORS, routes, seed.
// `startServer()` is what main.mjs runs and what the e2e tests import (port 0, a temp DB, fresh: true).
import http from 'node:http';
import { createAuthHandler } from './auth-handler.mjs';
import { createAuth } from './auth.mjs';
import { ConfigError, normalizeConfig } from './config.mjs';
import { createCors } from './cors.mjs';
import { isEmpty, isSeeded, markSeeded, migrate, openDemoDatabase } from './database.mjs';
import { createHostCheck } from './host-check.mjs';
import { createInviteLanding } from './invite-landing.mjs';
import { createOutbox, outboxFileFor } from './outbox.mjs';
import { createOutboxGuard } from './outbox-guard.mjs';
import { sendJson, setBaseHeaders } from './respond.mjs';
import { createRouter } from './routes.mjs';
import { resolveSecret } from './secret.mjs';
import { seedDemoData } from './seed.mjs';

/**
 * @typedef {object} RunningServer
 * @property {string} url      Where to open it, e.g. http://127.0.0.1:41234 (the server's own origin).
 * @property {number} port
 * @property {string[]} trustedOrigins
 * @property {import('./config.mjs').ServerConfig} config
 * @property {import('./auth.mjs').Auth} auth
 * @property {import('./outbox.mjs').Outbox} outbox
 * @property {{ users: number, invitations: number, byStatus: Record<string, number>, ms: number } | null} seeded
 *   What this start seeded (null when the database already had data or seeding was off).
 * @property {() => Promise<void>} close  Stops accepting, drops idle connections, closes the DB. Idempotent.
 */

/**
 * Starts the demo server. Resolves once it serves (and is seeded); rejects with a ConfigError
 * carrying a readable message when the port is taken or the database cannot be written.
 * @param {Partial<import('./config.mjs').ServerConfig> & { log?: (line: string) => void }} [options]
 *   Same names as ServerConfig; `port: 0` picks a free port. Environment variables are not read here.
 * @returns {Promise<RunningServer>}
 */
export async function startServer(options = {}) {
  const config = normalizeConfig(options);
  const log = config.quiet ? () => {} : (options.log ?? ((line) => console.log(line)));

  /** @type {(req: http.IncomingMessage, res: http.ServerResponse) => unknown} */
  let handle = (_req, res) => sendJson(res, 503, { message: 'The server is starting', code: 'STARTING' });
  /** @type {(req: http.IncomingMessage, res: http.ServerResponse) => boolean} */
  let refuseHost = () => false;
  const server = http.createServer((req, res) => {
    setBaseHeaders(res);
    if (refuseHost(req, res)) return;
    Promise.resolve(handle(req, res)).catch((error) => fail(res, error));
  });
  // Connections kept alive by browsers would hold close() open; they are dropped on close.
  server.keepAliveTimeout = 5000;

  /** @type {import('./database.mjs').DemoDatabase | undefined} */
  let db;
  /** @type {Promise<void> | undefined} */
  let closing;
  const close = () =>
    (closing ??= new Promise((resolve) => {
      server.close(() => resolve(undefined));
      server.closeAllConnections();
    }).finally(() => db?.close()));

  try {
    // The port first: with --fresh and the port taken (the same server already running), the
    // database of that running server must not be deleted.
    await listen(server, config);
    const outboxFile = outboxFileFor(config.dbPath);
    db = await openDemoDatabase(config, { extraFiles: [outboxFile] });
    const secret = resolveSecret(config);
    if (secret.generated) log(`No BETTER_AUTH_SECRET set: using a generated development secret stored in ${secret.file}. Set BETTER_AUTH_SECRET in any real deployment.`);
    const outbox = createOutbox({ file: outboxFile, log });

    const address = /** @type {import('node:net').AddressInfo} */ (server.address());
    const localOrigin = `http://${urlHost(config.host)}:${address.port}`;
    // Behind a proxy, links and cookies use the address people open (PUBLIC_ORIGIN).
    const origin = config.publicOrigin ?? localOrigin;
    const ownOrigins = [...new Set([origin, localOrigin, ...loopbackAliases(config.host, address.port)])];
    const trustedOrigins = [...new Set([...ownOrigins, ...config.trustedOrigins])];
    // Requests naming another host are refused from here on (DNS rebinding; see host-check.mjs). A
    // trusted origin may be a dev server whose proxy forwards its own Host header.
    refuseHost = createHostCheck(trustedOrigins);

    const auth = createAuth({ db, baseURL: origin, secret: secret.secret, trustedOrigins, outbox, signInLimit: config.signInLimit, quiet: config.quiet });
    await migrate(auth.options, db);

    let seeded = null;
    if (config.seed && (await isEmpty(db))) {
      log('Empty database: seeding the demo data through the API…');
      const started = performance.now();
      const report = await seedDemoData({ auth, outbox, origin, demoEmail: config.demoEmail, demoPassword: config.demoPassword });
      await markSeeded(db);
      seeded = { ...report, ms: Math.round(performance.now() - started) };
      log(`Seeded ${report.users} users and ${report.invitations} invitations in ${(seeded.ms / 1000).toFixed(1)} s.`);
    } else if (config.seed && !(await isSeeded(db))) {
      log('Note: this database has users but no complete demo data (an earlier seed was interrupted?). Start with --fresh to rebuild it.');
    }

    handle = createRouter({
      authHandler: createAuthHandler(auth, origin),
      cors: createCors(trustedOrigins),
      outbox,
      outboxGuard: createOutboxGuard({ auth, adminEmail: config.demoEmail }),
      inviteLanding: createInviteLanding({ auth }),
      demo: config,
    });
    return { url: origin, port: address.port, trustedOrigins, config, auth, outbox, seeded, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * @param {http.Server} server
 * @param {{ port: number, host: string }} config
 */
function listen(server, { port, host }) {
  return new Promise((resolve, reject) => {
    /** @param {NodeJS.ErrnoException} error */
    const onError = (error) => {
      if (error.code === 'EADDRINUSE') reject(new ConfigError(`Port ${port} on ${host} is already in use (another server running?). Stop it, or start with another PORT, e.g. PORT=3001.`));
      else if (error.code === 'EACCES') reject(new ConfigError(`Not allowed to listen on ${host}:${port}. Use a PORT above 1023.`));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') reject(new ConfigError(`HOST ${host} is not an address of this machine. Try HOST=127.0.0.1.`));
      else reject(error);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(undefined);
    });
  });
}

/**
 * The host part of the server's own URL. A wildcard address is not something a browser can open.
 * @param {string} host
 */
function urlHost(host) {
  if (host === '0.0.0.0' || host === '::' || host === '') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * localhost and 127.0.0.1 are the same server but different origins: trust both for the same port,
 * so the demo works whichever one the browser was given.
 * @param {string} host
 * @param {number} port
 */
function loopbackAliases(host, port) {
  const loopback = ['localhost', '127.0.0.1', '0.0.0.0', '::', ''];
  return loopback.includes(host) ? [`http://localhost:${port}`, `http://127.0.0.1:${port}`] : [];
}

/**
 * @param {http.ServerResponse} res
 * @param {unknown} error
 */
function fail(res, error) {
  console.error('Request failed:', error instanceof Error ? error.message : error);
  if (res.headersSent) return void res.destroy();
  sendJson(res, 500, { message: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' });
}

#!/usr/bin/env node
// Entry point: `node demo/server/main.mjs [--fresh]`. Settings: see config.mjs (PORT, HOST, INVITE_DB,
// DEMO_EMAIL, DEMO_PASSWORD, TRUSTED_ORIGINS, BETTER_AUTH_SECRET).
// Prints exactly one "Listening on http://HOST:PORT" line once it serves, then the demo login.
import { ConfigError, loadConfig } from './config.mjs';
import { startServer } from './server.mjs';

try {
  const config = loadConfig();
  const server = await startServer(config);
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  // npm start passes when it began, so the line says how long the whole start took.
  const since = Number(process.env.INVITE_START_MS) || Date.now() - process.uptime() * 1000;
  console.log(`Listening on http://${host}:${server.port} (ready in ${((Date.now() - since) / 1000).toFixed(1)} s)`);
  console.log(`Demo login: ${config.demoEmail} / ${config.demoPassword} (sign in at ${server.url}/sign-in; as the demo admin, read the mails at ${server.url}/outbox)`);

  let stopping = false;
  const stop = (/** @type {NodeJS.Signals} */ signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down…`);
    server.close().then(
      () => process.exit(0),
      (error) => {
        console.error('Shutdown failed:', error);
        process.exit(1);
      },
    );
  };
  // `on`, not `once`: a library's signal-exit handler re-raises a signal that no other listener is
  // left for, which killed the process before the close finished (exit by SIGTERM, not 0).
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof ConfigError) console.error(`Cannot start the demo server: ${error.message}`);
  else console.error('Cannot start the demo server:', error);
  process.exit(1);
}

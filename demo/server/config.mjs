// Settings of the demo server, read from the environment and the command line.
// The names and defaults are a contract: `npm start`, the e2e tests and the README rely on them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (two levels above demo/server/). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * @typedef {object} ServerConfig
 * @property {number} port        0 picks a free port.
 * @property {string} host
 * @property {string} dbPath      Absolute path of the SQLite file.
 * @property {string} dataDir     Folder of the SQLite file; also holds the dev secret and the outbox.
 * @property {string} demoEmail
 * @property {string} demoPassword
 * @property {string[]} trustedOrigins  Extra origins (besides the server's own) allowed to call the API.
 * @property {string | undefined} publicOrigin  PUBLIC_ORIGIN: the origin people open when the server sits
 *   behind a proxy (e.g. https://invites.example.org). Used for links and cookies, and accepted as Host.
 * @property {{ window: number, max: number }} signInLimit  Better Auth's rate limit on sign-in and sign-up,
 *   per client address (its default: 3 per 10 s). Always on; tests may give their own numbers, never none.
 * @property {string | undefined} databaseUrl  DATABASE_URL: postgres://… runs on PostgreSQL; unset, on the SQLite file dbPath.
 * @property {string | undefined} secret  BETTER_AUTH_SECRET; undefined means "use the dev fallback".
 * @property {boolean} fresh      Delete the database before starting.
 * @property {boolean} seed       Seed an empty database with the demo data.
 * @property {boolean} quiet      Print nothing but errors (for tests).
 */

/**
 * Reads the settings. Environment names: PORT, HOST, INVITE_DB, DEMO_EMAIL, DEMO_PASSWORD,
 * TRUSTED_ORIGINS, PUBLIC_ORIGIN, DATABASE_URL, BETTER_AUTH_SECRET. Flag: --fresh.
 * @param {NodeJS.ProcessEnv} [env]
 * @param {string[]} [argv]  Arguments after the script name.
 * @returns {ServerConfig}
 */
export function loadConfig(env = process.env, argv = process.argv.slice(2)) {
  const unknown = argv.filter((arg) => arg !== '--fresh');
  if (unknown.length > 0) throw new ConfigError(`Unknown argument ${unknown[0]}. Usage: node demo/server/main.mjs [--fresh]`);
  return normalizeConfig({
    port: parsePort(env.PORT ?? '3000'),
    host: env.HOST || '127.0.0.1',
    dbPath: env.INVITE_DB || undefined,
    demoEmail: env.DEMO_EMAIL || undefined,
    demoPassword: env.DEMO_PASSWORD || undefined,
    trustedOrigins: env.TRUSTED_ORIGINS ? env.TRUSTED_ORIGINS.split(',') : [],
    publicOrigin: env.PUBLIC_ORIGIN || undefined,
    databaseUrl: env.DATABASE_URL || undefined,
    secret: env.BETTER_AUTH_SECRET || undefined,
    fresh: argv.includes('--fresh'),
  });
}

/**
 * Fills defaults and validates; also used by `startServer(options)`.
 * @param {Partial<ServerConfig>} options
 * @returns {ServerConfig}
 */
export function normalizeConfig(options) {
  const dbPath = path.resolve(PROJECT_ROOT, options.dbPath ?? '.data/demo.db');
  return {
    port: options.port ?? 3000,
    host: options.host ?? '127.0.0.1',
    dbPath,
    dataDir: path.dirname(dbPath),
    demoEmail: options.demoEmail ?? 'demo@example.com',
    demoPassword: options.demoPassword ?? 'demo-password',
    trustedOrigins: (options.trustedOrigins ?? []).map((o) => parseOrigin(o, 'TRUSTED_ORIGINS')).filter((o) => o !== ''),
    publicOrigin: options.publicOrigin ? parseOrigin(options.publicOrigin, 'PUBLIC_ORIGIN') : undefined,
    signInLimit: checkLimit(options.signInLimit ?? { window: 10, max: 3 }),
    databaseUrl: options.databaseUrl ? checkDatabaseUrl(options.databaseUrl) : undefined,
    secret: options.secret,
    fresh: options.fresh ?? false,
    seed: options.seed ?? true,
    quiet: options.quiet ?? false,
  };
}

/** A bad setting: main.mjs prints the message alone, without a stack. */
export class ConfigError extends Error {
  name = 'ConfigError';
}

/** @param {string} value */
function parsePort(value) {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${value}".`);
  return port;
}

/** @param {string} value */
function checkDatabaseUrl(value) {
  if (!/^postgres(ql)?:\/\//.test(value)) throw new ConfigError('DATABASE_URL must be a PostgreSQL URL, postgres://user:password@host:5432/database (unset it to use SQLite).');
  return value;
}

/** @param {{ window: number, max: number }} limit */
function checkLimit(limit) {
  const positive = (/** @type {unknown} */ n) => typeof n === 'number' && Number.isInteger(n) && n > 0;
  if (!positive(limit.window) || !positive(limit.max)) throw new ConfigError('signInLimit needs a whole window (seconds) and max above 0; the rate limit cannot be turned off.');
  return { window: limit.window, max: limit.max };
}

/**
 * "http://localhost:5173/" → "http://localhost:5173". Browsers send origins without a path or slash.
 * @param {string} value
 * @param {string} name  The setting, for the message.
 */
function parseOrigin(value, name) {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  let url;
  try {
    url = new URL(trimmed);
  } catch {
    throw new ConfigError(`${name}: "${trimmed}" is not a URL (expected e.g. http://localhost:5173).`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`${name}: "${trimmed}" must start with http:// or https://.`);
  return url.origin;
}

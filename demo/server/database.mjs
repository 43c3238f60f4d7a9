// The database: a SQLite file by default, PostgreSQL when DATABASE_URL says so. Open it (clearing it
// first with --fresh), create the schema and the indexes large lists need, mark it seeded. Everything
// else reads and writes through Better Auth's database adapter, the same on both.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { getMigrations } from 'better-auth/db/migration';
import { ConfigError, PROJECT_ROOT } from './config.mjs';

const DEFAULT_DATA_DIR = path.join(PROJECT_ROOT, '.data');

/** `PRAGMA user_version` once the demo data is complete (0: never seeded, or seeding was interrupted). */
const SEEDED_VERSION = 1;

/**
 * What the server needs of either database.
 * @typedef {object} DemoDatabase
 * @property {'sqlite' | 'postgres'} kind
 * @property {unknown} database  What betterAuth({ database }) takes: a better-sqlite3 Database or a pg Pool.
 * @property {string} name  Where it is, for messages (a PostgreSQL URL without its password).
 * @property {(sql: string) => Promise<Array<Record<string, unknown>>>} query  Plain SQL, the same text on both.
 * @property {() => Promise<void>} close
 */

/**
 * The tables of the demo, newest first (dropped in this order by --fresh on PostgreSQL).
 * Better Auth's own, better-invite's and the demo's seed marker.
 */
const TABLES = ['inviteUse', 'invite', 'demoMeta', 'rateLimit', 'verification', 'account', 'session', 'user'];

/**
 * The indexes the companion plugin's reads want on large tables (README, "Indexes"). better-invite's
 * schema declares none: every list is one user's (createdByUserId), filtered by status and expiry,
 * sorted by creation or expiry, and uses are looked up by invitation.
 */
export const INDEXES = [
  'CREATE INDEX IF NOT EXISTS invite_owner_created_idx ON "invite" ("createdByUserId", "createdAt")',
  'CREATE INDEX IF NOT EXISTS invite_owner_expires_idx ON "invite" ("createdByUserId", "expiresAt")',
  'CREATE INDEX IF NOT EXISTS invite_owner_status_idx ON "invite" ("createdByUserId", "status", "expiresAt")',
  'CREATE INDEX IF NOT EXISTS inviteUse_invite_idx ON "inviteUse" ("inviteId")',
  'CREATE INDEX IF NOT EXISTS inviteUse_inviter_idx ON "inviteUse" ("inviterId")',
];

/**
 * Opens the database the config names.
 * @param {import('./config.mjs').ServerConfig} config
 * @param {{ extraFiles?: string[] }} [options]  Files that belong to this database (the outbox).
 * @returns {Promise<DemoDatabase>}
 */
export async function openDemoDatabase(config, options = {}) {
  if (!config.databaseUrl) {
    const db = openDatabase(config, options);
    return {
      kind: 'sqlite',
      database: db,
      name: config.dbPath,
      query: async (sql) => {
        const statement = db.prepare(sql);
        return statement.reader ? statement.all() : (statement.run(), []);
      },
      close: async () => db.close(),
    };
  }
  prepareDataDir(config);
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10 });
  const name = redactUrl(config.databaseUrl);
  try {
    await pool.query('SELECT 1');
    if (config.fresh) for (const table of TABLES) await pool.query(`DROP TABLE IF EXISTS "${table}" CASCADE`);
  } catch (error) {
    await pool.end();
    const reason = /** @type {{ message?: string }} */ (error).message ?? String(error);
    throw new ConfigError(`Cannot use the PostgreSQL database at ${name} (${reason}). Check DATABASE_URL.`, { cause: error });
  }
  if (config.fresh) for (const file of options.extraFiles ?? []) fs.rmSync(file, { force: true });
  return { kind: 'postgres', database: pool, name, query: async (sql) => (await pool.query(sql)).rows, close: () => pool.end() };
}

/**
 * The data folder (the SQLite file, the development secret, the outbox), created private.
 * @param {import('./config.mjs').ServerConfig} config
 */
function prepareDataDir({ dataDir }) {
  try {
    // Private: the database holds sessions and password hashes, the folder the secret and outbox.
    // A folder made here is 0700; the project's own .data is narrowed too (older versions made it 0755),
    // but a folder INVITE_DB points into is the user's (it may be /tmp): its mode is left alone.
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (dataDir === DEFAULT_DATA_DIR) fs.chmodSync(dataDir, 0o700);
    fs.accessSync(dataDir, fs.constants.W_OK);
  } catch (error) {
    throw unwritable(dataDir, dataDir, error);
  }
}

/** postgres://user:secret@host/db → postgres://user@host/db. @param {string} url */
function redactUrl(url) {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.href;
  } catch {
    return 'DATABASE_URL';
  }
}

/**
 * The SQLite file: deletes the database (and its WAL files and outbox) when asked, then opens it.
 * Throws a ConfigError with a readable message when the folder or the file cannot be written.
 * @param {import('./config.mjs').ServerConfig} config
 * @param {{ extraFiles?: string[] }} [options]  Files that belong to this database (the outbox).
 */
export function openDatabase(config, { extraFiles = [] } = {}) {
  const { dbPath, dataDir } = config;
  prepareDataDir(config);
  try {
    if (config.fresh) {
      for (const file of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, `${dbPath}-journal`, ...extraFiles]) fs.rmSync(file, { force: true });
    }
  } catch (error) {
    throw unwritable(dataDir, dataDir, error);
  }
  let db;
  try {
    // Created (or narrowed) to 0600 before SQLite opens it; SQLite gives its -wal and -shm files the
    // database file's mode.
    fs.closeSync(fs.openSync(dbPath, 'a', 0o600));
    fs.chmodSync(dbPath, 0o600);
    db = new Database(dbPath);
    // SQLite opens a write-protected file read-only without complaint; fail now, not at the first sign-in.
    fs.accessSync(dbPath, fs.constants.W_OK);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    db?.close();
    throw unwritable(dbPath, dbPath, error);
  }
  return db;
}

/**
 * Creates or updates the Better Auth + better-invite tables, the seed marker and the INDEXES.
 * @param {import('better-auth').BetterAuthOptions} authOptions
 * @param {DemoDatabase} db
 */
export async function migrate(authOptions, db) {
  try {
    const { runMigrations } = await getMigrations(authOptions);
    await runMigrations();
    await db.query('CREATE TABLE IF NOT EXISTS "demoMeta" ("key" varchar(64) PRIMARY KEY, "value" text NOT NULL)');
    for (const sql of INDEXES) await db.query(sql);
  } catch (error) {
    if (db.kind === 'sqlite' && isReadonlyError(error)) throw unwritable(db.name, path.dirname(db.name), error);
    throw error;
  }
}

/** True when the demo data was written completely (an interrupted seed leaves no mark). @param {DemoDatabase} db */
export async function isSeeded(db) {
  const rows = await db.query(`SELECT "value" FROM "demoMeta" WHERE "key" = 'seeded'`);
  if (rows.length > 0) return true;
  // Databases seeded before the marker table: SQLite's user_version.
  return db.kind === 'sqlite' && Number((await db.query('PRAGMA user_version'))[0]?.user_version) === SEEDED_VERSION;
}

/** True when the database holds no user at all: the seed may run. @param {DemoDatabase} db */
export async function isEmpty(db) {
  const [row] = await db.query('SELECT count(*) AS n FROM "user"');
  return Number(row?.n) === 0;
}

/** @param {DemoDatabase} db */
export async function markSeeded(db) {
  await db.query(`INSERT INTO "demoMeta" ("key", "value") VALUES ('seeded', '${SEEDED_VERSION}') ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"`);
}

/** @param {unknown} error */
function isReadonlyError(error) {
  const code = /** @type {{ code?: string }} */ (error)?.code ?? '';
  return code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM';
}

/**
 * @param {string} target  What could not be written.
 * @param {string} folder  The file or folder the user should fix.
 * @param {unknown} error
 */
function unwritable(target, folder, error) {
  const reason = /** @type {{ code?: string, message?: string }} */ (error);
  const fix = reason.code === 'EEXIST' || reason.code === 'ENOTDIR' ? `${folder} (or a parent) is a file, not a folder` : `Make ${folder} writable`;
  return new ConfigError(
    `Cannot write the database at ${target} (${reason.code ?? reason.message}). ${fix}; or set INVITE_DB to a writable file path.`,
    { cause: error },
  );
}

// The SQLite file: open it (clearing it first with --fresh), create the schema, mark it seeded.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { getMigrations } from 'better-auth/db/migration';
import { ConfigError, PROJECT_ROOT } from './config.mjs';

const DEFAULT_DATA_DIR = path.join(PROJECT_ROOT, '.data');

/** `PRAGMA user_version` once the demo data is complete (0: never seeded, or seeding was interrupted). */
const SEEDED_VERSION = 1;

/**
 * Deletes the database (and its WAL files and outbox) when asked, then opens it.
 * Throws a ConfigError with a readable message when the folder or the file cannot be written.
 * @param {import('./config.mjs').ServerConfig} config
 * @param {{ extraFiles?: string[] }} [options]  Files that belong to this database (the outbox).
 */
export function openDatabase(config, { extraFiles = [] } = {}) {
  const { dbPath, dataDir } = config;
  try {
    // Private: the database holds sessions and password hashes, the folder the secret and outbox.
    // A folder made here is 0700; the project's own .data is narrowed too (older versions made it 0755),
    // but a folder INVITE_DB points into is the user's (it may be /tmp): its mode is left alone.
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (dataDir === DEFAULT_DATA_DIR) fs.chmodSync(dataDir, 0o700);
    fs.accessSync(dataDir, fs.constants.W_OK);
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
 * Creates or updates the Better Auth + better-invite tables, plus the index every list query needs
 * (the plugin's schema has none on invite.createdByUserId).
 * @param {import('better-auth').BetterAuthOptions} authOptions
 * @param {import('better-sqlite3').Database} db
 */
export async function migrate(authOptions, db) {
  try {
    const { runMigrations } = await getMigrations(authOptions);
    await runMigrations();
    db.exec('CREATE INDEX IF NOT EXISTS invite_createdByUserId_idx ON invite (createdByUserId)');
  } catch (error) {
    if (isReadonlyError(error)) throw unwritable(db.name, path.dirname(db.name), error);
    throw error;
  }
}

/** True when the demo data was never (completely) written. */
export function isSeeded(/** @type {import('better-sqlite3').Database} */ db) {
  return db.pragma('user_version', { simple: true }) === SEEDED_VERSION;
}

/** True when the database holds no user at all: the seed may run. */
export function isEmpty(/** @type {import('better-sqlite3').Database} */ db) {
  return db.prepare('SELECT count(*) AS n FROM user').get().n === 0;
}

export function markSeeded(/** @type {import('better-sqlite3').Database} */ db) {
  db.pragma(`user_version = ${SEEDED_VERSION}`);
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

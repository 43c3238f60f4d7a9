// The development outbox: better-invite's sendUserInvitation lands here instead of a mail server.
// Kept in memory and mirrored to a JSON file beside the database, so restarts keep the mails.
// Mails hold invite links (tokens): they are shown at /outbox, never written to the log.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';

/**
 * @typedef {object} OutboxNotice  A mail that only says something (e.g. "… accepted your invitation").
 * @property {string} id
 * @property {'notice'} kind
 * @property {string} to
 * @property {string} subject
 * @property {string} sentAt           ISO date.
 */

/**
 * @typedef {object} OutboxMail  An invitation.
 * @property {string} id
 * @property {string} to
 * @property {string | null} name      The invitee's name when they already have an account.
 * @property {string} role
 * @property {boolean} newAccount
 * @property {string} subject
 * @property {string} url              The activation link (GET {api}/invite/{token}).
 * @property {string} token
 * @property {string} sentAt           ISO date.
 */

/**
 * The outbox file that belongs to a database file: `.data/demo.db` → `.data/demo.outbox.json`.
 * @param {string} dbPath
 */
export function outboxFileFor(dbPath) {
  return dbPath.replace(/(\.(db|sqlite3?))?$/, '.outbox.json');
}

/**
 * @param {{ file?: string, log?: (line: string) => void }} [options]  Without a file the outbox lives in
 *   memory only. `log` hears about a damaged file (moved aside, never overwritten).
 */
export function createOutbox({ file, log = (line) => console.error(line) } = {}) {
  /** @type {Array<OutboxMail | OutboxNotice>} */
  const mails = file ? load(file, log) : [];
  const save = () => {
    if (file) writeAtomically(file, JSON.stringify(mails, null, 2));
  };

  return {
    /**
     * Records one invitation mail. Signature of better-invite's `sendUserInvitation`.
     * @param {{ email: string, name?: string, role: string, url: string, token: string, newAccount?: boolean }} data
     * @returns {OutboxMail}
     */
    add(data) {
      /** @type {OutboxMail} */
      const mail = {
        id: randomUUID(),
        to: data.email,
        name: data.name ?? null,
        role: data.role,
        newAccount: Boolean(data.newAccount),
        subject: data.newAccount ? `You are invited to create an account (${data.role})` : `You are invited to become ${data.role}`,
        url: data.url,
        token: data.token,
        sentAt: new Date().toISOString(),
      };
      mails.push(mail);
      save();
      return mail;
    },
    /**
     * Records a mail that only tells something.
     * @param {{ to: string, subject: string }} data
     * @returns {OutboxNotice}
     */
    notify({ to, subject }) {
      /** @type {OutboxNotice} */
      const notice = { id: randomUUID(), kind: 'notice', to, subject, sentAt: new Date().toISOString() };
      mails.push(notice);
      save();
      return notice;
    },
    /** Oldest first. @returns {ReadonlyArray<OutboxMail | OutboxNotice>} */
    list() {
      return mails;
    },
    get size() {
      return mails.length;
    },
  };
}

/** @typedef {ReturnType<typeof createOutbox>} Outbox */

/**
 * The mails in the file; none when there is no file. A file that cannot be read as a list of mails
 * is moved aside (and said so), so the next mail cannot overwrite what it holds.
 * @param {string} file
 * @param {(line: string) => void} log
 */
function load(file, log) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return [];
    throw new Error(`Cannot read the outbox ${file} (${/** @type {Error} */ (error).message}). Fix its permissions or move it away.`, { cause: error });
  }
  try {
    const parsed = JSON.parse(text);
    if (Array.isArray(parsed)) return parsed;
  } catch {
    // reported below
  }
  const aside = `${file}.damaged-${Date.now()}`;
  fs.renameSync(file, aside);
  log(`The outbox ${file} is not a list of mails: kept as ${aside}, starting an empty outbox.`);
  return [];
}

/**
 * Writes a whole file or nothing: a crash mid-write leaves the previous version, never half of one.
 * Private (0600): it holds invitation links.
 * @param {string} file
 * @param {string} text
 */
function writeAtomically(file, text) {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, text, { mode: 0o600 });
  fs.renameSync(temp, file);
}

// The development outbox: better-invite's sendUserInvitation lands here instead of a mail server.
// Kept in memory and mirrored to a JSON file beside the database, so restarts keep the mails.
// Mails hold invite links (tokens): they are shown at /outbox, never written to the log.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';

/**
 * @typedef {object} OutboxMail
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

/** @param {{ file?: string }} [options]  Without a file the outbox lives in memory only. */
export function createOutbox({ file } = {}) {
  /** @type {OutboxMail[]} */
  const mails = file ? load(file) : [];

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
      if (file) fs.writeFileSync(file, JSON.stringify(mails, null, 2));
      return mail;
    },
    /** Oldest first. @returns {readonly OutboxMail[]} */
    list() {
      return mails;
    },
    get size() {
      return mails.length;
    },
  };
}

/** @typedef {ReturnType<typeof createOutbox>} Outbox */

/** @param {string} file */
function load(file) {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return []; // missing or damaged: start empty, the next mail rewrites it
  }
}

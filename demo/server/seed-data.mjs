// What the demo database starts with. seed.mjs turns this into real API calls.

const HOUR = 60 * 60;
const DAY = 24 * HOUR;

/**
 * People besides the demo admin. They all use the demo password, so anyone trying the demo can sign
 * in as them (alice stays a plain "user": the non-admin to try creating an invite with).
 * `existing` ones sign up before any invitation is created (their private invites say "Role upgrade");
 * the others sign up when they first use an invitation (theirs say "New account").
 * @type {ReadonlyArray<{ key: string, name: string, email: string, existing: boolean }>}
 */
export const SEED_USERS = [
  { key: 'alice', name: 'Alice Martin', email: 'alice@example.com', existing: true },
  { key: 'bob', name: 'Bob Nguyen', email: 'bob@example.com', existing: true },
  { key: 'carol', name: 'Carol Schmidt', email: 'carol@example.com', existing: true },
  { key: 'dave', name: 'Dave Okafor', email: 'dave@example.com', existing: true },
  { key: 'erin', name: 'Erin Rossi', email: 'erin@example.org', existing: false },
  { key: 'frank', name: 'Frank Dubois', email: 'frank@example.org', existing: false },
  { key: 'grace', name: 'Grace Kim', email: 'grace@example.org', existing: false },
  { key: 'heidi', name: 'Heidi Jansen', email: 'heidi@example.org', existing: false },
];

/**
 * @typedef {object} SeedInvite
 * @property {string} label          For error messages.
 * @property {number} ageDays        How long ago it was created (createdAt is backdated, see seed.mjs).
 * @property {Record<string, unknown>} body  The POST /invite/create body (expiresIn within the server's bounds).
 * @property {'cancel' | 'reject' | 'activate'} [then]  What happens to it afterwards, and by whom:
 *   cancel: the demo admin; reject: the private invitee; activate: each of `by` in turn.
 * @property {string[]} [by]         Seed user keys.
 * @property {'pending' | 'used' | 'canceled' | 'rejected' | 'expired'} expect  Status the list must show.
 */

/** 40 invitation rows (a request for N emails makes N rows). @type {ReadonlyArray<SeedInvite>} */
export const SEED_INVITES = [
  // Private, pending.
  { label: 'private newcomer', ageDays: 1.2, body: { role: 'user', email: 'newhire@example.org', expiresIn: 7 * DAY }, expect: 'pending' },
  { label: 'private role upgrade', ageDays: 3.4, body: { role: 'moderator', email: 'alice@example.com', expiresIn: 14 * DAY }, expect: 'pending' },
  { label: 'private admin, name hidden', ageDays: 6.1, body: { role: 'admin', email: 'ops-lead@example.org', expiresIn: 30 * DAY, shareInviterName: false }, expect: 'pending' },
  { label: 'private short expiry', ageDays: 0.15, body: { role: 'user', email: 'contractor@partner.test', expiresIn: 2 * DAY }, expect: 'pending' },
  { label: 'private two uses', ageDays: 0.4, body: { role: 'moderator', email: 'team-lead@example.org', maxUses: 2, expiresIn: 14 * DAY }, expect: 'pending' },
  { label: 'private three emails', ageDays: 2.3, body: { role: 'user', email: ['ana@acme.test', 'ben@acme.test', 'chen@acme.test'], expiresIn: 7 * DAY }, expect: 'pending' },
  { label: 'private two emails', ageDays: 9.5, body: { role: 'moderator', email: ['qa1@example.net', 'qa2@example.net'], expiresIn: 30 * DAY }, expect: 'pending' },
  // Public, unlimited, pending (heidi used the third one: unlimited invites stay pending).
  { label: 'public unlimited', ageDays: 4.2, body: { role: 'user', expiresIn: 30 * DAY }, expect: 'pending' },
  { label: 'public unlimited moderator', ageDays: 12.6, body: { role: 'moderator', expiresIn: 60 * DAY }, expect: 'pending' },
  { label: 'public unlimited, used once', ageDays: 20.3, body: { role: 'user', expiresIn: 90 * DAY, shareInviterName: false }, then: 'activate', by: ['heidi'], expect: 'pending' },
  // Public, limited, pending.
  { label: 'public 5 uses', ageDays: 5.1, body: { role: 'user', maxUses: 5, expiresIn: 14 * DAY }, expect: 'pending' },
  { label: 'public 10 uses moderator', ageDays: 8.7, body: { role: 'moderator', maxUses: 10, expiresIn: 30 * DAY }, expect: 'pending' },
  { label: 'public 3 uses, used once', ageDays: 15.2, body: { role: 'user', maxUses: 3, expiresIn: 30 * DAY }, then: 'activate', by: ['frank'], expect: 'pending' },
  { label: 'public 1000 uses', ageDays: 2.8, body: { role: 'user', maxUses: 1000, expiresIn: 90 * DAY }, expect: 'pending' },
  // Codes (6 characters), pending.
  { label: 'code single use', ageDays: 0.6, body: { role: 'user', tokenType: 'code', maxUses: 1, expiresIn: 1 * DAY }, expect: 'pending' },
  { label: 'code 5 uses moderator', ageDays: 7.3, body: { role: 'moderator', tokenType: 'code', maxUses: 5, expiresIn: 14 * DAY }, expect: 'pending' },
  { label: 'code unlimited', ageDays: 10.4, body: { role: 'user', tokenType: 'code', expiresIn: 30 * DAY }, expect: 'pending' },
  // Used (an invite becomes "used" at its last allowed use).
  { label: 'private used by existing user', ageDays: 25.5, body: { role: 'moderator', email: 'bob@example.com', expiresIn: 30 * DAY }, then: 'activate', by: ['bob'], expect: 'used' },
  { label: 'private used by new account', ageDays: 18.2, body: { role: 'user', email: 'erin@example.org', expiresIn: 30 * DAY }, then: 'activate', by: ['erin'], expect: 'used' },
  { label: 'private admin used', ageDays: 29.1, body: { role: 'admin', email: 'dave@example.com', expiresIn: 60 * DAY }, then: 'activate', by: ['dave'], expect: 'used' },
  { label: 'public single use, used', ageDays: 14.4, body: { role: 'user', maxUses: 1, expiresIn: 30 * DAY }, then: 'activate', by: ['frank'], expect: 'used' },
  { label: 'public 2 uses, used up', ageDays: 22.7, body: { role: 'moderator', maxUses: 2, expiresIn: 30 * DAY }, then: 'activate', by: ['frank', 'grace'], expect: 'used' },
  { label: 'code used', ageDays: 11.1, body: { role: 'user', tokenType: 'code', maxUses: 1, expiresIn: 14 * DAY }, then: 'activate', by: ['grace'], expect: 'used' },
  // Canceled by the demo admin.
  { label: 'private canceled', ageDays: 16.8, body: { role: 'user', email: 'cancel-me@example.org', expiresIn: 30 * DAY }, then: 'cancel', expect: 'canceled' },
  { label: 'private two emails canceled', ageDays: 30.2, body: { role: 'moderator', email: ['old1@example.net', 'old2@example.net'], expiresIn: 60 * DAY }, then: 'cancel', expect: 'canceled' },
  { label: 'public unlimited canceled', ageDays: 27.9, body: { role: 'moderator', expiresIn: 60 * DAY }, then: 'cancel', expect: 'canceled' },
  { label: 'code canceled', ageDays: 6.6, body: { role: 'user', tokenType: 'code', maxUses: 5, expiresIn: 14 * DAY }, then: 'cancel', expect: 'canceled' },
  // Rejected by the invitee, signed in.
  { label: 'private admin rejected', ageDays: 13.3, body: { role: 'admin', email: 'alice@example.com', expiresIn: 30 * DAY }, then: 'reject', by: ['alice'], expect: 'rejected' },
  { label: 'private moderator rejected', ageDays: 19.9, body: { role: 'moderator', email: 'carol@example.com', expiresIn: 30 * DAY }, then: 'reject', by: ['carol'], expect: 'rejected' },
  { label: 'private user rejected', ageDays: 24.1, body: { role: 'user', email: 'bob@example.com', expiresIn: 30 * DAY }, then: 'reject', by: ['bob'], expect: 'rejected' },
  // Expired: created with a valid expiresIn, then backdated past it (seed.mjs).
  { label: 'private expired', ageDays: 35.2, body: { role: 'user', email: 'late@example.org', expiresIn: 7 * DAY }, expect: 'expired' },
  { label: 'private two emails expired', ageDays: 45.6, body: { role: 'user', email: ['x1@example.com', 'x2@example.com'], expiresIn: 3 * DAY }, expect: 'expired' },
  { label: 'public 5 uses expired', ageDays: 40.3, body: { role: 'user', maxUses: 5, expiresIn: 14 * DAY }, expect: 'expired' },
  { label: 'public unlimited expired', ageDays: 50.8, body: { role: 'moderator', expiresIn: 30 * DAY }, expect: 'expired' },
  { label: 'code expired', ageDays: 21.5, body: { role: 'user', tokenType: 'code', maxUses: 1, expiresIn: 12 * HOUR }, expect: 'expired' },
];

// Fills an empty database with the demo admin, a few other people and 40 invitations of every kind,
// through the real HTTP API (seed-client.mjs) wherever the API can do it. Three things go straight to
// the database (through Better Auth's adapter, so on SQLite and PostgreSQL alike), each marked below:
// making the first admin, backdating createdAt/expiresAt, backdating usedAt.
import { randomInt } from 'node:crypto';
import { SEED_INVITES, SEED_USERS } from './seed-data.mjs';
import { createSeedClient } from './seed-client.mjs';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * @param {object} options
 * @param {import('./auth.mjs').Auth} options.auth
 * @param {import('./outbox.mjs').Outbox} options.outbox  Private invites' tokens are read from their mails.
 * @param {string} options.origin    The server's own origin (trusted).
 * @param {string} options.demoEmail
 * @param {string} options.demoPassword
 * @param {Date} [options.now]
 * @returns {Promise<{ users: number, invitations: number, byStatus: Record<string, number> }>}
 */
export async function seedDemoData({ auth, outbox, origin, demoEmail, demoPassword, now = new Date() }) {
  // The fake clients' network, new for each seed: Better Auth keeps its in-memory rate-limit counts per
  // process, not per server, so two seeds in one process (the tests) would otherwise count together.
  const network = `10.${randomInt(256)}.${randomInt(256)}`;
  let nextIp = 1;
  /** @param {string} email @param {string} name */
  const signUp = async (email, name) => {
    // A distinct fake client per person, under the sign-in rate limit like everyone else.
    const client = createSeedClient(auth, { origin, ip: `${network}.${nextIp++}` });
    await client.post('/sign-up/email', { email, name, password: demoPassword });
    return client;
  };

  const admin = await signUp(demoEmail, 'Demo Admin');
  // Direct DB update: the first admin cannot come from the API (set-role needs an admin, and our
  // canCreateInvite lets only admins invite). Every later role change goes through invitations.
  const { adapter } = await auth.$context;
  await adapter.update({ model: 'user', where: [{ field: 'email', value: demoEmail.toLowerCase() }], update: { role: 'admin' } });

  const others = SEED_USERS.filter((u) => u.email !== demoEmail.toLowerCase());
  /** @type {Map<string, import('./seed-client.mjs').SeedClient>} */
  const people = new Map();
  for (const user of others.filter((u) => u.existing)) people.set(user.key, await signUp(user.email, user.name));
  /** @param {string} key */
  const person = async (key) => {
    const existing = people.get(key);
    if (existing) return existing;
    const user = others.find((u) => u.key === key);
    if (!user) throw new Error(`Seed data names an unknown person "${key}"`);
    const client = await signUp(user.email, user.name);
    people.set(key, client);
    return client;
  };

  /** @type {Array<{ label: string, token: string, ageDays: number, expiresIn: number, expect: string }>} */
  const rows = [];
  // Oldest first, so insertion order (the list's default order) agrees with createdAt.
  for (const spec of [...SEED_INVITES].sort((a, b) => b.ageDays - a.ageDays)) {
    const mailsBefore = outbox.size;
    const result = await admin.post('/invite/create', spec.body);
    const tokens = spec.body.email
      ? outbox.list().slice(mailsBefore).map((mail) => mail.token) // private: one mail per email
      : [result.message]; // public: the response's message is the token
    const expected = Array.isArray(spec.body.email) ? spec.body.email.length : 1;
    if (tokens.length !== expected) throw new Error(`Seed "${spec.label}": expected ${expected} invitation(s), got ${tokens.length}`);

    for (const token of tokens) {
      if (spec.then === 'cancel') await admin.post('/invite/cancel', { token });
      if (spec.then === 'reject') for (const key of spec.by ?? []) await (await person(key)).post('/invite/reject', { token });
      if (spec.then === 'activate') for (const key of spec.by ?? []) await (await person(key)).post('/invite/activate', { token });
      rows.push({ label: spec.label, token, ageDays: spec.ageDays, expiresIn: /** @type {number} */ (spec.body.expiresIn), expect: spec.expect });
    }
  }

  await backdate(adapter, rows, now);
  for (const client of [admin, ...people.values()]) await client.post('/sign-out');

  const byStatus = await checkStatuses(auth, origin, `${network}.250`, demoEmail, demoPassword, rows);
  return { users: 1 + people.size, invitations: rows.length, byStatus };
}

/**
 * Direct DB update: the API stamps every row with "now", and cannot create an invite that is already
 * expired without breaking the server's own expiresIn bounds. So each row gets createdAt = now - age and
 * expiresAt = createdAt + its (valid) expiresIn; rows whose expiresIn is shorter than their age end up
 * expired. The uses of an invite are spread between its creation and now.
 * @param {Awaited<import('./auth.mjs').Auth['$context']>['adapter']} adapter
 * @param {Array<{ token: string, ageDays: number, expiresIn: number }>} rows
 * @param {Date} now
 */
async function backdate(adapter, rows, now) {
  for (const row of rows) {
    const createdAt = now.getTime() - row.ageDays * DAY_MS;
    /** @type {{ id: string } | null} */
    const invite = await adapter.update({
      model: 'invite',
      where: [{ field: 'token', value: row.token }],
      update: { createdAt: new Date(createdAt), expiresAt: new Date(createdAt + row.expiresIn * 1000) },
    });
    if (!invite) throw new Error('Seed: an invitation the API created is not in the database.');
    /** @type {Array<{ id: string }>} */
    const uses = await adapter.findMany({ model: 'inviteUse', where: [{ field: 'inviteId', value: invite.id }], sortBy: { field: 'usedAt', direction: 'asc' }, limit: 1000 });
    for (const [i, use] of uses.entries()) {
      const usedAt = new Date(createdAt + ((i + 1) / (uses.length + 1)) * (row.ageDays * DAY_MS));
      await adapter.update({ model: 'inviteUse', where: [{ field: 'id', value: use.id }], update: { usedAt } });
    }
  }
}

/**
 * Reads the list back as the demo admin and compares each row's status with the seed data, so a
 * change in the plugin's behaviour shows up as a clear start-up error instead of an odd demo.
 * @param {import('./auth.mjs').Auth} auth
 * @param {string} origin
 * @param {string} ip  The fake client's address.
 * @param {string} email
 * @param {string} password
 * @param {Array<{ label: string, token: string, expect: string }>} rows
 */
async function checkStatuses(auth, origin, ip, email, password, rows) {
  const admin = createSeedClient(auth, { origin, ip });
  await admin.post('/sign-in/email', { email, password });
  const list = await admin.get('/invite/list?limit=1000');
  await admin.post('/sign-out');
  /** @type {Map<string, string>} */
  const statusOf = new Map(list.invitations.map((/** @type {{ token: string, status: string }} */ i) => [i.token, i.status]));
  /** @type {Record<string, number>} */
  const byStatus = {};
  for (const row of rows) {
    const status = statusOf.get(row.token) ?? 'missing';
    if (status !== row.expect) throw new Error(`Seed check: invitation "${row.label}" should be ${row.expect} but the list says ${status}`);
    byStatus[status] = (byStatus[status] ?? 0) + 1;
  }
  return byStatus;
}


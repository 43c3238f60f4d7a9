// A Better Auth server with better-invite and the companion plugin (the built invite-dashboard/server),
// on a database given by the test, seeded with random invitations straight through Better Auth's
// database adapter; and the brute-force answers the endpoints must equal.
import { betterAuth } from 'better-auth';
import { getMigrations } from 'better-auth/db/migration';
import { invite } from 'better-invite';
import { inviteDashboard } from 'invite-dashboard/server';

const ORIGIN = 'http://localhost:3000';
export const PASSWORD = 'test-password';

/**
 * @param {unknown} database  What betterAuth takes: a better-sqlite3 Database or a pg Pool.
 * @param {{ onInviteUsed?: Function, onInviteRejected?: Function, log?: Function }} [callbacks]
 */
export async function createTestAuth(database, callbacks = {}) {
  const dashboard = inviteDashboard(/** @type {any} */ (callbacks));
  const auth = betterAuth({
    baseURL: ORIGIN,
    secret: 'a-test-secret-that-is-long-enough-0123456789',
    database: /** @type {any} */ (database),
    emailAndPassword: { enabled: true },
    telemetry: { enabled: false },
    rateLimit: { enabled: false },
    logger: { level: 'error' },
    plugins: [
      invite({ inviteHooks: /** @type {any} */ (dashboard.inviteHooks), defaultRedirectAfterUpgrade: '/', defaultRedirectToSignIn: '/', defaultRedirectToSignUp: '/' }),
      dashboard,
    ],
  });
  const { runMigrations } = await getMigrations(auth.options);
  await runMigrations();
  return auth;
}

/**
 * Signs a new user up; returns their id and a `get(path)` / `post(path, body)` pair that carries their cookie.
 * @param {ReturnType<typeof betterAuth>} auth
 * @param {string} email
 * @param {string} name
 */
export async function signUp(auth, email, name) {
  const response = await auth.handler(
    new Request(`${ORIGIN}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ email, name, password: PASSWORD }),
    }),
  );
  if (!response.ok) throw new Error(`sign-up of ${email} failed: ${response.status} ${await response.text()}`);
  const body = await response.json();
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  /** @param {string} path @param {RequestInit} [init] */
  const call = async (path, init = {}) => {
    const res = await auth.handler(new Request(`${ORIGIN}/api/auth${path}`, { ...init, headers: { cookie, origin: ORIGIN, 'content-type': 'application/json', ...init.headers } }));
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
  return {
    id: /** @type {string} */ (body.user.id),
    get: (/** @type {string} */ path) => call(path),
    post: (/** @type {string} */ path, /** @type {unknown} */ data) => call(path, { method: 'POST', body: JSON.stringify(data) }),
  };
}

/** A small seeded random generator (mulberry32), so a failing case can be run again. @param {number} seed */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (/** @type {number} */ n) => Math.floor(next() * n),
    pick: (/** @type {readonly any[]} */ list) => list[Math.floor(next() * list.length)],
  };
}

/** Local parts that test the search: capitals, LIKE wildcards, JSON punctuation. */
const LOCAL_PARTS = ['ann', 'Ann.Lee', 'bo_b', 'bob', 'c%d', 'cd', 'dan"q', 'eve,x', 'zoe', 'ZOE', 'a_b%c'];
const DOMAINS = ['example.com', 'Example.ORG', 'ex_ample.net'];
export const ROLES = ['user', 'moderator', 'admin'];
const STORED = ['pending', 'pending', 'used', 'canceled', 'rejected'];
const DAY = 86_400_000;

/**
 * Random invitations (and their uses) for `ownerId`, written through Better Auth's adapter. Sorted
 * by a date and then by id, they have one right order.
 * @param {ReturnType<typeof betterAuth>} auth
 * @param {{ ownerId: string, userIds: string[], count: number, seed: number, now: number }} options
 */
export async function seedInvitations(auth, { ownerId, userIds, count, seed, now }) {
  const { adapter } = await auth.$context;
  const rng = random(seed);
  const rows = [];
  for (let i = 0; i < count; i++) {
    const kind = rng.int(4);
    const address = () => `${rng.pick(LOCAL_PARTS)}${rng.int(3)}@${rng.pick(DOMAINS)}`;
    const emails = kind === 0 ? null : kind === 3 ? [address(), address()] : [address()];
    // In threes with the same createdAt (one request for several addresses), and often the same
    // expiresAt: the order of equal values is the endpoints' to settle (then by id).
    const createdAt = new Date(now - 60 * DAY + Math.floor(i / 3) * Math.floor((3 * 59 * DAY) / count));
    let expiresAt = new Date(createdAt.getTime() + rng.pick([-1, 1, 20, 70]) * DAY);
    // Not within a minute of now: the server's clock reads a moment after the test's.
    if (Math.abs(expiresAt.getTime() - now) < 60_000) expiresAt = new Date(now + 120_000 + i);
    const row = await adapter.create({
      model: 'invite',
      data: {
        token: `t${seed}-${i}-${rng.int(1e9)}`,
        createdAt,
        expiresAt,
        maxUses: 5,
        infinityMaxUses: kind === 0,
        createdByUserId: ownerId,
        shareInviterName: true,
        // Some rows in the legacy shape: one address in `email`, none in `emails`.
        email: emails && emails.length === 1 && rng.int(4) === 0 ? emails[0] : null,
        emails: emails && emails.length === 1 && rng.int(4) === 0 ? null : emails,
        role: rng.pick(ROLES),
        newAccount: emails ? true : null,
        status: rng.pick(STORED),
      },
      forceAllowId: false,
    });
    const uses = [];
    for (let u = rng.int(4); u > 0; u--) {
      const usedAt = new Date(createdAt.getTime() + rng.int(20 * DAY));
      const used = await adapter.create({ model: 'inviteUse', data: { inviteId: row.id, usedAt, usedByUserId: rng.pick(userIds) } });
      uses.push(used);
    }
    rows.push({ ...row, uses });
  }
  return rows;
}

/** ASCII case folding, as the endpoints search. @param {string} s */
const fold = (s) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** @param {{ emails: string[] | null, email: string | null }} row */
const addresses = (row) => (row.emails?.length ? row.emails : row.email ? [row.email] : []);

/** @param {{ status: string, expiresAt: Date }} row @param {number} now */
export const statusOf = (row, now) => (new Date(row.expiresAt).getTime() < now ? 'expired' : row.status);

/**
 * The rows a query selects, by brute force over every row.
 * @param {any[]} rows
 * @param {{ status?: string, search?: string, role?: string, createdFrom?: string, createdTo?: string }} query
 * @param {number} now
 */
export function bruteFilter(rows, query, now) {
  return rows.filter(
    (row) =>
      (!query.status || statusOf(row, now) === query.status) &&
      (!query.search || addresses(row).some((a) => fold(a).includes(fold(query.search ?? '')))) &&
      (!query.role || row.role === query.role) &&
      (!query.createdFrom || +new Date(row.createdAt) >= Date.parse(query.createdFrom)) &&
      (!query.createdTo || +new Date(row.createdAt) <= Date.parse(query.createdTo)),
  );
}

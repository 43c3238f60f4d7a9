// What the companion plugin (invite-dashboard/server) does on a real Better Auth + better-invite, on
// whichever database a test file gives it: every endpoint's answer equals a brute-force computation over
// the same random rows; bad parameters are 400s that say what is wrong; only the caller's own invitations
// are ever seen; the hooks report uses and rejections and never fail the invitee's request.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ROLES, bruteFilter, createTestAuth, random, seedInvitations, signUp, statusOf } from './support.mjs';

const STATUSES = ['pending', 'used', 'canceled', 'rejected', 'expired'];
const SEARCHES = ['ann', 'ANN', '_', '%', 'b_b', 'c%d', '"', ',', 'dan"q', 'eve,x', '@example.org', 'ex_ample', 'zoe0@', '.lee', 'nobody', '[', 'a_b%c'];

/**
 * @typedef {{ database: unknown, close: () => Promise<void> | void }} OpenDatabase  A fresh, empty database.
 */

/**
 * The plugin's specification, on the databases `open()` gives (a new empty one per call).
 * @param {string} name  e.g. "SQLite".
 * @param {() => Promise<OpenDatabase>} open
 */
export function describePlugin(name, open) {
describe(`invite-dashboard/server on ${name}`, { timeout: 180_000 }, () => {
  /** @type {Awaited<ReturnType<typeof createTestAuth>>} */
  let auth;
  /** @type {OpenDatabase} */
  let db;
  /** @type {Awaited<ReturnType<typeof signUp>>} */
  let owner;
  /** @type {Awaited<ReturnType<typeof signUp>>} */
  let other;
  /** @type {any[]} */
  let rows;
  const now = Date.now();

  before(async () => {
    db = await open();
    auth = await createTestAuth(db.database);
    owner = await signUp(auth, 'owner@example.com', 'Owner');
    other = await signUp(auth, 'other@example.com', 'Other');
    const invitees = [];
    for (let i = 0; i < 4; i++) invitees.push((await signUp(auth, `user${i}@example.com`, `User ${i}`)).id);
    rows = await seedInvitations(auth, { ownerId: owner.id, userIds: invitees, count: 160, seed: 7, now });
    // Someone else's invitations, which must never show.
    await seedInvitations(auth, { ownerId: other.id, userIds: invitees, count: 40, seed: 8, now });
  });
  after(() => db?.close());

  /** @param {Record<string, string | number | undefined>} params */
  const qs = (params) => new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])).toString();

  it('list answers every combination of status, search, role, dates, sort and paging as a brute force over the rows', async () => {
    const rng = random(11);
    for (let round = 0; round < 150; round++) {
      const from = rng.int(3) === 0 ? new Date(now - rng.int(60) * 86_400_000).toISOString() : undefined;
      const to = rng.int(3) === 0 ? new Date(now - rng.int(30) * 86_400_000).toISOString() : undefined;
      const query = {
        status: rng.int(2) ? rng.pick(STATUSES) : undefined,
        search: rng.int(2) ? rng.pick(SEARCHES) : undefined,
        role: rng.int(3) === 0 ? rng.pick(ROLES) : undefined,
        createdFrom: from,
        createdTo: to,
      };
      const sortBy = rng.pick(['createdAt', 'expiresAt']);
      const sortDirection = rng.pick(['asc', 'desc']);
      const limit = rng.pick([1, 5, 20, 1000]);
      const offset = rng.pick([0, 0, 3, 20]);
      const { status, body } = await owner.get(`/invite-dashboard/list?${qs({ ...query, sortBy, sortDirection, limit, offset })}`);
      assert.equal(status, 200, JSON.stringify(body));
      const sign = sortDirection === 'asc' ? 1 : -1;
      const expected = bruteFilter(rows, query, now).sort((a, b) => sign * (+new Date(a[sortBy]) - +new Date(b[sortBy])) || (a.id < b.id ? -1 : 1));
      const context = JSON.stringify({ query, sortBy, sortDirection, limit, offset });
      assert.equal(body.total, expected.length, context);
      assert.deepEqual(body.invitations.map((/** @type {any} */ i) => i.id), expected.slice(offset, offset + limit).map((r) => r.id), context);
      for (const invitation of body.invitations) {
        const row = rows.find((r) => r.id === invitation.id);
        assert.equal(invitation.uses, row.uses.length, `uses of ${invitation.id}`);
        assert.equal(invitation.status, statusOf(row, now));
        assert.equal(invitation.token, row.token);
      }
    }
  });

  it('stats counts each status of the filtered set, summing to the total, and every use of those invitations', async () => {
    const rng = random(12);
    for (let round = 0; round < 60; round++) {
      const query = {
        search: rng.int(2) ? rng.pick(SEARCHES) : undefined,
        role: rng.int(3) === 0 ? rng.pick(ROLES) : undefined,
        createdFrom: rng.int(3) === 0 ? new Date(now - rng.int(60) * 86_400_000).toISOString() : undefined,
      };
      const { status, body } = await owner.get(`/invite-dashboard/stats?${qs(query)}`);
      assert.equal(status, 200);
      const selected = bruteFilter(rows, query, now);
      const expected = { total: selected.length, pending: 0, used: 0, canceled: 0, rejected: 0, expired: 0, uses: 0 };
      for (const row of selected) {
        expected[/** @type {'pending'} */ (statusOf(row, now))] += 1;
        expected.uses += row.uses.length;
      }
      assert.deepEqual(body, expected, JSON.stringify(query));
    }
  });

  it('uses lists who used an invitation and when, newest first; another user gets 404', async () => {
    const row = rows.find((r) => r.uses.length >= 2);
    const { status, body } = await owner.get(`/invite-dashboard/uses?id=${encodeURIComponent(row.id)}`);
    assert.equal(status, 200);
    const expected = [...row.uses].sort((a, b) => +new Date(b.usedAt) - +new Date(a.usedAt));
    assert.deepEqual(body.uses.map((/** @type {any} */ u) => [u.usedAt, u.user.id]), expected.map((u) => [new Date(u.usedAt).toISOString(), u.usedByUserId]));
    assert.match(body.uses[0].user.email, /^user\d@example\.com$/);
    assert.match(body.uses[0].user.name, /^User \d$/);
    const refused = await other.get(`/invite-dashboard/uses?id=${encodeURIComponent(row.id)}`);
    assert.equal(refused.status, 404);
    assert.equal((await owner.get('/invite-dashboard/uses?id=no-such-id')).status, 404);
  });

  it('activity counts created and used per day in the time zone, every day present, with the acceptance figures', async () => {
    for (const timeZone of ['UTC', 'America/New_York', 'Asia/Kolkata']) {
      const day = (/** @type {number} */ t) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(t);
      const from = day(now - 30 * 86_400_000);
      const to = day(now);
      const { status, body } = await owner.get(`/invite-dashboard/activity?${qs({ from, to, timeZone })}`);
      assert.equal(status, 200, JSON.stringify(body));
      assert.equal(body.days[0].date, from);
      assert.equal(body.days.at(-1).date, to);
      assert.equal(body.days.length, new Set(body.days.map((/** @type {any} */ d) => d.date)).size);
      const created = new Map();
      const used = new Map();
      const inRange = (/** @type {number} */ t) => day(t) >= from && day(t) <= to;
      const createdRows = rows.filter((r) => inRange(+new Date(r.createdAt)));
      for (const r of createdRows) created.set(day(+new Date(r.createdAt)), (created.get(day(+new Date(r.createdAt))) ?? 0) + 1);
      for (const r of rows) for (const u of r.uses) if (inRange(+new Date(u.usedAt))) used.set(day(+new Date(u.usedAt)), (used.get(day(+new Date(u.usedAt))) ?? 0) + 1);
      for (const d of body.days) {
        assert.equal(d.created, created.get(d.date) ?? 0, `${timeZone} ${d.date} created`);
        assert.equal(d.used, used.get(d.date) ?? 0, `${timeZone} ${d.date} used`);
      }
      const accepted = createdRows.filter((r) => r.uses.length > 0);
      assert.equal(body.acceptanceRate, accepted.length / createdRows.length);
      const waits = accepted.map((r) => (Math.min(...r.uses.map((/** @type {any} */ u) => +new Date(u.usedAt))) - +new Date(r.createdAt)) / 1000).sort((a, b) => a - b);
      const mid = waits.length >> 1;
      assert.equal(body.medianSecondsToFirstUse, waits.length % 2 ? waits[mid] : (waits[mid - 1] + waits[mid]) / 2);
      const soon = rows.filter((r) => r.status === 'pending' && +new Date(r.expiresAt) >= now && +new Date(r.expiresAt) <= now + 7 * 86_400_000);
      assert.equal(body.expiringWithin7Days, soon.length);
    }
  });

  it('searches exactly while its search column is still being filled in, and after', async () => {
    // More invitations than one request fills in (2,000): the first search finds some rows without
    // their searchText and must still answer exactly; the next one runs in the database.
    const filler = await signUp(auth, 'filler@example.com', 'Filler');
    const { adapter } = await auth.$context;
    const base = Date.now() - 86_400_000;
    for (let i = 0; i < 2100; i++) {
      await adapter.create({
        model: 'invite',
        data: { token: `fill-${i}`, createdAt: new Date(base + i * 1000), expiresAt: new Date(base + 30 * 86_400_000 + i), maxUses: 1, infinityMaxUses: false, createdByUserId: filler.id, shareInviterName: true, emails: [`Fill${i}@Example.org`], role: 'user', newAccount: true, status: 'pending' },
      });
    }
    const expected = Array.from({ length: 2100 }, (_, i) => i).filter((i) => `fill${i}@example.org`.includes('fill20')).length;
    for (const round of ['while filling', 'filled']) {
      const list = await filler.get('/invite-dashboard/list?search=FILL20&limit=1000');
      assert.equal(list.body.total, expected, round);
      assert.ok(list.body.invitations.every((/** @type {any} */ i) => /^fill20/i.test(i.emails[0])), round);
      assert.equal((await filler.get('/invite-dashboard/stats?search=fill20')).body.total, expected, round);
    }
    assert.equal((await filler.get('/invite-dashboard/list?search=l2&limit=1')).body.total, 2100 - Array.from({ length: 2100 }, (_, i) => `fill${i}`).filter((t) => !t.includes('l2')).length);
  });

  it('answers bad parameters with a 400 VALIDATION_ERROR that says what is wrong', async () => {
    const cases = [
      ['/invite-dashboard/list?limit=0', /limit must be a whole number from 1 to 1000/],
      ['/invite-dashboard/list?limit=abc', /limit must be a whole number/],
      ['/invite-dashboard/list?status=done', /status must be one of pending, used, canceled, rejected, expired/],
      ['/invite-dashboard/list?sortBy=email', /sortBy must be one of createdAt, expiresAt/],
      ['/invite-dashboard/list?createdFrom=yesterday', /createdFrom must be an ISO 8601 date/],
      ['/invite-dashboard/list?status=used&status=pending', /status must be/],
      ['/invite-dashboard/list?filter=x', /Unknown parameter filter/],
      ['/invite-dashboard/stats?status=used', /Unknown parameter status/],
      ['/invite-dashboard/uses', /id must be given once/],
      ['/invite-dashboard/activity?from=2026-02-30&to=2026-03-01', /from must be a calendar date/],
      ['/invite-dashboard/activity?from=2026-03-02&to=2026-03-01', /from must not be after to/],
      ['/invite-dashboard/activity?from=2026-03-01&to=2026-03-02&timeZone=Mars/Base', /timeZone must be an IANA time zone/],
    ];
    for (const [path, message] of cases) {
      const { status, body } = await owner.get(/** @type {string} */ (path));
      assert.equal(status, 400, `${path}: ${JSON.stringify(body)}`);
      assert.equal(body.code, 'VALIDATION_ERROR', path);
      assert.match(body.message, /** @type {RegExp} */ (message), path);
    }
  });

  it('shows each user only their own invitations, and nothing to someone signed out', async () => {
    const mine = await other.get('/invite-dashboard/list?limit=1000');
    assert.equal(mine.body.total, 40);
    assert.ok(mine.body.invitations.every((/** @type {any} */ i) => i.createdByUserId === other.id));
    const response = await auth.handler(new Request('http://localhost:3000/api/auth/invite-dashboard/stats'));
    assert.equal(response.status, 401);
  });
});

describe(`invite-dashboard/server hooks on ${name}`, { timeout: 60_000 }, () => {
  it('report uses (activate, and sign-up with the mailed link\'s cookie) and a rejection, with the user and the creator; a throwing callback fails no request', async () => {
    const db = await open();
    /** @type {any[]} */
    const heard = [];
    /** @type {string[]} */
    const logged = [];
    const auth = await createTestAuth(db.database, {
      onInviteUsed: (/** @type {any} */ data) => {
        heard.push(['used', data.user.email, data.creator?.email, data.invitation.role]);
        throw new Error('the mail server is down');
      },
      onInviteRejected: (/** @type {any} */ data) => heard.push(['rejected', data.user.email, data.creator?.email]),
      log: (/** @type {string} */ message) => logged.push(message),
    });
    try {
      const inviter = await signUp(auth, 'inviter@example.com', 'Inviter');
      const taker = await signUp(auth, 'taker@example.com', 'Taker');
      const decliner = await signUp(auth, 'decliner@example.com', 'Decliner');
      const created = await inviter.post('/invite/create', { role: 'user' });
      assert.equal(created.status, 200, JSON.stringify(created.body));
      const activated = await taker.post('/invite/activate', { token: created.body.message });
      assert.equal(activated.status, 200, 'the throwing callback did not fail the activation');
      // A use written after the plugin's last count is counted at the next one.
      assert.equal((await inviter.get('/invite-dashboard/stats')).body.uses, 1);
      assert.equal((await taker.post('/invite/activate', { token: created.body.message })).status, 200);
      assert.equal((await inviter.get('/invite-dashboard/stats')).body.uses, 2);
      const { adapter } = await auth.$context;
      const privateRow = await adapter.create({
        model: 'invite',
        data: { token: 'private-token', createdAt: new Date(), expiresAt: new Date(Date.now() + 86_400_000), maxUses: 1, infinityMaxUses: false, createdByUserId: inviter.id, shareInviterName: true, emails: ['decliner@example.com'], role: 'user', newAccount: false, status: 'pending' },
      });
      assert.ok(privateRow);
      assert.equal((await decliner.post('/invite/reject', { token: 'private-token' })).status, 200);

      // The mailed link's path: activated signed out (an invite cookie), then used by signing up with it.
      const linkInvite = await inviter.post('/invite/create', { role: 'user' });
      const origin = 'http://localhost:3000';
      const activated2 = await auth.handler(
        new Request(`${origin}/api/auth/invite/activate`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ token: linkInvite.body.message }) }),
      );
      const inviteCookie = activated2.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      assert.match(inviteCookie, /invite_token=/);
      const signedUp = await auth.handler(
        new Request(`${origin}/api/auth/sign-up/email`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin, cookie: inviteCookie },
          body: JSON.stringify({ email: 'newcomer@example.com', name: 'Newcomer', password: 'test-password' }),
        }),
      );
      assert.ok(signedUp.status < 400, `sign-up with the invite cookie: ${signedUp.status}`);
      assert.deepEqual(heard, [
        ['used', 'taker@example.com', 'inviter@example.com', 'user'],
        ['used', 'taker@example.com', 'inviter@example.com', 'user'],
        ['rejected', 'decliner@example.com', 'inviter@example.com'],
        ['used', 'newcomer@example.com', 'inviter@example.com', 'user'],
      ]);
      assert.equal(logged.length, 3);
      assert.match(logged[0], /onInviteUsed failed/);
    } finally {
      await db.close();
    }
  });
});
}

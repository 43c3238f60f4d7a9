// The dashboard at 2,000 more invitations on the real server with the companion plugin: every tab's
// count and the stats equal what the server holds, and a tab switch is one request.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { ADMIN_EMAIL, STATUS_LABEL, signedInPage, startDemo, tabCount } from './support.mjs';

const EXTRA = 2000;
const DAY = 86_400_000;

describe('<invite-dashboard> at 2,000 invitations, with the companion plugin', { timeout: 120_000 }, () => {
  /** @type {Awaited<ReturnType<typeof startDemo>>} */
  let demo;
  /** @type {import('playwright-core').Page} */
  let admin;

  before(async () => {
    demo = await startDemo();
    // Written straight into SQLite (the API takes 25–120 ms a create): every status, a third expired.
    const db = new Database(demo.dbPath);
    const owner = db.prepare(`SELECT id FROM "user" WHERE email = ?`).get(ADMIN_EMAIL);
    const insert = db.prepare(`INSERT INTO invite (id, token, createdAt, expiresAt, maxUses, infinityMaxUses, createdByUserId,
      shareInviterName, emails, role, newAccount, status) VALUES (?, ?, ?, ?, 1, 0, ?, 1, ?, ?, 1, ?)`);
    const now = Date.now();
    db.transaction(() => {
      for (let i = 0; i < EXTRA; i++) {
        const created = now - 90 * DAY + i * 3_600_000;
        const expires = i % 3 === 0 ? now - DAY - i : now + 7 * DAY + i;
        insert.run(randomBytes(12).toString('hex'), randomBytes(12).toString('base64url'), new Date(created).toISOString(), new Date(expires).toISOString(),
          /** @type {any} */ (owner).id, JSON.stringify([`scale${i}@example.net`]), ['user', 'moderator'][i % 2], ['pending', 'used', 'canceled', 'rejected', 'pending'][i % 5]);
      }
    })();
    db.close();
    admin = await signedInPage(demo.browser, demo.url, ADMIN_EMAIL);
  });
  after(() => demo?.close());

  it('shows every tab count and stat as the server holds them, and switches tabs with one request each', async () => {
    const response = await admin.request.get('/api/auth/invite/list?limit=5000');
    const { invitations } = await response.json();
    assert.equal(invitations.length, EXTRA + 40);
    /** @type {Record<string, number>} */
    const expected = { pending: 0, used: 0, canceled: 0, rejected: 0, expired: 0 };
    for (const row of invitations) expected[row.status] += 1;

    await admin.goto('/');
    await admin.getByText(`Showing 1–20 of ${(EXTRA + 40).toLocaleString('en-US')}`).waitFor();
    assert.equal(await tabCount(admin, 'All'), (EXTRA + 40).toLocaleString('en-US'));
    for (const [status, count] of Object.entries(expected)) {
      assert.equal(await tabCount(admin, STATUS_LABEL[/** @type {keyof typeof STATUS_LABEL} */ (status)]), count.toLocaleString('en-US'), status);
    }

    const reads = [];
    admin.on('request', (request) => {
      if (/\/api\/auth\/(invite\/list|invite-dashboard\/)/.test(request.url())) reads.push(new URL(request.url()).pathname);
    });
    await admin.getByRole('tab', { name: /^Pending/ }).click();
    await admin.getByText(`Showing 1–20 of ${expected.pending.toLocaleString('en-US')}`).waitFor();
    assert.deepEqual(reads, ['/api/auth/invite-dashboard/list']);
  });
});

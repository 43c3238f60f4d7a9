// The reference server on PostgreSQL (DATABASE_URL), the way an app outgrows one machine: seeded and
// migrated there, the dashboard in Chromium on it, and two server processes on one database that see
// each other's writes at once (the companion plugin keeps no state of its own).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../demo/server/server.mjs';
import { startPostgres } from '../../scripts/postgres.mjs';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';
import { ADMIN_EMAIL, DEMO_PASSWORD, TEST_SIGN_IN_LIMIT, signedInPage, tabCount } from './support.mjs';

const SECRET = 'a-shared-secret-for-both-servers-0123456789';

describe('the reference server on PostgreSQL', { timeout: 180_000 }, () => {
  /** @type {Awaited<ReturnType<typeof startPostgres>>} */
  let postgres;
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  /** @type {import('playwright-core').Browser} */
  let browser;
  /** @type {string} */
  let dir;

  before(async () => {
    postgres = await startPostgres();
    dir = await mkdtemp(join(tmpdir(), 'invite-e2e-pg-'));
    [server, browser] = await Promise.all([
      startServer({ port: 0, dbPath: join(dir, 'demo.db'), databaseUrl: postgres.url, fresh: true, quiet: true, secret: SECRET, signInLimit: TEST_SIGN_IN_LIMIT }),
      chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS }),
    ]);
  });
  after(async () => {
    await Promise.allSettled([browser?.close(), server?.close()]);
    postgres?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('seeds the demo there and the dashboard lists it with exact counts', async () => {
    assert.equal(server.seeded?.invitations, 40);
    const page = await signedInPage(browser, server.url, ADMIN_EMAIL);
    await page.getByText('Showing 1–20 of 40').waitFor();
    assert.equal(await page.locator('invite-card').count(), 20);
    assert.equal(await tabCount(page, 'All'), '40');
    assert.equal(await tabCount(page, 'Pending'), String(server.seeded?.byStatus.pending));
    await page.context().close();
  });

  it('a second server process on the same database sees a create on the first at once, in its stats and its list', async () => {
    const second = spawn(process.execPath, ['demo/server/main.mjs'], {
      env: { ...process.env, PORT: '0', DATABASE_URL: postgres.url, INVITE_DB: join(dir, 'second', 'demo.db'), BETTER_AUTH_SECRET: SECRET },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise((resolve, reject) => {
        let output = '';
        second.stdout.on('data', (chunk) => {
          output += chunk;
          const match = /Listening on (http:\/\/\S+)/.exec(output);
          if (match) resolve(match[1]);
        });
        second.stderr.on('data', (chunk) => (output += chunk));
        second.on('exit', (code) => reject(new Error(`the second server ended (${code}):\n${output}`)));
      });
      // One sign-in on the first server; the session lives in the shared database.
      const signIn = await fetch(`${server.url}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: JSON.stringify({ email: ADMIN_EMAIL, password: DEMO_PASSWORD }),
      });
      const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const stats = async () => (await fetch(`${url}/api/auth/invite-dashboard/stats`, { headers: { cookie } })).json();
      const before = await stats();

      const created = await fetch(`${server.url}/api/auth/invite/create`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url, cookie },
        body: JSON.stringify({ email: 'shared-db@example.net', role: 'user' }),
      });
      assert.equal(created.status, 200);

      const after = await stats();
      assert.equal(after.total, before.total + 1);
      assert.equal(after.pending, before.pending + 1);
      const list = await (await fetch(`${url}/api/auth/invite-dashboard/list?search=shared-db`, { headers: { cookie } })).json();
      assert.deepEqual(list.invitations.map((/** @type {any} */ i) => i.emails), [['shared-db@example.net']]);
    } finally {
      const ended = new Promise((resolve) => second.once('exit', resolve));
      second.kill('SIGTERM');
      await ended;
    }
  });
});

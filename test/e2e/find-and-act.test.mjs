// Finding and acting on the real server, with the companion plugin and without it (better-invite
// alone, the adapter completing queries in the browser): search + role + status together, bulk
// cancel, resend and export, each checked against what the server holds afterwards.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ADMIN_EMAIL, eventually, outbox, serverInvitations, shownCards, signedInPage, startDemo, tabCount } from './support.mjs';

const MODES = [
  { name: 'with the companion plugin', companion: true },
  { name: 'with better-invite alone', companion: false },
];

/** What the server's rows say a view shows: pending, not expired, role, an email containing `search`. */
function matching(rows, { search, role }) {
  const now = Date.now();
  return rows.filter(
    (row) => row.status === 'pending' && Date.parse(row.expiresAt) > now && row.role === role && (row.emails ?? []).some((email) => email.includes(search)),
  );
}

/** Waits until the dashboard's list is not being read (its tab panel is not aria-busy). */
function settledPanel(page) {
  return page.waitForFunction(() => document.querySelector('invite-dashboard')?.shadowRoot?.querySelector('[role=tabpanel]')?.getAttribute('aria-busy') === 'false');
}

for (const mode of MODES) {
  describe(`finding and acting ${mode.name}`, { timeout: 120_000 }, () => {
    /** @type {Awaited<ReturnType<typeof startDemo>>} */
    let demo;
    /** @type {import('playwright-core').Page} */
    let admin;
    /** Paths of the invitation reads the page made. */
    const reads = [];

    before(async () => {
      demo = await startDemo();
      admin = await signedInPage(demo.browser, demo.url, ADMIN_EMAIL);
      admin.on('request', (request) => {
        if (/\/api\/auth\/(invite\/list|invite-dashboard\/)/.test(request.url())) reads.push(new URL(request.url()).pathname);
      });
      if (!mode.companion) {
        // The page's own dashboard, given an adapter that must not use the plugin; it reads again.
        const reread = admin.waitForResponse((response) => response.url().includes('/api/auth/invite/list'));
        await admin.evaluate(async () => {
          const { createBetterInviteAdapter } = await import('/dist/invite-dashboard.js');
          document.querySelector('invite-dashboard').adapter = createBetterInviteAdapter({ apiBase: '/api/auth', companion: false });
        });
        await reread;
        reads.length = 0;
      }
      await admin.locator('invite-dashboard invite-card').first().waitFor();
    });
    after(() => demo?.close());

    it('shows exactly what search + role + status match, with tab counts that follow the filters', async () => {
      const dashboard = admin.locator('invite-dashboard');
      await dashboard.locator('[part~="search"]').fill('example.org');
      // The URL is written when the search is sent; its reads go out with the next render: wait for them.
      await eventually(() => assert.match(admin.url(), /invite_q=example\.org/));
      await settledPanel(admin);
      reads.length = 0;
      await dashboard.locator('[part~="role-filter"]').selectOption('moderator');
      if (mode.companion) {
        // One change, one list request and one stats request: counted the moment the view has settled
        // (the demo also polls every 10 s; a poll is one more stats request, not part of the change).
        await eventually(() => assert.match(admin.url(), /invite_role=moderator/));
        await settledPanel(admin);
        const lists = reads.filter((path) => path.endsWith('/invite-dashboard/list'));
        const stats = reads.filter((path) => path.endsWith('/invite-dashboard/stats'));
        assert.equal(lists.length, 1, `list requests: ${reads.join(', ')}`);
        assert.ok(stats.length >= 1 && stats.length <= 2, `stats requests: ${reads.join(', ')}`);
      }
      await admin.getByRole('tab', { name: /^Pending/ }).click();
      const expected = matching(await serverInvitations(admin), { search: 'example.org', role: 'moderator' });
      assert.ok(expected.length > 0, 'the seed has pending moderators at example.org');
      await eventually(async () => {
        const titles = (await shownCards(admin)).map((card) => card.title).sort();
        assert.deepEqual(titles, expected.map((row) => `Private invite ${row.emails.join(', ')}`).sort());
      });
      assert.equal(await tabCount(admin, 'Pending'), String(expected.length));
      assert.match(admin.url(), /invite_q=example\.org/);
      assert.match(admin.url(), /invite_role=moderator/);
      assert.match(admin.url(), /invite_status=pending/);
      if (!mode.companion) assert.ok(reads.every((path) => path === '/api/auth/invite/list'), `better-invite alone: ${reads.join(', ')}`);
      await dashboard.locator('[part~="clear-filters"]').first().click();
      await admin.getByRole('tab', { name: /^All/ }).click();
    });

    it('cancels the selected invitations in one batch', async () => {
      const dashboard = admin.locator('invite-dashboard');
      const before = await serverInvitations(admin);
      const boxes = dashboard.locator('[part="select"]');
      await boxes.first().waitFor();
      const picked = await Promise.all([0, 1].map((i) => boxes.nth(i).getAttribute('aria-label')));
      await boxes.nth(0).check();
      await boxes.nth(1).check();
      await dashboard.locator('[part~="bulk-cancel"]').click();
      await admin.getByRole('button', { name: 'Yes, cancel them' }).click();
      await dashboard.getByText('2 canceled.').waitFor();
      const emails = picked.map((label) => label.replace(/^Select /, ''));
      const after = await serverInvitations(admin);
      for (const email of emails) {
        const row = after.find((r) => (r.emails ?? []).join(', ') === email);
        assert.equal(row?.status, 'canceled', email);
      }
      assert.equal(after.filter((r) => r.status === 'canceled').length, before.filter((r) => r.status === 'canceled').length + 2);
    });

    it('resends a pending invitation: a new one with the same email and role, the old one canceled, a new mail', async () => {
      const dashboard = admin.locator('invite-dashboard');
      const card = dashboard.locator('invite-card').filter({ hasText: 'ops-lead@example.org' }).first();
      const old = (await serverInvitations(admin)).find((r) => r.status === 'pending' && (r.emails ?? []).includes('ops-lead@example.org'));
      const mails = (await outbox(admin)).count;
      await card.locator('[part~="resend"]').click();
      await dashboard.getByText(/Sent again: ops-lead@example\.org/).waitFor();
      const rows = (await serverInvitations(admin)).filter((r) => (r.emails ?? []).includes('ops-lead@example.org'));
      assert.equal(rows.find((r) => r.id === old.id)?.status, 'canceled');
      const fresh = rows.find((r) => r.id !== old.id && r.status === 'pending');
      assert.ok(fresh, 'a new pending invitation');
      assert.equal(fresh.role, old.role);
      assert.equal(fresh.shareInviterName, old.shareInviterName);
      // Same lifetime (30 days for this seed row), give or take the request's own time.
      const lifetime = (row) => Date.parse(row.expiresAt) - Date.parse(row.createdAt);
      assert.ok(Math.abs(lifetime(fresh) - lifetime(old)) < 5_000, `lifetime ${lifetime(fresh)} vs ${lifetime(old)}`);
      assert.equal((await outbox(admin)).count, mails + 1);
    });

    it('exports every invitation of the current view as CSV', async () => {
      const dashboard = admin.locator('invite-dashboard');
      await dashboard.locator('[part~="role-filter"]').selectOption('user');
      const expected = (await serverInvitations(admin)).filter((r) => r.role === 'user');
      const [download] = await Promise.all([admin.waitForEvent('download'), dashboard.locator('[part~="export"]').click()]);
      assert.match(download.suggestedFilename(), /^invitations-\d{4}-\d{2}-\d{2}\.csv$/);
      const text = await readFile(await download.path(), 'utf8');
      assert.ok(text.startsWith('\uFEFF'), 'a BOM for spreadsheet apps');
      const lines = text.slice(1).trim().split('\r\n');
      assert.match(lines[0], /^id,type,emails,role,status/);
      const ids = lines.slice(1).map((line) => line.split(',')[0]).sort();
      assert.deepEqual(ids, expected.map((r) => r.id).sort());
      assert.ok(lines.slice(1).every((line) => line.split(',')[3] === 'user'));
    });
  });
}

// The built widget (dist/invite-dashboard.js on the demo page) in Chromium against the real server:
// Better Auth + better-invite on SQLite, seeded with 40 invitations. One server and one browser for
// the file; each test says what it expects from what the server holds at that moment.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ADMIN_EMAIL, DEMO_PASSWORD, STATUS_LABEL, apiPost, cardFace, eventually, expectedCard, newContext, newestFirst, outbox,
  serverInvitations, shownCards, signedInPage, startDemo, statTile, tabCount,
} from './support.mjs';

describe('<invite-dashboard> on the real server', { timeout: 90_000 }, () => {
  /** @type {Awaited<ReturnType<typeof startDemo>>} */
  let demo;
  /** The demo admin's dashboard. @type {import('playwright-core').Page} */
  let admin;

  before(async () => {
    demo = await startDemo();
    admin = await signedInPage(demo.browser, demo.url, ADMIN_EMAIL);
  });
  after(() => demo?.close());

  /** The dashboard page, freshly loaded, with its first page of cards on screen. */
  async function openDashboard(page = admin) {
    await page.goto('/');
    await page.locator('invite-card').first().waitFor();
  }

  /** @param {import('playwright-core').Page} page */
  function createDialog(page) {
    return page.getByRole('dialog', { name: 'Create invitation' });
  }

  describe('the list', () => {
    it('shows exactly the invitations the server holds, newest first, 20 per page', async () => {
      await openDashboard();
      const rows = await serverInvitations(admin);
      assert.equal(rows.length, demo.server.seeded?.invitations, 'the server holds the seeded invitations');
      assert.equal(rows.length, 40);
      const expected = newestFirst(rows.map(expectedCard));

      await admin.getByText('Showing 1–20 of 40').waitFor();
      const firstPage = await shownCards(admin);
      assert.deepEqual(newestFirst(firstPage.map(cardFace)), expected.slice(0, 20));
      assert.deepEqual(firstPage.map((card) => card.createdAt), expected.slice(0, 20).map((card) => card.createdAt), 'newest first');

      await admin.getByRole('button', { name: 'Next' }).click();
      await admin.getByText('Showing 21–40 of 40').waitFor();
      await admin.getByText('Page 2 of 2').waitFor();
      const secondPage = await eventually(async () => {
        const cards = await shownCards(admin);
        assert.deepEqual(newestFirst(cards.map(cardFace)), expected.slice(20, 40));
        return cards;
      });
      assert.deepEqual(secondPage.map((card) => card.createdAt), expected.slice(20, 40).map((card) => card.createdAt), 'newest first');
      assert.equal(await admin.getByRole('button', { name: 'Next' }).isDisabled(), true, 'no page after the last');
    });

    it('counts every status in the tabs and the stats tiles as the server does', async () => {
      await openDashboard();
      const rows = await serverInvitations(admin);
      /** @type {Record<string, number>} */
      const byStatus = { pending: 0, used: 0, canceled: 0, rejected: 0, expired: 0 };
      for (const row of rows) byStatus[row.status] += 1;
      // The seed has every status, so every tile is shown.
      for (const [status, count] of Object.entries(byStatus)) assert.ok(count > 0, `the seed has ${status} invitations`);

      assert.equal(await tabCount(admin, 'All'), String(rows.length));
      assert.equal(await statTile(admin, 'total'), String(rows.length));
      for (const [status, count] of Object.entries(byStatus)) {
        const label = STATUS_LABEL[/** @type {keyof typeof STATUS_LABEL} */ (status)];
        assert.equal(await tabCount(admin, label), String(count), `${label} tab`);
        assert.equal(await statTile(admin, status), String(count), `${label} tile`);
      }
    });

    for (const status of /** @type {const} */ (['canceled', 'expired'])) {
      it(`lists exactly the server's ${status} invitations in the ${STATUS_LABEL[status]} tab`, async () => {
        await openDashboard();
        const tab = admin.getByRole('tab', { name: new RegExp(`^${STATUS_LABEL[status]}\\b`) });
        await tab.click();
        assert.equal(await tab.getAttribute('aria-selected'), 'true');
        const expected = newestFirst((await serverInvitations(admin)).filter((row) => row.status === status).map(expectedCard));
        assert.ok(expected.length > 0);
        await eventually(async () => {
          const cards = await shownCards(admin);
          assert.deepEqual(newestFirst(cards.map(cardFace)), expected);
        });
        await admin.getByText(`Showing 1–${expected.length} of ${expected.length}`).waitFor();
      });
    }
  });

  describe('creating invitations', () => {
    it('a private invite for two emails adds two rows and sends two mails', async () => {
      const emails = ['e2e-one@example.net', 'e2e-two@example.net'];
      const rowsBefore = await serverInvitations(admin);
      const mailsBefore = (await outbox(admin)).count;
      await openDashboard();

      await admin.getByRole('button', { name: 'Create invite' }).click();
      const dialog = createDialog(admin);
      await dialog.getByLabel('Email addresses').fill(emails.join(', '));
      await dialog.getByLabel('Role').selectOption('moderator');
      await dialog.getByRole('button', { name: 'Create invite' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await admin.getByText('2 invitations created.').waitFor();

      // Both rows are the newest: at the top of the list, pending.
      await eventually(async () => {
        const top = (await shownCards(admin)).slice(0, 2);
        assert.deepEqual(
          top.map(({ title, role, status }) => ({ title, role, status })).sort((a, b) => String(a.title).localeCompare(String(b.title))),
          emails.map((email) => ({ title: `Private invite ${email}`, role: 'moderator', status: 'Pending' })),
        );
      });
      const total = rowsBefore.length + 2;
      await admin.getByText(`Showing 1–20 of ${total}`).waitFor();
      assert.equal(await tabCount(admin, 'All'), String(total));

      const created = (await serverInvitations(admin)).filter((row) => emails.includes(row.emails?.[0] ?? ''));
      assert.equal(created.length, 2);
      for (const row of created) assert.deepEqual({ status: row.status, role: row.role, emails: row.emails?.length }, { status: 'pending', role: 'moderator', emails: 1 });

      const mails = (await outbox(admin)).mails.slice(mailsBefore);
      assert.deepEqual(mails.map((mail) => mail.to).sort(), emails);
      for (const mail of mails) {
        assert.equal(mail.role, 'moderator');
        assert.equal(mail.token, created.find((row) => row.emails?.[0] === mail.to)?.token, `the mail to ${mail.to} carries its invitation's token`);
      }
    });

    it('a public invite shows its link in the dialog and on its card, and the link lets a second person join', async () => {
      await openDashboard();
      await admin.getByRole('button', { name: 'Create invite' }).click();
      const dialog = createDialog(admin);
      await dialog.getByLabel('Public (link)').check();
      await dialog.getByLabel('Role').selectOption('moderator');
      await dialog.getByLabel('Max uses').fill('1');
      await dialog.getByRole('button', { name: 'Create invite' }).click();

      await dialog.getByText('Your invite link is ready').waitFor();
      const link = await dialog.getByLabel('Invite link').inputValue();
      const prefix = `${demo.url}/api/auth/invite/`;
      assert.ok(link.startsWith(prefix), `${link} is better-invite's activation link on this server`);
      const token = decodeURIComponent(link.slice(prefix.length));
      const row = (await serverInvitations(admin)).find((invitation) => invitation.token === token);
      assert.ok(row, 'the server holds the invitation of the link');
      assert.deepEqual(
        { public: (row.emails ?? []).length === 0, role: row.role, status: row.status, maxUses: row.maxUses, unlimited: row.infinityMaxUses },
        { public: true, role: 'moderator', status: 'pending', maxUses: 1, unlimited: false },
      );

      await dialog.getByRole('button', { name: 'Done' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const card = await eventually(async () => {
        const found = (await shownCards(admin)).find((shown) => shown.token === token);
        assert.ok(found, 'a card for the new invitation');
        return found;
      });
      assert.deepEqual({ title: card.title, status: card.status, link: card.link }, { title: 'Public invite', status: 'Pending', link });

      // Someone else opens the link, is sent to sign in, and creates an account there.
      const guestContext = await newContext(demo.browser, demo.url);
      try {
        const guest = await guestContext.newPage();
        await guest.goto(link);
        await guest.waitForURL(/\/sign-in/);
        await guest.getByRole('button', { name: 'No account? Create one' }).click();
        await guest.getByLabel('Name').fill('Pat Lee');
        await guest.getByLabel('Email').fill('pat.lee@example.net');
        await guest.getByLabel('Password').fill(DEMO_PASSWORD);
        await guest.getByRole('button', { name: 'Create account' }).click();
        await guest.waitForURL(`${demo.url}/`);
        // The invitation's role is theirs now.
        await guest.getByText('Signed in as Pat Lee (pat.lee@example.net, moderator)').waitFor();
      } finally {
        await guestContext.close();
      }

      // Its only use is spent: after a refresh the card says Used and offers no link any more.
      await admin.reload();
      await admin.locator('invite-card').first().waitFor();
      const usedCard = (await shownCards(admin)).find((shown) => shown.token === token);
      assert.deepEqual({ status: usedCard?.status, link: usedCard?.link }, { status: 'Used', link: null });
      assert.equal((await serverInvitations(admin)).find((invitation) => invitation.token === token)?.status, 'used');
    });
  });

  describe('cancelling', () => {
    it('asks for confirmation inside the card, then the server says canceled', async () => {
      const email = 'cancel-e2e@example.net';
      const created = await apiPost(admin, '/invite/create', { role: 'user', email });
      assert.equal(created.status, 200, JSON.stringify(created.body));
      const token = (await serverInvitations(admin)).find((row) => row.emails?.includes(email))?.token;
      assert.ok(token);
      await openDashboard();

      const card = admin.locator('invite-card').filter({ hasText: email });
      await card.getByRole('button', { name: 'Cancel invite' }).click();
      await card.getByText('Cancel this invitation? Its link stops working.').waitFor();
      assert.equal(statusOn(await serverInvitations(admin), token), 'pending', 'nothing is sent before confirming');

      await card.getByRole('button', { name: 'Yes, cancel it' }).click();
      await admin.getByText('Invitation canceled.').waitFor();
      assert.equal(statusOn(await serverInvitations(admin), token), 'canceled');
      await eventually(async () => {
        const shown = (await shownCards(admin)).find((invitation) => invitation.token === token);
        assert.equal(shown?.status, 'Canceled');
      });
      assert.equal(await card.getByRole('button', { name: 'Cancel invite' }).count(), 0, 'a canceled invite offers no cancel');
    });

    it("another user can neither cancel the admin's invitations nor see them", async () => {
      const adminRows = await serverInvitations(admin);
      const target = adminRows.find((row) => row.status === 'pending');
      assert.ok(target);

      const alice = await signedInPage(demo.browser, demo.url, 'alice@example.com');
      try {
        await alice.getByRole('heading', { name: 'No invitations yet' }).waitFor();
        assert.equal(await alice.locator('invite-card').count(), 0);
        assert.equal(await tabCount(alice, 'All'), '0');
        assert.deepEqual(await serverInvitations(alice), []);

        const refused = await apiPost(alice, '/invite/cancel', { token: target.token });
        assert.equal(refused.status, 400);
        assert.equal(refused.body?.code, 'INSUFFICIENT_PERMISSIONS');
      } finally {
        await alice.context().close();
      }
      assert.equal(statusOn(await serverInvitations(admin), target.token), 'pending', "the admin's invitation is untouched");
    });
  });
});

/**
 * @param {Array<{ token: string, status: string }>} rows
 * @param {string} token
 */
function statusOn(rows, token) {
  return rows.find((row) => row.token === token)?.status;
}

// Insight on the real server with the companion plugin: two other people use a public link while the
// inviter's dashboard is open. Without a reload the dashboard says so (the live region, within one
// poll), the card reads "2 of 5 used", the history names both, and today's "used" in the activity
// chart went up by two.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_EMAIL, DEMO_PASSWORD, apiPost, eventually, newContext, signedInPage, startDemo } from './support.mjs';

/** Today's row of the activity table (the viewer's time zone): its created and used numbers. */
async function todayInTable(page) {
  return page.evaluate(() => {
    const panel = document.querySelector('invite-dashboard').shadowRoot.querySelector('invite-analytics');
    const rows = [...panel.shadowRoot.querySelectorAll('[part~="table"] tbody tr')];
    const last = rows.at(-1);
    return last ? [...last.querySelectorAll('td')].map((cell) => Number(cell.textContent.replace(/[^\d]/g, ''))) : null;
  });
}

describe('insight: usage on a public link, seen live', { timeout: 120_000 }, () => {
  /** @type {Awaited<ReturnType<typeof startDemo>>} */
  let demo;
  /** @type {import('playwright-core').Page} */
  let admin;

  before(async () => {
    demo = await startDemo();
    admin = await signedInPage(demo.browser, demo.url, ADMIN_EMAIL);
  });
  after(() => demo?.close());

  it('two people use a link: announced within one poll, "2 of 5 used", both in the history, and the chart counts them today', async () => {
    const created = await apiPost(admin, '/invite/create', { role: 'user', maxUses: 5, expiresIn: 7 * 86_400 });
    assert.equal(created.status, 200);
    const token = created.body.message;
    await admin.reload();
    const card = admin.locator('invite-dashboard invite-card').filter({ hasText: `…${token.slice(-6)}` });
    await card.waitFor();

    // The activity panel, opened and shown as a table: today's numbers before the uses.
    await admin.getByRole('button', { name: 'Show activity' }).click();
    await admin.getByRole('button', { name: 'Show as table' }).click();
    const before = await eventually(async () => {
      const today = await todayInTable(admin);
      assert.ok(today, 'the table has today');
      return today;
    });

    for (const email of ['alice@example.com', 'bob@example.com']) {
      const page = await (await newContext(demo.browser, demo.url)).newPage();
      await page.goto('/sign-in');
      const signIn = await page.request.post('/api/auth/sign-in/email', { data: { email, password: DEMO_PASSWORD }, headers: { origin: demo.url } });
      assert.equal(signIn.status(), 200, `${email} signs in`);
      await page.goto('/');
      const used = await apiPost(page, '/invite/activate', { token });
      assert.equal(used.status, 200, `${email} uses the link: ${JSON.stringify(used.body)}`);
      await page.context().close();
    }

    // The demo polls every 10 s: the news comes within one poll (plus the answer's time).
    const live = admin.locator('invite-dashboard .live-activity');
    await eventually(async () => assert.match((await live.textContent()) ?? '', new RegExp(`Link …${token.slice(-6)}\\) was used: 2 uses so far\\.`)), { timeout: 12_000, interval: 250 });
    await card.locator('[part="meta"]').getByText('2 of 5 used').waitFor();

    await card.getByRole('button', { name: 'Who used it' }).click();
    const drawer = admin.locator('invite-dashboard invite-history [part~="list"]');
    await drawer.getByText('Alice Martin').waitFor();
    await drawer.getByText('Bob Nguyen').waitFor();
    assert.equal(await drawer.locator('[part~="use"]').count(), 2);
    await admin.keyboard.press('Escape');

    await admin.locator('invite-dashboard invite-analytics').evaluate((panel) => panel.refresh());
    await eventually(async () => {
      const after = await todayInTable(admin);
      assert.ok(after);
      assert.equal(after[1], before[1] + 2, `today's used went from ${before[1]} to ${after[1]}`);
    });
  });
});

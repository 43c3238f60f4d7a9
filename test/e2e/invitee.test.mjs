// The invitee's path, as a newcomer follows it: the admin invites an address from the dashboard, the
// mail (read from the outbox as the admin) links to the landing page, the invitee opens it in their own
// browser context, creates an account with the invited address, lands on the dashboard with the
// invited role, and the inviter's dashboard, open all along, shows the invitation as used.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_EMAIL, DEMO_PASSWORD, apiPost, eventually, newContext, outbox, serverInvitations, shownCards, signedInPage, startDemo } from './support.mjs';

describe("the invitee's path, from the mailed link to 'used'", { timeout: 90_000 }, () => {
  /** @type {Awaited<ReturnType<typeof startDemo>>} */
  let demo;
  /** The demo admin's dashboard. @type {import('playwright-core').Page} */
  let admin;

  before(async () => {
    demo = await startDemo();
    admin = await signedInPage(demo.browser, demo.url, ADMIN_EMAIL);
  });
  after(() => demo?.close());

  /**
   * Invites `email` as `role` from the admin's dashboard; returns the link mailed to them.
   * @param {string} email
   * @param {string} role
   */
  async function inviteFromDashboard(email, role) {
    const dialog = admin.getByRole('dialog', { name: 'Create invitation' });
    await admin.getByRole('button', { name: 'Create invite' }).click();
    await dialog.getByLabel('Email addresses').fill(email);
    await dialog.getByLabel('Role').selectOption(role);
    await dialog.getByRole('button', { name: 'Create invite' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const mail = (await outbox(admin)).mails.findLast((m) => m.to === email);
    assert.ok(mail, `a mail to ${email} is in the outbox`);
    assert.equal(new URL(mail.url).pathname, `/invite/${mail.token}`, 'the mail links to the landing page');
    return mail.url;
  }

  it('a newcomer creates an account from the mail, lands on the dashboard as a moderator, and the inviter sees "Used"', async () => {
    const email = 'newcomer@example.net';
    await admin.goto('/');
    await admin.locator('invite-card').first().waitFor();
    const link = await inviteFromDashboard(email, 'moderator');
    const card = () => shownCards(admin).then((cards) => cards.find((c) => c.title === `Private invite ${email}`));
    assert.equal((await card())?.status, 'Pending');

    // A private window: no cookies of the admin's.
    const invitee = await (await newContext(demo.browser, demo.url)).newPage();
    const response = await invitee.goto(link);
    assert.equal(response?.status(), 200);
    assert.equal(response?.headers()['referrer-policy'], 'no-referrer', 'the page whose URL holds the token sends no Referer');
    await invitee.getByRole('heading', { name: 'Demo Admin invited you to join as moderator' }).waitFor();
    const emailField = invitee.getByLabel('Email');
    assert.equal(await emailField.inputValue(), email, 'the invited address is filled in');
    assert.equal(await emailField.getAttribute('readonly'), '', 'and cannot be changed');
    assert.equal(await invitee.getByLabel('Password').inputValue(), '', "nobody's password is filled in");

    await invitee.getByLabel('Your name').fill('New Comer');
    await invitee.getByLabel('Password').fill('newcomer-password');
    await invitee.getByRole('button', { name: 'Create account and accept' }).click();
    await invitee.waitForURL(`${demo.url}/`);
    await invitee.locator('#session').getByText(email).waitFor();
    const session = await (await invitee.request.get('/api/auth/get-session')).json();
    assert.equal(session.user.email, email);
    assert.equal(session.user.role, 'moderator', 'the invitation gave its role');

    // The inviter's page was not reloaded: polling (poll-interval on the demo page) brings the news,
    // with the companion plugin's use count on the card.
    await eventually(async () => assert.equal((await card())?.status, 'Used'), { timeout: 20_000, interval: 250 });
    const meta = admin.locator('invite-card').filter({ hasText: email }).locator('[part="meta"]');
    await meta.getByText('1 of 1 used').waitFor();

    // Who used it, from the plugin's history endpoint, and the inviter's mail.
    const row = (await serverInvitations(admin)).find((r) => r.emails?.[0] === email);
    const history = await (await admin.request.get(`/api/auth/invite-dashboard/uses?id=${encodeURIComponent(row?.id ?? '')}`)).json();
    assert.deepEqual(history.uses.map((/** @type {any} */ use) => use.user && { name: use.user.name, email: use.user.email }), [{ name: 'New Comer', email }]);
    const mails = (await outbox(admin)).mails;
    assert.ok(
      mails.some((mail) => mail.to === ADMIN_EMAIL && /** @type {any} */ (mail).subject === 'New Comer accepted your invitation (moderator)'),
      'the inviter is told by mail',
    );
  });

  it('signed in as someone else, the page says so and offers to sign out, instead of a raw error', async () => {
    const link = await inviteFromDashboard('someone-else@example.net', 'user');
    const alice = await signedInPage(demo.browser, demo.url, 'alice@example.com');
    await alice.goto(link);
    await alice.getByText('You are signed in as alice@example.com, so this invitation cannot be accepted here.').waitFor();
    await alice.getByRole('button', { name: 'Sign out' }).click();
    await alice.getByRole('button', { name: 'Create account and accept' }).waitFor();
  });

  it('an existing account signs in with the invited address; a wrong password is said plainly and keeps what was typed', async () => {
    const link = await inviteFromDashboard('bob@example.com', 'moderator');
    const page = await (await newContext(demo.browser, demo.url)).newPage();
    await page.goto(link);
    // bob has an account: the page starts on sign-in.
    await page.getByRole('button', { name: 'Sign in and accept' }).waitFor();
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in and accept' }).click();
    await page.getByRole('alert').getByText('That email and password do not match. Try again.').waitFor();
    assert.equal(await page.getByLabel('Password').inputValue(), 'not-the-password');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in and accept' }).click();
    await page.waitForURL(`${demo.url}/`);
  });

  it('a canceled invitation and an unknown link say so, with no form', async () => {
    const link = await inviteFromDashboard('canceled-later@example.net', 'user');
    const token = decodeURIComponent(new URL(link).pathname.split('/').pop() ?? '');
    assert.equal((await apiPost(admin, '/invite/cancel', { token })).status, 200);
    const page = await (await newContext(demo.browser, demo.url)).newPage();
    assert.equal((await page.goto(link))?.status(), 410);
    await page.getByText('This invitation was canceled.').waitFor();
    assert.equal(await page.locator('form').count(), 0);
    assert.equal((await page.goto('/invite/no-such-token'))?.status(), 404);
    await page.getByRole('heading', { name: 'This invitation link does not work' }).waitFor();
  });
});

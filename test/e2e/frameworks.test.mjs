// The React 19 and Vue 3 demo pages (built by scripts/build-demo-apps.mjs) on the real server: each
// hosts <invite-dashboard> with framework-set properties and listens to its invite-* events.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_EMAIL, newContext, signedInPage, startDemo } from './support.mjs';

for (const framework of ['react', 'vue']) {
  describe(`the ${framework === 'react' ? 'React' : 'Vue'} page`, { timeout: 60_000 }, () => {
    /** @type {Awaited<ReturnType<typeof startDemo>>} */
    let demo;
    /** @type {import('playwright-core').Page} */
    let page;

    before(async () => {
      demo = await startDemo();
      page = await signedInPage(demo.browser, demo.url, ADMIN_EMAIL);
    });
    after(() => demo?.close());

    it('renders the dashboard with the properties the app set', async () => {
      await page.goto(`/${framework}`);
      await page.locator('invite-card').first().waitFor();
      assert.equal(await page.locator('invite-card').count(), 10, 'pageSize 10 set by the app');
      const roles = await page.locator('invite-dashboard').evaluate((el) => el.roles);
      assert.deepEqual(roles, ['user', 'moderator']);
      await page.locator('#page-size').selectOption('5');
      await page.getByText('Showing 1–5 of 40').waitFor();
    });

    it('hears invite-created and invite-canceled', async () => {
      await page.goto(`/${framework}`);
      await page.locator('invite-card').first().waitFor();
      await page.getByRole('button', { name: 'Create invite' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Create invitation' });
      await dialog.getByLabel('Email addresses').fill(`${framework}-fan@example.com`);
      await dialog.getByRole('button', { name: 'Create invite' }).click();
      await page.locator('#event-log li[data-event="invite-created"]').waitFor();
      assert.match(await page.locator('#event-log').innerText(), new RegExp(`${framework}-fan@example.com`));

      const card = page.locator('invite-card', { hasText: `${framework}-fan@example.com` });
      await card.getByRole('button', { name: /Cancel invite/ }).click();
      await card.getByRole('button', { name: 'Yes, cancel it' }).click();
      await page.locator('#event-log li[data-event="invite-canceled"]').waitFor();
    });

    it('hears invite-unauthorized when signed out and offers to sign in', async () => {
      const context = await newContext(demo.browser, demo.url);
      const anonymous = await context.newPage();
      await anonymous.goto(`/${framework}`);
      await anonymous.locator('#event-log li[data-event="invite-unauthorized"]').waitFor();
      await anonymous.locator('#sign-in-hint').waitFor();
      await context.close();
    });
  });
}

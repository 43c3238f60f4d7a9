// The server goes away while the dashboard is open, then comes back on the same port with the same
// database and secret: the widget says so with a Retry button over the rows it had, and Retry reads them again.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_EMAIL, eventually, shownCards, signedInPage, startDemo, tabCount } from './support.mjs';

describe('<invite-dashboard> when the server stops mid-session', { timeout: 60_000 }, () => {
  /** @type {Awaited<ReturnType<typeof startDemo>>} */
  let demo;
  /** @type {import('playwright-core').Page} */
  let page;

  before(async () => {
    demo = await startDemo();
    page = await signedInPage(demo.browser, demo.url, ADMIN_EMAIL);
    await page.locator('invite-card').first().waitFor();
  });
  after(() => demo?.close());

  it('shows an error with Retry while the server is down, and the list again after Retry once it is back', async () => {
    const shownBefore = await shownCards(page);
    assert.equal(shownBefore.length, 20);

    await demo.stop();
    // What a host (or a tab change) would do next: read the list again.
    await page.evaluate(() => /** @type {any} */ (document.querySelector('invite-dashboard'))?.refresh());
    const error = page.getByRole('alert').filter({ hasText: 'Could not refresh the list' });
    await error.waitFor();
    const retry = error.getByRole('button', { name: 'Retry' });
    assert.equal(await retry.isVisible(), true);
    // What was loaded stays on screen under the error: the rows and the counts.
    assert.deepEqual((await shownCards(page)).map((card) => card.token), shownBefore.map((card) => card.token));
    assert.equal(await tabCount(page, 'All'), '40');

    // Back on the same port, same database and secret: the session cookie still holds.
    await demo.start();
    await retry.click();
    await page.getByText('Showing 1–20 of 40').waitFor();
    await eventually(async () => {
      const cards = await shownCards(page);
      assert.deepEqual(cards.map((card) => card.token), shownBefore.map((card) => card.token));
    });
    assert.equal(await error.count(), 0, 'the error is gone');
    assert.equal(await tabCount(page, 'All'), '40');
    assert.equal(await page.getByText('You are signed out').count(), 0, 'still signed in');
  });
});

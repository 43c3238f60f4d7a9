// The built widget on /csp, which the demo server sends with the strict policy the README documents
// (WIDGET_CSP): every flow works and no securitypolicyviolation fires. The listener is added with
// addInitScript (the DevTools protocol), so the page itself still has no inline script.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WIDGET_CSP } from '../../demo/server/pages.mjs';
import { eventually, signedInPage, startDemo } from './support.mjs';

describe('<invite-dashboard> under a strict Content-Security-Policy', { timeout: 60_000 }, () => {
  /** @type {Awaited<ReturnType<typeof startDemo>>} */
  let demo;
  /** @type {import('playwright-core').Page} */
  let page;
  /** Errors the page logged or threw (CSP refusals are logged as console errors too). */
  const pageErrors = /** @type {string[]} */ ([]);

  before(async () => {
    demo = await startDemo();
    page = await signedInPage(demo.browser, demo.url, 'demo@example.com');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.url });
    await page.addInitScript(() => {
      const seen = /** @type {string[]} */ ([]);
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
      });
    });
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });
  });
  after(() => demo?.close());

  /** @returns {Promise<string[]>} */
  const violations = () => page.evaluate(() => /** @type {any} */ (window).__cspViolations);

  it('is sent with the documented policy and lists the invitations', async () => {
    const response = await page.goto('/csp');
    // The widget's documented policy, plus the framing and <base> rules every demo page has.
    assert.equal(response?.headers()['content-security-policy'], `${WIDGET_CSP}; base-uri 'none'; frame-ancestors 'none'`);
    await page.getByText('Showing 1–20 of 40').waitFor();
    assert.equal(await page.locator('invite-card').count(), 20);
    await page.locator('invite-stats [data-stat="total"] [part="value"]').filter({ hasText: '40' }).waitFor();
  });

  it('switches status tabs by click and by keyboard', async () => {
    const tab = (/** @type {string} */ name) => page.getByRole('tab', { name: new RegExp(`^${name}\\b`) });
    await tab('Pending').click();
    assert.equal(await tab('Pending').getAttribute('aria-selected'), 'true');
    await page.keyboard.press('ArrowRight');
    await eventually(async () => assert.equal(await tab('Used').getAttribute('aria-selected'), 'true'));
    await page.keyboard.press('Home');
    await eventually(async () => assert.equal(await tab('All').getAttribute('aria-selected'), 'true'));
    await page.getByText('Showing 1–20 of 40').waitFor();
  });

  it('creates a private invite', async () => {
    await page.getByRole('button', { name: 'Create invite' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create invitation' });
    await dialog.getByLabel('Email addresses').fill('csp-private@example.net');
    await dialog.getByRole('button', { name: 'Create invite' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Invitation created.').waitFor();
    await page.locator('invite-card').filter({ hasText: 'csp-private@example.net' }).waitFor();
  });

  it('creates a public invite and copies its link, in the dialog and on its card', async () => {
    await page.getByRole('button', { name: 'Create invite' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create invitation' });
    await dialog.getByLabel('Public (link)').check();
    await dialog.getByRole('button', { name: 'Create invite' }).click();
    await dialog.getByText('Your invite link is ready').waitFor();
    const link = await dialog.getByLabel('Invite link').inputValue();
    assert.ok(link.startsWith(`${demo.url}/api/auth/invite/`), link);
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await dialog.getByRole('button', { name: 'Copied' }).waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Newest first: the new invite's card is the first one.
    const card = page.locator('invite-card').first();
    await eventually(async () => assert.equal(await card.getByLabel('Invite link').inputValue(), link));
    await card.getByRole('button', { name: 'Copy link' }).click();
    await card.getByRole('button', { name: 'Copied' }).waitFor();
  });

  it('cancels an invite after the in-card confirmation', async () => {
    const card = page.locator('invite-card').filter({ hasText: 'csp-private@example.net' });
    await card.getByRole('button', { name: 'Cancel invite' }).click();
    await card.getByRole('button', { name: 'Yes, cancel it' }).click();
    await page.getByText('Invitation canceled.').waitFor();
    await eventually(async () => assert.equal((await card.locator('[part="badge"]').textContent())?.trim(), 'Canceled'));
  });

  it('raised no securitypolicyviolation and no error along the way', async () => {
    assert.deepEqual(await violations(), []);
    assert.deepEqual(pageErrors, []);
  });

  it('really enforces the policy: a raw innerHTML and an inline style are refused and reported', async () => {
    const innerHTML = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'allowed';
      } catch (error) {
        return /** @type {Error} */ (error).name;
      }
    });
    assert.equal(innerHTML, 'TypeError');
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.append('body { outline: 1px solid red; }');
      document.head.append(style);
    });
    await eventually(async () => {
      const seen = await violations();
      assert.deepEqual(seen.map((line) => line.split(' ')[0]), ['require-trusted-types-for', 'style-src-elem']);
    });
  });
});

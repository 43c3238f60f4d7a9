// An app that bundles `invite-dashboard/invite-dashboard` from the npm build: the bundler splits off
// the parts the dashboard loads on first use (the activity panel, the usage history, the QR
// encoder), and in Chromium the page fetches each chunk only when that part is first shown. The
// app's fetch is the bench's fake of better-invite's HTTP contract. Needs `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rolldown } from 'rolldown';
import { chromium } from 'playwright-core';
import { ensureChromium } from '../../scripts/ensure-chromium.mjs';
import { CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';

const ORIGIN = 'http://app.test';
const FAKE = 'scripts/bench/fake-better-invite.js';

let browser;
let out;
/** The app's chunks by file name, and which of them the entry imports statically. */
let chunks;

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'invite-lazy-chunks-'));
  const build = await rolldown({ input: 'dist/components/invite-dashboard/invite-dashboard.js', platform: 'browser', logLevel: 'silent' });
  const { output } = await build.write({ dir: out, format: 'es', entryFileNames: 'app.js', chunkFileNames: '[name]-[hash].js' });
  await build.close();
  chunks = output.filter((file) => file.type === 'chunk');
  browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

/** The app page with 30 of the fake's rows (public links among them), and the scripts it fetched. */
async function openApp({ refuse = () => false } = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const fetched = [];
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(`${ORIGIN}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/') {
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>app</title><script src="/fake.js"></script><script type="module" src="/app.js"></script></head><body></body></html>`,
      });
    }
    if (pathname === '/fake.js') return route.fulfill({ contentType: 'text/javascript', body: readFileSync(FAKE) });
    fetched.push(pathname.slice(1));
    // A chunk the network loses: what a deploy that replaced the files, or a dropped connection, does.
    if (refuse(pathname.slice(1))) return route.fulfill({ status: 503, contentType: 'text/plain', body: 'Service Unavailable' });
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(out, pathname)) });
  });
  await page.goto(`${ORIGIN}/?rows=30`);
  await page.evaluate(() => customElements.whenDefined('invite-dashboard'));
  await page.evaluate(() => window.__bench.mount(30).then(() => {}));
  return { page, fetched, errors };
}

const defined = (page, tag) => page.evaluate((name) => Boolean(customElements.get(name)), tag);
/** The chunks a page loads with the app: its entry and whatever that imports statically, all the way down. */
function firstChunks() {
  const first = new Set();
  const visit = (chunk) => {
    if (first.has(chunk)) return;
    first.add(chunk);
    for (const file of chunk.imports) visit(chunks.find((c) => c.fileName === file));
  };
  visit(chunks.find((chunk) => chunk.isEntry));
  return first;
}
const lazyChunks = () => chunks.filter((chunk) => !firstChunks().has(chunk));

describe('an app that bundles invite-dashboard/invite-dashboard', () => {
  it('gets chunks of their own for the parts loaded on first use', () => {
    const lazy = lazyChunks().map((chunk) => chunk.code).join('\n');
    assert.ok(lazy.includes('defineElement("invite-analytics",'), 'the activity panel');
    assert.ok(lazy.includes('defineElement("invite-history",'), 'the usage history');
    const first = chunks.filter((chunk) => !lazyChunks().includes(chunk)).map((chunk) => chunk.code).join('\n');
    for (const tag of ['invite-dashboard', 'invite-card', 'invite-stats', 'create-invite-dialog']) {
      assert.ok(first.includes(`defineElement("${tag}",`), `${tag} comes with the dashboard`);
    }
    assert.ok(!first.includes('defineElement("invite-analytics",') && !first.includes('defineElement("invite-history",'));
  });

  it('fetches the activity panel when "Show activity" is opened, and the QR encoder with the first QR code', async () => {
    const { page, fetched, errors } = await openApp();
    try {
      const atFirst = new Set(fetched);
      assert.equal(await defined(page, 'invite-analytics'), false, 'no activity panel before it is opened');
      assert.equal(await defined(page, 'invite-history'), false);

      const dashboard = page.locator('invite-dashboard');
      await dashboard.getByRole('button', { name: 'Show activity' }).click();
      await page.waitForFunction(() => document.querySelector('invite-dashboard').shadowRoot.querySelector('invite-analytics')?.shadowRoot);
      const forPanel = fetched.filter((file) => !atFirst.has(file));
      assert.ok(forPanel.length > 0, 'a chunk was fetched for the panel');

      await dashboard.getByRole('button', { name: 'Show QR code' }).first().click();
      await dashboard.locator('svg[role="img"]').first().waitFor();
      const forQr = fetched.filter((file) => !atFirst.has(file) && !forPanel.includes(file));
      assert.ok(forQr.length > 0, 'a chunk was fetched for the QR encoder');
      assert.ok(forQr.some((file) => /^nano-/.test(file)), `the encoder (lean-qr/nano) has a chunk of its own: ${forQr}`);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('says so with Retry when the activity panel\'s chunk cannot be fetched, and shows the panel once Retry fetches it', async () => {
    let down = true;
    const panelChunk = (file) => lazyChunks().some((chunk) => chunk.fileName === file && chunk.code.includes('defineElement("invite-analytics",'));
    const { page, fetched } = await openApp({ refuse: (file) => down && panelChunk(file) });
    try {
      const dashboard = page.locator('invite-dashboard');
      await dashboard.getByRole('button', { name: 'Show activity' }).click();
      const alert = dashboard.getByRole('alert').filter({ hasText: 'This part could not be loaded.' });
      await alert.waitFor();
      down = false;
      await alert.getByRole('button', { name: 'Retry' }).click();
      await page.waitForFunction(() => document.querySelector('invite-dashboard').shadowRoot.querySelector('invite-analytics')?.shadowRoot);
      assert.equal(fetched.filter(panelChunk).length, 2, 'fetched again on Retry');
      assert.equal(await alert.count(), 0);
      // Focus was on Retry, which the panel replaced: it is on the panel's toggle now.
      assert.equal(await page.evaluate(() => document.querySelector('invite-dashboard').shadowRoot.activeElement?.textContent?.trim()), 'Hide activity');
    } finally {
      await page.close();
    }
  });
});

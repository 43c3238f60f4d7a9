// npm run screenshots: PNGs of the demo dashboard on the real server (light, dark, narrow, wide), of
// the invitee's landing page (/invite/<token>), and of the /theming page's three dashboards (default,
// dark, custom brand) into docs/screenshots/.
// Starts its own server on a free port with a fresh database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../demo/server/server.mjs';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const OUT = process.env.SCREENSHOTS_DIR ?? 'docs/screenshots';
const dir = mkdtempSync(join(tmpdir(), 'invite-shots-'));
// Six sign-ins within seconds: more than the demo's limit of 3 per 10 s per address allows one client.
const server = await startServer({ port: 0, dbPath: join(dir, 'demo.db'), fresh: true, quiet: true, signInLimit: { window: 10, max: 20 } });
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
try {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 360]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`${server.url}/sign-in`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${server.url}/`);
      await page.locator('invite-card').first().waitFor();
      await page.screenshot({ path: join(OUT, `dashboard-${colorScheme}-${width}.png`), fullPage: false });
      if (width === 1280) {
        await page.getByRole('button', { name: 'Create invite' }).first().click();
        await page.locator('create-invite-dialog dialog[open]').waitFor();
        await page.screenshot({ path: join(OUT, `create-dialog-${colorScheme}-${width}.png`) });
      }
      await context.close();
      console.log(`${colorScheme} ${width}px`);
    }
  }
  await shootLanding();
  await shootThemes();
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`Screenshots in ${OUT}/`);

/** The page a mailed invitation link opens, as the invitee sees it (signed out, in a private window). */
async function shootLanding() {
  const admin = await browser.newContext({ baseURL: server.url });
  const page = await admin.newPage();
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${server.url}/`);
  const created = await page.request.post('/api/auth/invite/create', {
    data: { email: 'newcomer@example.net', role: 'moderator', shareInviterName: true, expiresIn: 7 * 24 * 60 * 60 },
    headers: { origin: server.url },
  });
  if (!created.ok()) throw new Error(`creating the invitation failed: ${created.status()}`);
  const { mails } = await (await page.request.get('/outbox.json')).json();
  const link = mails.findLast((mail) => mail.to === 'newcomer@example.net').url;
  await admin.close();
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 360]) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme, reducedMotion: 'reduce' });
      const invitee = await context.newPage();
      await invitee.goto(link);
      await invitee.getByRole('button', { name: 'Create account and accept' }).waitFor();
      await invitee.screenshot({ path: join(OUT, `invite-landing-${colorScheme}-${width}.png`) });
      await context.close();
      console.log(`landing ${colorScheme} ${width}px`);
    }
  }
}

/** /theming: each of its three dashboards on its own, in a light page (the dark one forces dark). */
async function shootThemes() {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${server.url}/sign-in?next=/theming`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${server.url}/theming`);
  for (const theme of ['default', 'dark', 'brand']) {
    const dashboard = page.locator(`#dashboard-${theme}`);
    await dashboard.locator('invite-card').first().waitFor();
    await dashboard.screenshot({ path: join(OUT, `theme-${theme}.png`) });
    console.log(`theme ${theme}`);
  }
  await context.close();
}

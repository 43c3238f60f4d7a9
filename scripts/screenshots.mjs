// npm run screenshots: PNGs of the demo dashboard on the real server (light, dark, narrow, wide)
// and of the /theming page's three dashboards (default, dark, custom brand) into docs/screenshots/.
// Starts its own server on a free port with a fresh database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../demo/server/server.mjs';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const OUT = process.env.SCREENSHOTS_DIR ?? 'docs/screenshots';
const dir = mkdtempSync(join(tmpdir(), 'invite-shots-'));
const server = await startServer({ port: 0, dbPath: join(dir, 'demo.db'), fresh: true, quiet: true });
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
  await shootThemes();
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`Screenshots in ${OUT}/`);

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

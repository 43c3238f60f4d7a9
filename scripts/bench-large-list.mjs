// Measures what the dashboard costs at 10,000 invitations on the real server: a seeded demo
// server gets 10,000 more rows for the demo admin (written straight into SQLite: the API takes
// 25–120 ms per create), most expired, then Chromium opens the dashboard and we count the list
// requests, their bytes and the time until the first cards show; then a status tab and a page flip.
// Then the client-side phase (scripts/bench/client-cards.mjs): 1,000 cards on one page and a tab
// switch, this tree beside a baseline commit (BENCH_BASELINE). `--client` or `--server` runs one phase.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { startServer } from '../demo/server/server.mjs';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { runClientBench } from './bench/client-cards.mjs';

const only = process.argv.includes('--client') ? 'client' : process.argv.includes('--server') ? 'server' : undefined;
if (only !== 'client') await serverPhase();
if (only !== 'server') {
  console.log('');
  await runClientBench();
}

async function serverPhase() {
const TOTAL = Number(process.env.BENCH_ROWS ?? 10_000);
// Half of them live (pending and unexpired, or used / canceled / rejected and unexpired): the case
// where plain better-invite has to read the most rows to count.
const LIVE = Number(process.env.BENCH_LIVE ?? TOTAL / 2);

const dir = mkdtempSync(join(tmpdir(), 'invite-bench-'));
const dbPath = join(dir, 'bench.db');
const server = await startServer({ port: 0, dbPath, fresh: true, quiet: true });
const db = new Database(dbPath);
const admin = db.prepare(`SELECT id FROM user WHERE email = 'demo@example.com'`).get();
const insert = db.prepare(`INSERT INTO invite (id, token, createdAt, expiresAt, maxUses, infinityMaxUses, createdByUserId,
  shareInviterName, emails, role, newAccount, status) VALUES (?, ?, ?, ?, 1, 0, ?, 1, ?, 'user', 1, ?)`);
const now = Date.now();
db.transaction(() => {
  for (let i = 0; i < TOTAL; i += 1) {
    const created = now - (i + 1) * 60_000;
    const live = i % Math.round(TOTAL / LIVE) === 0;
    const expires = live ? now + 7 * 86_400_000 : created + 3_600_000;
    const status = ['pending', 'used', 'canceled', 'rejected'][i % 4];
    insert.run(randomBytes(12).toString('hex'), randomBytes(12).toString('base64url'), new Date(created).toISOString(),
      new Date(expires).toISOString(), admin.id, JSON.stringify([`bench${i}@example.com`]), status);
  }
})();
db.close();

const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
const total = TOTAL + (server.seeded?.invitations ?? 0);
console.log(`${total} invitations on SQLite, about ${LIVE} of them live`);
for (const plugin of [true, false]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Without the plugin: its routes answer 404, as on a server that does not run it.
  if (!plugin) await page.route('**/api/auth/invite-dashboard/**', (route) => route.fulfill({ status: 404, json: { message: 'Not found' } }));
  await page.goto(`${server.url}/sign-in`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${server.url}/`);
  console.log(`\n${plugin ? 'with the companion plugin' : 'plain better-invite (plugin routes answer 404)'}`);
  await phases(page);
  await context.close();
}
await browser.close();
await server.close();
rmSync(dir, { recursive: true, force: true });
}

/** The dashboard's reads at scale: first load, two tabs, a page flip. @param {import('playwright-core').Page} page */
async function phases(page) {
  async function measure(label, action) {
    const requests = [];
    const onResponse = async (response) => {
      if (!/\/invite\/list|\/invite-dashboard\//.test(response.url())) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      requests.push(body.length);
    };
    page.on('response', onResponse);
    const started = performance.now();
    await action();
    const ms = performance.now() - started;
    await page.waitForTimeout(200);
    page.off('response', onResponse);
    const kb = requests.reduce((sum, size) => sum + size, 0) / 1024;
    console.log(`${label.padEnd(34)} ${String(Math.round(ms)).padStart(6)} ms  ${String(requests.length).padStart(3)} requests  ${kb.toFixed(1).padStart(8)} KB`);
  }
  await measure('first load (all tab, page 1)', async () => {
    await page.reload();
    await page.locator('invite-card').first().waitFor();
    await page.getByText(/Showing 1–20 of/).waitFor();
  });
  await measure('pending tab', async () => {
    await page.getByRole('tab', { name: /Pending/ }).click();
    await page.getByText(/Showing 1–20 of/).waitFor();
  });
  await measure('expired tab', async () => {
    await page.getByRole('tab', { name: /Expired/ }).click();
    await page.getByText(/Showing 1–/).waitFor();
  });
  if (await page.getByRole('button', { name: 'Next' }).isEnabled().catch(() => false)) {
    await measure('next page (expired)', async () => {
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByText(/Showing 21–/).waitFor();
    });
  }
}

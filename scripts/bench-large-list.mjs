// Measures what the dashboard costs at 10,000 invitations on the real server, on SQLite and on a
// throwaway PostgreSQL (BENCH_DATABASES): a seeded demo server gets 10,000 more rows for the demo admin
// (written straight into the database), half of them live, then Chromium opens the dashboard, with the
// companion plugin and without it, and we count the reads, their bytes and the time until the first
// cards show; then two status tabs, a page flip, a search typed key by key and one more key.
// Then the client-side phase (scripts/bench/client-cards.mjs): 1,000 cards on one page and a tab
// switch, this tree beside a baseline commit (BENCH_BASELINE).
// Then the export phase (scripts/bench/export-csv.mjs): Export CSV of 10,000 rows in the page, its
// total time and longest main-thread task.
// `--server`, `--client`, `--export` run only the phases named (any combination); none runs them all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../demo/server/server.mjs';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { runClientBench } from './bench/client-cards.mjs';
import { runExportBench } from './bench/export-csv.mjs';
import { insertBenchRows, newPostgresDatabase } from './bench/bench-rows.mjs';
import { startPostgres } from './postgres.mjs';

const named = ['server', 'client', 'export'].filter((phase) => process.argv.includes(`--${phase}`));
const runs = (phase) => named.length === 0 || named.includes(phase);
if (runs('server')) await serverPhase();
if (runs('client')) {
  console.log('');
  await runClientBench();
}
if (runs('export')) {
  console.log('');
  await runExportBench();
}

async function serverPhase() {
  const TOTAL = Number(process.env.BENCH_ROWS ?? 10_000);
  // Half of them live (unexpired, any status): the case where plain better-invite reads the most rows to count.
  const LIVE = Number(process.env.BENCH_LIVE ?? TOTAL / 2);
  const databases = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',');
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  let postgres;
  try {
    for (const database of databases) {
      const dir = mkdtempSync(join(tmpdir(), 'invite-bench-'));
      const dbPath = join(dir, 'bench.db');
      let databaseUrl;
      if (database === 'postgres') {
        postgres ??= await startPostgres();
        databaseUrl = await newPostgresDatabase(postgres, 'bench_dashboard');
      }
      const server = await startServer({ port: 0, dbPath, databaseUrl, fresh: true, quiet: true, signInLimit: { window: 10, max: 20 } });
      try {
        await insertBenchRows({ database, target: databaseUrl ?? dbPath, rows: TOTAL, live: LIVE });
        const total = TOTAL + (server.seeded?.invitations ?? 0);
        console.log(`\n${total} invitations on ${database === 'postgres' ? 'PostgreSQL' : 'SQLite'}, about ${LIVE} of them live`);
        for (const plugin of [true, false]) {
          const context = await browser.newContext();
          const page = await context.newPage();
          // Without the plugin: its routes answer 404, as on a server that does not run it.
          if (!plugin) await page.route('**/api/auth/invite-dashboard/**', (route) => route.fulfill({ status: 404, json: { message: 'Not found' } }));
          await page.goto(`${server.url}/sign-in`);
          await page.getByRole('button', { name: 'Sign in' }).click();
          await page.waitForURL(`${server.url}/`);
          console.log(plugin ? 'with the companion plugin' : 'plain better-invite (plugin routes answer 404)');
          await phases(page);
          await context.close();
        }
      } finally {
        await server.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
    postgres?.stop();
  }
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
  await page.getByRole('tab', { name: /^All/ }).click();
  await page.getByText(/Showing 1–20 of/).waitFor();
  const search = page.locator('invite-dashboard [part~="search"]');
  const settled = () =>
    page.waitForFunction(() => document.querySelector('invite-dashboard')?.shadowRoot?.querySelector('[role=tabpanel]')?.getAttribute('aria-busy') === 'false');
  // Typed as a person types (80 ms a key, under the debounce): one read of the view per pause.
  await measure('search "bench12" typed (7 keys)', async () => {
    await search.pressSequentially('bench12', { delay: 80 });
    await page.waitForResponse((response) => /\/invite\/list|\/invite-dashboard\/list/.test(response.url()));
    await settled();
  });
  // One more key on a shown result: from the key to the new rows, the 300 ms pause included.
  await measure('one more key ("bench123")', async () => {
    await search.press('3');
    await page.waitForResponse((response) => /\/invite\/list|\/invite-dashboard\/list/.test(response.url()));
    await settled();
  });
  await search.fill('');
  await search.press('Enter');
  await page.getByText(/Showing 1–20 of/).waitFor();
  // A poll tick with nothing changed: with the plugin one stats request, no page.
  // (the demo polls every 10 s; the time column is the wait, the requests and bytes are the tick's).
  await measure('poll tick, nothing changed (10 s)', () => page.waitForTimeout(10_500));
  // The insight panel (not part of the first load): opened at 30 days, then measured switching to 90.
  await page.getByRole('button', { name: 'Show activity' }).click();
  const panel = page.locator('invite-dashboard invite-analytics');
  await panel.locator('[part~="chart"], [part~="note"]').first().waitFor();
  await measure('activity panel, 90 days', async () => {
    await Promise.all([
      page.waitForResponse((response) => /\/invite-dashboard\/activity|\/invite\/list/.test(response.url())),
      panel.locator('[part~="range"]').selectOption('90'),
    ]);
    await page.waitForFunction(() => document.querySelector('invite-dashboard')?.shadowRoot?.querySelector('invite-analytics')?.shadowRoot?.querySelector('[aria-busy="false"]'));
  });
  await page.getByRole('button', { name: 'Hide activity' }).click();
}

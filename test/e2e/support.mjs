// Shared by the end-to-end tests: the real demo server on a free port with a fresh database in a temp
// folder, Debian Chromium through playwright-core, and small helpers that read what the widget shows.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../demo/server/server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';

/**
 * The tests' own sign-in rate limit: several contexts sign in within seconds. The demo's default
 * (3 per 10 s per address) has its own test in server-security.test.mjs.
 */
export const TEST_SIGN_IN_LIMIT = { window: 10, max: 60 };

/** Every seeded person signs in with this (demo/server/seed-data.mjs). */
export const DEMO_PASSWORD = 'demo-password';
export const ADMIN_EMAIL = 'demo@example.com';

/** How status names read on badges, tabs and tiles. */
export const STATUS_LABEL = { pending: 'Pending', used: 'Used', canceled: 'Canceled', rejected: 'Rejected', expired: 'Expired' };

/**
 * A seeded server on a free port with its database in a new temp folder, and a headless Chromium.
 * `restart()` stops the server and starts it again on the same port with the same database and
 * data folder (so the dev secret, and with it every session cookie, still holds).
 */
export async function startDemo() {
  const dir = await mkdtemp(join(tmpdir(), 'invite-e2e-'));
  const dbPath = join(dir, 'demo.db');
  const executablePath = findChromium();
  assert.ok(executablePath, 'No Chromium found: install Debian chromium or set CHROME_PATH.');
  const [server, browser] = await Promise.all([
    startServer({ port: 0, dbPath, fresh: true, quiet: true, signInLimit: TEST_SIGN_IN_LIMIT }),
    chromium.launch({ executablePath, args: CHROMIUM_ARGS }),
  ]);
  const demo = {
    server,
    browser,
    dbPath,
    get url() {
      return demo.server.url;
    },
    /** Stops the server (idempotent). */
    stop: () => demo.server.close(),
    /** Starts it again where it was: same port, same database, no seeding of a non-empty DB. */
    async start() {
      demo.server = await startServer({ port: server.port, dbPath, fresh: false, quiet: true, signInLimit: TEST_SIGN_IN_LIMIT });
    },
    async close() {
      await Promise.allSettled([browser.close(), demo.server.close()]);
      await rm(dir, { recursive: true, force: true });
    },
  };
  return demo;
}

/**
 * A new browser context: its own cookies, relative URLs on the server, and waits that give up
 * after 10 s rather than Playwright's 30.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url  The server's origin.
 */
export async function newContext(browser, url) {
  const context = await browser.newContext({ baseURL: url, reducedMotion: 'reduce' });
  context.setDefaultTimeout(10_000);
  return context;
}

/**
 * A new browser context (its own cookies) signed in through the demo's /sign-in page, on the dashboard.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url  The server's origin.
 * @param {string} email
 */
export async function signedInPage(browser, url, email) {
  const context = await newContext(browser, url);
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${url}/`);
  return page;
}

/**
 * Every invitation the signed-in user of this page has, straight from better-invite (same cookies).
 * @param {import('playwright-core').Page} page
 * @returns {Promise<Array<{ id: string, token: string, status: string, role: string, emails: string[] | null, createdAt: string, maxUses: number, infinityMaxUses: boolean }>>}
 */
export async function serverInvitations(page) {
  const response = await page.request.get('/api/auth/invite/list?limit=1000');
  assert.equal(response.status(), 200, `GET /invite/list answered ${response.status()}`);
  const body = await response.json();
  assert.equal(body.invitations.length, body.total, 'limit=1000 should return every invitation');
  return body.invitations;
}

/**
 * A POST to the Better Auth API with this page's cookies. Node-side requests must name a trusted
 * Origin themselves (contract §6): the browser would, Playwright's request client does not.
 * @param {import('playwright-core').Page} page
 * @param {string} path  Below /api/auth, e.g. "/invite/cancel".
 * @param {unknown} body
 */
export async function apiPost(page, path, body) {
  const origin = new URL(page.url()).origin;
  const response = await page.request.post(`/api/auth${path}`, { data: body, headers: { origin } });
  return { status: response.status(), body: await response.json().catch(() => null) };
}

/**
 * The mails the development outbox holds, oldest first. Only the demo admin may read it: `page` is
 * signed in as the admin (its cookies go along).
 * @param {import('playwright-core').Page} page
 */
export async function outbox(page) {
  const response = await page.request.get('/outbox.json');
  assert.equal(response.status(), 200, `GET /outbox.json answered ${response.status()}`);
  return /** @type {{ count: number, mails: Array<{ to: string, role: string, token: string, url: string }> }} */ (await response.json());
}

/**
 * What each card on screen shows, in order: its title, role, status badge, created date, the link
 * field of a public invite, and the invitation it was given (for its token).
 * @param {import('playwright-core').Page} page
 */
export async function shownCards(page) {
  return page.locator('invite-dashboard invite-card').evaluateAll((cards) =>
    cards.map((card) => {
      const root = /** @type {ShadowRoot} */ (card.shadowRoot);
      const text = (/** @type {string} */ selector) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
      return {
        title: text('[part="title"]'),
        role: text('.role-name'),
        status: text('[part="badge"]'),
        createdAt: /** @type {HTMLTimeElement | null} */ (root.querySelector('time'))?.dateTime ?? null,
        link: /** @type {HTMLInputElement | null} */ (root.querySelector('[part="link"] input'))?.value ?? null,
        token: /** @type {any} */ (card).invitation?.token ?? null,
      };
    }),
  );
}

/**
 * How a server row should look on its card (title, role, badge, created date).
 * @param {{ emails: string[] | null, role: string, status: string, createdAt: string }} row
 */
export function expectedCard(row) {
  const emails = row.emails ?? [];
  return {
    title: emails.length === 0 ? 'Public invite' : `Private invite ${emails.join(', ')}`,
    role: row.role,
    status: STATUS_LABEL[/** @type {keyof typeof STATUS_LABEL} */ (row.status)],
    createdAt: row.createdAt,
  };
}

/**
 * Newest first, as the dashboard lists them; rows created at the same instant (one request for
 * several emails) by title, since their order among themselves is the database's choice.
 * @template {{ createdAt: string | null, title: string | null }} T
 * @param {T[]} cards
 */
export function newestFirst(cards) {
  return [...cards].sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '') || (a.title ?? '').localeCompare(b.title ?? ''));
}

/** The fields of a shown card that a server row determines. @param {Awaited<ReturnType<typeof shownCards>>[number]} card */
export function cardFace({ title, role, status, createdAt }) {
  return { title, role, status, createdAt };
}

/**
 * Retries an assertion until it passes or `timeout` ms have gone by (then throws its last error).
 * For things the widget shows once a request comes back.
 * @template T
 * @param {() => Promise<T> | T} check
 * @param {{ timeout?: number, interval?: number }} [options]
 * @returns {Promise<T>}
 */
export async function eventually(check, { timeout = 10_000, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }
}

/**
 * The text of the count in a status tab ("All", "Pending", …).
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
export async function tabCount(page, name) {
  const tab = page.getByRole('tab', { name: new RegExp(`^${name}\\b`) });
  return (await tab.locator('[part~="tab-count"]').textContent())?.trim();
}

/**
 * The number on a stats tile ("total", "pending", …), or null when that tile is not shown.
 * @param {import('playwright-core').Page} page
 * @param {string} key
 */
export async function statTile(page, key) {
  const value = page.locator(`invite-stats [data-stat="${key}"] [part="value"]`);
  return (await value.count()) === 0 ? null : (await value.textContent())?.trim();
}

// The single-file builds in a real Chromium, the way a CMS page uses them: a classic <script src>
// for the IIFE, a <script type="module"> for the ES file, loaded twice or both on one page. No
// server: the page and dist/ files are answered by request interception. Needs `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ensureChromium } from '../../scripts/ensure-chromium.mjs';
import { CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';

const ORIGIN = 'http://cms.test';
const TAGS = ['invite-dashboard', 'invite-card', 'invite-stats', 'create-invite-dialog', 'invite-history', 'invite-analytics'];
const ES = '<script type="module" src="/dist/invite-dashboard.js"></script>';
const ES_COPY = '<script type="module" src="/dist/invite-dashboard.js?v=2"></script>';
const IIFE = '<script src="/dist/invite-dashboard.iife.js"></script>';

let browser;

/** Opens a page made of `scripts` and an <invite-dashboard>, and reports what happened on it. */
async function load(scripts) {
  const page = await browser.newPage();
  const errors = [];
  const warnings = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.route(`${ORIGIN}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname.startsWith('/dist/')) {
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(`.${pathname}`) });
    }
    if (pathname === '/api/auth/invite/list') {
      return route.fulfill({ json: { invitations: [], total: 0, limit: 20, offset: 0 } });
    }
    return route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head>${scripts.join('')}</head><body><invite-dashboard></invite-dashboard></body></html>`,
    });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS);
  // The dashboard rendered: its shadow root has its header.
  await page.waitForFunction(() => document.querySelector('invite-dashboard')?.shadowRoot?.querySelector('[part~="header"]'));
  const global = await page.evaluate(() => typeof globalThis.inviteDashboard?.createBetterInviteAdapter);
  await page.close();
  return { errors, warnings, global };
}

describe('the single-file builds parse in older engines', () => {
  // Safari and iOS before 16.4 cannot parse a regex lookbehind: one in the file would stop it loading.
  for (const file of ['dist/invite-dashboard.js', 'dist/invite-dashboard.iife.js']) {
    it(`${file} has no regex lookbehind`, () => {
      assert.doesNotMatch(readFileSync(file, 'utf8'), /\(\?<[=!]/);
    });
  }
});

describe('the single-file builds in Chromium', () => {
  before(async () => {
    browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  });
  after(() => browser?.close());

  it('the classic script registers all six elements and exposes window.inviteDashboard', async () => {
    const { errors, warnings, global } = await load([IIFE]);
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, []);
    assert.equal(global, 'function');
  });

  it('the module script registers all six elements', async () => {
    const { errors, warnings } = await load([ES]);
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, []);
  });

  it('the classic script loaded twice does not throw and warns once', async () => {
    const { errors, warnings } = await load([IIFE, IIFE]);
    assert.deepEqual(errors, []);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    for (const tag of TAGS) assert.match(warnings[0], new RegExp(`<${tag}>`));
  });

  it('two copies of the module script (two versions) do not throw and warn once', async () => {
    const { errors, warnings } = await load([ES, ES_COPY]);
    assert.deepEqual(errors, []);
    assert.equal(warnings.length, 1, warnings.join('\n'));
  });

  it('the module and the classic script on one page do not throw', async () => {
    const { errors, warnings } = await load([IIFE, ES]);
    assert.deepEqual(errors, []);
    assert.equal(warnings.length, 1, warnings.join('\n'));
  });
});

describe('the single-file builds as text', () => {
  it('carry none of the indentation of the sources\' templates (the build folds it)', () => {
    for (const file of ['dist/invite-dashboard.js', 'dist/invite-dashboard.iife.js']) {
      const indented = readFileSync(file, 'utf8').split('\n').filter((line) => /^\s{2,}\S/.test(line));
      assert.deepEqual(indented.map((line) => line.trim().slice(0, 60)), [], `${file} has indented template lines`);
    }
  });
});

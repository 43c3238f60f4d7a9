// The /theming demo page on the real server: three dashboards (default, dark, custom brand) from the
// single-file build alone, the brand one themed only by the page's stylesheet.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { signedInPage, startDemo } from './support.mjs';

describe('/theming demo page', { timeout: 60_000 }, () => {
  /** @type {Awaited<ReturnType<typeof startDemo>>} */
  let demo;
  /** @type {import('playwright-core').Page} */
  let page;
  const scripts = /** @type {string[]} */ ([]);
  const errors = /** @type {string[]} */ ([]);

  before(async () => {
    demo = await startDemo();
    page = await signedInPage(demo.browser, demo.url, 'demo@example.com');
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto('/theming');
    for (const id of ['default', 'dark', 'brand']) await page.locator(`#dashboard-${id} invite-card`).first().waitFor();
  });
  after(() => demo?.close());

  /**
   * A computed style inside a dashboard: the first element with `part` in the shadow root of `host`
   * (the dashboard itself, or an element inside it such as `invite-card`).
   */
  const style = (id, host, part, property) =>
    page.locator(`#dashboard-${id}`).evaluate(
      (el, [hostTag, name, prop]) => {
        const find = (root, tag) => {
          const hit = tag === hostTag ? root.querySelector(`[part~="${name}"]`) : null;
          if (hit) return hit;
          for (const child of root.querySelectorAll('*')) {
            const inner = child.shadowRoot && find(child.shadowRoot, child.localName);
            if (inner) return inner;
          }
          return null;
        };
        const target = find(el.shadowRoot, el.localName);
        return target ? getComputedStyle(target).getPropertyValue(prop) : null;
      },
      [host, part, property],
    );

  it('loads the widget from /dist/invite-dashboard.js alone, with no errors', () => {
    assert.deepEqual(scripts.filter((path) => path.startsWith('/dist/')), ['/dist/invite-dashboard.js']);
    assert.deepEqual(errors, []);
  });

  it('shows three dashboards of three invitations each', async () => {
    for (const id of ['default', 'dark', 'brand']) {
      assert.equal(await page.locator(`#dashboard-${id} invite-card`).count(), 3, id);
    }
  });

  it('paints the theme="dark" one dark in a light page', async () => {
    assert.equal(await style('default', 'invite-card', 'base', 'background-color'), 'rgb(255, 255, 255)');
    assert.equal(await style('dark', 'invite-card', 'base', 'background-color'), 'rgb(17, 24, 39)');
  });

  it('themes the brand one from the page\'s CSS: tokens, knobs and parts', async () => {
    assert.equal(await style('brand', 'invite-dashboard', 'create-button', 'background-color'), 'rgb(15, 118, 110)');
    assert.equal(await style('brand', 'invite-dashboard', 'create-button', 'text-transform'), 'uppercase');
    assert.match(await style('brand', 'invite-card', 'title', 'font-family'), /Georgia/);
    assert.equal(await style('brand', 'invite-card', 'base', 'border-inline-start-width'), '4px');
    assert.equal(await style('brand', 'invite-card', 'badge', 'text-transform'), 'uppercase');
    assert.equal(await style('brand', 'invite-card', 'base', 'border-top-right-radius'), '2px');
    assert.equal(await style('brand', 'invite-stats', 'tile', 'border-top-left-radius'), '2px');
  });

  it('in forced colours, underlines the selected tab only', async () => {
    await page.emulateMedia({ forcedColors: 'active' });
    try {
      const colours = await page.locator('#dashboard-default').evaluate((el) => {
        const underline = (selector) => getComputedStyle(el.shadowRoot.querySelector(selector)).borderBottomColor;
        const canvas = getComputedStyle(el.shadowRoot.querySelector('.tabs')).backgroundColor;
        return { canvas, selected: underline('#tab-all'), others: ['pending', 'used', 'canceled'].map((f) => underline(`#tab-${f}`)) };
      });
      assert.deepEqual(colours.others, [colours.canvas, colours.canvas, colours.canvas], 'unselected tabs show no underline');
      assert.notEqual(colours.selected, colours.canvas, 'the selected tab is underlined');
    } finally {
      await page.emulateMedia({ forcedColors: 'none' });
    }
  });
});

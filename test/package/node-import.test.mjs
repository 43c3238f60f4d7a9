// Server-rendered apps import the library in Node, where there is no DOM: every module of the npm
// build must load there, register its element in Lit's server registry, and never touch window or
// document. Each case runs in a fresh Node process so nothing leaks between them. Needs `npm run build`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const ELEMENTS = {
  'invite-dashboard': 'InviteDashboard',
  'invite-card': 'InviteCard',
  'invite-stats': 'InviteStatsElement',
  'create-invite-dialog': 'CreateInviteDialog',
  'invite-history': 'InviteHistory',
  'invite-analytics': 'InviteAnalytics',
};
const url = (path) => pathToFileURL(resolve(path)).href;
const elementUrl = (tag) => url(`dist/components/${tag}/${tag}.js`);

/** Runs an ES module body in a fresh Node process and returns what it prints as JSON. */
function inNode(body) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', body], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1));
}

const REPORT = `
  const defined = (tag) => globalThis.customElements?.get(tag)?.name ?? null;
  const definedAs = (tag, cls) => globalThis.customElements?.get(tag) === cls;
  const report = (extra = {}) => console.log(JSON.stringify({
    window: typeof window, document: typeof document, HTMLElementTagNames: ${JSON.stringify(Object.keys(ELEMENTS))}.map(defined), ...extra,
  }));`;

describe('importing in Node without a DOM', () => {
  it('the whole library loads and registers all six elements', () => {
    const result = inNode(`${REPORT}
      const lib = await import(${JSON.stringify(url('dist/index.js'))});
      report({ exports: Object.keys(lib).sort() });`);
    assert.equal(result.window, 'undefined');
    assert.equal(result.document, 'undefined');
    assert.deepEqual(result.HTMLElementTagNames, Object.values(ELEMENTS));
    for (const name of [...Object.values(ELEMENTS), 'createBetterInviteAdapter', 'InviteApiError', 'defaultStrings']) {
      assert.ok(result.exports.includes(name), `exports ${name}`);
    }
  });

  it('the api entry loads without Lit and registers no element', () => {
    const result = inNode(`${REPORT}
      const api = await import(${JSON.stringify(url('dist/api/index.js'))});
      report({ exports: Object.keys(api).sort(), registry: typeof globalThis.customElements });`);
    assert.equal(result.registry, 'undefined', 'Lit (which installs a server registry) was not loaded');
    assert.ok(result.exports.includes('createBetterInviteAdapter'));
    assert.ok(result.exports.includes('invitationSchema'));
  });

  for (const [tag, className] of Object.entries(ELEMENTS)) {
    it(`<${tag}> loads on its own and registers itself`, () => {
      const result = inNode(`${REPORT}
        const module = await import(${JSON.stringify(elementUrl(tag))});
        report({ exports: Object.keys(module), own: definedAs(${JSON.stringify(tag)}, module.${className}) });`);
      assert.equal(result.window, 'undefined');
      assert.equal(result.document, 'undefined');
      assert.deepEqual(result.exports, [className]);
      assert.equal(result.own, true);
      if (tag === 'invite-dashboard') {
        // The elements it renders at once register with it; the activity panel and the usage history
        // are dynamic imports, registered when first shown (their own chunks in an app's build).
        const registered = Object.fromEntries(Object.keys(ELEMENTS).map((name, i) => [name, Boolean(result.HTMLElementTagNames[i])]));
        assert.deepEqual(registered, {
          'invite-dashboard': true, 'invite-card': true, 'invite-stats': true, 'create-invite-dialog': true,
          'invite-history': false, 'invite-analytics': false,
        });
      }
    });
  }

  it('a second copy of every element module loads without throwing, keeps the first and warns once', () => {
    const result = inNode(`${REPORT}
      const warnings = [];
      console.warn = (...args) => warnings.push(args.join(' '));
      const first = {}, second = {};
      for (const tag of ${JSON.stringify(Object.keys(ELEMENTS))}) {
        const url = ${JSON.stringify(url('dist/components'))} + '/' + tag + '/' + tag + '.js';
        first[tag] = Object.values(await import(url))[0];
        second[tag] = Object.values(await import(url + '?second-copy'))[0];
      }
      await new Promise((done) => setTimeout(done));
      const tags = Object.keys(first);
      report({
        distinct: tags.every((tag) => first[tag] !== second[tag]),
        firstKept: tags.every((tag) => globalThis.customElements.get(tag) === first[tag]),
        warnings,
      });`);
    assert.equal(result.distinct, true, 'the second import evaluated a second copy');
    assert.equal(result.firstKept, true);
    assert.equal(result.warnings.length, 1, result.warnings.join('\n'));
    assert.match(result.warnings[0], /^invite-dashboard: <invite-dashboard> already defined .*the first definition is kept/);
  });
});

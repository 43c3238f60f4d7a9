// The package as users get it: `npm pack`, install the tarball into an empty project, then import
// it, type-check against it and bundle it from there. A wrong `files`, `exports`, `types` or
// `sideEffects` field fails here. Needs `npm run build` first (scripts/test-package.mjs does it).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rolldown } from 'rolldown';

const ROOT = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const ELEMENTS = ['invite-dashboard', 'invite-card', 'invite-stats', 'create-invite-dialog', 'invite-history', 'invite-analytics'];
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let temp;
let consumer;
/** Paths inside the tarball, without the leading `package/`. */
let packed;
/** The tarball `npm pack` made. */
let tarball;

/** Runs an ES module body in the consumer project and returns what it prints last, as JSON. */
function inConsumer(body) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', body], { cwd: consumer, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1));
}

/** Every file path named by the exports map, whatever the condition. */
function exportTargets(value) {
  if (typeof value === 'string') return [value];
  return Object.values(value).flatMap(exportTargets);
}

describe('the npm package', () => {
  before(() => {
    temp = mkdtempSync(join(tmpdir(), 'invite-dashboard-pack-'));
    const [report] = JSON.parse(npm(['pack', '--json', '--pack-destination', temp], ROOT));
    packed = new Set(report.files.map((file) => file.path));
    tarball = join(temp, report.filename);
    consumer = join(temp, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    // lit, @lit/task and zod come from the npm cache; the network is only asked when they are missing.
    npm(['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], consumer);
  });

  after(() => rmSync(temp, { recursive: true, force: true }));

  describe('contents', () => {
    it('ships both single-file builds and the manifest', () => {
      for (const file of ['dist/invite-dashboard.js', 'dist/invite-dashboard.iife.js', 'custom-elements.json', 'README.md']) {
        assert.ok(packed.has(file), `${file} is in the tarball`);
      }
    });

    it('ships every file the exports map, types, main, customElements and sideEffects name', () => {
      const named = [
        ...exportTargets(pkg.exports),
        pkg.main,
        pkg.module,
        pkg.types,
        pkg.customElements,
        // The src/ entries are for this repository's own builds (the demo apps bundle src/).
        ...pkg.sideEffects.filter((path) => !path.startsWith('./src/')),
      ].map((path) => path.replace(/^\.\//, ''));
      const missing = [...new Set(named)].filter((path) => !packed.has(path));
      assert.deepEqual(missing, []);
    });

    it('gives every JavaScript export its declarations', () => {
      for (const [subpath, target] of Object.entries(pkg.exports)) {
        if (typeof target === 'string') continue;
        assert.ok(target.types, `${subpath} has types`);
        assert.ok(packed.has(target.types.replace(/^\.\//, '')), `${target.types} is in the tarball`);
      }
    });

    it('gives TypeScript\'s node10 resolution the same declarations for every subpath (typesVersions)', () => {
      const typed = Object.entries(pkg.exports).filter(([subpath, target]) => subpath !== '.' && target.types);
      const expected = Object.fromEntries(typed.map(([subpath, target]) => [subpath.replace(/^\.\//, ''), [target.types]]));
      assert.deepEqual(pkg.typesVersions, { '*': expected });
    });

    it('ships source maps that carry their sources, since src/ is not in the tarball', () => {
      const maps = [...packed].filter((path) => path.endsWith('.map'));
      assert.ok(maps.includes('dist/invite-dashboard.js.map') && maps.includes('dist/invite-dashboard.iife.js.map'));
      const bare = maps.filter((path) => {
        const map = JSON.parse(readFileSync(join(consumer, 'node_modules/invite-dashboard', path), 'utf8'));
        return map.sources.some((_, index) => typeof map.sourcesContent?.[index] !== 'string');
      });
      assert.deepEqual(bare, [], 'maps with a source but not its content');
    });

    it('ships no sources, tests or demo', () => {
      const stray = [...packed].filter((path) => /^(src|test|demo|scripts)\//.test(path));
      assert.deepEqual(stray, []);
    });
  });

  describe('installed into an app, in Node', () => {
    it('brings no React packages into an app without React (@lit/react is an optional peer)', () => {
      const installed = ['@lit/react', '@types/react', 'react'].filter((name) => existsSync(join(consumer, 'node_modules', name)));
      assert.deepEqual(installed, []);
    });

    it('imports the library, the api, each element and the single file by their package names', () => {
      const result = inConsumer(`
        const lib = await import('invite-dashboard');
        const api = await import('invite-dashboard/api');
        const elements = {};
        for (const tag of ${JSON.stringify(ELEMENTS)}) elements[tag] = Object.keys(await import('invite-dashboard/' + tag));
        const single = await import('invite-dashboard/invite-dashboard.js');
        console.log(JSON.stringify({
          lib: typeof lib.createBetterInviteAdapter,
          api: typeof api.createBetterInviteAdapter,
          apiHasNoElements: !('InviteCard' in api),
          elements,
          single: single.InviteDashboard === lib.InviteDashboard,
          defined: ${JSON.stringify(ELEMENTS)}.every((tag) => customElements.get(tag)),
        }));`);
      assert.equal(result.lib, 'function');
      assert.equal(result.api, 'function');
      assert.equal(result.apiHasNoElements, true);
      assert.deepEqual(result.elements, {
        'invite-dashboard': ['InviteDashboard'],
        'invite-card': ['InviteCard'],
        'invite-stats': ['InviteStatsElement'],
        'create-invite-dialog': ['CreateInviteDialog'],
        'invite-history': ['InviteHistory'],
        'invite-analytics': ['InviteAnalytics'],
      });
      assert.equal(result.single, true, 'in Node the single file resolves to the npm build (no second Lit)');
      assert.equal(result.defined, true);
    });

    it('resolves the manifest, package.json and the classic-script file', () => {
      const result = inConsumer(`
        import { createRequire } from 'node:module';
        import { readFileSync } from 'node:fs';
        const require = createRequire(import.meta.url);
        const manifest = JSON.parse(readFileSync(require.resolve('invite-dashboard/custom-elements.json'), 'utf8'));
        const pkg = require('invite-dashboard/package.json');
        const iife = readFileSync(require.resolve('invite-dashboard/invite-dashboard.iife.js'), 'utf8');
        console.log(JSON.stringify({
          tags: manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean).sort(),
          customElements: pkg.customElements,
          iife: iife.includes('var inviteDashboard='),
        }));`);
      assert.deepEqual(result.tags, [...ELEMENTS].sort());
      assert.equal(result.customElements, 'custom-elements.json');
      assert.equal(result.iife, true);
    });
  });

  describe('installed into an app, type-checked', () => {
    /** Runs tsc over `file` in the consumer project, as an app with that moduleResolution would. */
    function typeCheck(resolution, file) {
      const args = ['--noEmit', '--strict', '--target', 'es2022', '--lib', 'es2022,dom,dom.iterable'];
      args.push('--module', resolution === 'bundler' ? 'esnext' : 'nodenext', '--moduleResolution', resolution, '--types', '');
      try {
        execFileSync(join(ROOT, 'node_modules/.bin/tsc'), [...args, file], { cwd: consumer, encoding: 'utf8' });
      } catch (error) {
        assert.fail(`tsc found errors:\n${error.stdout}${error.stderr}`);
      }
    }

    it("finds every subpath's declarations with TypeScript's node10 resolution (attw)", () => {
      // attw runs TypeScript 5, which still has node10 (TypeScript 7 removed it); --profile esm-only only
      // leaves node10 out of its verdict, the analysis still resolves it.
      const { stdout } = spawnSync(join(ROOT, 'node_modules/.bin/attw'), [tarball, '--profile', 'esm-only', '--format', 'json'], { encoding: 'utf8' });
      const { analysis } = JSON.parse(stdout);
      const untyped = Object.entries(analysis.entrypoints)
        .filter(([, entry]) => !/\.(d\.ts|json)$/.test(entry.resolutions.node10.resolution?.fileName ?? ''))
        .map(([subpath]) => subpath);
      assert.deepEqual(untyped, []);
      assert.deepEqual(analysis.problems.filter((problem) => problem.resolutionKind === 'node10'), []);
    });

    for (const resolution of ['bundler', 'nodenext']) {
      it(`types every entry with moduleResolution ${resolution}`, () => {
        writeFileSync(
          join(consumer, 'check.ts'),
          `import { InviteDashboard, createBetterInviteAdapter, type Invitation } from 'invite-dashboard';
import { InviteApiError, type InviteAdapter } from 'invite-dashboard/api';
import { InviteCard } from 'invite-dashboard/invite-card';
import { InviteStatsElement } from 'invite-dashboard/invite-stats';
import { CreateInviteDialog } from 'invite-dashboard/create-invite-dialog';
import { InviteDashboard as Same } from 'invite-dashboard/invite-dashboard';
import * as single from 'invite-dashboard/invite-dashboard.js';
const adapter: InviteAdapter = createBetterInviteAdapter({ apiBase: '/api/auth' });
const card: InviteCard = document.createElement('invite-card');
card.invitation = undefined as Invitation | undefined;
const tags: [HTMLElement, HTMLElement, HTMLElement] = [new InviteStatsElement(), new CreateInviteDialog(), new Same()];
document.querySelector('invite-dashboard')?.addEventListener('invite-error', (event) => event.detail.error satisfies InviteApiError);
export const used = [adapter, tags, InviteDashboard, single.InviteCard];
`,
        );
        typeCheck(resolution, 'check.ts');
      });

      it(`types a page script using the classic script's global with moduleResolution ${resolution}`, () => {
        writeFileSync(
          join(consumer, 'page.ts'),
          `/// <reference types="invite-dashboard/invite-dashboard.iife.js" />
const adapter = inviteDashboard.createBetterInviteAdapter({ apiBase: '/api/auth' });
const dashboard: InstanceType<typeof inviteDashboard.InviteDashboard> | null = document.querySelector('invite-dashboard');
if (dashboard) dashboard.pageSize = 10;
console.log(adapter);
`,
        );
        typeCheck(resolution, 'page.ts');
      });
    }
  });

  describe('installed into an app, bundled', () => {
    /** Bundles one line of app code from the consumer project for the browser. */
    async function bundle(code) {
      const entry = join(consumer, 'entry.js');
      writeFileSync(entry, code);
      const build = await rolldown({ input: entry, cwd: consumer, platform: 'browser', logLevel: 'silent' });
      const { output } = await build.generate({ format: 'es' });
      await build.close();
      return output.map((chunk) => chunk.code ?? '').join('\n');
    }
    const defines = (code) => ELEMENTS.filter((tag) => code.includes(`defineElement("${tag}",`));

    it('keeps only the element that is imported (sideEffects lets the others go)', async () => {
      const code = await bundle(`import 'invite-dashboard/invite-card';`);
      assert.deepEqual(defines(code), ['invite-card']);
      assert.doesNotMatch(code, /zod/i, 'a card alone needs no zod');
    });

    it('keeps the dashboard and the elements it renders', async () => {
      const code = await bundle(`import 'invite-dashboard/invite-dashboard';`);
      assert.deepEqual(defines(code), ELEMENTS);
    });

    it('bundles the api without Lit or any element', async () => {
      const code = await bundle(`import { createBetterInviteAdapter } from 'invite-dashboard/api';\nconsole.log(createBetterInviteAdapter);`);
      assert.deepEqual(defines(code), []);
      assert.doesNotMatch(code, /LitElement|lit-html/);
    });

    it('drops everything from an unused import of the api', async () => {
      const code = await bundle(`import 'invite-dashboard/api';`);
      assert.equal(code.replace(/\/\/.*|\s/g, ''), '');
    });
  });
});

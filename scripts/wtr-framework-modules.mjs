// A web-test-runner plugin for the framework tests (test/frameworks/): serves React, which npm ships
// as CommonJS only, as ES modules, and Vue as its self-contained browser build. It also resolves the
// package's own name to src/ (as tsconfig.json's `paths` do for tsc), so the README's examples in
// docs/examples/ import `invite-dashboard/react` exactly as an app does.
//
// React 19 (`react`, `react-dom/client`, `react/jsx-runtime`) and React 18 (the `react18` and
// `react-dom18` npm aliases) are each bundled once by esbuild into one module, so a React DOM and
// the React its components call are the same copy; inside the React 18 bundle `react` means
// `react18`. Each import (`react-dom18/client`…) is then a small module re-exporting one namespace
// of that bundle under its real names (read by running the bundle once in Node).
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';

const PREFIX = '/__framework__/';

/** Module sets, each bundled together: import name → what esbuild bundles for it. */
const SETS = {
  react19: {
    modules: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'react/jsx-dev-runtime'],
    alias: {},
  },
  react18: {
    modules: ['react18', 'react-dom18', 'react-dom18/client', 'react18/jsx-runtime'],
    alias: { react: 'react18', 'react-dom': 'react-dom18' },
  },
};

/** `vue` with the template compiler (the tests compile the README's template) and no `process.env`. */
const VUE = '/node_modules/vue/dist/vue.esm-browser.js';

/** The package's entry points, served from src/ (compiled on the fly like the tests). */
const OWN = {
  'invite-dashboard': '/src/index.ts',
  'invite-dashboard/react': '/src/react/index.ts',
};

/**
 * Modules that get React 18 for `react`: the README's React 18 example and the entry it imports,
 * so test/frameworks/react18.test.ts renders that very code with React 18 (everything else gets 19).
 */
const REACT18_IMPORTERS = new Set(['/docs/examples/react18.tsx', '/src/react/index.ts']);
const REACT18 = { react: 'react18', 'react/jsx-runtime': 'react18/jsx-runtime', 'react-dom': 'react-dom18', 'react-dom/client': 'react-dom18/client' };

const setOf = Object.fromEntries(Object.entries(SETS).flatMap(([set, { modules }]) => modules.map((name) => [name, set])));
const bundles = new Map();

/** The set's bundle and, per module, the names it exports. */
function bundle(set) {
  if (!bundles.has(set)) bundles.set(set, makeBundle(set));
  return bundles.get(set);
}

async function makeBundle(set) {
  const { modules, alias } = SETS[set];
  const contents = modules.map((name, i) => `import * as m${i} from '${name}';\nexport { m${i} };`).join('\n');
  const bundleAs = async (format) => {
    const result = await build({
      stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      format,
      globalName: format === 'iife' ? 'bundle' : undefined,
      platform: 'browser',
      target: 'es2022',
      write: false,
      alias,
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  };
  const [code, script] = await Promise.all([bundleAs('esm'), bundleAs('iife')]);
  // The names each module exports, read by running it in an empty context (no DOM, a silent console).
  const quiet = () => {};
  const loaded = runInNewContext(`${script};bundle`, { console: { log: quiet, warn: quiet, error: quiet, info: quiet } });
  const names = modules.map((_, i) => Object.keys(loaded[`m${i}`]).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default' && key !== '__esModule'));
  return { code, names };
}

/** The module for one import: the namespace's names, and its `module.exports` as default. */
async function reexport(name) {
  const set = setOf[name];
  const index = SETS[set].modules.indexOf(name);
  const { names } = await bundle(set);
  return [
    `import { m${index} as m } from '${PREFIX}${set}.js';`,
    'export default m.default;',
    `export const { ${names[index].join(', ')} } = m;`,
  ].join('\n');
}

export function frameworkModules() {
  return {
    name: 'framework-modules',
    resolveImport({ source, context }) {
      if (source === 'vue') return VUE;
      if (OWN[source]) return OWN[source];
      if (REACT18[source] && REACT18_IMPORTERS.has(context.path)) source = REACT18[source];
      if (setOf[source]) return `${PREFIX}module/${encodeURIComponent(source)}.js`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const rest = context.path.slice(PREFIX.length);
      if (rest.startsWith('module/')) {
        const name = decodeURIComponent(rest.slice('module/'.length, -'.js'.length));
        if (setOf[name]) return { body: await reexport(name), type: 'js' };
      }
      const set = rest.replace(/\.js$/, '');
      if (SETS[set]) return { body: (await bundle(set)).code, type: 'js' };
      return undefined;
    },
  };
}

import { defineConfig } from 'vite';
import { inlineLazyImports } from './scripts/inline-lazy-imports.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const NOTICE =
  '/*! invite-dashboard (MIT). Bundles Lit (BSD-3-Clause, Copyright Google LLC), zod (MIT, Copyright Colin McDonnell) and lean-qr (MIT, Copyright David Evans). */';

/** The elements, each its own entry (tag → source). */
const ELEMENTS = ['invite-dashboard', 'invite-card', 'invite-stats', 'create-invite-dialog', 'invite-history', 'invite-analytics'];

/**
 * Two library builds into dist/:
 * - default: ES modules mirroring src/ (dist/components/<tag>/<tag>.js holds that element and
 *   registers it), with lit, @lit/task, zod and lean-qr left as imports (npm users' bundlers dedupe them).
 *   One file per source module keeps `sideEffects` in package.json exact: only the element modules
 *   and index.js register anything, so a bundler drops elements nobody imports. (`sideEffects` also
 *   names src/index.ts and the src/ element modules: Vite applies it to this repository's own builds
 *   from src/, this one and the demo apps, and would otherwise drop `import '../invite-card/…'`.)
 * - `--mode bundle`: dist/invite-dashboard.js (one self-contained ES module for a
 *   `<script type="module">`) and dist/invite-dashboard.iife.js (a classic `<script src>`, which also
 *   sets `window.inviteDashboard` to the exports), both minified with everything inside.
 */
export default defineConfig(({ mode }) => {
  const bundle = mode === 'bundle';
  return {
    publicDir: false,
    plugins: bundle ? [minifyTemplates(), inlineLazyImports()] : [minifyTemplates()],
    build: {
      target: 'es2022',
      emptyOutDir: false,
      sourcemap: true,
      // The npm build stays readable (class names too): apps minify it with the rest of their code.
      minify: bundle,
      lib: bundle
        ? {
            entry: 'src/index.ts',
            name: 'inviteDashboard',
            formats: ['es', 'iife'],
            fileName: (format) => (format === 'iife' ? 'invite-dashboard.iife.js' : 'invite-dashboard.js'),
          }
        : {
            entry: {
              index: 'src/index.ts',
              'api/index': 'src/api/index.ts',
              // invite-dashboard/i18n/es: the Spanish strings, plain data with no imports (a page can load it as is).
              'i18n/es': 'src/i18n/es.ts',
              ...Object.fromEntries(ELEMENTS.map((tag) => [`components/${tag}/${tag}`, `src/components/${tag}/${tag}.ts`])),
              // invite-dashboard/react: @lit/react wrappers; react and @lit/react stay the app's (optional peers).
              'react/index': 'src/react/index.ts',
              // invite-dashboard/server: the companion Better Auth plugin (Node; better-auth stays the app's).
              'server/index': 'src/server/index.ts',
            },
            formats: ['es'],
          },
      rolldownOptions: bundle
        ? {
            // One notice for the bundled libraries instead of Lit's fourteen copies of its header.
            output: { minify: true, comments: false, postBanner: NOTICE },
          }
        : {
            external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^lean-qr($|\/)/, /^react($|\/)/, /^better-auth($|\/)/],
            output: {
              preserveModules: true,
              preserveModulesRoot: 'src',
              entryFileNames: '[name].js',
              // The docs live in the .d.ts files and custom-elements.json; the JavaScript keeps only
              // licence and /* @__PURE__ */ comments.
              comments: { legal: true, annotation: true, jsdoc: false },
            },
          },
    },
  };
});

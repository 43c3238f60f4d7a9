import { fileURLToPath } from 'node:url';
import { defineElementCalls } from './scripts/cem-define-element.mjs';
import { designTokens } from './scripts/cem-design-tokens.mjs';
import { exportedParts } from './scripts/cem-exported-parts.mjs';

/** `cem analyze` reads the elements' JSDoc into custom-elements.json. */
export default {
  globs: ['src/**/*.ts'],
  // src/react/ and src/vue/ are generated from this manifest (scripts/generate-framework-types.mjs).
  // src/server/ is the Node plugin: no elements, and not part of the browser manifest.
  exclude: ['src/**/*.test.ts', 'src/react/**', 'src/vue/**', 'src/server/**'],
  outdir: '.',
  litelement: true,
  // package.json's "customElements" is set by hand: the stale-manifest check writes elsewhere.
  packagejson: false,
  plugins: [
    // `defineElement('tag', Class)` registers each element (src/define.ts).
    defineElementCalls(),
    // `@csstokens` in an element's JSDoc: the design tokens it reads, documented once in tokens.ts.
    designTokens({ tokensFile: fileURLToPath(new URL('./src/styles/tokens.ts', import.meta.url)) }),
    // The parts <invite-dashboard> re-exports from its card, stats and dialog, listed once in exported-parts.ts.
    exportedParts({
      partsFile: fileURLToPath(new URL('./src/components/invite-dashboard/exported-parts.ts', import.meta.url)),
      className: 'InviteDashboard',
    }),
  ],
};

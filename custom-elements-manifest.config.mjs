import { fileURLToPath } from 'node:url';
import { defineElementCalls } from './scripts/cem-define-element.mjs';
import { designTokens } from './scripts/cem-design-tokens.mjs';

/** `cem analyze` reads the elements' JSDoc into custom-elements.json. */
export default {
  globs: ['src/**/*.ts'],
  // src/react/ and src/vue/ are generated from this manifest (scripts/generate-framework-types.mjs).
  exclude: ['src/**/*.test.ts', 'src/react/**', 'src/vue/**'],
  outdir: '.',
  litelement: true,
  // package.json's "customElements" is set by hand: the stale-manifest check writes elsewhere.
  packagejson: false,
  plugins: [
    // `defineElement('tag', Class)` registers each element (src/define.ts).
    defineElementCalls(),
    // `@csstokens` in an element's JSDoc: the design tokens it reads, documented once in tokens.ts.
    designTokens({ tokensFile: fileURLToPath(new URL('./src/styles/tokens.ts', import.meta.url)) }),
  ],
};

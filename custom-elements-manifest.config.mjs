/** `cem analyze` reads the elements' JSDoc into custom-elements.json. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // package.json's "customElements" is set by hand: the stale-manifest check writes elsewhere.
  packagejson: false,
};

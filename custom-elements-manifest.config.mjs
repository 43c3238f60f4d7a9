/** `cem analyze` reads the elements' JSDoc into custom-elements.json. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};

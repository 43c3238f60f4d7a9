import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The React and Vue demo apps (demo/react/, demo/vue/), built into .data/demo-apps/ (git-ignored):
 * react/index.html, vue/index.html and assets/ with one shared chunk for the widget and Lit.
 * The demo server serves that folder after demo/public/, so /react, /vue and /assets/… resolve.
 *
 * `import 'invite-dashboard'` in the apps resolves to src/index.ts, as it would to the package in
 * an app that installed it: the widget is compiled once, with the apps, and needs no `npm run build`.
 * No framework plugins: Vite compiles .jsx itself (automatic runtime, react/jsx-runtime), and the
 * Vue app uses render functions with the runtime-only build (no template compiler, so no `new
 * Function` under a strict CSP).
 */
export default defineConfig({
  root: fromRoot('./demo'),
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  resolve: {
    alias: { 'invite-dashboard': fromRoot('./src/index.ts') },
  },
  define: {
    // Vue's build-time feature flags (what @vitejs/plugin-vue would set): render functions only.
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: {
    outDir: fromRoot('./.data/demo-apps'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      input: {
        react: fromRoot('./demo/react/index.html'),
        vue: fromRoot('./demo/vue/index.html'),
      },
    },
  },
});

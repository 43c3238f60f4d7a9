import { defineConfig } from 'vite';

/**
 * Two library builds into dist/:
 * - default: ES modules per element and the api layer, with lit, @lit/task and zod left as imports
 *   (npm users' bundlers dedupe them);
 * - `--mode bundle`: dist/invite-dashboard.js, one minified file with everything inside, for a
 *   single `<script type="module">`.
 */
export default defineConfig(({ mode }) => {
  const bundle = mode === 'bundle';
  return {
    publicDir: false,
    build: {
      target: 'es2022',
      emptyOutDir: false,
      sourcemap: true,
      minify: true,
      lib: bundle
        ? { entry: { 'invite-dashboard': 'src/index.ts' }, formats: ['es'] }
        : {
            entry: {
              index: 'src/index.ts',
              'api/index': 'src/api/index.ts',
              'components/invite-dashboard/invite-dashboard': 'src/components/invite-dashboard/invite-dashboard.ts',
              'components/invite-card/invite-card': 'src/components/invite-card/invite-card.ts',
              'components/invite-stats/invite-stats': 'src/components/invite-stats/invite-stats.ts',
              'components/create-invite-dialog/create-invite-dialog':
                'src/components/create-invite-dialog/create-invite-dialog.ts',
            },
            formats: ['es'],
          },
      rolldownOptions: bundle
        ? { output: { minify: true } }
        : { external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/] },
    },
  };
});

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { frameworkModules } from './scripts/wtr-framework-modules.mjs';

/** Serves msw's worker at the root so its scope covers the test pages (a rewrite: workers may not redirect). */
const mswWorkerAtRoot = (ctx, next) => {
  if (ctx.path === '/mockServiceWorker.js') ctx.path = '/test/msw/mockServiceWorker.js';
  return next();
};

export default {
  files: ['test/**/*.test.{ts,tsx}', '!test/e2e/**'],
  nodeResolve: true,
  middleware: [mswWorkerAtRoot],
  // frameworkModules: React (CommonJS) and Vue for test/frameworks/; .tsx uses tsconfig's react-jsx.
  plugins: [frameworkModules(), esbuildPlugin({ ts: true, tsx: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !/Lit is in dev mode|Angular is running in development mode/.test(String(args[0])),
  coverageConfig: { include: ['src/**/*.ts'] },
  reporters: [defaultReporter(), summaryReporter('.test-results/components.json')],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium() ?? undefined, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
};

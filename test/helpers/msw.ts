import { setupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';

/**
 * msw's service worker for a test file: answers on the real better-invite paths.
 * Call in the file's top-level `describe`; use `worker.use(...)` per test.
 */
export function useMockServer(...handlers: RequestHandler[]) {
  const worker = setupWorker(...handlers);
  before(() => worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }));
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());
  return worker;
}

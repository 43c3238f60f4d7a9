import { expect } from '@open-wc/testing';
import { adapterFor } from '../../src/api/adapter-for.js';
import { createBetterInviteAdapter } from '../../src/api/better-invite/adapter.js';
import { InviteApiError } from '../../src/api/errors.js';
import { realDelay, useFakeClock } from '../helpers/fake-clock.js';
import { failingToConnect, fakeFetch, hangingUntilAborted, rejectionOf, type FakeFetch } from './fake-fetch.js';

const API = '/api/auth';

async function listError(fetch: FakeFetch, timeoutMs?: number, signal?: AbortSignal): Promise<InviteApiError> {
  const error = await rejectionOf(createBetterInviteAdapter({ apiBase: API, companion: false, fetch, timeoutMs }).list({ limit: 20 }, signal));
  expect(error).to.be.instanceOf(InviteApiError);
  return error as InviteApiError;
}

/** Headers at once, then a body that never ends (and ignores the abort signal, as a wrapper might). */
const stallingBody = () =>
  fakeFetch(() => new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"total":')) })));

/** Runs `body` with navigator.onLine reading `value`, restoring the real one after. */
async function withOnLine<T>(value: boolean, body: () => Promise<T>): Promise<T> {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => value });
  try {
    return await body();
  } finally {
    delete (navigator as { onLine?: boolean }).onLine;
  }
}

describe('better-invite adapter: timeouts and connectivity', () => {
  const clock = useFakeClock();

  /** Whether `promise` has settled yet, without waiting for it. */
  const settledYet = async (promise: Promise<unknown>) => {
    let done = false;
    void promise.then(() => (done = true), () => (done = true));
    await realDelay(0);
    return done;
  };

  it('gives up on a server that never answers after timeoutMs, as a network error coded TIMEOUT', async () => {
    const started = performance.now();
    const failed = listError(hangingUntilAborted(), 150);
    await clock.tick(139);
    expect(await settledYet(failed), 'still waiting after 139 ms').to.equal(false);
    await clock.tick(11);
    expect(await settledYet(failed), 'given up at 150 ms').to.equal(true);
    const error = await failed;
    expect(performance.now() - started).to.be.within(140, 1500);
    expect(error).to.deep.include({ kind: 'network', code: 'TIMEOUT' });
    expect(error.message).to.equal('The server did not answer within 150 milliseconds. Try again in a moment.');
  });

  it('times out a body that stalls after the headers, even when fetch ignores the signal', async () => {
    const failed = listError(stallingBody(), 100);
    await clock.tick(100);
    expect(await failed).to.deep.include({ kind: 'network', code: 'TIMEOUT' });
  });

  it('waits 15 seconds by default and says so', async () => {
    const failed = listError(hangingUntilAborted());
    await clock.tick(14_999);
    expect(await settledYet(failed), 'still waiting after 14,999 ms').to.equal(false);
    await clock.tick(1);
    expect(await settledYet(failed), 'given up at 15 s').to.equal(true);
    const error = await failed;
    expect(error.message).to.equal('The server did not answer within 15 seconds. Try again in a moment.');
  });

  it('waits forever with timeoutMs 0 (until the caller aborts)', async () => {
    const controller = new AbortController();
    const failed = listError(hangingUntilAborted(), 0, controller.signal);
    await clock.tick(24 * 3600_000);
    expect(await settledYet(failed), 'still waiting after a day').to.equal(false);
    controller.abort();
    const error = await failed;
    expect(error.kind).to.equal('aborted');
  });

  it("reports the caller's own abort as aborted, not as a timeout", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const failed = listError(hangingUntilAborted(), 5000, controller.signal);
    await clock.tick(20);
    expect(await failed).to.deep.include({ kind: 'aborted', code: undefined });
  });

  it('joins the signals by hand where AbortSignal.any is missing', async () => {
    const any = AbortSignal.any;
    (AbortSignal as { any?: unknown }).any = undefined;
    try {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 20);
      const aborted = listError(hangingUntilAborted(), 5000, controller.signal);
      await clock.tick(20);
      expect((await aborted).kind).to.equal('aborted');
      const timedOut = listError(hangingUntilAborted(), 50, new AbortController().signal);
      await clock.tick(50);
      expect((await timedOut).code).to.equal('TIMEOUT');
    } finally {
      AbortSignal.any = any;
    }
  });

  it('clears the timer once the answer is in: the request signal is never aborted later', async () => {
    const fetch = fakeFetch();
    await createBetterInviteAdapter({ apiBase: API, companion: false, fetch, timeoutMs: 30 }).list({ limit: 1 });
    await clock.tick(80);
    expect(fetch.last.init.signal!.aborted).to.equal(false);
  });

  it('says "You are offline" (code OFFLINE) when the browser reports no connection', async () => {
    const error = await withOnLine(false, () => listError(failingToConnect()));
    expect(error).to.deep.include({ kind: 'network', code: 'OFFLINE' });
    expect(error.message).to.match(/^You are offline\./);
    const online = await listError(failingToConnect());
    expect(online.code).to.equal(undefined);
    expect(online.message).to.match(/Could not reach/);
  });

  describe('adapterFor', () => {
    it('builds one default adapter per request-timeout, and uses it', async () => {
      const fetch = hangingUntilAborted();
      const quick = adapterFor({ apiBase: API, fetch, requestTimeout: 40 });
      expect(adapterFor({ apiBase: API, fetch, requestTimeout: 40 })).to.equal(quick);
      expect(adapterFor({ apiBase: API, fetch, requestTimeout: 41 })).not.to.equal(quick);
      expect(adapterFor({ apiBase: API, fetch })).not.to.equal(quick);
      const failed = rejectionOf(quick.list({ limit: 1 })) as Promise<InviteApiError>;
      await clock.tick(40);
      const error = await failed;
      expect(error.message).to.contain('40 milliseconds');
    });
  });
});

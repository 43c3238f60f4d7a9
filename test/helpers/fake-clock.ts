/**
 * A fake clock for tests that wait on time, in place of fixed sleeps.
 *
 * While installed, `setTimeout` / `setInterval` (and their clears), `Date` and `performance.now`
 * stand still: a timer fires only when `tick()` or `waitUntil()` moves time up to it, in order,
 * so "nothing happens for N ms" is checked by advancing N ms. A timer due now (a delay of 0,
 * as axe and Lit's helpers use to yield) still fires by itself on the next real task.
 *
 * Requests are the other thing a test waits on. While installed the clock wraps `window.fetch`
 * (the better-invite adapter reads it at call time) and, before and after each timer it fires,
 * waits in real time until no request is in flight: an answer costs no fake time. A test whose
 * server never answers cannot tick this clock; it can still use `waitFor` below.
 *
 * No @sinonjs/fake-timers: it ships CommonJS only (the dev server would need a bundling plugin for
 * it) and is here only as a dependency of @types/sinon; what these tests need fits in this file.
 */

/** The real timers, taken before any test can install the clock. */
export const realTimers = {
  setTimeout: globalThis.setTimeout.bind(globalThis),
  clearTimeout: globalThis.clearTimeout.bind(globalThis),
  performanceNow: performance.now.bind(performance),
};

/** Resolves after `ms` real milliseconds, with or without the fake clock. */
export const realDelay = (ms = 0) => new Promise<void>((resolve) => realTimers.setTimeout(resolve, ms));

/**
 * Like @open-wc's `waitUntil`, but on the real clock (so it works while the fake one is installed)
 * and checking every few milliseconds instead of every 50.
 */
export async function waitFor(predicate: () => unknown, message: string, timeout = 5000): Promise<void> {
  const { stack } = new Error();
  const start = realTimers.performanceNow();
  while (!(await predicate())) {
    if (realTimers.performanceNow() - start > timeout) {
      const error = new Error(`Timeout: ${message}`);
      error.stack = stack;
      throw error;
    }
    await realDelay(4);
  }
}

export interface FakeClock {
  /** Fake epoch milliseconds: what `Date.now()` answers. */
  readonly now: number;
  /**
   * Moves time `ms` forward, firing each timer due on the way once the requests before it are
   * answered. With `waitForRequests: false` it does not wait for them: for a request the test holds.
   */
  tick(ms: number, options?: { waitForRequests?: boolean }): Promise<void>;
  /**
   * Fires timers in order until `predicate` holds, failing if it still does not `timeout` fake ms
   * from now: @open-wc's `waitUntil` in fake time.
   */
  waitUntil(predicate: () => unknown, message: string, options?: { timeout?: number }): Promise<void>;
  /** Resolves once no request is in flight (and none starts on the next real task). */
  quiet(): Promise<void>;
  /** Puts the real timers, Date, performance.now and fetch back; timers still pending are dropped. */
  uninstall(): void;
}

interface Timer {
  id: number;
  at: number;
  /** Order of creation, to fire timers due at the same time as a browser would. */
  seq: number;
  every?: number;
  run: () => void;
}

/** Null-body statuses: a Response built with one of these may not carry a body, not even an empty one. */
const NO_BODY = new Set([101, 103, 204, 205, 304]);

export function installFakeClock(): FakeClock {
  const RealDate = Date;
  const real = {
    setTimeout: globalThis.setTimeout,
    clearTimeout: globalThis.clearTimeout,
    setInterval: globalThis.setInterval,
    clearInterval: globalThis.clearInterval,
    fetch: globalThis.fetch,
  };
  const startEpoch = RealDate.now();
  const startPerf = performance.now();
  let now = startEpoch;
  let seq = 0;
  // Far above the browser's own ids, so a clear can tell a real timer set before install from ours.
  let nextId = 1e9;
  const timers = new Map<number, Timer>();
  const inflight = new Set<Promise<unknown>>();
  let pumping = false;

  const add = (handler: TimerHandler, delay: unknown, args: unknown[], repeat: boolean): number => {
    if (typeof handler !== 'function') throw new TypeError('The fake clock runs functions only.');
    const ms = Math.max(0, Number(delay) || 0);
    const id = nextId++;
    const every = repeat ? Math.max(1, ms) : undefined;
    timers.set(id, { id, at: now + (every ?? ms), seq: seq++, every, run: () => (handler as (...a: unknown[]) => void)(...args) });
    if (!repeat && ms === 0) pump();
    return id;
  };
  const clear = (id: unknown) => {
    if (typeof id === 'number' && timers.delete(id)) return;
    real.clearTimeout.call(globalThis, id as number); // a real timer set before install
  };

  const due = (until: number): Timer | undefined => {
    let first: Timer | undefined;
    for (const timer of timers.values()) {
      if (timer.at > until) continue;
      if (!first || timer.at < first.at || (timer.at === first.at && timer.seq < first.seq)) first = timer;
    }
    return first;
  };
  const fire = (timer: Timer) => {
    now = Math.max(now, timer.at);
    if (timer.every) timer.at += timer.every;
    else timers.delete(timer.id);
    try {
      timer.run();
    } catch (error) {
      reportError(error); // as a real timer's callback would
    }
  };
  /** Fires timers due now on the next real task, without moving time. */
  function pump(): void {
    if (pumping) return;
    pumping = true;
    realTimers.setTimeout(() => {
      pumping = false;
      for (let timer = due(now); timer; timer = due(now)) fire(timer);
    }, 0);
  }

  const quiet = async () => {
    for (;;) {
      await realDelay(0); // a request started by what just ran has called fetch by now
      if (inflight.size === 0) return;
      await Promise.allSettled([...inflight]);
    }
  };

  /**
   * The page's fetch, answering only once the whole body is in: a test waiting for quiet then also
   * knows the page has the body (it reads it right after, in microtasks).
   */
  const trackedFetch: typeof fetch = (input, init) => {
    const answer = real.fetch.call(globalThis, input, init).then(async (response) => {
      const body = NO_BODY.has(response.status) ? null : await response.arrayBuffer();
      const { status, statusText, headers } = response;
      return new Response(body, { status, statusText, headers });
    });
    inflight.add(answer);
    void answer.catch(() => undefined).finally(() => inflight.delete(answer));
    return answer;
  };

  const FakeDate = new Proxy(RealDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [now], newTarget),
    apply: () => new RealDate(now).toString(),
    get: (target, key, receiver) => (key === 'now' ? () => now : Reflect.get(target, key, receiver)),
  });

  Object.assign(globalThis, {
    setTimeout: (handler: TimerHandler, delay?: number, ...args: unknown[]) => add(handler, delay, args, false),
    setInterval: (handler: TimerHandler, delay?: number, ...args: unknown[]) => add(handler, delay, args, true),
    clearTimeout: clear,
    clearInterval: clear,
    Date: FakeDate,
    fetch: trackedFetch,
  });
  Object.defineProperty(performance, 'now', { configurable: true, value: () => startPerf + (now - startEpoch) });

  const clock: FakeClock = {
    get now() {
      return now;
    },
    async tick(ms, { waitForRequests = true } = {}) {
      const until = now + ms;
      const settle = waitForRequests ? quiet : () => realDelay(0);
      await settle();
      for (let timer = due(until); timer; timer = due(until)) {
        fire(timer);
        await settle();
      }
      now = until;
      await settle();
    },
    async waitUntil(predicate, message, { timeout = 1000 } = {}) {
      const { stack } = new Error();
      const until = now + timeout;
      await quiet();
      for (;;) {
        if (await predicate()) return;
        const timer = due(until);
        if (!timer) break;
        fire(timer);
        await quiet();
      }
      now = until;
      await quiet();
      if (await predicate()) return;
      const error = new Error(`Timeout: ${message} (after ${timeout} fake ms)`);
      error.stack = stack;
      throw error;
    },
    quiet,
    uninstall() {
      timers.clear();
      Object.assign(globalThis, { ...real, Date: RealDate });
      delete (performance as { now?: unknown }).now;
    },
  };
  return clock;
}

/**
 * A fake clock for each test of the calling `describe`, uninstalled after each test. Installed
 * before each test (before its fixture, so the element's timers are fake from the start), or with
 * `{ manual: true }` only when the test calls `install()`: for a test that waits with @open-wc's
 * helpers first, or whose server holds a request while the page loads.
 */
export function useFakeClock({ manual = false } = {}): FakeClock & { install(): void } {
  let current: FakeClock | undefined;
  const install = () => {
    current?.uninstall();
    current = installFakeClock();
  };
  if (!manual) beforeEach(install);
  afterEach(() => {
    current?.uninstall();
    current = undefined;
  });
  const active = () => {
    if (!current) throw new Error('No fake clock installed in this test.');
    return current;
  };
  return {
    install,
    get now() {
      return active().now;
    },
    tick: (ms, options) => active().tick(ms, options),
    waitUntil: (predicate, message, options) => active().waitUntil(predicate, message, options),
    quiet: () => active().quiet(),
    uninstall: () => active().uninstall(),
  };
}

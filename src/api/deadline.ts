/** Request deadlines: a timer joined to the caller's abort signal, for `requestJson`. */

export interface Deadline {
  /** The caller's signal combined with the timer's; what fetch receives. */
  signal: AbortSignal | undefined;
  readonly timedOut: boolean;
  readonly timeoutMs: number;
  clear(): void;
}

/**
 * The caller's abort signal, plus a timer that aborts the request when it runs past `timeoutMs`
 * (0, less or not finite: no timer). The timer covers reading the body too: a server that sends
 * headers and then stalls still times out.
 *
 * The timer is a plain setTimeout, not AbortSignal.timeout: that one cannot be cleared, so the
 * signal fetch holds would still abort `timeoutMs` after a request that got its whole answer (any
 * listener on it, a fetch wrapper, would hear a timeout that never happened), and a test's fake
 * clock cannot drive it. AbortSignal.any joins the two signals; Safari 15.4–17.3 and Firefox before
 * 124 lack it (the README supports Safari before 16.4), so there the caller's abort is forwarded by hand.
 */
export function withTimeout(callerSignal: AbortSignal | undefined, timeoutMs: number): Deadline {
  if (!(timeoutMs > 0) || !Number.isFinite(timeoutMs)) return { signal: callerSignal, timedOut: false, timeoutMs, clear() {} };
  const timer = new AbortController();
  let timedOut = false;
  const id = setTimeout(() => {
    timedOut = true;
    timer.abort(new DOMException('The request timed out.', 'TimeoutError'));
  }, timeoutMs);
  let signal = timer.signal;
  let unlink = () => {};
  if (callerSignal && typeof AbortSignal.any === 'function') {
    signal = AbortSignal.any([callerSignal, timer.signal]);
  } else if (callerSignal) {
    const forward = () => timer.abort(callerSignal.reason);
    if (callerSignal.aborted) forward();
    else callerSignal.addEventListener('abort', forward, { once: true });
    unlink = () => callerSignal.removeEventListener('abort', forward);
  }
  return {
    signal,
    get timedOut() {
      return timedOut;
    },
    timeoutMs,
    clear() {
      clearTimeout(id);
      unlink();
    },
  };
}

/**
 * The body as text, given up when `signal` aborts even if this fetch does not tie its body to the
 * signal (a wrapper, a test double): a server that stalls mid-body still times out.
 */
export function readText(response: Response, signal: AbortSignal | undefined): Promise<string> {
  if (!signal) return response.text();
  signal.throwIfAborted();
  return new Promise<string>((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason);
      response.body?.cancel().catch(() => undefined);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    response
      .text()
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** "15 seconds", "1 second", "1.5 seconds", "300 milliseconds". */
export function describeDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} milliseconds` : countSeconds(Math.round(ms / 100) / 10);
}

/** "1 second", "2 seconds". */
export function countSeconds(seconds: number): string {
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}

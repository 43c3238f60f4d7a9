/** Request deadlines: a timer joined to the caller's abort signal, for `requestJson`. */

export interface Deadline {
  /** The caller's signal combined with the timer's; what fetch receives. */
  signal: AbortSignal | undefined;
  readonly timedOut: boolean;
  readonly timeoutMs: number;
  clear(): void;
}

/**
 * The caller's abort signal, plus a timer that aborts the request when it runs past `timeoutMs`.
 * The timer covers reading the body too: a server that sends headers and then stalls still times out.
 */
export function withTimeout(callerSignal: AbortSignal | undefined, timeoutMs: number): Deadline {
  const deadline = { signal: callerSignal, timedOut: false, timeoutMs, clear() {} };
  if (!(timeoutMs > 0) || !Number.isFinite(timeoutMs)) return deadline;
  const timer = new AbortController();
  const id = setTimeout(() => {
    deadline.timedOut = true;
    timer.abort(new DOMException('The request timed out.', 'TimeoutError'));
  }, timeoutMs);
  deadline.signal = timer.signal;
  deadline.clear = () => clearTimeout(id);
  if (callerSignal && typeof AbortSignal.any === 'function') {
    deadline.signal = AbortSignal.any([callerSignal, timer.signal]);
  } else if (callerSignal) {
    // Older engines without AbortSignal.any: forward the caller's abort by hand.
    const forward = () => timer.abort(callerSignal.reason);
    if (callerSignal.aborted) forward();
    else callerSignal.addEventListener('abort', forward, { once: true });
    deadline.clear = () => {
      clearTimeout(id);
      callerSignal.removeEventListener('abort', forward);
    };
  }
  return deadline;
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

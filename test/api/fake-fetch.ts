/** One call a fake fetch received, as the server would see it. */
export interface RecordedCall {
  url: URL;
  init: RequestInit;
  request: Request;
  headers: Headers;
  /** The JSON body, parsed; undefined for GET. */
  body: unknown;
}

export type Responder = (call: RecordedCall) => Response | Promise<Response>;

export type FakeFetch = typeof fetch & { calls: RecordedCall[]; readonly last: RecordedCall };

/** A fetch double that records every call and answers with `respond` (an empty 200 JSON list by default). */
export function fakeFetch(respond: Responder = () => Response.json({ total: 0, invitations: [] })): FakeFetch {
  const calls: RecordedCall[] = [];
  const fn = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request = new Request(input, init);
    const text = typeof init.body === 'string' ? init.body : undefined;
    const call: RecordedCall = {
      url: new URL(request.url),
      init,
      request,
      headers: new Headers(init.headers),
      body: text === undefined ? undefined : JSON.parse(text),
    };
    calls.push(call);
    return respond(call);
  };
  return Object.defineProperties(fn, {
    calls: { value: calls },
    last: { get: () => calls[calls.length - 1] },
  }) as FakeFetch;
}

/** A fetch double that answers with `body` as JSON and the given status and headers. */
export function answering(body: unknown, init: ResponseInit = {}): FakeFetch {
  return fakeFetch(() => Response.json(body, init));
}

/** A fetch double that answers with raw text (HTML pages, empty bodies, truncated JSON). */
export function answeringText(text: string, init: ResponseInit = {}): FakeFetch {
  return fakeFetch(() => new Response(text, init));
}

/** A fetch double that behaves like the browser's on abort: it rejects with an AbortError. */
export function hangingUntilAborted(): FakeFetch {
  return fakeFetch(
    ({ init }) =>
      new Promise<Response>((_, reject) => {
        const signal = init.signal;
        const abort = () => reject(new DOMException('signal is aborted without reason', 'AbortError'));
        if (signal?.aborted) abort();
        signal?.addEventListener('abort', abort);
      }),
  );
}

/** Rejects the way Chromium does when the server cannot be reached (or CORS blocks the answer). */
export function failingToConnect(): FakeFetch {
  return fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
}

/** The rejection of `promise`, failing the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

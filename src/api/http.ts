import * as z from 'zod/mini';
import { cancelledError, InviteApiError, isDomAbort } from './errors.js';
import { countSeconds, describeDuration, readText, withTimeout, type Deadline } from './deadline.js';

export interface JsonRequest {
  method: 'GET' | 'POST';
  url: URL;
  /** Sent as JSON. Never copied into an error: a cancel body carries a token. */
  body?: unknown;
  signal?: AbortSignal;
  /** Strings to blank out of any server message (the token being cancelled). */
  redact?: readonly string[];
  /** Give up after this many milliseconds without a full answer; 0 or less waits forever. */
  timeoutMs?: number;
}

/** Better Auth's error bodies: `{ message, code }`; the 429 body has no `code`. */
export const errorBodySchema = z.object({
  message: z.string(),
  code: z.optional(z.string()),
});

/** How long a request may take, headers and body, before it fails as `TIMEOUT`. */
export const DEFAULT_TIMEOUT_MS = 15_000;

const MAX_MESSAGE = 300;
const UNREACHABLE = 'Could not reach the invitation server. Check your connection and try again.';
const OFFLINE = 'You are offline. Check your connection and try again.';

/** Reason phrases for when the response has none (HTTP/2 sends no status text). */
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * Sends one JSON request and parses the answer with `schema`. Every failure becomes an
 * InviteApiError whose message a person can read; request bodies never reach a message.
 */
export async function requestJson<T>(
  fetchFn: typeof fetch,
  request: JsonRequest,
  schema: z.ZodMiniType<T>,
): Promise<{ data: T; status: number }> {
  const deadline = withTimeout(request.signal, request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method: request.method, credentials: 'include', headers, signal: deadline.signal };
  if (request.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(request.body);
  }

  let response: Response;
  let text: string;
  try {
    response = await fetchFn(request.url.href, init);
    text = await readText(response, deadline.signal);
  } catch (error) {
    throw transportError(error, request.signal, deadline);
  } finally {
    deadline.clear();
  }

  if (!response.ok) throw httpError(response, text, request.redact);
  return { data: parseBody(text, schema), status: response.status };
}

/** A 2xx `{ status: false, message }`: the server said no without an error status. */
export function refusal(message: string, status: number, redact: readonly string[] = []): InviteApiError {
  const clean = cleanMessage(message, redact);
  return new InviteApiError({ kind: 'http', status, message: clean || 'The server refused the request.' });
}

/**
 * A failure before a full answer arrived. The caller's own abort wins (nothing to show); then the
 * timer (`network`, code `TIMEOUT`); then an offline browser (`network`, code `OFFLINE`).
 */
function transportError(error: unknown, callerSignal: AbortSignal | undefined, deadline: Deadline): InviteApiError {
  const network = (message: string, code?: string) => new InviteApiError({ kind: 'network', code, message, cause: error });
  if (callerSignal?.aborted) return cancelledError(error);
  if (deadline.timedOut) {
    return network(`The server did not answer within ${describeDuration(deadline.timeoutMs)}. Try again in a moment.`, 'TIMEOUT');
  }
  if (isDomAbort(error)) return cancelledError(error);
  if (globalThis.navigator?.onLine === false) return network(OFFLINE, 'OFFLINE');
  return network(UNREACHABLE);
}

/** A non-2xx answer as an InviteApiError, with the server's `{ message, code }` when it sent one. */
export function httpError(response: Response, text: string, redact?: readonly string[]): InviteApiError {
  const { status } = response;
  const body = errorBodySchema.safeParse(tryJson(text));
  const code = body.success ? body.data.code : undefined;
  const serverMessage = body.success ? cleanMessage(body.data.message, redact) : '';

  if (status === 401) {
    const message = 'You are signed out. Sign in and try again.';
    return new InviteApiError({ kind: 'unauthorized', status, code, message });
  }
  if (status === 403) {
    const message = serverMessage
      ? `The server refused this request: ${withPeriod(serverMessage)}`
      : 'You are not allowed to do this. Sign in with another account and try again.';
    return new InviteApiError({ kind: 'unauthorized', status, code, message });
  }
  if (status === 429) {
    const retryAfterSeconds = retryAfter(response.headers);
    const message = !retryAfterSeconds
      ? 'Too many requests. Wait a moment and try again.'
      : `Too many requests. Try again in ${countSeconds(retryAfterSeconds)}.`;
    return new InviteApiError({ kind: 'http', status, code, retryAfterSeconds, message });
  }
  const reason = REASONS[status] ?? response.statusText.trim().slice(0, 60);
  const message = serverMessage || `The server answered ${status}${reason ? ` ${reason}` : ''}.`;
  return new InviteApiError({ kind: 'http', status, code, message });
}

/** Seconds from `x-retry-after` (better-auth) or `Retry-After` (seconds or an HTTP date). */
function retryAfter(headers: Headers): number | undefined {
  const value = (headers.get('x-retry-after') ?? headers.get('retry-after'))?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function parseBody<T>(text: string, schema: z.ZodMiniType<T>): T {
  if (text.trim() === '') throw invalidResponse('the answer was empty.');
  const json = tryJson(text);
  if (json === undefined) {
    throw invalidResponse(/^\s*</.test(text) ? 'it is an HTML page, not JSON.' : 'it is not valid JSON.');
  }
  const result = schema.safeParse(json, { error: describeIssue });
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const where = issue?.path.map(String).join('.');
  const problem = cleanMessage(`${where ? `${where}: ` : ''}${issue?.message ?? 'unexpected shape'}`);
  throw invalidResponse(withPeriod(problem), result.error);
}

/**
 * One zod issue in English, for the few issue kinds a response schema raises (its `custom` issues,
 * such as a bad date or status, carry their own message and never come here). Our own line instead
 * of zod's English locale, which costs 1 KB gzipped in the single-file build.
 */
function describeIssue(issue: z.core.$ZodRawIssue): string {
  const expected = issue.code === 'invalid_type' ? ` expected ${issue.expected},` : '';
  return `Invalid input:${expected} received ${typeName(issue.input)}`;
}

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** An answer the client cannot use (empty, not JSON, the wrong shape); `problem` completes the sentence. */
export function invalidResponse(problem: string, cause?: unknown): InviteApiError {
  const message = `The server's answer was not understood: ${problem}`;
  return new InviteApiError({ kind: 'invalid-response', message, cause });
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** One line, no control characters, capped, with any secret blanked out. */
function cleanMessage(message: string, redact: readonly string[] = []): string {
  let clean = message;
  for (const secret of redact) if (secret) clean = clean.replaceAll(secret, '…');
  clean = clean.replace(/[\p{Cc}\s]+/gu, ' ').trim();
  return clean.length > MAX_MESSAGE ? `${clean.slice(0, MAX_MESSAGE - 1)}…` : clean;
}

function withPeriod(sentence: string): string {
  return /[.!?…]$/.test(sentence) ? sentence : `${sentence}.`;
}

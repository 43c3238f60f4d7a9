/** What went wrong, in the terms a component decides on. */
export type InviteApiErrorKind = 'network' | 'http' | 'unauthorized' | 'invalid-response' | 'aborted' | 'unsupported';

export interface InviteApiErrorInit {
  kind: InviteApiErrorKind;
  message: string;
  status?: number;
  code?: string;
  retryAfterSeconds?: number;
  cause?: unknown;
}

/**
 * The one error type the adapter layer throws. `message` is a sentence a person can read; `code`
 * and `status` are the server's, for code that wants to branch on them.
 */
export class InviteApiError extends Error {
  override readonly name = 'InviteApiError';
  readonly kind: InviteApiErrorKind;
  /** HTTP status, when the server answered. */
  readonly status?: number;
  /**
   * The server's machine-readable `code` (e.g. `INVALID_TOKEN`), when it sent one. A `network`
   * error carries `TIMEOUT` when the request ran past the adapter's `timeoutMs`, and `OFFLINE`
   * when the browser reported no connection.
   */
  readonly code?: string;
  /** Seconds to wait before retrying, from a 429's `x-retry-after`. */
  readonly retryAfterSeconds?: number;

  constructor(init: InviteApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

export function isInviteApiError(error: unknown): error is InviteApiError {
  return error instanceof InviteApiError;
}

/** A DOMException `AbortError`: fetch's own abort, or an abort signal's default reason. */
export function isDomAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** True when the error only means a newer request replaced this one: nothing to show. */
export function isAbort(error: unknown): boolean {
  return (isInviteApiError(error) && error.kind === 'aborted') || isDomAbort(error);
}

/** The error for a request its caller cancelled. */
export function cancelledError(cause: unknown): InviteApiError {
  return new InviteApiError({ kind: 'aborted', message: 'The request was cancelled.', cause });
}

/** The code of an `unsupported` error: the query needs more than this backend can answer without the companion plugin. */
export const COMPANION_PLUGIN_NEEDED = 'COMPANION_PLUGIN_NEEDED';

/**
 * A query that would need more rows read in the browser than `limit`: refused rather than
 * answered wrongly. The server-side fix is the companion plugin (`invite-dashboard/server`).
 */
export function companionPluginNeeded(rows: number, limit: number): InviteApiError {
  return unsupported(
    `This view needs ${rows} invitations read in the browser, over the limit of ${limit}: narrow the filters, ` +
      'or add the companion plugin (invite-dashboard/server) to the server.',
  );
}

/** A feature only the companion plugin serves (who used an invitation, activity per day). */
export function featureNeedsCompanion(feature: string): InviteApiError {
  return unsupported(`Showing ${feature} needs the companion plugin (invite-dashboard/server) on the server.`);
}

function unsupported(message: string): InviteApiError {
  return new InviteApiError({ kind: 'unsupported', code: COMPANION_PLUGIN_NEEDED, message });
}

/** Any thrown value as an InviteApiError, so components handle one type. */
export function toInviteApiError(error: unknown): InviteApiError {
  if (isInviteApiError(error)) return error;
  if (isDomAbort(error)) return cancelledError(error);
  const detail = error instanceof Error ? error.message : String(error);
  return new InviteApiError({ kind: 'network', message: `Something went wrong: ${detail}`, cause: error });
}

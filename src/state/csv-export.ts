import type { Invitation, InviteAdapter, ListQuery } from '../api/types.js';
import { CSV_BOM, CSV_MIME_TYPE, csvFileName, csvHeader, csvRow } from '../rules/csv.js';

/**
 * Rows asked for per `list` call: the companion plugin answers 1–1,000 rows a request, and a page
 * this size is parsed in well under the 50 ms a task may take.
 */
export const EXPORT_PAGE_SIZE = 1000;
/** Longest run of formatting before the page gets the main thread back. */
const SLICE_MS = 10;

export interface ExportProgress {
  /** Invitations read and formatted so far. */
  done: number;
  /** How many there are (the latest page's total; never below `done`). */
  total: number;
}

export interface ExportOptions {
  /** Aborting it stops the export, which then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called after every page, `done` growing up to `total`. */
  onProgress?: (progress: ExportProgress) => void;
  /** The instant statuses are judged at (`expired`) and the file is named after. Default: now. */
  now?: Date;
}

export interface CsvExport {
  /** `text/csv;charset=utf-8`, starting with the byte-order mark. */
  blob: Blob;
  /** Invitations in the file (header not counted). */
  count: number;
  /** `invitations-YYYY-MM-DD.csv`, in the viewer's local date. */
  filename: string;
}

/**
 * Every invitation matching `query` (its filters and sort; paging is this function's), as a CSV file
 * in the format of `src/rules/csv.ts`.
 *
 * Reads `adapter.list` page by page until the latest page's `total` or a short page, skipping ids
 * already seen (a row created meanwhile shifts the later pages by one), and hands the main thread
 * back between pages and every ~10 ms of formatting, so the page stays responsive however many rows
 * there are. The adapter's errors propagate as they are: past plain better-invite's browser read
 * limit a view that it completes in the browser fails with `COMPANION_PLUGIN_NEEDED`, never a
 * partial file.
 */
export async function exportInvitations(
  adapter: InviteAdapter,
  query: Omit<ListQuery, 'limit' | 'offset'>,
  options: ExportOptions = {},
): Promise<CsvExport> {
  const { signal, onProgress } = options;
  const now = options.now ?? new Date();
  try {
    signal?.throwIfAborted();
    const readLimit = await browserReadLimit(adapter, signal);
    const parts: BlobPart[] = [CSV_BOM, csvHeader()];
    const seen = new Set<string>();
    let offset = 0;
    let limit = EXPORT_PAGE_SIZE;
    for (;;) {
      signal?.throwIfAborted();
      const page = await adapter.list({ ...query, limit, offset }, signal);
      signal?.throwIfAborted();
      // Each answer's total, not only the first's: a row created meanwhile above the next offset
      // pushes a row that was there at the start past the first total.
      const { total } = page;
      const fresh = page.invitations.filter((invitation) => !seen.has(invitation.id) && seen.add(invitation.id));
      // The adapter parsed the page in this task: the page gets the thread back before the formatting.
      await yieldToPage(signal);
      parts.push(await format(fresh, now, signal));
      offset += page.invitations.length;
      onProgress?.({ done: seen.size, total: Math.max(total, seen.size) });
      if (page.invitations.length < limit || offset >= total) break;
      // A backend that completes this query in the browser reads every matching row for each call:
      // once the total is known to fit its read limit, the rest comes in one call, not one per page.
      if (readLimit !== undefined && total <= readLimit) limit = total - offset;
    }
    return { blob: new Blob(parts, { type: CSV_MIME_TYPE }), count: seen.size, filename: csvFileName(now) };
  } catch (error) {
    // However the abort surfaced (the adapter's own `aborted` error, a DOMException), it is the abort.
    if (signal?.aborted) throw signal.reason;
    throw error;
  }
}

/** The adapter's browser read limit when it completes some queries in the browser; else undefined. */
async function browserReadLimit(adapter: InviteAdapter, signal?: AbortSignal): Promise<number | undefined> {
  let capabilities;
  try {
    capabilities = await adapter.capabilities(signal);
  } catch {
    // Only the page size depends on it; `list` reports a real failure itself.
    return undefined;
  }
  return capabilities.serverQueries ? undefined : capabilities.browserReadLimit;
}

/** The rows' records, formatted in slices of at most SLICE_MS with the page let in between. */
async function format(rows: readonly Invitation[], now: Date, signal?: AbortSignal): Promise<Blob> {
  // One Blob per page: its UTF-8 encoding happens here, a page at a time, not all at the end.
  const chunks: string[] = [];
  let text = '';
  let sliceStart = performance.now();
  for (let i = 0; i < rows.length; i += 1) {
    text += csvRow(rows[i]!, now);
    if (i % 100 === 99 && performance.now() - sliceStart > SLICE_MS) {
      chunks.push(text);
      text = '';
      await yieldToPage(signal);
      sliceStart = performance.now();
    }
  }
  chunks.push(text);
  return new Blob(chunks);
}

/**
 * Ends the current task: a timer, so input, rendering and the page's own timers run before the
 * export goes on (a microtask would not let them).
 */
function yieldToPage(signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => signal?.throwIfAborted());
}

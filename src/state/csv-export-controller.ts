import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InviteAdapter, ListQuery } from '../api/types.js';
import { saveFile } from '../dom/download.js';
import { exportInvitations, type ExportProgress } from './csv-export.js';

/**
 * The state of an Export CSV button: runs one export at a time (a new `start()` aborts the running
 * one, and so does the host leaving the page), saves the file, and asks the host to render on
 * every change of `running`, `progress` and `error`.
 */
export class CsvExportController implements ReactiveController {
  /** True from `start()` until the file is saved, the export fails, or it is aborted. */
  running = false;
  /** How far the running export is; the final count once it is done; undefined before and after an abort. */
  progress?: ExportProgress;
  /** Why the last export failed (an InviteApiError from the adapter, usually); undefined otherwise. */
  error?: unknown;

  readonly #host: ReactiveControllerHost;
  #abort?: AbortController;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort();
  }

  /**
   * Exports every invitation matching `query` and saves the file. Resolves to what was saved, or
   * undefined when the export failed (see `error`) or was aborted; never rejects.
   */
  async start(adapter: InviteAdapter, query: Omit<ListQuery, 'limit' | 'offset'>): Promise<{ count: number; filename: string } | undefined> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.running = true;
    this.progress = undefined;
    this.error = undefined;
    this.#host.requestUpdate();
    const current = () => this.#abort === abort;
    try {
      const { blob, count, filename } = await exportInvitations(adapter, query, {
        signal: abort.signal,
        onProgress: (progress) => {
          if (!current()) return;
          this.progress = progress;
          this.#host.requestUpdate();
        },
      });
      if (!current()) return undefined;
      saveFile(blob, filename);
      return { count, filename };
    } catch (error) {
      if (current()) this.error = error;
      return undefined;
    } finally {
      if (current()) {
        this.#abort = undefined;
        this.running = false;
        this.#host.requestUpdate();
      }
    }
  }

  /** Stops the running export, if any: no file, no error, `running` false at once. */
  abort(): void {
    const abort = this.#abort;
    if (!abort) return;
    this.#abort = undefined;
    this.running = false;
    this.progress = undefined;
    abort.abort();
    this.#host.requestUpdate();
  }
}

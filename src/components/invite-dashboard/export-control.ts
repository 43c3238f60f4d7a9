import { html, nothing, type TemplateResult } from 'lit';
import { toInviteApiError, type InviteApiError } from '../../api/errors.js';
import type { InviteAdapter, ListQuery } from '../../api/types.js';
import { dispatchInviteEvent } from '../../events.js';
import type { InviteStrings } from '../../i18n/strings.js';
import { formatNumber } from '../../i18n/format.js';
import { countOf } from '../../i18n/plural.js';
import type { CsvExportController } from '../../state/csv-export-controller.js';

/**
 * "Export CSV", or while it runs how far it is (announced) and Stop; afterwards how many went in
 * the file, or after a failure why, with the button to try again. Every matching invitation goes in the file, not just this page.
 */
export function renderExportControl(strings: InviteStrings, exporter: CsvExportController, locale: string | undefined, onExport: () => void): TemplateResult {
  const progress = exporter.progress;
  const n = (value: number) => formatNumber(value, locale);
  const error = exporter.error;
  return html`<span class="export">
    ${exporter.running
      ? html`<span class="export-progress" role="status">${progress ? strings.exportProgress(n(progress.done), n(progress.total)) : strings.exportProgress('0', '…')}</span>
          <button type="button" class="button button--small" part="button export-stop" @click=${() => exporter.abort()}>${strings.exportStop}</button>`
      : html`<button type="button" class="button button--small" part="button export" @click=${onExport}>${strings.exportButton}</button>`}
    ${error && !exporter.running ? html`<span class="export-error" role="alert">${strings.exportFailed(strings.errorMessage(toInviteApiError(error)))}</span>` : nothing}
    ${!error && !exporter.running && progress ? html`<span class="export-progress" role="status">${strings.exportDone(countOf(progress.done, locale))}</span>` : nothing}
  </span>`;
}

/** Exports `query` (every page of it), then fires `invite-exported`, or reports why it failed. */
export async function exportView(
  host: HTMLElement & { readonly inviteAdapter: InviteAdapter },
  exporter: CsvExportController,
  query: Omit<ListQuery, 'limit' | 'offset'>,
  onError: (error: InviteApiError) => void,
): Promise<void> {
  const saved = await exporter.start(host.inviteAdapter, query);
  if (saved) dispatchInviteEvent(host, 'invite-exported', saved);
  else if (exporter.error) onError(toInviteApiError(exporter.error));
}

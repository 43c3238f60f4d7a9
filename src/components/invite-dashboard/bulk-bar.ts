import { html, nothing, type TemplateResult } from 'lit';
import type { Invitation } from '../../api/types.js';
import type { InviteStrings } from '../../i18n/strings.js';
import { countOf } from '../../i18n/plural.js';
import { closeIcon } from '../../icons/icons.js';
import { canCancel } from '../../rules/invitation.js';
import type { BulkCancel } from '../../state/bulk-cancel.js';

export interface BulkBarOptions {
  strings: InviteStrings;
  locale: string | undefined;
  bulk: BulkCancel;
  /** This page's rows. */
  rows: readonly Invitation[];
  /** After a step, where focus goes: a class name in the bulk bar, or the select-all box. */
  focus: (selector: string) => unknown;
}

/**
 * Above the list: "Select all on this page" (checked, mixed or clear), and while anything is
 * selected the bulk bar: the count (announced), "Cancel selected" behind one confirmation, and
 * "Clear selection". Nothing when no row of the page can be canceled and nothing is selected.
 */
export function renderBulkBar({ strings, locale, bulk, rows, focus }: BulkBarOptions): TemplateResult | typeof nothing {
  const { selection } = bulk;
  const now = new Date();
  const selectable = rows.filter((row) => canCancel(row, now));
  if (selectable.length === 0 && selection.size === 0) return nothing;
  const picked = selectable.filter((row) => selection.has(row)).length;
  const count = countOf(selection.size, locale);
  const onSelectAll = (event: Event) => bulk.pick(selectable, (event.target as HTMLInputElement).checked);
  const ask = async () => {
    bulk.ask();
    focus('.bulk-keep');
  };
  const keep = () => {
    bulk.keep();
    focus('.bulk-cancel');
  };
  const confirm = async () => {
    await bulk.run();
    focus(bulk.selection.size ? '.bulk-cancel' : '.select-all-box');
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && bulk.confirming) keep();
  };
  return html`<div class="list-head" @keydown=${onKeydown}>
    ${selectable.length
      ? html`<label class="select-all"><input type="checkbox" class="select-all-box" part="select-all"
          .checked=${picked > 0 && picked === selectable.length} .indeterminate=${picked > 0 && picked < selectable.length}
          ?disabled=${bulk.running} @change=${onSelectAll} />${strings.selectAllOnPage}</label>`
      : nothing}
    ${selection.size
      ? html`<div class="bulk-bar" part="bulk-bar" role="group" aria-label=${strings.selectedCount(count)}>
          <span class="bulk-count" role="status">${bulk.running ? strings.bulkCanceling(count) : strings.selectedCount(count)}</span>
          ${bulk.confirming
            ? html`<span class="bulk-confirm" id="bulk-confirm-text">${strings.confirmBulkCancel(count)}</span>
                <button type="button" class="button button--small bulk-keep" part="button" @click=${keep}>${strings.confirmCancelNo}</button>
                <button type="button" class="button button--small button--danger bulk-yes" part="button bulk-confirm-button" aria-describedby="bulk-confirm-text" @click=${confirm}>${strings.confirmBulkYes}</button>`
            : html`<button type="button" class="button button--small bulk-cancel" part="button bulk-cancel" ?disabled=${bulk.running} @click=${ask}>
                  ${closeIcon}${strings.cancelSelected}
                </button>
                <button type="button" class="button button--ghost button--small" part="button clear-selection" ?disabled=${bulk.running} @click=${() => bulk.reset()}>
                  ${strings.clearSelection}
                </button>`}
        </div>`
      : nothing}
  </div>`;
}

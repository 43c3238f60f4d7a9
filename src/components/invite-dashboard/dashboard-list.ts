import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { InviteStrings } from '../../i18n/strings.js';
import { alertIcon, refreshIcon } from '../../icons/icons.js';
import type { DashboardView } from '../../state/dashboard-data.js';
import { nameOf, type InviteActions } from '../../state/invite-actions.js';
import type { BulkCancel } from '../../state/bulk-cancel.js';
import { canCancel } from '../../rules/invitation.js';
import { CARD_PARTS } from './exported-parts.js';
import { renderPager } from './pager.js';
import { renderBulkBar } from './bulk-bar.js';

export interface ListOptions {
  strings: InviteStrings;
  view: DashboardView;
  locale: string | undefined;
  /** Each row as it should show (a canceled one stays canceled), and whether its cancel is in flight. */
  actions: Pick<InviteActions, 'shown' | 'isCancelling'>;
  bulk: BulkCancel;
  density: 'comfortable' | 'compact';
  onPage: (page: number) => void;
  onPageSize: (pageSize: number) => void;
  focus: (selector: string) => unknown;
}

/**
 * The cards of one page, keyed by id so a refresh updates cards in place, and the pager. Cards take
 * `api-base`, `invite-url`, `locale` and `strings` from the dashboard by context.
 */
export function renderList(options: ListOptions): TemplateResult {
  const { strings, view, locale, actions, bulk } = options;
  const { page, pageSize } = view.query;
  const rows = view.invitations.map((invitation) => actions.shown(invitation));
  bulk.selection.update(rows);
  const now = new Date();
  return html`${renderBulkBar({ ...options, rows })}<ul class="list list--${options.density}" part="list" aria-label=${strings.listLabel}>
      ${repeat(
        rows,
        (invitation) => invitation.id,
        (invitation) => html`<li>
          <invite-card part="card" exportparts=${CARD_PARTS} .invitation=${invitation} ?busy=${actions.isCancelling(invitation)} resendable density=${options.density}>
            ${canCancel(invitation, now)
              ? html`<input type="checkbox" slot="select" class="select-box" part="select" aria-label=${strings.selectInvitation(nameOf(strings, invitation))}
                  .checked=${bulk.selection.has(invitation)} ?disabled=${bulk.running || actions.isCancelling(invitation)}
                  @change=${(event: Event) => bulk.pick([invitation], (event.target as HTMLInputElement).checked)} />`
              : nothing}
          </invite-card>
        </li>`,
      )}
    </ul>
    ${renderPager(strings, { page, pageSize, total: view.filteredTotal, locale }, options.onPage, options.onPageSize)}`;
}

/**
 * A background refresh failed: the rows loaded before stay below this line, which says why and
 * offers to try again (polling also retries, backing off).
 */
export function renderRefreshError(strings: InviteStrings, message: string, onRetry: () => void): TemplateResult {
  return html`<div class="notice notice--error refresh-error" part="refresh-error" role="alert">
    <span class="refresh-error-text">${alertIcon}<span>${strings.refreshFailed(message)}</span></span>
    <button class="button button--ghost button--small" part="button retry-button" @click=${onRetry}>
      ${refreshIcon}${strings.retry}
    </button>
  </div>`;
}

import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { InviteStrings } from '../../i18n/strings.js';
import { alertIcon, refreshIcon } from '../../icons/icons.js';
import type { DashboardView } from '../../state/dashboard-data.js';
import type { InviteActions } from '../../state/invite-actions.js';
import { CARD_PARTS } from './exported-parts.js';
import { renderPager } from './pager.js';

export interface ListOptions {
  strings: InviteStrings;
  view: DashboardView;
  locale: string | undefined;
  /** Each row as it should show (a canceled one stays canceled), and whether its cancel is in flight. */
  actions: Pick<InviteActions, 'shown' | 'isCancelling'>;
  onPage: (page: number) => void;
}

/**
 * The cards of one page, keyed by id so a refresh updates cards in place, and the pager. Cards take
 * `api-base`, `invite-url`, `locale` and `strings` from the dashboard by context.
 */
export function renderList(options: ListOptions): TemplateResult {
  const { strings, view, locale, actions } = options;
  const { page, pageSize } = view.query;
  return html`<ul class="list" part="list" aria-label=${strings.listLabel}>
      ${repeat(
        view.invitations,
        (invitation) => invitation.id,
        (invitation) => html`<li>
          <invite-card part="card" exportparts=${CARD_PARTS} .invitation=${actions.shown(invitation)} ?busy=${actions.isCancelling(invitation)}></invite-card>
        </li>`,
      )}
    </ul>
    ${renderPager(strings, { page, pageSize, total: view.filteredTotal, locale }, options.onPage)}`;
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

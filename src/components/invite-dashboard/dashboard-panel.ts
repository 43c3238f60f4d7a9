import { html, nothing, type TemplateResult } from 'lit';
import type { InviteApiError } from '../../api/errors.js';
import type { InviteStrings } from '../../i18n/strings.js';
import type { DashboardDataController } from '../../state/dashboard-controller.js';
import type { InviteActions } from '../../state/invite-actions.js';
import type { BulkCancel } from '../../state/bulk-cancel.js';
import type { DashboardQuery } from '../../state/dashboard-query.js';
import { hasFilters } from '../../state/view-params.js';
import { countFor } from '../../state/dashboard-data.js';
import { PANEL_ID } from './status-tabs.js';
import { renderList, renderRefreshError } from './dashboard-list.js';
import { renderEmpty, renderFilteredEmpty, renderLoadError, renderSkeleton } from './dashboard-states.js';

export interface PanelOptions {
  strings: InviteStrings;
  locale: string | undefined;
  data: DashboardDataController;
  actions: InviteActions;
  bulk: BulkCancel;
  density: 'comfortable' | 'compact';
  onCreate: () => void;
  /** The user changed the view (a page; clearing the filters). */
  onView: (change: Partial<DashboardQuery>) => void;
  onClearFilters: () => void;
  /** Focus something in the panel once it is on screen (a selector); `scroll` brings the panel's top into view. */
  focus: (selector: string, scroll?: boolean) => Promise<void>;
}

/**
 * The tab panel's content for the current state: the full error state only when nothing was ever
 * loaded; a placeholder until this view's rows arrive; otherwise the rows (this view's, or after a
 * failure the last ones read) under a refresh error with Retry when a read failed.
 */
export function renderPanel(options: PanelOptions): TemplateResult {
  const { strings, data } = options;
  const retry = () => void data.refresh();
  // The browser says it is offline: a failed read says so, and that the list comes back by itself.
  const offline = !data.poll.online;
  const loadError = data.loadError;
  if (loadError) return renderLoadError(strings, errorText(strings, loadError, offline), retry);
  const view = data.view;
  if (!view) return renderSkeleton(strings, expectedRows(data));
  const refreshError = data.refreshError;
  const stale = refreshError ? renderRefreshError(strings, errorText(strings, refreshError, offline), retry) : nothing;
  if (view.invitations.length === 0) {
    const { status } = view.query;
    if (hasFilters(view.query)) return html`${stale}${renderFilteredEmpty(strings, view.query, options.onClearFilters)}`;
    const title = status === 'all' ? strings.emptyTitleAll : strings.emptyTitleStatus(strings.status[status], status);
    return html`${stale}${renderEmpty(strings, title, options.onCreate)}`;
  }
  // A new page starts at its top: the list scrolls into view and its first card takes focus.
  const onPage = async (page: number) => {
    options.onView({ page });
    await options.focus('.list > li:first-child invite-card', true);
  };
  const onPageSize = (pageSize: number) => options.onView({ pageSize, page: 0 });
  return html`${stale}${renderList({ ...options, view, onPage, onPageSize })}`;
}

/**
 * Placeholders for a view not read yet: as many as it will show when the counts say (a page of a
 * tab whose count is known), else three. At most ten: the skeleton fills the screen, no more.
 */
function expectedRows(data: DashboardDataController): number {
  const { counts, query } = data;
  if (!counts) return 3;
  const left = countFor(counts, query.status) - query.page * query.pageSize;
  return Math.max(1, Math.min(query.pageSize, left, 10));
}

/** The result of the last create or cancel, with a Dismiss button. */
export function renderNotice(strings: InviteStrings, actions: InviteActions): TemplateResult | typeof nothing {
  const notice = actions.notice;
  if (!notice) return nothing;
  return html`<div class="notice notice--${notice.tone}" part="notice" role=${notice.tone === 'error' ? 'alert' : 'status'}>
    <span>${notice.text}</span>
    <button class="button button--ghost button--small" part="button dismiss-button" @click=${() => actions.say(undefined)}>
      ${strings.dismiss}
    </button>
  </div>`;
}

/** A failed read in words; offline says so, and that the list comes back by itself. */
function errorText(strings: InviteStrings, error: InviteApiError, offline: boolean): string {
  return error.kind === 'network' && (offline || error.code === 'OFFLINE') ? strings.offlineError : strings.errorMessage(error);
}

/**
 * Focuses the first match of `selector` in the panel once this view's rows are on screen (a page
 * not seen moments ago is still loading); `scroll` brings the panel's top into view first.
 */
export async function focusInPanel(host: { renderRoot: ParentNode; updateComplete: Promise<boolean> }, data: DashboardDataController, selector: string, scroll: boolean): Promise<void> {
  await host.updateComplete;
  await data.settled();
  await host.updateComplete;
  const panel = host.renderRoot.querySelector<HTMLElement>(`#${PANEL_ID}`);
  if (scroll) panel?.scrollIntoView({ block: 'start' });
  panel?.querySelector<HTMLElement>(selector)?.focus({ preventScroll: scroll });
}

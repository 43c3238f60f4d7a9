import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { defineElement } from '../../define.js';
import { adapterFor } from '../../api/adapter-for.js';
import { DEFAULT_TIMEOUT_MS } from '../../api/http.js';
import type { InviteApiError } from '../../api/errors.js';
import type { InviteAdapter } from '../../api/types.js';
import { dispatchInviteEvent, reportError, type InviteEvent, type InviteOperation } from '../../events.js';
import { plusIcon } from '../../icons/icons.js';
import { DEFAULT_INVITE_URL_TEMPLATE, absoluteApiBase } from '../../rules/invite-url.js';
import { DashboardDataController } from '../../state/dashboard-controller.js';
import { DEFAULT_QUERY, toExportQuery, type SortOrder, type StatusFilter } from '../../state/dashboard-query.js';
import { InviteActions } from '../../state/invite-actions.js';
import { LiveActivity } from '../../state/live-activity.js';
import { TabSync } from '../../state/tab-sync.js';
import { BulkCancel } from '../../state/bulk-cancel.js';
import { FilterInputs } from './filter-inputs.js';
import { CsvExportController } from '../../state/csv-export-controller.js';
import { exportView, renderExportControl } from './export-control.js';
import { ViewAttributes } from './view-attributes.js';
import { InsightPanel } from './insight-panel.js';
import { openHistory } from './history-drawer.js';
import { renderToolbar } from './toolbar.js';
import { inviteConfigContext, shareConfig } from '../../state/invite-config.js';
import { InviteConfigMixin } from '../shared/config-mixin.js';
import { rolesConverter, DEFAULT_ROLES } from '../roles-converter.js';
import { renderSignedOut } from './dashboard-states.js';
import { focusInPanel, renderNotice, renderPanel } from './dashboard-panel.js';
import { renderStatusTabs, PANEL_ID, tabId } from './status-tabs.js';
import { DIALOG_PARTS, HISTORY_PARTS, STATS_PARTS } from './exported-parts.js';
import { ListFocusController } from './list-focus.js';
import { styles } from './invite-dashboard.styles.js';
import type { CreateInviteDialog } from '../create-invite-dialog/create-invite-dialog.js';
import '../invite-card/invite-card.js';
import '../invite-stats/invite-stats.js';
import '../create-invite-dialog/create-invite-dialog.js';

/**
 * @summary The whole invitation dashboard: stats, status tabs with counts, the list with paging,
 * and the create dialog, on a Better Auth server with the better-invite plugin (or any adapter).
 *
 * @fires invite-created - An invitation was created: `{ invitations?, url?, token? }`.
 * @fires invite-canceled - An invitation was canceled: `{ invitation }`.
 * @fires invite-cancel - A card asks to cancel (cancelable: call `preventDefault()` to stop the dashboard).
 * @fires invite-link-copied - An invite link was copied: `{ url }`.
 * @fires invite-error - A request failed: `{ operation, error }`.
 * @fires invite-unauthorized - The server answered 401/403; the dashboard shows its signed-out state.
 * @fires invite-show-expiring - The insight panel asked for the invitations expiring soon (the dashboard shows them): `{ count }`.
 * @fires invite-range-changed - The insight panel's period changed: `{ range }`.
 * @fires invite-view-changed - The user changed the view (tab, search, filters, sort, page): `{ view }`, as the attributes.
 * @fires invite-resent - An invitation was sent again: `{ previous, result }` (the new one's create result).
 * @fires invite-bulk-canceled - A bulk cancel finished: `{ canceled, failed }` (failed: `{ invitation, error }`).
 * @fires invite-exported - A CSV file was saved: `{ count, filename }`.
 * @fires invite-status-changed - A reload found an invitation whose status changed (e.g. it was used): `{ invitation, previous }`. Not fired for the dashboard's own cancels.
 *
 * @slot signed-out - Shown in the signed-out state, e.g. a link to the host's sign-in page.
 *
 * @csspart base - The dashboard's root.
 * @csspart header - The title row.
 * @csspart title - The heading.
 * @csspart button - Every button, the cards' and the dialog's included.
 * @csspart create-button - "Create invite".
 * @csspart stats - The `<invite-stats>` element.
 * @csspart tabs - The status tab list.
 * @csspart tab - One status tab.
 * @csspart tab-selected - The selected tab.
 * @csspart tab-count - The count inside a tab.
 * @csspart list - The list of cards.
 * @csspart card - Each `<invite-card>`.
 * @csspart pager - Paging: the summary and previous / next.
 * @csspart notice - Result of the last create or cancel.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart signed-out - The signed-out state.
 * @csspart sign-in-link - "Sign in" in the signed-out state, when `sign-in-url` is set.
 * @csspart page-size - Rows per page, in the pager.
 * @csspart state-icon - The icon of the empty, error and signed-out states.
 * @csspart state-title - Their heading.
 * @csspart state-body - Their text.
 * @csspart create-first-button - "Create your first invitation" in the empty state.
 * @csspart retry-button - "Retry" in the error state and in the refresh error.
 * @csspart refresh-error - Above the list when a background refresh failed (the rows loaded before stay).
 * @csspart dismiss-button - Closes the notice.
 * @csspart previous-button - Previous page.
 * @csspart next-button - Next page.
 * @csspart dialog - The `dialog` part of `<create-invite-dialog>`: the dialog card.
 * @csspart toolbar - Search, filters, sort and export, above the tabs.
 * @csspart search - The search field (emails).
 * @csspart role-filter - The role select.
 * @csspart date-from - "Created from" (a date input).
 * @csspart date-to - "Created to" (a date input).
 * @csspart sort - The sort select.
 * @csspart clear-filters - "Clear filters", in the toolbar and in the empty state of a filtered view.
 * @csspart export - "Export CSV".
 * @csspart export-stop - Stops a running export.
 * @csspart select - A card's selection checkbox.
 * @csspart select-all - "Select all on this page".
 * @csspart bulk-bar - The count of selected invitations and what can be done with them.
 * @csspart bulk-cancel - "Cancel selected".
 * @csspart bulk-confirm-button - "Yes, cancel them".
 * @csspart clear-selection - "Clear selection".
 * @csspart resend - A card's "Resend" (also `card-resend`).
 * @csspart qr - A card's QR code (also `card-qr`); the dialog's is `dialog-qr`.
 * @csspart analytics - The insight panel (`<invite-analytics>`); its parts are `analytics-*`.
 * @csspart analytics-toggle - "Hide activity" / "Show activity".
 * @csspart analytics-retry - "Retry" when the activity panel's file could not be loaded (npm build, loaded on first use).
 * @csspart chart - The insight panel's chart (also `analytics-chart`).
 * @csspart history - A card's "Who used it" (also `card-history`); the drawer's parts are `history-*`.
 *
 * @cssprop [--invite-dashboard-background=var(--invite-color-background)] - Background behind the panels.
 * @cssprop [--invite-dashboard-max-width=72rem] - Widest the dashboard grows (it is centred beyond).
 * @cssprop [--invite-dashboard-padding=var(--invite-space-l)] - Space around the dashboard's content.
 * @csstokens font-family font-size-xs font-size-s font-size font-size-xl font-size-2xl font-weight-medium font-weight-semibold
 *   font-weight-bold line-height color-text color-text-muted color-background color-surface
 *   color-surface-raised color-border color-accent color-accent-hover color-on-accent color-accent-text
 *   color-accent-soft color-danger color-danger-strong color-on-danger color-danger-soft color-danger-border
 *   color-success color-success-soft radius radius-small radius-pill space-xs space-s space-m space-l
 *   space-xl shadow focus-ring focus-ring-offset duration
 */
// Besides the parts above, the card's, the stats' and the dialog's are re-exported with a prefix
// (`card-badge`): listed once in exported-parts.ts, documented by scripts/cem-exported-parts.mjs.
export class InviteDashboard extends InviteConfigMixin(LitElement) {
  static override styles = styles;
  // Declared here rather than with decorators: a static map costs the bundle far fewer bytes.
  static override properties: PropertyDeclarations = {
    status: { reflect: true },
    search: { reflect: true },
    roleFilter: { attribute: 'role-filter', reflect: true },
    createdFrom: { attribute: 'created-from', reflect: true },
    createdTo: { attribute: 'created-to', reflect: true },
    sort: { reflect: true },
    page: { type: Number, reflect: true },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    density: { reflect: true },
    signInUrl: { attribute: 'sign-in-url' },
    hideAnalytics: { attribute: 'hide-analytics', type: Boolean },
    apiBase: { attribute: 'api-base' },
    fetch: { attribute: false },
    adapter: { attribute: false },
    roles: { converter: rolesConverter },
    pageSize: { attribute: 'page-size', type: Number, reflect: true },
    pollInterval: { attribute: 'poll-interval', type: Number },
    requestTimeout: { attribute: 'request-timeout', type: Number },
    inviteUrl: { attribute: 'invite-url' },
  };

  /** The status tab shown: `all`, `pending`, `used`, `canceled`, `rejected` or `expired`. */
  status: StatusFilter = 'all';
  /** Shows invitations with an email containing this text. */
  search = '';
  /** Shows invitations with this role ('' for every role). */
  roleFilter = '';
  /** Shows invitations created on or after this day (`YYYY-MM-DD`, the viewer's time zone). */
  createdFrom = '';
  /** Shows invitations created on or before this day (`YYYY-MM-DD`, the viewer's time zone). */
  createdTo = '';
  /** `newest`, `oldest` (by creation) or `expiring` (soonest expiry first). */
  sort: SortOrder = 'newest';
  /** The page shown, from 1. */
  page = 1;
  /** No insight panel (`<invite-analytics>`). */
  hideAnalytics = false;
  /** Where the host's sign-in page is: the signed-out state links there ("Sign in"). Same origin or http(s) only. */
  signInUrl?: string;
  /** `comfortable` (cards) or `compact` (one line per invitation, for long lists). */
  density: 'comfortable' | 'compact' = 'comfortable';
  /** Keeps the view in the page URL's query (`invite_status`, `invite_q`, …): reloads and back/forward keep it. */
  syncUrl = false;
  /** Base URL of the Better Auth API, relative or absolute. */
  apiBase = '/api/auth';
  /** Fetch used by the default adapter (inject headers, a bearer token, a test double). */
  fetch?: typeof fetch;
  /** Replaces the whole data source. */
  adapter?: InviteAdapter;
  /** Roles offered when creating (attribute: comma list). */
  roles: readonly string[] = DEFAULT_ROLES;
  /** Invitations per page. */
  pageSize = 20;
  /**
   * Seconds between background refreshes; 0 is off. Paused while the page is hidden or offline;
   * after failures it backs off (doubling, up to 5 minutes) and never polls before a 429's retry-after.
   */
  pollInterval = 0;
  /** Milliseconds a request may take before it fails as a timeout (`network`, code `TIMEOUT`); 0 waits forever. */
  requestTimeout = DEFAULT_TIMEOUT_MS;
  /** Link template for public invites: `{api}`, `{origin}`, `{token}`. */
  inviteUrl = DEFAULT_INVITE_URL_TEMPLATE;
  /** `light`, `dark` or `auto` (follows prefers-color-scheme). */
  override theme: 'light' | 'dark' | 'auto' | undefined = 'auto';

  readonly #config = new ContextProvider(this, { context: inviteConfigContext });
  readonly #live = new LiveActivity(this);
  /** The panel's "expiring soon" shows the Pending tab, soonest expiry first. */
  readonly #insight = new InsightPanel(this, () => this.#view.change({ status: 'pending', sort: 'expiring', page: 0 }));
  readonly #data = new DashboardDataController(this, { ...DEFAULT_QUERY }, {
    onError: (error) => this.#reportError('list', error),
    onStatusChanged: (changes) => {
      this.#live.announce(changes);
      for (const { invitation, previous, usedOnly } of changes) if (!usedOnly) dispatchInviteEvent(this, 'invite-status-changed', { invitation, previous });
    },
    quiet: () => this.#actions.canceled,
  });
  readonly #actions = new InviteActions(this, {
    refresh: () => this.#data.refresh(),
    onError: (error, operation) => this.#reportError(operation, error),
    onMutated: () => this.#tabs.announce(),
  });
  readonly #tabs = new TabSync(this, { channel: () => `invite-dashboard ${absoluteApiBase(this.apiBase, document.baseURI)}`, onChange: () => void this.#data.refresh() });
  readonly #bulk = new BulkCancel(this, this.#actions);
  readonly #inputs = new FilterInputs(this, { query: () => this.#data.query, change: (filters, typing) => this.#view.change({ ...filters, page: 0 }, typing) });
  readonly #view = new ViewAttributes(this, { data: this.#data, bulk: this.#bulk, onSearchSet: () => this.#inputs.reset() });
  readonly #export = new CsvExportController(this);

  constructor() {
    super();
    // When a render removes the focused card, focus goes to its neighbour (else the selected tab).
    new ListFocusController(this, () => this.renderRoot.querySelector(`#${tabId(this.#data.query.status)}`));
  }

  /** The adapter in use: `adapter`, or the better-invite one for `api-base`, `fetch` and `request-timeout`. */
  get inviteAdapter(): InviteAdapter {
    return adapterFor(this);
  }

  /** Reads invitations and counts again. */
  refresh(): Promise<void> {
    return this.#data.refresh();
  }

  /** Opens the create dialog (focus returns to the opener when it closes). */
  openCreateDialog(): void {
    void this.renderRoot.querySelector<CreateInviteDialog>('create-invite-dialog')?.show();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#view.willUpdate(changed);
    const { apiBase, inviteUrl, locale, strings, theme } = this;
    shareConfig(this.#config, { adapter: this.inviteAdapter, apiBase, inviteUrl, locale, strings, theme });
  }

  #reportError(operation: InviteOperation, error: InviteApiError): void {
    reportError(this, operation, error);
  }

  #selectStatus = async (status: StatusFilter, focus: boolean) => {
    this.#view.change({ status, page: 0 });
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${tabId(status)}`)?.focus();
  };

  #onExport = () => exportView(this, this.#export, toExportQuery(this.#data.query), (error) => this.#reportError('export', error));


  #onHistory = (event: InviteEvent<'invite-history'>) => void openHistory(this, event.detail.invitation, this.#actions);

  #focusLater = (selector: string, scroll = false) => focusInPanel(this, this.#data, selector, scroll);

  override render() {
    const strings = this.resolvedStrings;
    const error = this.#data.error;
    const signedOut = error?.kind === 'unauthorized';
    return html`<div class="base" part="base">
      <div class="header" part="header">
        <h2 class="title" part="title">${strings.title}</h2>
        <button class="button button--primary" part="button create-button" ?disabled=${signedOut} @click=${this.openCreateDialog}>
          ${plusIcon}${strings.createInvite}
        </button>
      </div>
      ${signedOut ? renderSignedOut(strings, error.status === 403 ? strings.errorMessage(error) : undefined, this.signInUrl) : this.#renderBody()}
      <create-invite-dialog exportparts=${DIALOG_PARTS} .roles=${this.roles} @invite-created=${this.#actions.onCreated}></create-invite-dialog>
      <invite-history exportparts=${HISTORY_PARTS}></invite-history>
    </div>`;
  }

  #renderBody() {
    const strings = this.resolvedStrings;
    const data = this.#data;
    const { status } = data.query;
    return html`<invite-stats part="stats" exportparts=${STATS_PARTS} .stats=${data.counts}></invite-stats>
      ${this.hideAnalytics ? nothing : this.#insight.render(strings)}
      ${renderToolbar({ strings, query: data.query, roles: this.roles, inputs: this.#inputs, exportControl: renderExportControl(strings, this.#export, this.resolvedLocale, this.#onExport) })}
      <div class="notice-region" aria-live="polite">${renderNotice(strings, this.#actions)}</div>
      <div class="visually-hidden live-activity" role="status">${this.#live.text}</div>
      <div class="panel">
        ${renderStatusTabs(strings, status, data.counts, this.resolvedLocale, this.#selectStatus)}
        <section id=${PANEL_ID} class="tabpanel" role="tabpanel" aria-labelledby=${tabId(status)} aria-busy=${data.loading ? 'true' : 'false'} @invite-cancel=${this.#actions.onCancelRequest} @invite-resend=${this.#actions.onResendRequest} @invite-history=${this.#onHistory}>
          ${renderPanel({ strings, locale: this.resolvedLocale, data, actions: this.#actions, bulk: this.#bulk, density: this.density,
            onCreate: () => this.openCreateDialog(), onView: (change) => this.#view.change(change), onClearFilters: this.#inputs.clear, focus: this.#focusLater })}
        </section>
      </div>`;
  }
}

defineElement('invite-dashboard', InviteDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'invite-dashboard': InviteDashboard;
  }
}

import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { TaskStatus } from '@lit/task';
import { adapterFor } from '../../api/adapter-for.js';
import { isAbort, toInviteApiError, type InviteApiError } from '../../api/errors.js';
import type { Invitation, InviteAdapter } from '../../api/types.js';
import { dispatchInviteEvent, type InviteEvent } from '../../events.js';
import { resolveStrings, type InviteStrings } from '../../i18n/strings.js';
import { plusIcon } from '../../icons/icons.js';
import { DEFAULT_INVITE_URL_TEMPLATE } from '../../rules/invite-url.js';
import { InviteListController } from '../../state/invite-list-controller.js';
import type { StatusFilter } from '../../state/dashboard-data.js';
import { rolesConverter, DEFAULT_ROLES } from '../roles-converter.js';
import { renderEmpty, renderLoadError, renderSignedOut, renderSkeleton } from './dashboard-states.js';
import { renderPager } from './pager.js';
import { PANEL_ID, renderStatusTabs, tabId } from './status-tabs.js';
import { styles } from './invite-dashboard.styles.js';
import type { CreateInviteDialog } from '../create-invite-dialog/create-invite-dialog.js';
import '../invite-card/invite-card.js';
import '../invite-stats/invite-stats.js';
import '../create-invite-dialog/create-invite-dialog.js';

type Notice = { tone: 'success' | 'error'; text: string };

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
 *
 * @slot signed-out - Shown in the signed-out state, e.g. a link to the host's sign-in page.
 *
 * @csspart base - The dashboard's root.
 * @csspart header - The title row.
 * @csspart title - The heading.
 * @csspart button - Every button.
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
 *
 * @cssprop [--invite-dashboard-max-width=72rem] - Widest the dashboard grows.
 * @cssprop [--invite-dashboard-background=var(--invite-color-background)] - Background behind the cards.
 * @cssprop [--invite-color-background=light-dark(#f9fafb, #0b1120)] - Page-like background of the dashboard.
 * @cssprop [--invite-color-accent=light-dark(#2563eb, #3b82f6)] - Primary buttons, the selected tab.
 * @cssprop [--invite-color-text=light-dark(#111827, #f3f4f6)] - Text.
 * @cssprop [--invite-color-surface=light-dark(#ffffff, #111827)] - Cards and panels.
 * @cssprop [--invite-font-family=system-ui] - Font of every element.
 * @cssprop [--invite-radius=0.75rem] - Corner radius of panels.
 * @cssprop [--invite-space-m=1rem] - Base spacing.
 */
@customElement('invite-dashboard')
export class InviteDashboard extends LitElement {
  static override styles = styles;

  /** Base URL of the Better Auth API, relative or absolute. */
  @property({ attribute: 'api-base' }) apiBase = '/api/auth';
  /** Fetch used by the default adapter (inject headers, a bearer token, a test double). */
  @property({ attribute: false }) fetch?: typeof fetch;
  /** Replaces the whole data source. */
  @property({ attribute: false }) adapter?: InviteAdapter;
  /** Roles offered when creating (attribute: comma list). */
  @property({ converter: rolesConverter }) roles: readonly string[] = DEFAULT_ROLES;
  /** Invitations per page. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;
  /** (Later) seconds between background refreshes; 0 is off. */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = 0;
  /** Link template for public invites: `{api}`, `{origin}`, `{token}`. */
  @property({ attribute: 'invite-url' }) inviteUrl = DEFAULT_INVITE_URL_TEMPLATE;
  /** BCP 47 locale for dates and numbers; the document's language by default. */
  @property() locale?: string;
  /** Overrides of any visible text. */
  @property({ attribute: false }) strings?: Partial<InviteStrings>;
  /** `light`, `dark` or `auto` (follows prefers-color-scheme). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  @state() private notice?: Notice;
  @query('create-invite-dialog') private dialog?: CreateInviteDialog;

  readonly #list = new InviteListController(this);
  #reportedError?: unknown;

  /** The adapter in use: `adapter`, or the better-invite one for `api-base` and `fetch`. */
  get inviteAdapter(): InviteAdapter {
    return adapterFor({ adapter: this.adapter, apiBase: this.apiBase, fetch: this.fetch });
  }

  /** Reads invitations and counts again. */
  refresh(): Promise<void> {
    return this.#list.refresh();
  }

  openCreateDialog(): void {
    this.dialog?.show();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const task = this.#list.task;
    if (task.status === TaskStatus.ERROR && task.error !== this.#reportedError) {
      this.#reportedError = task.error;
      if (!isAbort(task.error)) this.#reportError('list', toInviteApiError(task.error));
    }
    if (task.status === TaskStatus.COMPLETE && this.#list.view) this.#list.clampPage(this.#list.view, this.pageSize);
  }

  #reportError(operation: 'list' | 'cancel', error: InviteApiError): void {
    dispatchInviteEvent(this, 'invite-error', { operation, error });
    if (error.kind === 'unauthorized') dispatchInviteEvent(this, 'invite-unauthorized', {});
  }

  #selectFilter = async (filter: StatusFilter, focus: boolean) => {
    this.#list.show(filter, 0);
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${tabId(filter)}`)?.focus();
  };

  #showPage = (page: number) => this.#list.show(this.#list.filter, page);

  #onCreated = () => {
    this.notice = { tone: 'success', text: this.#strings.createdNotice };
    void this.refresh();
  };

  #onCancelRequest = (event: InviteEvent<'invite-cancel'>) => {
    const { invitation } = event.detail;
    // Host listeners run after this one; decide once the whole dispatch is over.
    queueMicrotask(() => {
      if (!event.defaultPrevented) void this.#cancel(invitation);
    });
  };

  async #cancel(invitation: Invitation): Promise<void> {
    this.notice = undefined;
    try {
      await this.#list.cancel(invitation);
      this.notice = { tone: 'success', text: this.#strings.canceledNotice };
      dispatchInviteEvent(this, 'invite-canceled', { invitation });
    } catch (thrown) {
      const error = toInviteApiError(thrown);
      this.notice = { tone: 'error', text: this.#strings.cancelFailed(error.message) };
      this.#reportError('cancel', error);
    }
  }

  get #strings(): InviteStrings {
    return resolveStrings(this.strings);
  }

  override render() {
    const strings = this.#strings;
    const error = this.#list.task.status === TaskStatus.ERROR ? toInviteApiError(this.#list.task.error) : undefined;
    const signedOut = error?.kind === 'unauthorized';
    return html`<div class="base" part="base">
      <header class="header" part="header">
        <h2 class="title" part="title">${strings.title}</h2>
        <button class="button button--primary" part="button create-button" ?disabled=${signedOut} @click=${this.openCreateDialog}>
          ${plusIcon}${strings.createInvite}
        </button>
      </header>
      ${signedOut ? renderSignedOut(strings, error.message) : this.#renderBody(strings, error)}
      <create-invite-dialog
        .adapter=${this.inviteAdapter}
        .roles=${this.roles}
        .strings=${this.strings}
        api-base=${this.apiBase}
        invite-url=${this.inviteUrl}
        locale=${this.locale ?? nothing}
        @invite-created=${this.#onCreated}
      ></create-invite-dialog>
    </div>`;
  }

  #renderBody(strings: InviteStrings, error: InviteApiError | undefined) {
    const view = this.#list.view;
    const filter = this.#list.filter;
    return html`<invite-stats part="stats" .stats=${view?.stats} .strings=${this.strings} locale=${this.locale ?? nothing}></invite-stats>
      <div class="notice-region" aria-live="polite">${this.#renderNotice(strings)}</div>
      <div class="panel">
        ${renderStatusTabs(strings, filter, view?.stats, this.locale, this.#selectFilter)}
        <section id=${PANEL_ID} class="tabpanel" role="tabpanel" aria-labelledby=${tabId(filter)} aria-busy=${this.#list.loading ? 'true' : 'false'} @invite-cancel=${this.#onCancelRequest}>
          ${this.#renderPanel(strings, error)}
        </section>
      </div>`;
  }

  #renderPanel(strings: InviteStrings, error: InviteApiError | undefined) {
    const view = this.#list.view;
    const filter = this.#list.filter;
    if (error && !isAbort(error)) return renderLoadError(strings, error.message, () => void this.#list.task.run());
    // Until a view for this very tab arrives, a placeholder (not the previous tab's rows).
    if (!view || view.filter !== filter) return renderSkeleton(strings, 3);
    if (view.invitations.length === 0) {
      const title = filter === 'all' ? strings.emptyTitleAll : strings.emptyTitleStatus(strings.status[filter]);
      return renderEmpty(strings, title, () => this.openCreateDialog());
    }
    return html`<ul class="list" part="list" aria-label=${strings.listLabel}>
        ${repeat(
          view.invitations,
          (invitation) => invitation.id,
          (invitation) => html`<li>
            <invite-card
              part="card"
              .invitation=${invitation}
              .strings=${this.strings}
              ?busy=${this.#list.cancelling.has(invitation.token)}
              api-base=${this.apiBase}
              invite-url=${this.inviteUrl}
              locale=${this.locale ?? nothing}
            ></invite-card>
          </li>`,
        )}
      </ul>
      ${renderPager(strings, { page: view.page, pageSize: this.pageSize, total: view.filteredTotal, locale: this.locale }, this.#showPage)}`;
  }

  #renderNotice(strings: InviteStrings) {
    if (!this.notice) return nothing;
    const { tone, text } = this.notice;
    return html`<div class="notice notice--${tone}" part="notice" role=${tone === 'error' ? 'alert' : 'status'}>
      <span>${text}</span>
      <button class="button button--ghost button--small" part="button dismiss-button" @click=${() => (this.notice = undefined)}>
        ${strings.dismiss}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'invite-dashboard': InviteDashboard;
  }
}

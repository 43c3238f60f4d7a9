import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { defineElement } from '../../define.js';
import { elementAdapter } from '../../state/invite-config.js';
import { DEFAULT_TIMEOUT_MS } from '../../api/http.js';
import { isAbort, toInviteApiError } from '../../api/errors.js';
import type { InviteAdapter } from '../../api/types.js';
import { dispatchInviteEvent, reportError } from '../../events.js';
import { countOf } from '../../i18n/plural.js';
import type { InviteStrings } from '../../i18n/strings.js';
import {
  ANALYTICS_RANGES, DEFAULT_ANALYTICS_RANGE, activityQuery, isAnalyticsRange, isEmptyActivity, viewerTimeZone, type AnalyticsRange,
} from '../../rules/analytics.js';
import { isTimeZone } from '../../rules/calendar.js';
import { InviteConfigMixin } from '../shared/config-mixin.js';
import { loadAnalytics, type AnalyticsData } from './analytics-data.js';
import { ChartWidthController } from './chart-width.js';
import { renderChart, renderLegend, renderTable } from './analytics-chart.js';
import {
  renderCompanionNote, renderLoadError, renderRefreshError, renderSkeleton, renderStatusMix, renderSummary,
} from './analytics-parts.js';
import { styles } from './invite-analytics.styles.js';

type LoadArgs = [InviteAdapter, AnalyticsRange, string];

/** Width drawn at until the chart has been measured. */
const DEFAULT_CHART_WIDTH = 600;

/**
 * @summary Invitations created and used per day over the last 7, 30 or 90 days, with the acceptance
 * rate, the median time to first use and how many live invitations expire within 7 days.
 *
 * Days are calendar days in the viewer's time zone (or `time-zone`). The figures come from the
 * adapter's `activity()` (with better-invite, the companion plugin `invite-dashboard/server`). A
 * backend without it gets what a list can tell, counted in the browser from at most 2,000
 * invitations created in the period: created per day and the status mix, and a note that uses over
 * time need the companion plugin; past 2,000 it says only that. The chart is drawn as SVG and has a
 * "Show as table" toggle with the same numbers. Works on its own or inside `<invite-dashboard>`.
 *
 * @fires invite-show-expiring - `{ count }` when "Show them" beside the expiring count is pressed: the
 *   host shows the pending invitations, soonest expiry first.
 * @fires invite-range-changed - `{ range }` after the period select changed `range`.
 * @fires invite-error - `{ operation: 'activity', error }` once per failed read (a stale read aborted is not an error).
 * @fires invite-unauthorized - `{}` when the server answered 401/403.
 *
 * @csspart base - The panel.
 * @csspart header - The title row with the period select.
 * @csspart title - "Activity".
 * @csspart range - The period select (7, 30 or 90 days).
 * @csspart summary - The figures: acceptance rate, median time to first use, expiring soon.
 * @csspart stat - One figure.
 * @csspart stat-value - The value of a figure.
 * @csspart show-expiring - The button that asks to show the invitations expiring soon.
 * @csspart chart - The chart (a `<figure>` around the SVG).
 * @csspart legend - The key of the chart.
 * @csspart table-toggle - The "Show as table" toggle button.
 * @csspart table - The table of the same numbers.
 * @csspart status-mix - Without use times: the status of the invitations created in the period.
 * @csspart note - What needs the companion plugin, and how much the browser counted.
 * @csspart empty - "No invitations were created or used…".
 * @csspart loading - The loading placeholder.
 * @csspart error - A failed load (with Retry), or a failed refresh above the figures kept on screen.
 * @csspart retry-button - Retry.
 * @csspart button - Every button.
 *
 * @cssprop [--invite-analytics-background=var(--invite-color-surface)] - Background of the panel.
 * @cssprop [--invite-analytics-padding=var(--invite-space-l)] - Space inside the panel.
 * @cssprop [--invite-analytics-created-color=var(--invite-color-accent)] - Bars of invitations created.
 * @cssprop [--invite-analytics-used-color=var(--invite-status-used-text)] - Outline and hatching of the use bars.
 * @cssprop [--invite-analytics-used-background=var(--invite-status-used-bg)] - Between the hatching of the use bars.
 * @csstokens font-family font-size font-size-xs font-size-s font-size-l font-size-xl font-size-2xl font-weight-medium
 *   font-weight-semibold line-height color-text color-text-muted color-surface color-surface-raised color-border
 *   color-accent color-accent-hover color-accent-soft color-accent-text color-on-accent color-danger color-danger-strong
 *   color-on-danger color-danger-soft color-danger-border status-pending-text status-pending-bg status-used-text
 *   status-used-bg status-canceled-text status-canceled-bg status-rejected-text status-rejected-bg status-expired-text
 *   status-expired-bg radius radius-small radius-pill space-xs space-s space-m space-l shadow focus-ring
 *   focus-ring-offset duration
 */
export class InviteAnalytics extends InviteConfigMixin(LitElement) {
  static override styles = styles;
  // Declared here rather than with decorators: a static map costs the bundle far fewer bytes.
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    fetch: { attribute: false },
    adapter: { attribute: false },
    requestTimeout: { attribute: 'request-timeout', type: Number },
    range: { type: Number, reflect: true },
    timeZone: { attribute: 'time-zone' },
    _table: { state: true, attribute: false },
  };

  /** Base URL of the Better Auth API for the default adapter. By default the dashboard's, else `/api/auth`. */
  apiBase?: string;
  /** Fetch used by the default adapter (headers, bearer token, a test double). */
  fetch?: typeof globalThis.fetch;
  /** Replaces the whole data source; by default the dashboard's, else a better-invite HTTP adapter. */
  adapter?: InviteAdapter;
  /** Milliseconds the default adapter waits for the server before the request fails as a timeout; 0 waits forever. */
  requestTimeout = DEFAULT_TIMEOUT_MS;
  /** Days shown, today included: 7, 30 or 90 (another value shows 30). The period select sets it. */
  range: number = DEFAULT_ANALYTICS_RANGE;
  /** IANA time zone the days are counted in; by default the viewer's. */
  timeZone?: string;

  /** Whether the table replaces the chart. */
  private _table = false;

  /** The last figures read, kept on screen while the same range is read again or that read fails. */
  #shown?: { args: LoadArgs; data: AnalyticsData };
  #chartWidth = new ChartWidthController(this, '.chart-frame');

  // Keyed on adapter, range and time zone: a change aborts the stale read and starts another.
  #load = new Task<LoadArgs, { args: LoadArgs; data: AnalyticsData }>(this, {
    args: (): LoadArgs => [this.#adapter(), this.#range, this.#timeZone],
    task: async (args, { signal }) => ({ args, data: await loadAnalytics(args[0], activityQuery(args[1], args[2]), signal) }),
    onComplete: (shown) => (this.#shown = shown),
    onError: (thrown) => {
      if (isAbort(thrown)) return;
      reportError(this, 'activity', toInviteApiError(thrown));
    },
  });

  get #range(): AnalyticsRange {
    return isAnalyticsRange(this.range) ? this.range : DEFAULT_ANALYTICS_RANGE;
  }

  get #timeZone(): string {
    return this.timeZone && isTimeZone(this.timeZone) ? this.timeZone : viewerTimeZone();
  }

  /** Its own `adapter`; else, inside a dashboard and with no `api-base` or `fetch` of its own, the dashboard's. */
  #adapter(): InviteAdapter {
    return elementAdapter(this, this.inviteConfig);
  }

  /** Reads the figures again, keeping the current ones on screen meanwhile; resolves when done (failed or not). */
  async refresh(): Promise<void> {
    await this.#load.run().catch(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('range') && !isAnalyticsRange(this.range)) {
      console.warn(`invite-analytics: range="${this.range}" is not one of ${ANALYTICS_RANGES.join(', ')}; showing ${DEFAULT_ANALYTICS_RANGE} days.`);
    }
    if (changed.has('timeZone') && this.timeZone && !isTimeZone(this.timeZone)) {
      console.warn(`invite-analytics: time-zone="${this.timeZone}" is not a time zone this browser knows; using the viewer's.`);
    }
  }

  #onRangeChange = (event: Event): void => {
    const range = Number((event.target as HTMLSelectElement).value);
    if (!isAnalyticsRange(range) || range === this.range) return;
    this.range = range;
    dispatchInviteEvent(this, 'invite-range-changed', { range });
  };

  #onShowExpiring = (): void => {
    const data = this.#shown?.data;
    const count = data && data.source !== 'too-many' ? (data.expiringWithin7Days ?? 0) : 0;
    dispatchInviteEvent(this, 'invite-show-expiring', { count });
  };

  #onToggleTable = (): void => {
    this._table = !this._table;
  };

  #onRetry = (): void => void this.refresh();

  /** The figures for the current adapter, range and time zone, if any were read (fresh or kept). */
  #current(): AnalyticsData | undefined {
    const shown = this.#shown;
    if (!shown) return undefined;
    const [adapter, range, timeZone] = shown.args;
    return adapter === this.#adapter() && range === this.#range && timeZone === this.#timeZone ? shown.data : undefined;
  }

  override render(): TemplateResult {
    const strings = this.resolvedStrings;
    const status = this.#load.status;
    const loading = status === TaskStatus.INITIAL || status === TaskStatus.PENDING;
    const failed = status === TaskStatus.ERROR && !isAbort(this.#load.error);
    const message = failed ? strings.errorMessage(toInviteApiError(this.#load.error)) : '';
    const data = this.#current();
    let body: TemplateResult;
    if (data) body = html`${failed ? renderRefreshError(message, this.#parts(strings), this.#onRetry) : nothing}${this.#renderData(data, strings)}`;
    else if (failed) body = renderLoadError(message, this.#parts(strings), this.#onRetry);
    else body = renderSkeleton(this.#parts(strings));
    return html`<section class="panel" part="base" aria-labelledby="title" aria-busy=${loading ? 'true' : 'false'}>
      <div class="header" part="header">
        <h2 class="title" id="title" part="title">${strings.analyticsTitle}</h2>
        ${this.#renderRange(strings)}
      </div>
      ${body}
    </section>`;
  }

  #parts(strings: InviteStrings) {
    return { strings, locale: this.resolvedLocale };
  }

  #renderRange(strings: InviteStrings): TemplateResult {
    return html`<label class="range">
      <span class="range-label">${strings.analyticsRangeLabel}</span>
      <select class="control" part="range" .value=${String(this.#range)} @change=${this.#onRangeChange}>
        ${ANALYTICS_RANGES.map(
          (days) => html`<option value=${days} ?selected=${days === this.#range}>${strings.analyticsRange(countOf(days, this.resolvedLocale))}</option>`,
        )}
      </select>
    </label>`;
  }

  #renderData(data: AnalyticsData, strings: InviteStrings): TemplateResult {
    const parts = this.#parts(strings);
    if (data.source === 'too-many') return renderCompanionNote(data, parts);
    const empty = isEmptyActivity(data.days);
    return html`${renderSummary(data, parts, this.#onShowExpiring)}
      ${data.source === 'browser' ? html`${renderStatusMix(data.mix, parts)}${renderCompanionNote(data, parts)}` : nothing}
      ${empty
        ? html`<p class="empty" part="empty">${strings.analyticsEmpty(countOf(this.#range, this.resolvedLocale))}</p>`
        : this.#renderChartArea(data.days, strings)}`;
  }

  #renderChartArea(days: Extract<AnalyticsData, { days: unknown }>['days'], strings: InviteStrings): TemplateResult {
    const input = { days, strings, locale: this.resolvedLocale, width: this.#chartWidth.width || DEFAULT_CHART_WIDTH };
    return html`<div class="chart-area">
      <div class="chart-bar">
        ${this._table ? nothing : renderLegend(input)}
        <button class="button button--small" part="button table-toggle" type="button" aria-pressed=${this._table ? 'true' : 'false'}
          @click=${this.#onToggleTable}>${strings.analyticsShowTable}</button>
      </div>
      ${this._table ? renderTable(input) : html`<div class="chart-frame">${renderChart(input)}</div>`}
    </div>`;
  }
}

defineElement('invite-analytics', InviteAnalytics);

declare global {
  interface HTMLElementTagNameMap {
    'invite-analytics': InviteAnalytics;
  }
}

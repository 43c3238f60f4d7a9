import { html, nothing, type TemplateResult } from 'lit';
import { INVITE_STATUSES, type InviteStats } from '../../api/types.js';
import { formatNumber } from '../../i18n/format.js';
import { countOf } from '../../i18n/plural.js';
import type { InviteStrings } from '../../i18n/strings.js';
import { alertIcon, refreshIcon } from '../../icons/icons.js';
import { BROWSER_ANALYTICS_LIMIT } from '../../rules/analytics.js';
import type { AnalyticsData } from './analytics-data.js';
import { formatDuration, formatPercent } from './analytics-format.js';

interface PartsInput {
  strings: InviteStrings;
  locale?: string;
}

/**
 * The figures above the chart. With the companion plugin: acceptance rate, median time to first use
 * and the expiring count; counted in the browser: the expiring count only, when it is exact.
 */
export function renderSummary(data: Exclude<AnalyticsData, { source: 'too-many' }>, { strings, locale }: PartsInput, onShowExpiring: () => void): TemplateResult {
  const none = strings.analyticsNoValue;
  const expiring = data.expiringWithin7Days;
  const stats: TemplateResult[] = [];
  if (data.source === 'activity') {
    stats.push(stat('acceptance', strings.analyticsAcceptance, data.acceptanceRate === null ? none : formatPercent(data.acceptanceRate, locale)));
    stats.push(stat('median', strings.analyticsMedian, data.medianSecondsToFirstUse === null ? none : formatDuration(data.medianSecondsToFirstUse, locale)));
  }
  if (expiring !== null) {
    const action = expiring > 0
      ? html`<button class="button button--small" part="button show-expiring" type="button" aria-describedby="stat-expiring"
          @click=${onShowExpiring}>${strings.analyticsShowExpiring}</button>`
      : nothing;
    stats.push(stat('expiring', strings.analyticsExpiring, formatNumber(expiring, locale), action));
  }
  if (stats.length === 0) return html``;
  return html`<dl class="summary ${stats.length === 1 ? 'summary--single' : ''}" part="summary">${stats}</dl>`;
}

function stat(key: string, label: string, value: string, action: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<div class="stat" part="stat" data-stat=${key}>
    <dt class="stat-label" id="stat-${key}">${label}</dt>
    <dd class="stat-value"><span part="stat-value">${value}</span>${action}</dd>
  </div>`;
}

/** Without use times: the statuses of the invitations created in the range, each named in words. */
export function renderStatusMix(mix: InviteStats, { strings, locale }: PartsInput): TemplateResult {
  return html`<div class="status-mix" part="status-mix">
    <h3 class="subtitle" id="status-mix">${strings.analyticsStatusMix}</h3>
    <ul class="status-list" aria-labelledby="status-mix">
      ${INVITE_STATUSES.map(
        (status) => html`<li class="status-item" data-status=${status}>
          <span class="badge tone--${status}">${strings.status[status]}</span>
          <span class="status-count">${formatNumber(mix[status], locale)}</span>
        </li>`,
      )}
    </ul>
  </div>`;
}

/** Why less is shown without the companion plugin, and how much the browser counted. */
export function renderCompanionNote(data: AnalyticsData, { strings, locale }: PartsInput): TemplateResult {
  const max = countOf(BROWSER_ANALYTICS_LIMIT, locale);
  const text = data.source === 'too-many'
    ? strings.analyticsTooMany(countOf(data.total, locale), max)
    : `${strings.analyticsCompanionNeeded} ${strings.analyticsBrowserBound(max)}`;
  return html`<p class="note" part="note">${text}</p>`;
}

/** Placeholders while the first figures for a range load; the text is for screen readers. */
export function renderSkeleton({ strings }: PartsInput): TemplateResult {
  return html`<div class="skeleton" part="loading" role="status">
    <span class="visually-hidden">${strings.analyticsLoading}</span>
    <div class="summary" aria-hidden="true">
      <span class="skeleton-block"></span><span class="skeleton-block"></span><span class="skeleton-block"></span>
    </div>
    <span class="skeleton-block skeleton-block--chart" aria-hidden="true"></span>
  </div>`;
}

/** Nothing to show and the read failed: what went wrong, and Retry. */
export function renderLoadError(message: string, { strings }: PartsInput, onRetry: () => void): TemplateResult {
  return html`<div class="danger-notice" part="error" role="alert">
    ${alertIcon}
    <div class="error-text">
      <h3 class="error-title">${strings.analyticsLoadFailed}</h3>
      <p>${message}</p>
    </div>
    <button class="button button--small" part="button retry-button" type="button" @click=${onRetry}>${refreshIcon}${strings.retry}</button>
  </div>`;
}

/** A refresh failed while the figures read before stay on screen below. */
export function renderRefreshError(message: string, { strings }: PartsInput, onRetry: () => void): TemplateResult {
  return html`<div class="danger-notice" part="error" role="alert">
    <p class="error-text">${strings.analyticsRefreshFailed(message)}</p>
    <button class="button button--small" part="button retry-button" type="button" @click=${onRetry}>${strings.retry}</button>
  </div>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import type { InviteStrings } from '../../i18n/strings.js';
import type { DashboardQuery } from '../../state/dashboard-query.js';
import { alertIcon, inboxIcon, lockIcon, plusIcon, refreshIcon } from '../../icons/icons.js';

/** Placeholder cards while the first page loads: the layout does not jump when rows arrive. */
export function renderSkeleton(strings: InviteStrings, rows: number): TemplateResult {
  return html`<div class="skeleton" part="loading" role="status" aria-live="polite">
    <span class="visually-hidden">${strings.loading}</span>
    ${Array.from({ length: rows }, () => html`<div class="skeleton-card" aria-hidden="true"><span></span><span></span></div>`)}
  </div>`;
}

export function renderEmpty(strings: InviteStrings, title: string, onCreate: () => void): TemplateResult {
  return html`<div class="state" part="empty">
    <span class="state-icon" part="state-icon">${inboxIcon}</span>
    <h3 class="state-title" part="state-title">${title}</h3>
    <p class="state-body" part="state-body">${strings.emptyBody}</p>
    <button class="button button--primary" part="button create-first-button" @click=${onCreate}>
      ${plusIcon}${strings.createFirst}
    </button>
  </div>`;
}

/** Nothing matches: which filters (and tab) hide everything, and a way to clear them. */
export function renderFilteredEmpty(strings: InviteStrings, query: DashboardQuery, onClear: () => void): TemplateResult {
  const parts: string[] = [];
  if (query.status !== 'all') parts.push(strings.filterStatus(strings.status[query.status]));
  if (query.search.trim()) parts.push(strings.filterSearch(query.search.trim()));
  if (query.roleFilter) parts.push(strings.filterRole(query.roleFilter));
  if (query.createdFrom) parts.push(strings.filterFrom(query.createdFrom));
  if (query.createdTo) parts.push(strings.filterTo(query.createdTo));
  return html`<div class="state" part="empty">
    <span class="state-icon" part="state-icon">${inboxIcon}</span>
    <h3 class="state-title" part="state-title">${strings.emptyFilteredTitle}</h3>
    <p class="state-body" part="state-body">${strings.emptyFilteredBody(strings.filterJoin(...parts))}</p>
    <button class="button" part="button clear-filters" @click=${onClear}>${strings.clearFilters}</button>
  </div>`;
}

export function renderLoadError(strings: InviteStrings, message: string, onRetry: () => void): TemplateResult {
  return html`<div class="state state--error" part="error" role="alert">
    <span class="state-icon" part="state-icon">${alertIcon}</span>
    <h3 class="state-title" part="state-title">${strings.loadErrorTitle}</h3>
    <p class="state-body" part="state-body">${message}</p>
    <button class="button" part="button retry-button" @click=${onRetry}>${refreshIcon}${strings.retry}</button>
  </div>`;
}

/**
 * Signed out: says so once, with "Sign in" when the host gave its sign-in page (`sign-in-url`,
 * an http(s) link only: a `javascript:` URL never reaches the `href`).
 */
export function renderSignedOut(strings: InviteStrings, message: string | undefined, signInUrl?: string): TemplateResult {
  const href = signInUrl ? httpUrl(signInUrl) : undefined;
  return html`<div class="state" part="signed-out" role="status">
    <span class="state-icon" part="state-icon">${lockIcon}</span>
    <h3 class="state-title" part="state-title">${strings.signedOutTitle}</h3>
    <p class="state-body" part="state-body">${strings.signedOutBody}</p>
    ${message ? html`<p class="state-detail">${message}</p>` : nothing}
    ${href ? html`<a class="button button--primary" part="button sign-in-link" href=${href}>${strings.signIn}</a>` : nothing}
    <slot name="signed-out"></slot>
  </div>`;
}

/** `url` resolved against the page, when it is an http(s) link. */
function httpUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url, document.baseURI);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href;
  } catch {
    // Not a URL: no link.
  }
  console.warn(`invite-dashboard: sign-in-url "${url}" is not an http(s) link; no link shown.`);
  return undefined;
}

import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { InviteStrings } from '../../i18n/strings.js';
import { searchIcon } from '../../icons/icons.js';
import type { DashboardQuery } from '../../state/dashboard-query.js';
import { hasFilters } from '../../state/view-params.js';
import type { FilterInputs } from './filter-inputs.js';

export interface ToolbarOptions {
  strings: InviteStrings;
  query: DashboardQuery;
  roles: readonly string[];
  inputs: FilterInputs;
  /** The export button and its progress, or nothing. */
  exportControl: TemplateResult | typeof nothing;
}

/**
 * Search by email, role, created from / to and sort: every field labelled, each change one view
 * (the status tabs and their counts follow), and "Clear filters" while any filter is set.
 */
export function renderToolbar({ strings, query, roles, inputs, exportControl }: ToolbarOptions): TemplateResult {
  const dateError = inputs.dateError;
  const date = (name: 'createdFrom' | 'createdTo', label: string, part: string) =>
    html`<label class="field field--date">
      <span class="field-label">${label}</span>
      <input
        class="control"
        type="date"
        name=${name}
        part=${part}
        .value=${live(inputs.dates?.[name] ?? query[name])}
        aria-invalid=${dateError === name ? 'true' : 'false'}
        aria-describedby=${dateError === name ? 'date-error' : nothing}
        @change=${inputs.onDateChange}
      />
    </label>`;
  // Options carry `selected` for the first render (the select's value binding runs before they
  // exist), the select's live value for every later one. The query's role may be one the host no longer offers: it stays selectable so the view holds.
  const roleOptions = query.roleFilter && !roles.includes(query.roleFilter) ? [...roles, query.roleFilter] : roles;
  return html`<div class="toolbar" part="toolbar" role="search" aria-label=${strings.toolbarLabel}>
    <label class="field field--search">
      <span class="field-label">${strings.searchLabel}</span>
      <span class="search-box">${searchIcon}<input class="control" type="search" part="search" autocomplete="off" spellcheck="false"
        .value=${live(inputs.search)} @input=${inputs.onSearchInput} @keydown=${inputs.onSearchKeydown} /></span>
    </label>
    <label class="field">
      <span class="field-label">${strings.roleFilterLabel}</span>
      <select class="control" part="role-filter" .value=${live(query.roleFilter)} @change=${inputs.onRoleChange}>
        <option value="" ?selected=${!query.roleFilter}>${strings.allRoles}</option>
        ${roleOptions.map((role) => html`<option value=${role} ?selected=${role === query.roleFilter}>${strings.roleName(role)}</option>`)}
      </select>
    </label>
    <label class="field">
      <span class="field-label">${strings.sortLabel}</span>
      <select class="control" part="sort" .value=${live(query.sort)} @change=${inputs.onSortChange}>
        <option value="newest" ?selected=${query.sort === 'newest'}>${strings.sortNewest}</option>
        <option value="oldest" ?selected=${query.sort === 'oldest'}>${strings.sortOldest}</option>
        <option value="expiring" ?selected=${query.sort === 'expiring'}>${strings.sortExpiring}</option>
      </select>
    </label>
    ${date('createdFrom', strings.createdFromLabel, 'date-from')} ${date('createdTo', strings.createdToLabel, 'date-to')}
    <div class="toolbar-actions">
      ${hasFilters(query) || inputs.searchDraft || dateError
        ? html`<button type="button" class="button button--ghost button--small" part="button clear-filters" @click=${inputs.clear}>${strings.clearFilters}</button>`
        : nothing}
      ${exportControl}
    </div>
    ${dateError ? html`<p class="field-error" id="date-error" role="alert">${strings.dateRangeError}</p>` : nothing}
  </div>`;
}

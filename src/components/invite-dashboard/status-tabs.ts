import { html, type TemplateResult } from 'lit';
import type { InviteStats } from '../../api/types.js';
import type { InviteStrings } from '../../i18n/strings.js';
import { formatNumber } from '../../i18n/format.js';
import { countFor } from '../../state/dashboard-data.js';
import { STATUS_FILTERS, type StatusFilter } from '../../state/dashboard-query.js';

export const tabId = (filter: StatusFilter) => `tab-${filter}`;
export const PANEL_ID = 'invitations-panel';

/**
 * The status tabs, following the WAI-ARIA tabs pattern: one tab stop (the selected tab),
 * arrow keys (mirrored right-to-left) and Home / End move between tabs and select them.
 */
export function renderStatusTabs(
  strings: InviteStrings,
  selected: StatusFilter,
  stats: InviteStats | undefined,
  locale: string | undefined,
  onSelect: (filter: StatusFilter, focus: boolean) => void,
): TemplateResult {
  const label = (filter: StatusFilter) => (filter === 'all' ? strings.tabAll : strings.status[filter]);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = STATUS_FILTERS.indexOf(selected);
    const last = STATUS_FILTERS.length - 1;
    const next = index === last ? 0 : index + 1;
    const previous = index === 0 ? last : index - 1;
    // Right-to-left, the next tab is on the left: the arrows follow what the user sees.
    const rtl = (event.currentTarget as HTMLElement).matches(':dir(rtl)');
    const target = {
      ArrowRight: rtl ? previous : next,
      ArrowLeft: rtl ? next : previous,
      Home: 0,
      End: last,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    onSelect(STATUS_FILTERS[target], true);
  };
  return html`<div class="tabs" role="tablist" part="tabs" aria-label=${strings.statusTabsLabel} @keydown=${onKeyDown}>
    ${STATUS_FILTERS.map(
      (filter) => html`<button
        id=${tabId(filter)}
        class="tab"
        part=${filter === selected ? 'tab tab-selected' : 'tab'}
        role="tab"
        type="button"
        aria-selected=${filter === selected ? 'true' : 'false'}
        aria-controls=${PANEL_ID}
        tabindex=${filter === selected ? 0 : -1}
        data-filter=${filter}
        @click=${() => onSelect(filter, false)}
      >
        ${label(filter)}
        <span class="tab-count" part="tab-count">${stats ? formatNumber(countFor(stats, filter), locale) : '–'}</span>
      </button>`,
    )}
  </div>`;
}

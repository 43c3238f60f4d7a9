import { html, nothing, type TemplateResult } from 'lit';
import type { InviteStrings } from '../../i18n/strings.js';
import { formatNumber } from '../../i18n/format.js';
import { chevronLeftIcon, chevronRightIcon } from '../../icons/icons.js';

export interface PagerState {
  page: number;
  pageSize: number;
  total: number;
  locale?: string;
}

/** Rows per page offered; a page size the host set that is not one of these is offered too. */
export const PAGE_SIZES = [10, 20, 50, 100];

/** "Showing 21–40 of 312", rows per page, and previous / next when there is more than one page. */
export function renderPager(
  strings: InviteStrings,
  { page, pageSize, total, locale }: PagerState,
  onPage: (page: number) => void,
  onPageSize: (pageSize: number) => void,
): TemplateResult | typeof nothing {
  if (total === 0) return nothing;
  const sizes = PAGE_SIZES.includes(pageSize) ? PAGE_SIZES : [...PAGE_SIZES, pageSize].sort((a, b) => a - b);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = page * pageSize + 1;
  const to = Math.min(total, (page + 1) * pageSize);
  const n = (value: number) => formatNumber(value, locale);
  return html`<nav class="pager" part="pager" aria-label=${strings.paginationLabel}>
    <p class="pager-summary">${strings.showing(n(from), n(to), n(total))}</p>
    <label class="page-size">${strings.rowsPerPage}
      <select class="control" part="page-size" @change=${(event: Event) => onPageSize(Number((event.target as HTMLSelectElement).value))}>
        ${sizes.map((size) => html`<option value=${size} ?selected=${size === pageSize}>${n(size)}</option>`)}
      </select>
    </label>
    ${pages > 1
      ? html`<div class="pager-controls">
          <button class="button button--small" part="button previous-button" aria-label=${strings.previousPage} ?disabled=${page === 0} @click=${() => onPage(page - 1)}>
            ${chevronLeftIcon}<span class="pager-label">${strings.previousPage}</span>
          </button>
          <span class="pager-page">${strings.pageOf(n(page + 1), n(pages))}</span>
          <button class="button button--small" part="button next-button" aria-label=${strings.nextPage} ?disabled=${page >= pages - 1} @click=${() => onPage(page + 1)}>
            <span class="pager-label">${strings.nextPage}</span>${chevronRightIcon}
          </button>
        </div>`
      : nothing}
  </nav>`;
}

import { DEFAULT_QUERY, STATUS_FILTERS, dayStart, type DashboardQuery, type SortOrder, type StatusFilter } from './dashboard-query.js';

/**
 * The view as a host sees it: the dashboard's attributes and `invite-view-changed`'s detail.
 * Like DashboardQuery, except that `page` counts from 1 here.
 */
export interface InviteView {
  status: StatusFilter;
  search: string;
  roleFilter: string;
  createdFrom: string;
  createdTo: string;
  sort: SortOrder;
  page: number;
  pageSize: number;
}

export const SORT_ORDERS: readonly SortOrder[] = ['newest', 'oldest', 'expiring'];

/** The most rows one page may ask for. */
export const MAX_PAGE_SIZE = 1000;

/** The view's fields, each with its query-string name under `sync-url`. */
export const URL_PARAMS: Record<keyof InviteView, string> = {
  status: 'invite_status',
  search: 'invite_q',
  roleFilter: 'invite_role',
  createdFrom: 'invite_from',
  createdTo: 'invite_to',
  sort: 'invite_sort',
  page: 'invite_page',
  pageSize: 'invite_page_size',
};

export function viewOf(query: DashboardQuery): InviteView {
  const { status, search, roleFilter, createdFrom, createdTo, sort, page, pageSize } = query;
  return { status, search, roleFilter, createdFrom, createdTo, sort, page: page + 1, pageSize };
}

/** Raw values, as attributes or a URL give them: anything may be wrong. */
export type RawView = { [K in keyof InviteView]?: unknown };

/**
 * The query a raw view means. A value that is not valid falls back to its default, and `warn` is
 * told which and why (a hand-edited URL, a typo in an attribute) — never a wrong query.
 */
export function queryOf(raw: RawView, warn: (message: string) => void = () => {}): DashboardQuery {
  const query: DashboardQuery = { ...DEFAULT_QUERY };
  const bad = (field: keyof InviteView, why: string) => warn(`invite-dashboard: ${field} ${JSON.stringify(raw[field])} ${why}; using the default.`);
  const text = (field: keyof InviteView) => (typeof raw[field] === 'string' ? (raw[field] as string) : raw[field] == null ? '' : String(raw[field]));
  const status = text('status');
  if (status) {
    if ((STATUS_FILTERS as readonly string[]).includes(status)) query.status = status as StatusFilter;
    else bad('status', `is not one of ${STATUS_FILTERS.join(', ')}`);
  }
  const sort = text('sort');
  if (sort) {
    if ((SORT_ORDERS as readonly string[]).includes(sort)) query.sort = sort as SortOrder;
    else bad('sort', `is not one of ${SORT_ORDERS.join(', ')}`);
  }
  query.search = text('search');
  query.roleFilter = text('roleFilter');
  for (const field of ['createdFrom', 'createdTo'] as const) {
    const day = text(field);
    if (!day) continue;
    if (dayStart(day)) query[field] = day;
    else bad(field, 'is not a date YYYY-MM-DD');
  }
  if (query.createdFrom && query.createdTo && query.createdFrom > query.createdTo) {
    warn(`invite-dashboard: created-from ${query.createdFrom} is after created-to ${query.createdTo}; ignoring both.`);
    query.createdFrom = query.createdTo = '';
  }
  const page = whole(raw.page);
  if (page !== undefined && page >= 1) query.page = page - 1;
  else if (raw.page != null && raw.page !== '') bad('page', 'is not a page number from 1');
  const size = whole(raw.pageSize);
  if (size !== undefined && size >= 1 && size <= MAX_PAGE_SIZE) query.pageSize = size;
  else if (raw.pageSize != null && raw.pageSize !== '') bad('pageSize', `is not a number of rows from 1 to ${MAX_PAGE_SIZE}`);
  return query;
}

function whole(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(number) ? number : undefined;
}

/** The view from a URL's query string (`invite_*`; absent fields are defaults). */
export function rawViewFromParams(params: URLSearchParams): RawView {
  const raw: RawView = {};
  for (const [field, name] of Object.entries(URL_PARAMS) as [keyof InviteView, string][]) {
    const value = params.get(name);
    if (value !== null) raw[field] = value;
  }
  return raw;
}

/**
 * `params` with the view written in: fields at their default are left out (a clean URL), every
 * parameter of the page that is not the dashboard's is kept as it was.
 */
export function writeViewParams(view: InviteView, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  const defaults = viewOf(DEFAULT_QUERY);
  for (const [field, name] of Object.entries(URL_PARAMS) as [keyof InviteView, string][]) {
    if (view[field] === defaults[field] || view[field] === '') next.delete(name);
    else next.set(name, String(view[field]));
  }
  return next;
}

/** True when any filter (not status, sort or paging) narrows the list. */
export function hasFilters(query: DashboardQuery): boolean {
  return Boolean(query.search.trim() || query.roleFilter || query.createdFrom || query.createdTo);
}

import { DEFAULT_QUERY, STATUS_FILTERS, dayStart, type DashboardQuery, type SortOrder } from './dashboard-query.js';

/**
 * The view as a host sees it: the dashboard's attributes and `invite-view-changed`'s detail. The
 * same fields as DashboardQuery, except that `page` counts from 1 here.
 */
export type InviteView = DashboardQuery;

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

/** Whether a raw value is valid for its field. */
const VALID: { [K in keyof InviteView]: (value: string) => boolean } = {
  status: (value) => (STATUS_FILTERS as readonly string[]).includes(value),
  search: () => true,
  roleFilter: () => true,
  createdFrom: (value) => !!dayStart(value),
  createdTo: (value) => !!dayStart(value),
  sort: (value) => (SORT_ORDERS as readonly string[]).includes(value),
  page: (value) => /^[1-9]\d{0,8}$/.test(value),
  pageSize: (value) => /^\d{1,4}$/.test(value) && +value >= 1 && +value <= MAX_PAGE_SIZE,
};

/**
 * The query a raw view means. A value that is not valid falls back to its default, and `warn` is
 * told which (a hand-edited URL, a typo in an attribute) — never a wrong query.
 */
export function queryOf(raw: RawView, warn: (message: string) => void = () => {}): DashboardQuery {
  const view = viewOf(DEFAULT_QUERY) as unknown as Record<keyof InviteView, string | number>;
  for (const field of Object.keys(VALID) as (keyof InviteView)[]) {
    const value = raw[field] == null ? '' : String(raw[field]);
    if (value === '') continue;
    if (VALID[field](value)) view[field] = typeof view[field] === 'number' ? +value : value;
    else warn(`invite-dashboard: ${field} "${value}" is not valid; using the default.`);
  }
  const query = { ...(view as unknown as InviteView), page: +view.page - 1 };
  if (query.createdFrom && query.createdTo && query.createdFrom > query.createdTo) {
    warn(`invite-dashboard: created-from is after created-to; ignoring both.`);
    query.createdFrom = query.createdTo = '';
  }
  return query;
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
 * `params` with the view written in: fields at their `home` value (the host's first view, else the
 * defaults) are left out, for a clean URL; every parameter that is not the dashboard's is kept.
 */
export function writeViewParams(view: InviteView, params: URLSearchParams, home: InviteView = viewOf(DEFAULT_QUERY)): URLSearchParams {
  const next = new URLSearchParams(params);
  const defaults = home;
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

// Runs in the bench page (a classic script, before the bundle): generated invitations and a
// `fetch` that answers better-invite's HTTP contract for them (../../shared/better-invite-contract.md,
// §4 "GET /invite/list" and §5), so any version of the dashboard reads correct data with no server.
// Any other path gets a 404 JSON error, as a Better Auth server without that plugin would.
(() => {
  const params = new URLSearchParams(location.search);
  const ROWS = Number(params.get('rows') ?? 1000);
  // One fixed instant per page load: every version of the dashboard sees the same rows.
  const NOW = Date.now();
  const HOUR = 3_600_000;
  const ROLES = ['user', 'admin', 'moderator', 'editor'];
  // Half pending, the rest spread over the other stored statuses; every tenth row is past its expiry.
  const STATUSES = ['pending', 'used', 'pending', 'canceled', 'pending', 'rejected', 'pending', 'used', 'pending'];

  /** Row `i` as better-invite stores it; deterministic so both builds get byte-identical answers. */
  function row(i) {
    const created = NOW - (i + 1) * 60_000;
    const expired = i % 10 === 9;
    const publicInvite = i % 7 === 3;
    const hex = (i * 2654435761 >>> 0).toString(16).padStart(8, '0');
    return {
      token: `tok${hex}${String(i).padStart(13, '0')}`,
      createdAt: new Date(created).toISOString(),
      expiresAt: new Date(expired ? NOW - HOUR - i * 1000 : NOW + (7 * 24 + (i % 48)) * HOUR).toISOString(),
      maxUses: publicInvite ? 1 + (i % 5) : 1,
      infinityMaxUses: publicInvite && i % 2 === 0,
      createdByUserId: 'benchAdminUserId0000000000000000',
      redirectToAfterUpgrade: null,
      shareInviterName: true,
      email: null,
      emails: publicInvite ? null : [`person${i}@example${i % 13}.com`],
      role: ROLES[i % ROLES.length],
      newAccount: publicInvite ? null : i % 3 !== 0,
      status: expired ? 'pending' : STATUSES[i % 9],
      id: `id${hex}${String(i).padStart(22, '0')}`,
    };
  }
  const rows = Array.from({ length: ROWS }, (_, i) => row(i));

  /** A column as SQLite holds it: arrays as JSON text, booleans as 0/1. */
  function stored(value) {
    if (Array.isArray(value)) return JSON.stringify(value);
    return typeof value === 'boolean' ? Number(value) : value;
  }
  /** A query string read as that column's type (`filterValue` is always text). */
  function typed(sample, text) {
    if (typeof sample === 'number') return Number(text);
    if (typeof sample === 'boolean') return text === 'true' ? 1 : text === 'false' ? 0 : Number(text);
    return text;
  }
  /** SQLite's order: NULL first, then values. */
  function compare(a, b) {
    if (a === null || a === undefined) return b === null || b === undefined ? 0 : -1;
    if (b === null || b === undefined) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const OPERATORS = {
    eq: (c) => c === 0,
    ne: (c) => c !== 0,
    lt: (c) => c < 0,
    lte: (c) => c <= 0,
    gt: (c) => c > 0,
    gte: (c) => c >= 0,
  };
  const COLUMNS = new Set(Object.keys(row(0)));

  function json(status, body) {
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }

  function list(query) {
    const number = (name) => (query.has(name) ? Number.parseInt(query.get(name), 10) : undefined);
    const limit = number('limit');
    const offset = number('offset');
    if ((query.has('limit') && Number.isNaN(limit)) || (query.has('offset') && Number.isNaN(offset))) {
      const name = Number.isNaN(limit) ? 'limit' : 'offset';
      return json(400, { message: `[query.${name}] Invalid input: expected number, received NaN`, code: 'VALIDATION_ERROR' });
    }
    const sortBy = query.get('sortBy');
    const filterValue = query.get('filterValue');
    // A filterValue with no filterField filters on `emails`; an unknown column swallows the error.
    const filterField = query.get('filterField') ?? (filterValue !== null ? 'emails' : null);
    const operator = OPERATORS[query.get('filterOperator') ?? 'eq'];
    const searchField = query.get('searchField') ?? 'email';
    if ((sortBy && !COLUMNS.has(sortBy)) || (filterField && !COLUMNS.has(filterField)) || !operator || searchField !== 'email') {
      return json(200, { total: 0, invitations: [] });
    }
    let matching = rows;
    if (filterField && filterValue !== null) {
      // NULL matches no comparison.
      matching = matching.filter((r) => r[filterField] !== null && operator(compare(stored(r[filterField]), typed(r[filterField], filterValue))));
    }
    const searchValue = query.get('searchValue');
    if (searchValue) {
      const needle = searchValue.toLowerCase();
      const searchOperator = query.get('searchOperator') ?? 'contains';
      // The column holds JSON text, so only `contains` finds anything (contract §4).
      matching = matching.filter((r) => {
        const text = r.emails ? JSON.stringify(r.emails).toLowerCase() : '';
        if (searchOperator === 'starts_with') return text.startsWith(needle);
        if (searchOperator === 'ends_with') return text.endsWith(needle);
        return text.includes(needle);
      });
    }
    if (sortBy) {
      const direction = query.get('sortDirection') === 'desc' ? -1 : 1;
      // Stable: ties keep insertion order, as SQLite did.
      matching = matching
        .map((r, index) => [r, index])
        .sort(([a, ia], [b, ib]) => direction * compare(stored(a[sortBy]), stored(b[sortBy])) || ia - ib)
        .map(([r]) => r);
    }
    const start = offset && offset > 0 ? offset : 0;
    // limit=-1 is "all" on SQLite; no limit is Better Auth's default of 100.
    const end = limit === undefined ? start + 100 : limit < 0 ? matching.length : start + limit;
    const body = {
      total: matching.length,
      // `expired` is computed in list answers only, whatever the stored status.
      invitations: matching.slice(start, end).map((r) => (Date.parse(r.expiresAt) < Date.now() ? { ...r, status: 'expired' } : r)),
    };
    if (limit) body.limit = limit;
    if (start) body.offset = start;
    return json(200, body);
  }

  /** `fetch` for the dashboard's `fetch` property. */
  async function fakeFetch(input, init = {}) {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url, location.href);
    window.__bench.requests.push(`${request.method} ${url.pathname}${url.search}`);
    if (request.signal?.aborted) throw request.signal.reason ?? new DOMException('Aborted', 'AbortError');
    if (request.method === 'GET' && url.pathname.endsWith('/invite/list')) return list(url.searchParams);
    return json(404, { message: 'Not Found', code: 'NOT_FOUND' });
  }

  /** Every node of the page, shadow trees included. */
  function countNodes(root = document) {
    let count = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      count += 1;
      if (node.shadowRoot) count += countNodes(node.shadowRoot);
    }
    return count;
  }

  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

  /**
   * Resolves once the dashboard shows `expected` rendered cards, is not busy, and a frame with them
   * laid out has been produced: the end of a measured phase.
   */
  async function settled(dashboard, expected) {
    const deadline = performance.now() + 30_000;
    for (;;) {
      const root = dashboard.shadowRoot;
      const cards = root ? [...root.querySelectorAll('invite-card')] : [];
      const busy = root?.querySelector('[aria-busy="true"]');
      if (cards.length === expected && !busy) {
        await Promise.all(cards.map((card) => card.updateComplete));
        if (cards.every((card) => card.shadowRoot?.querySelector('.card'))) break;
      }
      if (performance.now() > deadline) {
        throw new Error(`timed out: ${cards.length} cards of ${expected}, busy ${Boolean(busy)}`);
      }
      await frame();
    }
    // Force the layout now, then let the frame that paints it run.
    document.documentElement.getBoundingClientRect();
    await frame();
    await frame();
  }

  const liveAt = (r) => Date.parse(r.expiresAt) >= NOW;
  window.__bench = {
    requests: [],
    rows,
    /** Cards the first page of a tab shows: All is paged by the server, Pending holds the live pending rows. */
    expected(tab, pageSize) {
      const count = tab === 'all' ? rows.length : rows.filter((r) => r.status === tab && liveAt(r)).length;
      return Math.min(count, pageSize);
    },
    countNodes,
    async mount(pageSize, density) {
      const dashboard = document.createElement('invite-dashboard');
      dashboard.setAttribute('page-size', String(pageSize));
      if (density) dashboard.setAttribute('density', density);
      dashboard.fetch = fakeFetch;
      document.body.append(dashboard);
      await settled(dashboard, this.expected('all', pageSize));
      return dashboard;
    },
    async selectTab(name, pageSize) {
      const dashboard = document.querySelector('invite-dashboard');
      const tab = dashboard.shadowRoot.querySelector(`[role="tab"][data-filter="${name}"]`);
      if (!tab) throw new Error(`no ${name} tab`);
      tab.click();
      await settled(dashboard, this.expected(name, pageSize));
    },
  };
})();

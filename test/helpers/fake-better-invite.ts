import { http } from 'msw';
import type { InvitationRow } from '../../src/api/better-invite/wire.js';
import { row, publicRow } from './invitations.js';

const API = '/api/auth';

/**
 * An in-memory stand-in for better-invite's list / create / cancel routes, answering as the real
 * server does (see better-invite-contract.md): `expired` computed at list time, one filter per
 * request, `limit`/`offset` echoed only when non-zero, errors as `{ message, code }`.
 */
export class FakeBetterInvite {
  rows: InvitationRow[];
  /** Every request seen, for assertions on what the widget asked. */
  readonly requests: { method: string; url: URL; body?: unknown }[] = [];
  signedIn = true;

  constructor(rows: InvitationRow[] = []) {
    this.rows = rows;
  }

  listRequests(): URL[] {
    return this.requests.filter((r) => r.url.pathname.endsWith('/invite/list')).map((r) => r.url);
  }

  handlers() {
    return [
      http.get(`${API}/invite/list`, ({ request }) => {
        const url = new URL(request.url);
        this.requests.push({ method: 'GET', url });
        if (!this.signedIn) return Response.json({ message: 'Unauthorized', code: 'UNAUTHORIZED' }, { status: 401 });
        return Response.json(this.list(url.searchParams));
      }),
      http.post(`${API}/invite/create`, async ({ request }) => {
        const body = (await request.json()) as { role?: string; email?: string | string[]; maxUses?: number };
        this.requests.push({ method: 'POST', url: new URL(request.url), body });
        if (!this.signedIn) return Response.json({ message: 'Unauthorized', code: 'UNAUTHORIZED' }, { status: 401 });
        const emails = body.email === undefined ? [] : ([] as string[]).concat(body.email);
        if (emails.length === 0) {
          const created = publicRow({ role: body.role, createdAt: new Date().toISOString() });
          this.rows.push(created);
          return Response.json({ status: true, message: created.token });
        }
        for (const email of emails) this.rows.push(row({ emails: [email], role: body.role, createdAt: new Date().toISOString() }));
        return Response.json({ status: true, message: emails.length > 1 ? 'The invitations were sent' : 'The invitation was sent' });
      }),
      http.post(`${API}/invite/cancel`, async ({ request }) => {
        const body = (await request.json()) as { token?: string };
        this.requests.push({ method: 'POST', url: new URL(request.url), body });
        const target = this.rows.find((r) => r.token === body.token && r.status === 'pending');
        if (!target) return Response.json({ message: 'Invalid or non-existent token', code: 'INVALID_TOKEN' }, { status: 400 });
        target.status = 'canceled';
        return Response.json({ status: true, message: 'Invite cancelled successfully' });
      }),
    ];
  }

  list(params: URLSearchParams) {
    const now = Date.now();
    const limit = params.has('limit') ? Number(params.get('limit')) : 100;
    const offset = Number(params.get('offset') ?? 0);
    let rows = this.rows.filter((r) => matches(r, params));
    const sortBy = params.get('sortBy') as keyof InvitationRow | null;
    if (sortBy) {
      const direction = params.get('sortDirection') === 'desc' ? -1 : 1;
      rows = [...rows].sort((a, b) => (String(a[sortBy]) < String(b[sortBy]) ? -direction : String(a[sortBy]) > String(b[sortBy]) ? direction : 0));
    }
    const page = rows.slice(offset, limit < 0 ? undefined : offset + limit).map((r) => ({
      ...r,
      status: new Date(r.expiresAt as string).getTime() < now ? 'expired' : r.status,
    }));
    return { total: rows.length, invitations: page, ...(limit > 0 ? { limit } : {}), ...(offset > 0 ? { offset } : {}) };
  }
}

function matches(r: InvitationRow, params: URLSearchParams): boolean {
  const search = params.get('searchValue');
  if (search && !like(JSON.stringify(r.emails ?? []), search)) return false;
  const field = params.get('filterField') as keyof InvitationRow | null;
  if (!field) return true;
  const value = params.get('filterValue') ?? '';
  const actual = String(r[field]);
  switch (params.get('filterOperator') ?? 'eq') {
    case 'eq': return actual === value;
    case 'ne': return actual !== value;
    case 'lt': return actual < value;
    case 'lte': return actual <= value;
    case 'gt': return actual > value;
    case 'gte': return actual >= value;
    default: return false;
  }
}

/**
 * better-invite's `contains` search: SQLite's `LIKE '%value%'` over the stored JSON text, ASCII
 * case-insensitive, where `_` is any one character and `%` any run (so both, and the JSON's own
 * quotes and commas, match more than themselves).
 */
function like(text: string, search: string): boolean {
  const lower = (value: string) => value.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const pattern = [...lower(search)].map((c) => (c === '_' ? '.' : c === '%' ? '.*' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(pattern, 's').test(lower(text));
}

import { expect } from '@open-wc/testing';
import { BROWSER_READ_LIMIT, CHUNK_SIZE, readAll } from '../../src/api/better-invite/read-all.js';
import type { ServerQuery } from '../../src/api/better-invite/server-query.js';
import { InviteApiError } from '../../src/api/errors.js';
import { invitation } from '../helpers/invitations.js';
import { rejectionOf } from './fake-fetch.js';

/** A server list whose answers come from `answer`, counting the requests. */
function listAnswering(answer: (query: ServerQuery) => { count: number; total: number }) {
  const queries: ServerQuery[] = [];
  const row = invitation();
  const list = async (query: ServerQuery) => {
    queries.push(query);
    const { count, total } = answer(query);
    return { total, invitations: Array.from({ length: count }, (_, i) => ({ ...row, id: `${query.offset}-${i}` })) };
  };
  return { list, queries };
}

const QUERY = { sortBy: 'createdAt', sortDirection: 'desc' } as const;

describe('readAll: the bounded read behind browser-side completion', () => {
  it(`refuses a set of more than ${BROWSER_READ_LIMIT} rows after one request, naming the companion plugin`, async () => {
    const { list, queries } = listAnswering(() => ({ count: CHUNK_SIZE, total: Number.MAX_SAFE_INTEGER }));
    const error = await rejectionOf(readAll(list, QUERY));
    expect(error).to.be.instanceOf(InviteApiError);
    expect(error).to.deep.include({ kind: 'unsupported', code: 'COMPANION_PLUGIN_NEEDED' });
    expect((error as Error).message).to.contain('invite-dashboard/server');
    expect(queries).to.have.length(1);
  });

  it('reads a set of exactly the limit, in chunks', async () => {
    const { list, queries } = listAnswering(() => ({ count: CHUNK_SIZE, total: BROWSER_READ_LIMIT }));
    const rows = await readAll(list, QUERY);
    expect(rows).to.have.length(BROWSER_READ_LIMIT);
    expect(queries).to.have.length(BROWSER_READ_LIMIT / CHUNK_SIZE);
  });

  it('stops asking once a chunk comes back short, whatever the total said', async () => {
    const { list, queries } = listAnswering((query) => ({ count: (query.offset ?? 0) >= 1000 ? 10 : CHUNK_SIZE, total: 5_000 }));
    const rows = await readAll(list, QUERY);
    // Three requests run at once: the short chunk at 1000 stops the rest after those in flight.
    expect(queries.length).to.be.at.most(6);
    expect(rows.length).to.be.at.least(1010);
  });
});

import { expect } from '@open-wc/testing';
import type { InviteAdapter, ListQuery } from '../../src/api/types.js';
import { CHUNK_SIZE, MAX_ROWS, fetchAll } from '../../src/state/fetch-all.js';
import { invitation } from '../helpers/invitations.js';

/** An adapter whose answers come from `answer`, counting the requests. */
function adapterAnswering(answer: (query: ListQuery) => { count: number; total: number }) {
  const queries: ListQuery[] = [];
  const row = invitation();
  const adapter: InviteAdapter = {
    async list(query) {
      queries.push(query);
      const { count, total } = answer(query);
      return { total, invitations: Array.from({ length: count }, (_, i) => ({ ...row, id: `${query.offset}-${i}` })) };
    },
    create: async () => ({ message: '' }),
    cancel: async () => {},
  };
  return { adapter, queries };
}

describe('fetchAll against a server whose total cannot be trusted', () => {
  it(`reads at most ${MAX_ROWS} rows however large the claimed total`, async () => {
    const { adapter, queries } = adapterAnswering(() => ({ count: CHUNK_SIZE, total: Number.MAX_SAFE_INTEGER }));
    const { invitations } = await fetchAll(adapter, {});
    expect(queries).to.have.length(MAX_ROWS / CHUNK_SIZE);
    expect(invitations).to.have.length(MAX_ROWS);
  });

  it('stops asking once a chunk comes back short, whatever the total said', async () => {
    const { adapter, queries } = adapterAnswering((query) => ({ count: (query.offset ?? 0) >= 1000 ? 10 : CHUNK_SIZE, total: 50_000 }));
    const { invitations } = await fetchAll(adapter, {});
    // Three requests run at once: the short chunk at 1000 stops the rest after those in flight.
    expect(queries.length).to.be.at.most(6);
    expect(invitations.length).to.be.at.least(1010);
  });
});

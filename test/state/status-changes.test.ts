import { expect } from '@open-wc/testing';
import type { Invitation } from '../../src/api/types.js';
import type { DashboardView, LiveSnapshot, StatusFilter } from '../../src/state/dashboard-data.js';
import { statsOf } from '../../src/state/dashboard-data.js';
import { StatusTracker } from '../../src/state/status-changes.js';
import { invitation } from '../helpers/invitations.js';

const snapshot = (live: Invitation[]): LiveSnapshot => ({ now: new Date(), live, total: live.length });
const view = (filter: StatusFilter, snap: LiveSnapshot, invitations: Invitation[] = filter === 'all' ? snap.live : snap.live.filter((i) => i.status === filter)): DashboardView => ({
  filter, page: 0, invitations, filteredTotal: invitations.length, stats: statsOf(snap), snapshot: snap,
});
const as = (row: Invitation, status: Invitation['status']): Invitation => ({ ...row, status });

describe('StatusTracker', () => {
  const a = invitation({ id: 'a', token: 'ta' });
  const b = invitation({ id: 'b', token: 'tb' });

  it('reports nothing on the first view', () => {
    expect(new StatusTracker().update(view('all', snapshot([a, b])), new Set())).to.deep.equal([]);
  });

  it('reports a row whose status changed in a later read, once', () => {
    const tracker = new StatusTracker();
    tracker.update(view('all', snapshot([a, b])), new Set());
    const used = snapshot([a, as(b, 'used')]);
    const changes = tracker.update(view('all', used), new Set());
    expect(changes).to.have.length(1);
    expect(changes[0]!.previous.status).to.equal('pending');
    expect(changes[0]!.invitation.status).to.equal('used');
    expect(tracker.update(view('pending', used), new Set())).to.deep.equal([]);
    expect(tracker.update(view('all', snapshot([a, as(b, 'used')])), new Set())).to.deep.equal([]);
  });

  it('does not report backwards when a tab switch reuses an older live set', () => {
    const tracker = new StatusTracker();
    const old = snapshot([a, b]);
    tracker.update(view('all', old), new Set());
    // The server page (fresh) says b was used; the live set read earlier still says pending.
    expect(tracker.update(view('all', old, [a, as(b, 'used')]), new Set())).to.have.length(1);
    expect(tracker.update(view('pending', old), new Set()), 'pending tab cut from the old set').to.deep.equal([]);
  });

  it('stays quiet about tokens it is told to (the dashboard canceled them itself)', () => {
    const tracker = new StatusTracker();
    tracker.update(view('all', snapshot([a, b])), new Set());
    expect(tracker.update(view('all', snapshot([as(a, 'canceled'), b])), new Set(['ta']))).to.deep.equal([]);
  });

  it('forgets everything on reset', () => {
    const tracker = new StatusTracker();
    tracker.update(view('all', snapshot([a])), new Set());
    tracker.reset();
    expect(tracker.update(view('all', snapshot([as(a, 'used')])), new Set())).to.deep.equal([]);
  });
});

import { expect } from '@open-wc/testing';
import type { Invitation } from '../../src/api/types.js';
import { StatusTracker } from '../../src/state/status-changes.js';
import { invitation } from '../helpers/invitations.js';

const as = (row: Invitation, status: Invitation['status']): Invitation => ({ ...row, status });

describe('StatusTracker', () => {
  const a = invitation({ id: 'a', token: 'ta' });
  const b = invitation({ id: 'b', token: 'tb' });

  it('reports nothing on the first read', () => {
    expect(new StatusTracker().update([a, b], new Set())).to.deep.equal([]);
  });

  it('reports a row whose status changed in a later read, once', () => {
    const tracker = new StatusTracker();
    tracker.update([a, b], new Set());
    const changes = tracker.update([a, as(b, 'used')], new Set());
    expect(changes).to.have.length(1);
    expect(changes[0]!.previous.status).to.equal('pending');
    expect(changes[0]!.invitation.status).to.equal('used');
    expect(tracker.update([as(b, 'used')], new Set()), 'a read of another tab').to.deep.equal([]);
    expect(tracker.update([a, as(b, 'used')], new Set())).to.deep.equal([]);
  });

  it('compares only the rows a read returned (a page without the row says nothing about it)', () => {
    const tracker = new StatusTracker();
    tracker.update([a, b], new Set());
    expect(tracker.update([a], new Set())).to.deep.equal([]);
    expect(tracker.update([as(b, 'expired')], new Set())).to.have.length(1);
  });

  it('stays quiet about ids it is told to (the dashboard canceled them itself)', () => {
    const tracker = new StatusTracker();
    tracker.update([a, b], new Set());
    expect(tracker.update([as(a, 'canceled'), b], new Set(['a']))).to.deep.equal([]);
  });

  it('reports a pending row that expired since it was last shown, with its status as shown now', () => {
    const tracker = new StatusTracker();
    const soon = { ...a, expiresAt: new Date(Date.now() + 60_000) };
    tracker.update([soon], new Set(), new Date());
    const [change] = tracker.update([soon], new Set(), new Date(Date.now() + 120_000));
    expect(change!.previous.status).to.equal('pending');
    expect(change!.invitation.status).to.equal('expired');
  });

  it('reports another use of a row whose status stayed, as a use only', () => {
    const tracker = new StatusTracker();
    tracker.update([{ ...b, uses: 1 }], new Set());
    const changes = tracker.update([{ ...b, uses: 2 }], new Set());
    expect(changes).to.have.length(1);
    expect(changes[0]!.usedOnly).to.equal(true);
    expect(tracker.update([{ ...b, uses: 2 }], new Set())).to.deep.equal([]);
  });

  it('forgets everything on reset', () => {
    const tracker = new StatusTracker();
    tracker.update([a], new Set());
    tracker.reset();
    expect(tracker.update([as(a, 'used')], new Set())).to.deep.equal([]);
  });
});

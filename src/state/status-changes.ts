import type { Invitation } from '../api/types.js';
import { isServerPaged, type DashboardView, type LiveSnapshot } from './dashboard-data.js';

/** Detail of `invite-status-changed`: the row as it is now and as it was last seen. */
export interface StatusChange {
  invitation: Invitation;
  previous: Invitation;
}

/**
 * Remembers the status of every invitation the server has reported, and tells which ones a new
 * view reports differently (pending → used after someone accepted, pending → expired...).
 *
 * Only rows the view actually read count: a tab switch reuses the live set read earlier, and the
 * pending / used / … tabs are cut from it, so those rows may be older than what is known already.
 * Comparing them would report changes backwards.
 */
export class StatusTracker {
  readonly #known = new Map<string, Invitation>();
  #snapshot?: LiveSnapshot;

  /** Compares the view's fresh rows with what was known; tokens in `quiet` are updated without a change. */
  update(view: DashboardView, quiet: ReadonlySet<string>): StatusChange[] {
    const fresh: Invitation[] = [];
    if (view.snapshot !== this.#snapshot) fresh.push(...view.snapshot.live);
    if (isServerPaged(view.filter)) fresh.push(...view.invitations);
    this.#snapshot = view.snapshot;
    const changes: StatusChange[] = [];
    for (const invitation of fresh) {
      const previous = this.#known.get(invitation.id);
      this.#known.set(invitation.id, invitation);
      if (previous && previous.status !== invitation.status && !quiet.has(invitation.token)) {
        changes.push({ invitation, previous });
      }
    }
    return changes;
  }

  /** Another data source: nothing known carries over. */
  reset(): void {
    this.#known.clear();
    this.#snapshot = undefined;
  }
}

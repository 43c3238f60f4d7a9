import type { Invitation } from '../api/types.js';

/** Detail of `invite-status-changed`: the row as it is now and as it was last seen. */
export interface StatusChange {
  invitation: Invitation;
  previous: Invitation;
}

/**
 * Remembers the status of every invitation the server has reported, and tells which ones a newer
 * answer reports differently (pending → used after someone accepted, pending → expired...).
 */
export class StatusTracker {
  readonly #known = new Map<string, Invitation>();

  /** Compares freshly read rows with what was known; ids in `quiet` are updated without a change. */
  update(fresh: readonly Invitation[], quiet: ReadonlySet<string>): StatusChange[] {
    const changes: StatusChange[] = [];
    for (const invitation of fresh) {
      const previous = this.#known.get(invitation.id);
      this.#known.set(invitation.id, invitation);
      if (previous && previous.status !== invitation.status && !quiet.has(invitation.id)) {
        changes.push({ invitation, previous });
      }
    }
    return changes;
  }

  /** Another data source: nothing known carries over. */
  reset(): void {
    this.#known.clear();
  }
}

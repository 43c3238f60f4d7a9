import type { Invitation } from '../api/types.js';
import { displayStatus } from '../rules/invitation.js';

/**
 * Detail of `invite-status-changed`: the row as it is now (its `status` as shown: `expired` once
 * past its expiry) and as it was last seen. `used` alone: a use that changed no status (a link
 * with uses left), counted by a backend that counts uses; not an `invite-status-changed`.
 */
export interface StatusChange {
  invitation: Invitation;
  previous: Invitation;
  /** True when only the use count went up. */
  usedOnly?: boolean;
}

/**
 * Remembers how every invitation the server reported was shown (its status at the time, and its
 * uses), and tells which ones a newer answer shows differently: pending → used after someone
 * accepted, pending → expired once the expiry passed on screen, another use of a link.
 */
export class StatusTracker {
  readonly #known = new Map<string, Invitation>();

  /** Compares freshly read rows with what was known; ids in `quiet` are updated without a change. */
  update(fresh: readonly Invitation[], quiet: ReadonlySet<string>, now: Date = new Date()): StatusChange[] {
    const changes: StatusChange[] = [];
    for (const row of fresh) {
      const shown = displayStatus(row, now);
      const invitation = shown === row.status ? row : { ...row, status: shown };
      const previous = this.#known.get(row.id);
      this.#known.set(row.id, invitation);
      if (!previous || quiet.has(row.id)) continue;
      if (previous.status !== shown) changes.push({ invitation, previous });
      else if ((invitation.uses ?? 0) > (previous.uses ?? Infinity)) changes.push({ invitation, previous, usedOnly: true });
    }
    return changes;
  }

  /** Another data source: nothing known carries over. */
  reset(): void {
    this.#known.clear();
  }
}

import type { Invitation } from '../api/types.js';
import { canCancel } from '../rules/invitation.js';

/**
 * The invitations picked for a bulk action, by id (a refresh brings new objects for the same
 * rows). Only cancelable rows can be picked; one that stopped being cancelable (used, canceled
 * elsewhere, expired on screen) leaves the selection when a read shows it.
 */
export class Selection {
  readonly #picked = new Map<string, Invitation>();

  get size(): number {
    return this.#picked.size;
  }

  /** The picked invitations, as last seen. */
  get invitations(): Invitation[] {
    return [...this.#picked.values()];
  }

  has(invitation: Invitation): boolean {
    return this.#picked.has(invitation.id);
  }

  /** Picks or drops rows; rows that cannot be canceled are never picked. */
  set(invitations: readonly Invitation[], picked: boolean, now: Date = new Date()): void {
    for (const invitation of invitations) {
      if (picked && canCancel(invitation, now)) this.#picked.set(invitation.id, invitation);
      else this.#picked.delete(invitation.id);
    }
  }

  /** Keeps only these rows picked (a batch's failures). */
  keepOnly(invitations: readonly Invitation[]): void {
    this.#picked.clear();
    this.set(invitations, true);
  }

  /** Fresh rows from a read: picked ones are updated, and dropped once they cannot be canceled. */
  update(rows: readonly Invitation[], now: Date = new Date()): void {
    for (const row of rows) if (this.#picked.has(row.id)) this.set([row], canCancel(row, now), now);
  }

  clear(): void {
    this.#picked.clear();
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Keeps keyboard focus in the list when a render removes the card that had it: a canceled invite
 * leaving the Pending tab, a row a refresh no longer returns. Focus then goes to the card that took
 * its place, else the last card, else `fallback()` (the selected tab), instead of dropping to the page.
 */
export class ListFocusController implements ReactiveController {
  #focused?: { card: HTMLElement; index: number };

  constructor(
    private readonly host: Host,
    private readonly fallback: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  #cards(): HTMLElement[] {
    return [...(this.host.shadowRoot?.querySelectorAll<HTMLElement>('invite-card') ?? [])];
  }

  hostUpdate(): void {
    const active = this.host.shadowRoot?.activeElement;
    const index = active?.localName === 'invite-card' ? this.#cards().indexOf(active as HTMLElement) : -1;
    this.#focused = index < 0 ? undefined : { card: active as HTMLElement, index };
  }

  hostUpdated(): void {
    const focused = this.#focused;
    this.#focused = undefined;
    // Only when the card is gone and focus went with it (not when the user has moved on).
    if (!focused || focused.card.isConnected || (document.activeElement && document.activeElement !== document.body)) return;
    const cards = this.#cards();
    const next = cards[focused.index] ?? cards.at(-1);
    if (next) void (next as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete.then(() => next.focus());
    else this.fallback()?.focus();
  }
}

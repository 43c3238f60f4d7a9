import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InviteCard } from '../invite-card/invite-card.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Keeps keyboard focus in the list when a render takes it from the focused card. A card that left
 * the list (a canceled invite leaving the Pending tab, a row a refresh no longer returns) hands focus
 * to the card that took its place, else the last card, else `fallback()` (the selected tab); a card
 * the render moved (rows reordered) takes it back; a button it disabled (Next on the last page)
 * hands focus to an enabled one beside it. Only when focus fell to the page, never from somewhere else.
 */
export class ListFocusController implements ReactiveController {
  readonly #host: Host;
  readonly #fallback: () => HTMLElement | null;
  #focused?: { card: InviteCard; index: number };
  #focusedControl?: HTMLButtonElement;

  constructor(host: Host, fallback: () => HTMLElement | null) {
    this.#host = host;
    this.#fallback = fallback;
    host.addController(this);
  }

  #cards(): InviteCard[] {
    return [...(this.#host.shadowRoot?.querySelectorAll<InviteCard>('invite-card') ?? [])];
  }

  hostUpdate(): void {
    const active = this.#host.shadowRoot?.activeElement;
    const index = active ? this.#cards().indexOf(active as InviteCard) : -1;
    this.#focused = index < 0 ? undefined : { card: active as InviteCard, index };
    this.#focusedControl = active instanceof HTMLButtonElement ? active : undefined;
  }

  hostUpdated(): void {
    const focused = this.#focused;
    const control = this.#focusedControl;
    this.#focused = this.#focusedControl = undefined;
    // A disabled button holds focus only until the browser's next frame drops it to the page.
    if (control?.disabled && (control === this.#host.shadowRoot?.activeElement || focusFellToPage())) {
      return control.parentElement?.querySelector<HTMLElement>('button:enabled')?.focus();
    }
    if (!focused || !focusFellToPage()) return;
    if (focused.card.isConnected) return focused.card.focus();
    const cards = this.#cards();
    const next = cards[focused.index] ?? cards.at(-1);
    if (!next) return this.#fallback()?.focus();
    if (!next.isUpdatePending) return next.focus();
    // A card not drawn yet has no root to focus: wait for it, then check focus is still unclaimed.
    next.updateComplete.then(
      () => focusFellToPage() && next.focus(),
      () => focusFellToPage() && this.#fallback()?.focus(),
    );
  }
}

function focusFellToPage(): boolean {
  return !document.activeElement || document.activeElement === document.body;
}

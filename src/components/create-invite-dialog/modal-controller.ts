import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { keepTabInside } from '../../dom/focus-trap.js';

/**
 * What closed the dialog. Every way of closing goes through `ModalController.hide(reason)`, which
 * tells the host through `onHide`; no event carries the reason today. A click on the backdrop does
 * not close it (no `closedby="any"`), so it is not a reason.
 */
export type CloseReason = 'escape' | 'close-button' | 'cancel' | 'done' | 'created' | 'programmatic';

/** The reasons that mean "not now" from the user, as opposed to a finished task or the host's decision. */
export const DISMISSALS: readonly CloseReason[] = ['escape', 'close-button', 'cancel'];

export interface ModalHost extends ReactiveControllerHost {
  /** The host's reflected `open` property: the one source of truth for shown or not. */
  open: boolean;
}

export interface ModalOptions {
  /** The rendered `<dialog>` (null before the first render). */
  dialog: () => HTMLDialogElement | null;
  /** Selector, inside the dialog, of what receives focus when it opens. */
  initialFocus: string;
  /** Called by `hide()` while the dialog is still open, before `open` turns false. */
  onHide?: (reason: CloseReason) => void;
}

/** The focused element, looking inside open shadow roots (the opener often lives in one). */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/**
 * A native modal `<dialog>` driven by its host's `open`: `showModal()` after the render that opens
 * it, focus on the first field, Tab kept inside, Escape mirrored into `open`, and focus back on
 * whatever had it before opening once it closes. `show()` and `hide()` resolve after that render,
 * so their callers see the dialog open with focus inside, or closed with focus returned.
 */
export class ModalController implements ReactiveController {
  readonly #host: ModalHost;
  readonly #options: ModalOptions;
  #opener: HTMLElement | null = null;
  /** Whether the last render left the dialog open, to tell a closing render from any other. */
  #shown = false;

  constructor(host: ModalHost, options: ModalOptions) {
    (this.#host = host).addController(this);
    this.#options = options;
  }

  /** Opens it; resolves once the render showed the `<dialog>` and put focus in it. */
  async show(): Promise<void> {
    this.#host.open = true;
    await this.#host.updateComplete;
  }

  /** The one close path (Escape, ×, Cancel, Done, created, the host): resolves once closed with focus returned. */
  async hide(reason: CloseReason): Promise<void> {
    if (this.#host.open) this.#options.onHide?.(reason);
    this.#host.open = false;
    await this.#host.updateComplete;
  }

  /** Focuses what `selector` matches inside the dialog (its first field by default) after the pending render. */
  async focus(selector = this.#options.initialFocus): Promise<HTMLElement | null> {
    await this.#host.updateComplete;
    const target = this.#options.dialog()?.querySelector<HTMLElement>(selector) ?? null;
    target?.focus();
    return target;
  }

  hostUpdate(): void {
    // Before the render that opens it: focus is still where the user was.
    if (this.#host.open && !this.#shown) this.#opener = deepActiveElement();
  }

  hostUpdated(): void {
    const dialog = this.#options.dialog();
    if (!dialog) return;
    if (this.#host.open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>(this.#options.initialFocus)?.focus();
    } else if (!this.#host.open && this.#shown) {
      if (dialog.open) dialog.close();
      const opener = this.#opener;
      this.#opener = null;
      if (opener?.isConnected) opener.focus();
    }
    this.#shown = this.#host.open;
  }

  /**
   * For the dialog's `close` event: the browser closed it (Escape), so `open` follows. The event of
   * a close asked for through `open` arrives a task later, possibly after a reopen: it is ignored.
   */
  readonly onClose = (): void => {
    if (!this.#options.dialog()?.open && this.#host.open) void this.hide('escape');
  };

  /** For the dialog's `keydown`: Tab wraps inside instead of leaving for the browser's toolbar. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    const dialog = this.#options.dialog();
    if (dialog) keepTabInside(event, dialog);
  };
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { copyText } from '../../dom/copy-text.js';
import type { CopyState } from './create-invite-fields.js';

/** How long "Copied" stays on the button. */
const COPIED_MS = 2000;

/** A copy button's feedback: copies, shows "Copied" for a while or how to copy by hand, renders the host. */
export class CopyFeedback implements ReactiveController {
  state: CopyState = 'idle';
  readonly #host: ReactiveControllerHost;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost) {
    (this.#host = host).addController(this);
  }

  /** Copies `text` (through `field`'s selection when the Clipboard API is missing); true when it worked. */
  async copy(text: string, field: HTMLInputElement | null): Promise<boolean> {
    const copied = (await copyText(text, field)) !== 'failed';
    this.reset(copied ? 'copied' : 'failed');
    if (copied) this.#timer = setTimeout(() => this.reset(), COPIED_MS);
    return copied;
  }

  reset(state: CopyState = 'idle'): void {
    clearTimeout(this.#timer);
    this.state = state;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The content width of the element matching `selector` in the host's shadow root, followed with a
 * ResizeObserver (re-attached when that element is re-created), so the chart is drawn at its real
 * size and its text never scales. `width` is 0 until first measured.
 */
export class ChartWidthController implements ReactiveController {
  width = 0;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #selector: string;
  #observer?: ResizeObserver;
  #observed?: Element;

  constructor(host: ReactiveControllerHost & HTMLElement, selector: string) {
    this.#host = host;
    this.#selector = selector;
    host.addController(this);
  }

  hostUpdated(): void {
    const target = this.#host.shadowRoot?.querySelector(this.#selector) ?? undefined;
    if (target === this.#observed) return;
    this.#observer ??= new ResizeObserver(([entry]) => {
      const width = Math.floor(entry!.contentRect.width);
      if (width > 0 && width !== this.width) {
        this.width = width;
        this.#host.requestUpdate();
      }
    });
    if (this.#observed) this.#observer.unobserve(this.#observed);
    if (target) this.#observer.observe(target);
    this.#observed = target;
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = undefined;
  }
}

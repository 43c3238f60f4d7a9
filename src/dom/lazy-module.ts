import type { ReactiveControllerHost } from 'lit';

/**
 * A module loaded on first use. `load` is a dynamic `import()`: in the npm build an app's bundler
 * gives the module a chunk of its own, fetched only when it is first needed (the QR encoder, the
 * analytics panel, the usage history); the single-file build has it inline, so it loads at once.
 *
 * Every host that asked renders again when a load settles. A failed load is remembered, not tried
 * again on every render, until `retry()`; while a retry runs, `failed` stays true (the failure, its
 * Retry button and the focus on it stay where they are) and `loading` is true. A browser may answer
 * a retried `import()` with the failure it cached (Chromium tries again; others may not until the
 * page is reloaded).
 */
export class LazyModule<T> {
  /** The module, once loaded. */
  module: T | undefined;
  /** The last load failed (a chunk that could not be fetched): say so and offer `retry()`. */
  failed = false;
  #loading: Promise<T> | undefined;
  readonly #import: () => Promise<T>;
  /** Hosts that rendered without the module: each renders again when a load settles. */
  readonly #waiting = new Set<ReactiveControllerHost>();

  constructor(load: () => Promise<T>) {
    this.#import = load;
  }

  /** A load is in flight. */
  get loading(): boolean {
    return this.#loading !== undefined && !this.module;
  }

  /** Loads the module: one request while it loads, a new one after a failure. */
  load(): Promise<T> {
    return (this.#loading ??= this.#import().then(
      (module) => {
        this.module = module;
        this.failed = false;
        this.#settled();
        return module;
      },
      (error: unknown) => {
        this.#loading = undefined;
        this.failed = true;
        this.#settled();
        throw error;
      },
    ));
  }

  /** For a render without the module: starts loading unless it failed; `host` renders again once it settles. */
  request(host: ReactiveControllerHost): void {
    if (this.module) return;
    this.#waiting.add(host);
    if (!this.failed) this.load().catch(() => undefined);
  }

  /**
   * After a failure: tries again (a click while a retry runs does nothing); resolves to whether the
   * module is there now. `focus`: a selector in the host's shadow root that takes focus once the
   * module has rendered, since the Retry button that had it is gone.
   */
  async retry(host: ReactiveControllerHost & { readonly renderRoot?: ParentNode }, focus?: string): Promise<boolean> {
    if (this.loading) return false;
    this.#waiting.add(host);
    const done = this.load().then(() => true, () => false);
    // Shows the retry under way (its button marked busy).
    host.requestUpdate();
    if (!(await done) || !focus) return done;
    await host.updateComplete;
    host.renderRoot?.querySelector<HTMLElement>(focus)?.focus();
    return true;
  }

  #settled(): void {
    for (const host of this.#waiting) host.requestUpdate();
    // Hosts showing a failure keep listening for the retry that works.
    if (this.module) this.#waiting.clear();
  }
}

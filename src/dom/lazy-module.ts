import type { ReactiveControllerHost } from 'lit';

/**
 * A module loaded on first use. `load` is a dynamic `import()`: in the npm build an app's bundler
 * gives the module a chunk of its own, fetched only when it is first needed (the QR encoder, the
 * analytics panel, the usage history); the single-file build has it inline, so it loads at once. A
 * failed load is remembered, not tried again on every render, until `retry()`.
 */
export class LazyModule<T> {
  /** The module, once loaded. */
  module: T | undefined;
  /** The last load failed (a chunk that could not be fetched): say so and offer `retry()`. */
  failed = false;
  #loading: Promise<T> | undefined;
  readonly #import: () => Promise<T>;

  constructor(load: () => Promise<T>) {
    this.#import = load;
  }

  /** Loads the module: one request while it loads, a new one after a failure. */
  load(): Promise<T> {
    this.failed = false;
    return (this.#loading ??= this.#import().then(
      (module) => (this.module = module),
      (error: unknown) => {
        this.#loading = undefined;
        this.failed = true;
        throw error;
      },
    ));
  }

  /** For a render: starts loading unless loaded or failed; `host` renders again once it settles. */
  request(host: ReactiveControllerHost): void {
    if (this.module || this.failed) return;
    const rerender = () => host.requestUpdate();
    this.load().then(rerender, rerender);
  }

  /** After a failure: tries again, and `host` shows the wait at once. */
  retry(host: ReactiveControllerHost): void {
    this.failed = false;
    this.request(host);
    host.requestUpdate();
  }
}

/**
 * A yes/no the user chose, remembered in `localStorage` across visits. Storage may be off (private
 * windows, a sandboxed iframe, a full quota): then it is remembered for this page only.
 */
export class StoredFlag {
  readonly #key: string;
  #value: boolean;

  constructor(key: string, fallback: boolean) {
    this.#key = key;
    let stored: string | null = null;
    try {
      stored = globalThis.localStorage?.getItem(key) ?? null;
    } catch {
      // Storage refused: the fallback holds.
    }
    this.#value = stored === null ? fallback : stored === '1';
  }

  get value(): boolean {
    return this.#value;
  }

  set value(value: boolean) {
    this.#value = value;
    try {
      globalThis.localStorage?.setItem(this.#key, value ? '1' : '0');
    } catch {
      // Not remembered beyond this page.
    }
  }
}

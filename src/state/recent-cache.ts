/**
 * The last few answers by key, for stale-while-revalidate: a view seen moments ago shows at once
 * while it is read again. Old and surplus entries are dropped, least recently used first.
 */
export class RecentCache<T> {
  readonly #entries = new Map<string, { value: T; at: number }>();

  constructor(
    readonly maxEntries = 24,
    readonly maxAgeMs = 5 * 60_000,
  ) {}

  get(key: string): T | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (Date.now() - entry.at > this.maxAgeMs) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: T): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, at: Date.now() });
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.maxEntries) break;
      this.#entries.delete(oldest);
    }
  }

  clear(): void {
    this.#entries.clear();
  }
}
